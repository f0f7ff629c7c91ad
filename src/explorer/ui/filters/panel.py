"""The filter pane: date range, kind, decade and actor facets, and one button to clear them all.

Counts always describe the episodes the other filters leave (see store.facets), and are
recomputed whenever any filter changes, wherever the change came from.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from explorer.core.session import Session
from explorer.store.episode_query import EpisodeRequest
from explorer.store.facets import Facets, FacetValue, facet_counts
from explorer.store.search import nothing_to_search
from explorer.ui import guarded, labels
from explorer.ui.after_paint import AfterPaint
from explorer.ui.filters.date_range import DateRangeFilter
from explorer.ui.filters.facet_list import FacetList
from explorer.ui.observe import observe
from explorer.ui.worker import episode_queries

ORIGIN = "facets"


class FilterPane(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("filter-pane")
        self.setAccessibleName(self.tr("Filters"))
        self.facets: Facets | None = None

        self.summary = QLabel(self)
        self.summary.setProperty("role", "count")
        self.clear_button = QPushButton(self.tr("Clear all"), self)
        self.clear_button.setObjectName("clear-filters")
        self.clear_button.setToolTip(self.tr("Remove the search, facets and date range at once"))
        self.clear_button.clicked.connect(lambda: session.state.clear_filters(origin=ORIGIN))
        self.date_range = DateRangeFilter(session, self)
        self.kinds = FacetList(
            self.tr("Kind"),
            self.tr("any of"),
            lambda v: labels.episode_kind(str(v.key)),
            parent=self,
        )
        self.kinds.setObjectName("facet-kind")
        self.decades = FacetList(
            self.tr("Decade"), self.tr("any of"), self._decade_label, parent=self
        )
        self.decades.setObjectName("facet-decade")
        self.actors = FacetList(
            self.tr("Countries and actors"), self.tr("all of"), self._actor_label,
            with_filter=True, parent=self,
        )  # fmt: skip
        self.actors.setObjectName("facet-actor")
        # Shown instead of usable facets while the table lists series, actors or sources.
        self.episodes_only = QLabel(self)
        self.episodes_only.setObjectName("facets-episodes-only")
        self.episodes_only.setProperty("role", "notice")
        self.episodes_only.setWordWrap(True)
        self.episodes_only.hide()
        self.table_view = "episodes"

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.clear_button)
        # A splitter lets the user give room to the facet that matters to them.
        lists = QSplitter(Qt.Orientation.Vertical, self)
        lists.setChildrenCollapsible(False)
        for facet in (self.kinds, self.decades, self.actors):
            lists.addWidget(facet)
        lists.setStretchFactor(0, 2)
        lists.setStretchFactor(1, 2)
        lists.setStretchFactor(2, 5)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.date_range)
        layout.addWidget(self.episodes_only)
        layout.addWidget(lists, 1)
        self.lists = lists

        self.kinds.toggled.connect(lambda key, on: self._toggle("kinds", key, on))
        self.decades.toggled.connect(lambda key, on: self._toggle("decades", key, on))
        self.actors.toggled.connect(lambda key, on: self._toggle("actors", key, on))
        # On a small store the counts follow the table's new rows on the next turn of the
        # event loop, so a keystroke's rows are painted without waiting for them (~5-12 ms
        # of the 35-60 the whole update took in one stretch). A large store's counts come
        # from the worker anyway (_on_counted).
        self._refresh_after_paint = AfterPaint(self, self.refresh)
        observe(session.state.filters_changed, self, lambda *_: self._on_filters())
        observe(session.store_changed, self, lambda *_: self.refresh())
        self.queries = episode_queries(session)
        self.queries.counted.connect(self._on_counted)
        self.updating = False  # True while a large store's counts are being recomputed
        self.refresh()

    def show_applies_to(self, view: str) -> None:
        """The table now lists `view`: the date range and facets filter episodes only, so say
        so and disable them for the other lists (the search box works for every list)."""
        self.table_view = view
        episodes = view == "episodes"
        what = {"series": self.tr("series"), "actors": self.tr("actors"),
                "sources": self.tr("sources")}.get(view, view)  # fmt: skip
        self.episodes_only.setText(self.tr(
            "The date range, kind, decade and actor filters apply to episodes only; "
            "the {what} list follows the search alone."
        ).format(what=what))  # fmt: skip
        self.episodes_only.setVisible(not episodes)
        for part in (self.date_range, self.lists):
            part.setEnabled(episodes)
            part.setToolTip("" if episodes else self.episodes_only.text())

    def _decade_label(self, value: FacetValue) -> str:
        return self.tr("{decade}s").format(decade=value.key)

    def _actor_label(self, value: FacetValue) -> str:
        return value.label

    def _toggle(self, facet: str, key, checked: bool) -> None:
        chosen = set(getattr(self.session.state.filters, facet))
        chosen = chosen | {key} if checked else chosen - {key}
        self.session.state.update_filters(origin=ORIGIN, **{facet: frozenset(chosen)})

    @property
    def counts_follow(self) -> bool:
        """True from a filter change on a small store until its counts are shown (a turn of
        the event loop later)."""
        return self._refresh_after_paint.waiting

    def settle(self) -> None:
        """Show counts still waiting for the table's paint, now."""
        self._refresh_after_paint.flush()

    def _on_filters(self) -> None:
        if self.queries.is_async:
            self.refresh()
        else:
            self._refresh_after_paint.request()

    @guarded.reads(empty=lambda panel: panel._show(Facets([], [], [], 0)))
    def refresh(self) -> None:
        self._refresh_after_paint.cancel()  # done now: the one waiting would repeat it
        filters = self.session.state.filters
        if self.queries.is_async:
            # A large store: the counts come from the worker after the table's rows. Until
            # then the lists say they are updating rather than show stale numbers as current.
            request = self.queries.request
            wanted = self._wanted_filters()
            if request is None or request.filters != wanted or not self.queries.pending:
                order = (request.order_by, request.descending) if request else ("date", False)
                self.queries.run(EpisodeRequest(wanted, *order))
            if self.queries.pending:
                self._show_updating(True)
            return
        self._show(facet_counts(self.session.store, filters))

    def _wanted_filters(self):
        filters = self.session.state.filters
        return filters.with_changes(text="") if nothing_to_search(filters.text) else filters

    @guarded.reads(key="FilterPane.refresh")
    def _on_counted(self, request: EpisodeRequest, facets: Facets) -> None:
        if request.filters != self._wanted_filters():
            return
        self._show_updating(False)
        self._show(facets)

    def _show_updating(self, updating: bool) -> None:
        self.updating = updating
        for facet in (self.kinds, self.decades, self.actors):
            facet.setProperty("updating", updating)
            facet.setToolTip(self.tr("Updating the counts…") if updating else "")
        if updating:
            self.summary.setText(self.tr("Updating the counts…"))

    def _show(self, facets: Facets) -> None:
        filters = self.session.state.filters
        self.facets = facets
        self.kinds.set_values(self.facets.kinds, set(filters.kinds))
        self.decades.set_values(self.facets.decades, set(filters.decades))
        self.actors.set_values(self.facets.actors, set(filters.actors))
        active = self._active_count()
        self.summary.setText(
            self.tr("Active filters: {count}").format(count=active)
            if active
            else self.tr("No filters")
        )
        self.clear_button.setEnabled(active > 0)

    def _active_count(self) -> int:
        f = self.session.state.filters
        return (
            (bool(f.text.strip()) and not nothing_to_search(f.text)) + len(f.kinds) + len(f.actors) + len(f.decades)
            + (f.date_from is not None or f.date_to is not None)
        )  # fmt: skip
