"""The timeline pane: episodes in lanes over period bands, linked to the shared state.

The pane listens to the state (filters, selection, time range) and to the session (store and
notes), and writes back only through the state's setters; it never calls another pane.
"""

from __future__ import annotations

import functools
import logging

import numpy as np
from PySide6.QtCore import QEvent, QPoint, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QVBoxLayout, QWidget

from explorer.core.session import Session
from explorer.core.timeline_layout import fit_range
from explorer.store import timeline as timeline_store
from explorer.ui import guarded
from explorer.ui.after_paint import AfterPaint
from explorer.ui.episode_columns import shared_columns
from explorer.ui.observe import observe
from explorer.ui.plotting.theme import plot_colors
from explorer.ui.timeline.canvas import Target
from explorer.ui.timeline.hover import target_html
from explorer.ui.timeline.labels import lane_title
from explorer.ui.timeline.model import TimelineModel
from explorer.ui.timeline.plot import TimelinePlot
from explorer.ui.timeline.toolbar import TimelineFooter, TimelineToolbar
from explorer.ui.worker import episode_queries

log = logging.getLogger(__name__)

ORIGIN = "timeline"


def _filters_first(method):
    """A pane method that must see the lanes of the current filters: a filter change still
    waiting to be shown (TimelinePane._on_filters) is applied before it, so changes land in the
    order they were made (a saved view's filters, then its time range)."""

    @functools.wraps(method)
    def settled_first(self, *args, **kwargs):
        self.settle()
        return method(self, *args, **kwargs)

    return settled_first


RANGE_DEBOUNCE_MS = 250
FOLLOW_MARGIN = 0.04  # of the matching episodes' extent, each side


