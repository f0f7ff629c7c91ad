"""The table pane: a switchable listing of episodes, series, actors or sources.

It owns no data: on every filter or sort change it asks the store for the matching ids in
order, hands them to a lazy model, and reports the count (and any search fallback) through
Qt signals the main window shows in the status bar. Selecting a row selects the record in the
shared state; a selection made elsewhere is followed here.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from explorer.core.session import Session
from explorer.store import records
from explorer.store.episode_query import EpisodeIds, EpisodeRequest
from explorer.store.episodes import episode_count, episode_rows, search_episodes
from explorer.store.search import OPERATORS, nothing_to_search, search_terms
from explorer.store.tables import listing_ids, listing_rows
from explorer.ui import guarded
from explorer.ui.filters.search_box import SearchBox
from explorer.ui.i18n import format_count
from explorer.ui.observe import observe
from explorer.ui.table import date_width
from explorer.ui.table.highlight import HighlightDelegate
from explorer.ui.table.models import EpisodeModel, IdTableModel, ListingModel
from explorer.ui.worker import episode_queries

log = logging.getLogger(__name__)

ORIGIN = "table"
VIEWS = ("episodes", "series", "actors", "sources")
SELECTION_KIND = {"episodes": "episode", "series": "series", "actors": "actor", "sources": "source"}
# Rows whose Date texts a large store's column is fitted to, read by the query worker once its
# counts are shown (250 rows spread over a million: ~25 ms from memory, 200-230 ms from a cold
# page cache, which froze the window at the first search when the UI thread read them).
LARGE_DATE_SAMPLE = 250
DEFAULT_SORT = {"episodes": ("date", False), "series": ("title", False),
                "actors": ("episodes", True), "sources": ("year", False)}  # fmt: skip


class TablePane(QWidget):
    results_changed = Signal(int, int, str)  # rows shown, rows in the store, view name
    search_fallback = Signal(str)  # the text searched plainly, or "" when the query was fine
    # The whole status-bar sentence about the search ("" when there is nothing to say): covers
    # the plain-words fallback and a text with no word in it at all ("AND", "(((").
    search_notice = Signal(str)
    activated = Signal()  # the user pressed Enter or double-clicked a row: show its details

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("table-pane")
        self.setAccessibleName(self.tr("Table"))
        self.view_name = "episodes"
        self.sort_by = dict(DEFAULT_SORT)
        self.models: dict[str, IdTableModel] = {"episodes": EpisodeModel(self)}
        self.fallback_text = ""
        self.notice_text = ""
        self._date_content = 0  # width the Date column's texts need; 0 until measured
        self._date_width = 0  # the width we last gave it (a user's drag is left alone)
        self._following = False  # True while we select a row because the state told us to

        self.tabs = QTabBar(self)
        self.tabs.setObjectName("table-views")
        self.tabs.setAccessibleName(self.tr("What the table lists"))
        self.tabs.setExpanding(False)
        self.tabs.setUsesScrollButtons(False)
        self.tabs.setDrawBase(False)
        for text in (self.tr("Episodes"), self.tr("Series"), self.tr("Actors"), self.tr("Sources")):
            self.tabs.addTab(text)
        self.search = SearchBox(session, self)
        self.count = QLabel(self)
        self.count.setObjectName("result-count")
        self.count.setProperty("role", "count")
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.empty = QLabel(self)
        self.empty.setObjectName("empty-result")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setTextFormat(Qt.TextFormat.RichText)
        self.empty.linkActivated.connect(lambda _link: session.state.clear_filters(origin=ORIGIN))
        self.empty.hide()

        self.table = QTableView(self)
        self.table.setObjectName("table-view")
        self.table.setAccessibleName(self.tr("Episodes"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setSortingEnabled(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        # Enter or a double click (the platform decides which) moves on to the details.
        self.table.activated.connect(lambda _index: self.activated.emit())
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # never ResizeToContents
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.viewport().installEventFilter(self)  # refit the Date column on resize
        self.delegate = HighlightDelegate(self.table)
        self.context_actions: list[QAction] = []
        copy = QAction(self.tr("Copy Rows"), self)
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        copy.triggered.connect(self.copy_rows)
        self.table.addAction(copy)
        self._copy_action = copy

        # The tabs, the search and the count on one row: on a laptop the row saved is a
        # table row more (docs/layout.md).
        header = QHBoxLayout()
        header.setSpacing(8)
        header.addWidget(self.tabs)
        header.addWidget(self.search, 1)
        header.addWidget(self.count)
        self.header_row = header
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 0)
        layout.setSpacing(4)
        layout.addLayout(header)
        self.search_row = QHBoxLayout()  # the search's own row, when the pane is narrow
        self.search_row.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.search_row)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)

        self.tabs.currentChanged.connect(lambda i: self.show_view(VIEWS[i]))
        observe(session.state.filters_changed, self, lambda *_: self.reload(to_top=True))
        observe(session.state.selection_changed, self, self._follow_selection)
        observe(session.store_changed, self, lambda *_: self._on_store_changed())
        observe(session.notes_changed, self, lambda *_: self.refresh_notes())
        self.queries = episode_queries(session)
        self.queries.first_page.connect(self._on_first_page)
        self.queries.finished.connect(self._on_finished)
        self.queries.sampled.connect(self._on_sampled)
        self.queries.failed.connect(self._on_query_failed)
        self._attach_model()
        self.reload()
        self._place_search()

    # -- views ------------------------------------------------------------------------------
    @property
    def model(self) -> IdTableModel:
        return self.models[self.view_name]

    def show_view(self, name: str) -> None:
        if name not in VIEWS or name == self.view_name and self.table.model() is self.model:
            return
        self.view_name = name
        if name not in self.models:
            self.models[name] = ListingModel(name, self)
        if self.tabs.currentIndex() != VIEWS.index(name):
            self.tabs.setCurrentIndex(VIEWS.index(name))
        self.table.setAccessibleName(self.tabs.tabText(VIEWS.index(name)))
        self.search.set_subject(name)
        self._attach_model()
        self.reload()

    def _attach_model(self) -> None:
        model = self.model
        self.table.setModel(model)
        if not getattr(model, "_wired", False):
            model.sort_requested.connect(self._on_sort_requested)
            model._wired = True
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for number, column in enumerate(model.columns):
            self.table.setItemDelegateForColumn(number, self.delegate if column.highlight else None)
            self.table.setColumnWidth(number, column.width)
        title = next(i for i, c in enumerate(model.columns) if c.highlight)
        header.setSectionResizeMode(title, QHeaderView.ResizeMode.Stretch)
        key, descending = self.sort_by[self.view_name]
        column = next(i for i, c in enumerate(model.columns) if c.key == key)
        header.blockSignals(True)
        header.setSortIndicator(
            column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        )
        header.blockSignals(False)
        # The Date texts were measured once for this store (a sample of its rows: at a million
        # episodes ~0.2 s), so coming back to the episodes only gives the column its width back.
        self._fit_date_column(force=True)

    # -- the Date column -------------------------------------------------------------------
    def _fit_date_column(self, force: bool = False) -> None:
        """Size the Date column to its texts in the interface language (see date_width)."""
        column = date_width.date_column(self.model)
        if column < 0 or not self._date_content:
            return
        if not force and self.table.columnWidth(column) != self._date_width:
            return  # the user has dragged it: their width wins
        width = date_width.fitted_width(self._date_content, self.table.viewport().width())
        self._date_width = width
        self.table.setColumnWidth(column, width)

    def _measure_dates(self, sample: int = date_width.SAMPLE_ROWS) -> None:
        """Measure the Date texts once per store (and fit the column to them)."""
        if not self._date_content:
            self._date_content = date_width.content_width(self.table, self.model, sample)
            self._fit_date_column(force=True)

    @guarded.reads(key="TablePane.reload")
    def _on_sampled(self, _request: EpisodeRequest, rows) -> None:
        """A large store's Date column, fitted to a sample of the rows read by the worker."""
        if self._date_content or self.view_name != "episodes":
            return  # measured, or asked again at the next episodes' search
        texts = [self.model.display(row, "date") for row in rows]
        self._date_content = date_width.content_width(self.table, self.model, texts=texts)
        self._fit_date_column(force=True)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._place_search()

    def _place_search(self) -> None:
        """The search sits between the tabs and the count (a table row more on a laptop); in
        a pane too narrow for the three it takes a row of its own."""
        beside = self.width() >= (self.tabs.sizeHint().width() + self.count.sizeHint().width()
                                  + self.search.minimumWidth() + 40)  # fmt: skip
        if beside and self.search_row.indexOf(self.search) >= 0:
            self.search_row.removeWidget(self.search)
            self.header_row.insertWidget(1, self.search, 1)
            self.header_row.setStretchFactor(self.count, 0)
        elif not beside and self.header_row.indexOf(self.search) >= 0:
            self.header_row.removeWidget(self.search)
            self.header_row.setStretchFactor(self.count, 1)
            self.search_row.addWidget(self.search)
        # Explicit, so the layout does not demand the width of the three side by side.
        self.setMinimumWidth(self.tabs.sizeHint().width() + self.count.sizeHint().width() + 20)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_date_column()
        return super().eventFilter(watched, event)

    # -- queries ----------------------------------------------------------------------------
    def show_nothing(self) -> None:
        """The empty state after the store failed to answer (guarded.py shows why)."""
        self.model.set_ids([], lambda _ids: {})
        self.count.setText("")
        self.count.setAccessibleName("")
        self.empty.hide()

    @guarded.reads(empty=show_nothing)
    def reload(self, to_top: bool = False) -> None:
        """Re-run the current view's query with the shared filters and this view's sort;
        `to_top` (a new sort or filter) shows the first rows of the new order."""
        conn = self.session.store
        filters = self.session.state.filters
        key, descending = self.sort_by[self.view_name]
        self.delegate.terms = search_terms(filters.text)
        # Only operators or punctuation ("AND", "((("): nothing to look for, so no narrowing.
        empty_search = nothing_to_search(filters.text)
        if empty_search:
            filters = filters.with_changes(text="")
        if self.view_name == "episodes" and self.queries.is_async:
            # A large store: the worker answers in stages (_on_first_page, _on_finished).
            self._empty_search = empty_search
            request = EpisodeRequest(filters, key, descending)
            done = self.queries.answer_for(request)
            if done is not None:
                # Already answered (back from another list): show it, ask nobody again (the
                # timeline and the chart would redo a million-episode mask for nothing).
                self._on_finished(request, done)
                return
            self.count.setText(self.tr("Searching…"))
            self.count.setAccessibleName(self.count.text())
            if not self._date_content:  # the Date column is fitted to a sample read there
                self.queries.sample_rows = LARGE_DATE_SAMPLE
            self.queries.run(request)
            return
        if self.view_name == "episodes":
            result = search_episodes(conn, filters, key, descending)
            ids, total = result.ids, episode_count(conn)
            self.fallback_text = filters.text if result.fallback else ""
            self.model.set_ids(ids, lambda chunk: episode_rows(conn, chunk))
            self._load_noted()
            self._measure_dates()
        else:
            name = self.view_name
            ids = listing_ids(conn, name, filters.text, key, descending)
            total = records.row_count(conn, name)
            self.fallback_text = ""
            self.model.set_ids(ids, lambda chunk: listing_rows(conn, name, chunk))
        self._lay_out_rows()
        self._restore_selection()
        if to_top:
            self.table.scrollToTop()
        self._show_count(len(ids), total)
        typed = self.session.state.filters.text.strip()
        self.notice_text = self._search_notice(typed if empty_search else self.fallback_text)
        if not self.notice_text and typed and self.view_name != "episodes" and not empty_search:
            # One search for every list: say that the timeline follows it too, rather than
            # letting it empty there unexplained. A large store's count comes from the worker
            # (_on_finished): counting a broad word here would freeze the window.
            if not self.queries.is_async:
                found = len(search_episodes(conn, filters, "date", False).ids)
                self.notice_text = self._episodes_also_notice(found)
            elif (result := self.queries.result_for(filters)) is not None:
                self.notice_text = self._episodes_also_notice(len(result.order))
            else:
                self.queries.ensure(filters)
        self.search_fallback.emit(self.fallback_text)
        self.search_notice.emit(self.notice_text)

    def _episodes_also_notice(self, found: int) -> str:
        return self.tr(
            "The search also filters the episodes on the timeline: {count} match."
        ).format(count=format_count(found))

    def _current_request(self) -> EpisodeRequest:
        filters = self.session.state.filters
        if nothing_to_search(filters.text):
            filters = filters.with_changes(text="")
        return EpisodeRequest(filters, *self.sort_by["episodes"])

    @guarded.reads(empty=show_nothing, key="TablePane.reload")
    def _on_first_page(self, request: EpisodeRequest, page) -> None:
        """The first rows of a large result, before the rest are counted: show them at once."""
        if self.view_name != "episodes" or request != self._current_request():
            return
        conn = self.session.store
        ids = EpisodeIds(conn, self.queries.index, page.positions)
        ids.prefill([row["id"] for row in page.rows])
        self.model.set_ids(ids, lambda chunk: episode_rows(conn, chunk))
        if len(page.rows) == len(ids):
            self.model.prefill(page.rows)
        self._lay_out_rows()
        self.empty.hide()
        self.count.setText(self.tr("{shown}+ episodes, counting…").format(
            shown=format_count(len(ids))))  # fmt: skip
        self.count.setAccessibleName(self.count.text())

    def _lay_out_rows(self) -> None:
        """Settle the view's geometry for its new rows now. Qt does it on a zero timer, which
        came after the first paint: the rows were painted twice (at a million episodes ~20 ms
        each, while the worker counts; on the bundled store 7-10 ms of a keystroke's 35-60)."""
        self.table.doItemsLayout()

    @guarded.reads(empty=show_nothing, key="TablePane.reload")
    def _on_finished(self, request: EpisodeRequest, result) -> None:
        if request.filters != self._current_request().filters:
            return
        if self.view_name != "episodes":
            # Another list is shown: the episodes' count is only its search notice.
            if request.filters.text and not self.fallback_text and not self.notice_text:
                self.notice_text = self._episodes_also_notice(len(result.order))
                self.search_notice.emit(self.notice_text)
            return
        if request != self._current_request():
            return
        conn = self.session.store
        index = self.queries.index
        ids = EpisodeIds(conn, index, result.order)
        first = self.model.ids
        # Keep the rows already shown (and the user's scroll) when the first page was right.
        same_start = (
            isinstance(first, EpisodeIds)
            and len(first.positions)
            and bool((result.order[: len(first.positions)] == first.positions).all())
        )
        if same_start:
            ids.prefill(first.known_first_ids())
            self.model.extend_to(ids)
        else:
            self.model.set_ids(ids, lambda chunk: episode_rows(conn, chunk))
        self._lay_out_rows()
        self._load_noted()
        self.fallback_text = request.filters.text if result.fallback else ""
        self._restore_selection()
        self._show_count(len(ids), index.n)
        typed = self.session.state.filters.text.strip()
        self.notice_text = self._search_notice(
            typed if getattr(self, "_empty_search", False) else self.fallback_text
        )
        self.search_fallback.emit(self.fallback_text)
        self.search_notice.emit(self.notice_text)

    def _on_query_failed(self, text: str) -> None:
        self.count.setText(self.tr("The search failed: {problem}").format(problem=text))
        self.count.setAccessibleName(self.count.text())

    def _search_notice(self, text: str) -> str:
        if not text:
            return ""
        if nothing_to_search(text):
            return self.tr("Nothing to search for in “{text}”: type a word.").format(text=text)
        # The typed text is not wrapped in quote marks of our own: it may hold an unclosed one.
        words = " ".join(w for w in re.findall(r"\w+", text) if w not in OPERATORS | {"NEAR"})
        if text.count('"') % 2:
            return self.tr(
                "A quote mark is not closed, so this is not a valid search expression; "
                "searched for its words instead: {words}"
            ).format(words=words)
        return self.tr(
            "This is not a valid search expression; searched for its words instead: {words}"
        ).format(words=words)

    def _show_count(self, shown: int, total: int) -> None:
        what = {"episodes": self.tr("episodes"), "series": self.tr("series"),
                "actors": self.tr("actors"), "sources": self.tr("sources")}[self.view_name]  # fmt: skip
        if shown == total:
            text = self.tr("{total} {what}").format(total=format_count(total), what=what)
        else:
            text = self.tr("{shown} of {total} {what}").format(
                shown=format_count(shown), total=format_count(total), what=what)  # fmt: skip
        self.count.setText(text)
        self.count.setAccessibleName(self.count.text())
        if shown == 0 and total > 0:
            self.empty.setText(self.tr(
                "Nothing matches these filters. <a href='clear'>Clear all filters</a>"))  # fmt: skip
        elif total == 0:
            self.empty.setText(self.tr("This store has no rows here yet."))
        self.empty.setVisible(shown == 0)
        self.results_changed.emit(shown, total, self.view_name)

    def _on_sort_requested(self, key: str, descending: bool) -> None:
        if self.sort_by[self.view_name] != (key, descending):
            self.sort_by[self.view_name] = (key, descending)
            self.reload(to_top=True)

    def _on_store_changed(self) -> None:
        self._date_content = 0
        self.models = {name: model for name, model in self.models.items() if name == self.view_name}
        self.reload()

    # -- notes ------------------------------------------------------------------------------
    def _load_noted(self) -> None:
        notes = self.session.notes
        noted: set[str] = set()
        if notes is not None and hasattr(notes, "noted_ids"):
            try:
                noted = set(notes.noted_ids("episode"))
            except Exception:  # noqa: BLE001 - a notes problem must not empty the table
                log.warning("cannot read which episodes have notes", exc_info=True)
                noted = set()
        self.models["episodes"].set_noted(noted)

    def refresh_notes(self) -> None:
        self._load_noted()

    # -- selection --------------------------------------------------------------------------
    @guarded.reads()
    def _on_current_row_changed(self, current, _previous) -> None:
        if self._following or not current.isValid():
            return
        item_id = self.model.ids[current.row()]
        self.session.state.select(SELECTION_KIND[self.view_name], item_id, origin=ORIGIN)

    def _follow_selection(self, selection, origin: str) -> None:
        # A record of another kind (a passage opened from the details) leaves the row selected,
        # so the user keeps their place in the list.
        if origin != ORIGIN and (
            selection is None or selection.kind == SELECTION_KIND[self.view_name]
        ):
            self._restore_selection()

    @guarded.reads()
    def _restore_selection(self) -> None:
        selection = self.session.state.selection
        row = -1
        if selection is not None and selection.kind == SELECTION_KIND[self.view_name]:
            row = self.model.row_of(selection.id)
        self._following = True
        try:
            if row < 0:
                self.table.clearSelection()
                return
            index = self.model.index(row, 1 if self.view_name == "episodes" else 0)
            self.table.setCurrentIndex(index)
            self.table.selectRow(row)
            self.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        finally:
            self._following = False

    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.ids[r] for r in rows]

    def selected_episode_ids(self) -> list[str]:
        return self.selected_ids() if self.view_name == "episodes" else []

    # -- menus, copy and export -----------------------------------------------------------
    def add_context_action(self, action: QAction) -> None:
        self.context_actions.append(action)

    def _context_menu(self, position) -> None:
        menu = QMenu(self)
        for action in self.context_actions:
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self._copy_action)
        menu.exec(self.table.viewport().mapToGlobal(position))

    def _rows_as_lines(self, ids: list[str]) -> list[list[str]]:
        model = self.model
        keys = [c.key for c in model.columns if c.key != "note"]
        lines = []
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            rows = model._fetch(chunk) if model._fetch else {}
            lines.extend([model.display(rows[i], k) for k in keys] for i in chunk if i in rows)
        return lines

    @guarded.reads()
    def copy_rows(self) -> None:
        lines = self._rows_as_lines(self.selected_ids())
        QApplication.clipboard().setText("\n".join("\t".join(line) for line in lines))

    def export_csv(self, path: Path, with_citations: bool = False) -> int:
        """Write every row the current view lists (not just those on screen); return the count.
        See table/csv_export.py for the format (UTF-8 with BOM, atomic, optional citations)."""
        from explorer.ui.table.csv_export import export_table

        return export_table(self, Path(path), with_citations)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