class TimelinePane(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("TimelinePane")
        self.setAccessibleName(self.tr("Timeline"))
        colors = plot_colors(self.palette())
        self.model = TimelineModel(timeline_store.EpisodeColumns(), [])
        self.periods: list = []
        self.shared = shared_columns(session)
        self.shared.loaded.connect(self._on_columns_loaded)
        self.shared.failed.connect(self._on_columns_failed)
        self.actor_names: dict[str, str] = {}
        self.plot = TimelinePlot(self.model, colors, self)
        self.plot.setAccessibleName(self.tr("Timeline of episodes"))
        self.plot.setAccessibleDescription(
            self.tr(
                "Wheel or +/− to zoom, drag or arrow keys to pan, [ and ] to step through episodes"
            )
        )
        self.toolbar = TimelineToolbar(self, self.plot)
        self.footer = TimelineFooter(colors, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 2)
        layout.setSpacing(3)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.footer)

        self._range_timer = QTimer(self)
        self._range_timer.setSingleShot(True)
        self._range_timer.setInterval(RANGE_DEBOUNCE_MS)
        self._range_timer.timeout.connect(self._publish_range)
        self._following = False  # applying a range another pane chose
        self._fitting = False  # applying a range this pane chose (fit all, follow filters)
        # Set when the user zooms or pans the timeline itself; the view then stops following
        # the filters until Fit all (or switching Follow filters on again).
        self.zoomed_by_hand = False

        self.toolbar.laneModeChanged.connect(self._set_lane_mode)
        self.toolbar.hiddenLanesChanged.connect(self._set_hidden)
        self.toolbar.rangeTyped.connect(self.show_range)
        self.toolbar.fitRequested.connect(self.fit_all)
        self.toolbar.followFiltersToggled.connect(self._on_follow_toggled)
        self.toolbar.zoomToSelectionRequested.connect(self.zoom_to_selection)
        self.plot.box.sigXRangeChanged.connect(self._on_range_changed)
        self.plot.targetClicked.connect(self._on_clicked)
        self.plot.targetHovered.connect(self._on_hovered)
        self.plot.targetMenuRequested.connect(self._on_menu)
        self.plot.stepSelection.connect(self._step_selection)

        # On a small store the lanes follow a filter change on a later turn of the event loop,
        # once the table has painted its new rows (ui/after_paint.py): with their own paint
        # they were 10-15 ms of the one 35-60 ms stretch a keystroke took.
        self._filters_after_paint = AfterPaint(self, self._follow_filter_change)
        state = session.state
        # The state outlives the pane: observe() drops each callback when the pane is deleted.
        observe(state.filters_changed, self, self._on_filters)
        observe(state.selection_changed, self, self._on_selection)
        observe(state.time_range_changed, self, self._on_time_range)
        observe(session.store_changed, self, self._on_store_changed)
        observe(session.notes_changed, self, self._on_notes_changed)
        self.queries = episode_queries(session)
        self.queries.finished.connect(self._on_query_finished)
        self.reload()

    # --- loading -----------------------------------------------------------------------------

    def show_nothing(self) -> None:
        """The empty state after the store failed to answer (ui/guarded.py says why)."""
        self.model = TimelineModel(timeline_store.EpisodeColumns(), [])
        self.plot.canvas.model = self.model
        self._data_changed()

    @guarded.reads(empty=show_nothing)
    def reload(self) -> None:
        conn = self.session.store
        self.periods = timeline_store.load_periods(conn)
        self.actor_names = timeline_store.actor_names(conn)
        # The one read of the episodes, shared with the chart: at once on a small store; on a
        # large one off the UI thread, and _on_columns_loaded draws them when they arrive.
        columns = self.shared.columns()
        if columns is None:
            self.toolbar.show_message(self.tr("Loading episodes…"))
            columns = timeline_store.EpisodeColumns()
        self._show_columns(columns)

    def _on_columns_loaded(self, columns) -> None:
        if columns is not self.model.columns:
            self.toolbar.show_message("")
            self._show_columns(columns)

    def _on_columns_failed(self, text: str) -> None:
        self.toolbar.show_message(
            self.tr("The episodes could not be read: {error}").format(error=text), error=True
        )

    def _show_columns(self, columns) -> None:
        mode = self.model.mode
        self.model = TimelineModel(columns, self.periods)
        self.model.mode = mode
        self._apply_matching(self.session.state.filters)
        self.model.rebuild()
        self._refresh_notes()
        self.plot.canvas.model = self.model
        self._data_changed()
        state = self.session.state
        self._on_selection(state.selection, "")
        if state.time_range is not None:
            self.plot.set_x_range(*state.time_range)
        else:
            self.fit_all()

    def _data_changed(self) -> None:
        titles = {
            key: lane_title(key, self.model.mode, self.actor_names) for key in self.model.index.keys
        }
        self.plot.canvas.set_lane_titles(titles)
        self.plot.canvas.data_changed()
        self.toolbar.set_lanes(self.model.index.keys, titles, self.model.hidden)
        self._update_status()
        # A longer count can wrap the footer onto a second line: settled now, before the paint,
        # the plot is laid out once at its new height, not once before and once after.
        if self.layout() is not None:
            self.layout().activate()

    def _show_filtered(self) -> None:
        """A new filter's lanes and counts, the view fitted to them, laid out for the paint."""
        self._data_changed()
        self._follow_filters()
        self._lay_out_now()

    def _lay_out_now(self) -> None:
        """Lay the lanes out for a new filter now, not inside the next paint: the layout gives
        the lane names their new counts, and done inside the paint that asked Qt for a second
        paint of the whole view (~10 ms at 100,000 episodes, each filter). The plot's own
        layout is settled first, so the paint finds the same geometry and nothing to redo."""
        if not self.plot.isVisible():
            return  # laid out when it is shown
        self.plot.getPlotItem().layout.activate()
        self.plot.canvas.ensure_layout()

    def _update_status(self) -> None:
        total = len(self.model.columns)
        if not total and self.shared.loading:
            return  # "0 episodes" would be untrue: the toolbar says they are loading
        self.footer.set_counts(self.model.n_shown, total, self.plot.x_range())

    def _refresh_notes(self) -> None:
        notes = self.session.notes
        noted = set()
        if notes is not None:
            try:
                noted = set(notes.noted_ids("episode"))
            except Exception:  # noqa: BLE001 - a damaged notes store must not take the timeline down
                log.warning("cannot read which episodes have notes", exc_info=True)
                noted = set()
        self.model.set_noted(noted)

    # --- user actions ------------------------------------------------------------------------

    @_filters_first
    def fit_all(self) -> None:
        """Show every episode that matches the filters; the view follows the filters again."""
        starts, ends = self.model.fit_bounds()
        self._fit_to(fit_range(starts, ends))

    def _fit_to(self, time_range: tuple[float, float]) -> None:
        self._move_to(time_range)
        self.zoomed_by_hand = False

    def _move_to(self, time_range: tuple[float, float]) -> None:
        """Change the range for the user, not by the user's hand on the timeline."""
        self._fitting = True
        try:
            self.plot.set_x_range(*time_range)
        finally:
            self._fitting = False

    @property
    def follows_filters(self) -> bool:
        return self.toolbar.follow_button.isChecked()

    def _follow_filters(self) -> None:
        """Fit the view to the matching episodes, with a margin, unless the user has zoomed
        by hand since the last fit. Nothing matching: the view stays where it is."""
        if not self.follows_filters or self.zoomed_by_hand:
            return
        starts, ends = self.model.fit_bounds()
        filters = self.session.state.filters
        if filters.date_from is not None or filters.date_to is not None:
            # "Active during 1985–1990" shows those years, not the whole span of every
            # episode still running then (a 1900–1939 migration would stretch it to 1900).
            lo = filters.date_from if filters.date_from is not None else min(starts or [1800.0])
            hi = filters.date_to if filters.date_to is not None else max(ends or [2030.0])
            if hi > lo:
                pad = max(0.5, (hi - lo) * 0.02)
                self._fit_to((lo - pad, hi + pad))
                return
        if starts:
            self._fit_to(fit_range(starts, ends, margin=FOLLOW_MARGIN))

    @_filters_first
    def _on_follow_toggled(self, on: bool) -> None:
        if on:
            self.zoomed_by_hand = False
            self._follow_filters()

    # --- saved views -------------------------------------------------------------------------

    def view_options(self) -> dict:
        """What a saved view restores of this pane (the time range belongs to the state)."""
        return {
            "lanes": self.model.mode,
            "hidden": sorted(self.model.hidden),
            "follow_filters": self.follows_filters,
        }

    @_filters_first
    def apply_view_options(self, options: dict) -> None:
        """Put back view_options(); unknown keys are ignored and missing ones keep defaults
        (lanes by kind, every lane shown, following the filters). A view starts afresh: an
        earlier zoom by hand no longer stops the view following its filters."""
        options = options if isinstance(options, dict) else {}
        self.zoomed_by_hand = False
        mode = options.get("lanes", "kind")
        index = self.toolbar.mode.findData(mode if isinstance(mode, str) else "kind")
        if index >= 0 and index != self.toolbar.mode.currentIndex():
            self.toolbar.mode.setCurrentIndex(index)  # the pane follows its combo box
        hidden = options.get("hidden", [])
        hidden = {str(key) for key in hidden} if isinstance(hidden, (list, tuple, set)) else set()
        if hidden != set(self.model.hidden):
            self._set_hidden(hidden)
        follow = options.get("follow_filters", True)
        button = self.toolbar.follow_button
        button.blockSignals(True)  # restoring is not the user switching it on: no fit here
        button.setChecked(bool(follow))
        button.blockSignals(False)

    @_filters_first
    def show_range(self, lo: float, hi: float) -> None:
        """Show the years lo to hi (typed in the toolbar; a saved view's or a lesson's range)."""
        self.plot.set_x_range(lo, hi)

    @_filters_first
    def zoom_to_selection(self) -> None:
        index = self._selected_index()
        if index is None:
            self.toolbar.show_message(self.tr("Select an episode first."))
            return
        lo, hi = self.model.bounds_of(index)
        pad = max((hi - lo) * 0.6, 1.0)
        self.plot.set_x_range(lo - pad, hi + pad)

    @_filters_first
    def _set_lane_mode(self, mode: str) -> None:
        self.model.set_mode(mode)
        self._data_changed()

    @_filters_first
    def _set_hidden(self, hidden: set) -> None:
        self.model.set_hidden(set(hidden))
        self._data_changed()

    def _selected_index(self) -> int | None:
        episode = self.session.state.selected_episode
        return self.model.columns.index_of(episode) if episode else None

    @guarded.reads()
    def _on_clicked(self, target: Target | None, _global: QPoint) -> None:
        self.plot.setFocus()
        if target is None:
            return
        if target.kind == "episode":
            episode_id = self.model.columns.ids[target.index]
            self.session.state.select("episode", episode_id, origin=ORIGIN)
        elif target.kind == "period":
            period = self.model.periods[target.index]
            self.session.state.select("period", period.id, origin=ORIGIN)
        elif target.kind == "zoom":
            pad = max((target.hi - target.lo) * 0.1, 0.2)
            self.plot.set_x_range(target.lo - pad, target.hi + pad)

    @guarded.reads(empty=lambda pane: pane.plot.hover_card.hide())
    def _on_hovered(self, target: Target | None, pos: QPoint) -> None:
        if target is None:
            self.plot.hover_card.hide()
            return
        html = target_html(self, target, self.model, self.session.store, self.actor_names)
        self.plot.hover_card.show_at(html, pos)

    def _on_menu(self, target: Target | None, global_pos: QPoint) -> None:
        menu = QMenu(self)
        if target is not None and target.kind == "episode":
            episode_id = self.model.columns.ids[target.index]
            state = self.session.state
            select = QAction(self.tr("Select"), menu)
            select.triggered.connect(lambda: state.select("episode", episode_id, origin=ORIGIN))
            compare = QAction(self.tr("Add to comparison"), menu)
            compare.setEnabled(episode_id not in state.compare_episodes)
            compare.triggered.connect(
                lambda: state.set_compare_episodes(
                    (*state.compare_episodes, episode_id), origin=ORIGIN
                )
            )
            zoom = QAction(self.tr("Zoom to this episode"), menu)
            lo, hi = self.model.bounds_of(target.index)
            zoom.triggered.connect(
                lambda: self.plot.set_x_range(
                    lo - max((hi - lo) * 0.6, 1.0), hi + max((hi - lo) * 0.6, 1.0)
                )
            )
            menu.addActions([select, compare, zoom])
            menu.addSeparator()
        fit = QAction(self.tr("Fit all"), menu)
        fit.triggered.connect(self.fit_all)
        menu.addAction(fit)
        menu.addMenu(self.toolbar.export_menu())
        self._last_menu = menu
        menu.popup(global_pos)

    @_filters_first
    def _step_selection(self, direction: int) -> None:
        """Select the next/previous episode shown in the view, in start order."""
        rank = self.model.columns.start_rank  # the store's start order (start, then id)
        order = sorted(
            {p.episode for lane in self.plot.canvas.lanes for p in lane.layout.placed},
            key=lambda episode: rank[episode],
        )
        if not order:
            return
        current = self._selected_index()
        if current in order:
            position = (order.index(current) + direction) % len(order)
        else:
            position = 0 if direction > 0 else len(order) - 1
        episode_id = self.model.columns.ids[order[position]]
        self.session.state.select("episode", episode_id, origin=ORIGIN)

    # --- range -------------------------------------------------------------------------------

    def _on_range_changed(self, *_args) -> None:
        lo, hi = self.plot.x_range()
        self.toolbar.show_range(lo, hi)
        self._update_status()
        if not self._following and not self._fitting:
            self.zoomed_by_hand = True
        if not self._following:
            self._range_timer.start()

    def _publish_range(self) -> None:
        self.session.state.set_time_range(*self.plot.x_range(), origin=ORIGIN)

    @_filters_first
    def _on_time_range(self, time_range, origin: str) -> None:
        if origin == ORIGIN or time_range is None:
            return
        self._following = True
        try:
            self.plot.set_x_range(*time_range)
        finally:
            self._following = False  # applying a range another pane chose
        self._fitting = False  # applying a range this pane chose (fit all, follow filters)
        # Set when the user zooms or pans the timeline itself; the view then stops following
        # the filters until Fit all (or switching Follow filters on again).
        self.zoomed_by_hand = False

    # --- state -------------------------------------------------------------------------------

    def _apply_matching(self, filters) -> bool:
        """Show what `filters` keep; on a large store that is the worker's last answer (the
        rest arrives through _on_query_finished). False while the answer is on its way."""
        if not self.queries.is_async:
            self.model.set_matching(timeline_store.matching_ids(self.session.store, filters))
            return True
        result = self.queries.result_for(filters)
        if result is None:
            self.queries.ensure(filters)
            return False
        model, queries = self.model, self.queries
        if not self.shared.is_large:
            model.set_keep(queries.keep_rows(result, model.columns.rowids))
            return True

        # A million episodes: the mask onto the rows and the lanes are made on a thread, and
        # _on_keep_ready shows them (the UI thread only swaps them in).
        def job():
            keep = queries.keep_rows(result, model.columns.rowids)
            if np.array_equal(keep, model.keep):
                return keep, None
            return keep, model.index_for(keep, model.mode)

        # Behind another workspace, they are made when the timeline is shown.
        self.shared.arrays.run(
            "timeline", job, lambda made: self._on_keep_ready(model, made), pane=self
        )
        return False

    def _on_keep_ready(self, model: TimelineModel, made) -> None:
        keep, index = made
        if model is self.model and index is not None and model.apply(keep, index):
            self._show_filtered()

    def _on_filters(self, filters, origin: str) -> None:
        if self.queries.is_async:
            self._follow_filter_change()  # its work is on the worker and a thread already
        else:
            self._filters_after_paint.request()

    @property
    def filters_follow(self) -> bool:
        """True from a filter change on a small store until the lanes show it."""
        return self._filters_after_paint.waiting

    def settle(self) -> None:
        """Show a filter change still waiting for the table's paint, now."""
        self._filters_after_paint.flush()

    @guarded.reads(key="TimelinePane._on_filters")
    def _follow_filter_change(self) -> None:
        self._filters_after_paint.cancel()
        if self._apply_matching(self.session.state.filters):
            self._show_filtered()

    @guarded.reads()
    def _on_query_finished(self, request, _result) -> None:
        filters = self.session.state.filters
        if self.queries.normalized(filters) == request.filters and self._apply_matching(filters):
            self._show_filtered()

    @_filters_first
    def _on_selection(self, selection, origin: str) -> None:
        canvas = self.plot.canvas
        canvas.selected_period = None
        index = None
        if selection is not None and selection.kind == "episode":
            index = self.model.columns.index_of(selection.id)
        elif selection is not None and selection.kind == "period":
            canvas.selected_period = next(
                (i for i, p in enumerate(self.model.periods) if p.id == selection.id), None
            )
        canvas.set_selected(index)
        canvas.update()
        if index is not None and origin != ORIGIN:
            self._reveal(index)

    def _reveal(self, index: int) -> None:
        """Bring a selection made elsewhere into view, keeping the zoom if it fits."""
        lo, hi = self.plot.x_range()
        start, end = self.model.bounds_of(index)
        if start >= lo and end <= hi:
            return
        width = hi - lo
        if end - start > width * 0.8:
            pad = (end - start) * 0.2 + 0.5
            self._move_to((start - pad, end + pad))
        else:
            center = (start + end) / 2
            self._move_to((center - width / 2, center + width / 2))

    def _on_store_changed(self, _session) -> None:
        self._filters_after_paint.cancel()  # the reload shows the filters on the new store
        self.reload()

    def _on_notes_changed(self, target_type: str, _target_id: str) -> None:
        if target_type == "episode":
            self._refresh_notes()
            self.plot.canvas.data_changed()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.PaletteChange:
            colors = plot_colors(self.palette())
            self.plot.apply_colors(colors)
            self.footer.set_colors(colors)
        super().changeEvent(event)
