"""The chart pane: chosen series over time, episodes marked, every number traced to its source.

It shows state.chart_series (the picker writes it), draws the episodes the filters keep, and
selects an observation or an episode in the shared state when one is clicked.
"""

from __future__ import annotations

import logging

import numpy as np
from PySide6.QtCore import QEvent, QPoint, QRect, Qt, QTimer
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSplitter, QVBoxLayout, QWidget

from explorer.core.episode_strip import STRIP_INDEX_FROM, StripIndex, strip_classes_for
from explorer.core.session import Session
from explorer.store import series_data
from explorer.store import timeline as timeline_store
from explorer.ui import guarded
from explorer.ui.chart.episode_marks import EpisodeMarks, Picked
from explorer.ui.chart.figure import ChartFigure
from explorer.ui.chart.panels import Drawn, build_panels
from explorer.ui.chart.picker import SeriesPicker
from explorer.ui.chart.readout import ReadoutLabel, lines_html, lines_plain, observation_lines
from explorer.ui.chart.toolbar import ChartToolbar
from explorer.ui.episode_columns import shared_columns
from explorer.ui.labels import written_date
from explorer.ui.observe import observe
from explorer.ui.plotting.theme import plot_colors
from explorer.ui.worker import episode_queries

log = logging.getLogger(__name__)

ORIGIN = "chart"
# Narrower than this, the series tree is folded behind the toolbar's "Series…" button (a
# drawer): beside the plot it would leave neither readable.
NARROW_WIDTH = 700
DRAWER_WIDTH = 300


class ChartPane(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._restyle_pending = False
        self.session = session
        self.setObjectName("ChartPane")
        self.setAccessibleName(self.tr("Chart"))
        self.colors = plot_colors(self.palette())
        self.picker = SeriesPicker(self)
        self.figure = ChartFigure(self.colors, self)
        self.figure.setAccessibleName(self.tr("Chart of the chosen series"))
        self.toolbar = ChartToolbar(self, self.figure)
        self.readout = ReadoutLabel(self)  # a fixed height: hovering never moves the plot
        self.readout.setObjectName("ChartReadout")
        self.readout.setAccessibleName(self.tr("Value under the pointer"))
        self.readout.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Chart message"))
        self.empty = QLabel(self.tr("Choose one or more series on the left."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        right = QWidget(self)
        self.right_layout = right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(3)
        right_layout.addWidget(self.toolbar)
        # The plots scroll rather than squash when the pane is too short for their minimum.
        self.plots_area = QScrollArea(right)
        self.plots_area.setObjectName("ChartPlotsArea")
        self.plots_area.setFrameShape(QFrame.Shape.NoFrame)
        self.plots_area.setWidgetResizable(True)
        self.plots_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.plots_area.setWidget(self.figure)
        right_layout.addWidget(self.plots_area, 1)
        right_layout.addWidget(self.empty, 1)
        right_layout.addWidget(self.message)
        right_layout.addWidget(self.readout)
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.picker)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(1, False)
        splitter.setSizes([240, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 2)
        layout.addWidget(splitter)
        self.narrow = False
        self.toolbar.series_button.toggled.connect(self._show_drawer)

        self.all_episodes = timeline_store.EpisodeColumns()
        self.shared = shared_columns(session)
        self.shared.loaded.connect(self._on_columns_loaded)
        self.marks: EpisodeMarks | None = None
        self._marks_for: tuple | None = None  # (query result, columns) the marks were made for
        self.noted: set[str] = set()
        self.picker.checkedChanged.connect(
            lambda ids: self.session.state.set_chart_series(ids, origin=ORIGIN)
        )
        self.toolbar.optionsChanged.connect(self.redraw)
        self.toolbar.fitRequested.connect(self.fit)
        self.figure.observationHovered.connect(self._on_observation_hovered)
        self.figure.episodeHovered.connect(self._on_episode_hovered)
        self.figure.observationClicked.connect(self._on_observation_clicked)
        self.figure.episodeClicked.connect(
            lambda eid: self.session.state.select("episode", eid, origin=ORIGIN)
        )

        state = session.state
        # The state outlives the pane: observe() drops each callback when the pane is deleted.
        observe(state.chart_series_changed, self, self._on_series_changed)
        observe(state.selection_changed, self, self._on_selection)
        observe(state.filters_changed, self, self._on_filters)
        observe(session.store_changed, self, lambda _session: self.reload())
        observe(session.notes_changed, self, self._on_notes_changed)
        self.queries = episode_queries(session)
        self.queries.finished.connect(self._on_query_finished)
        self.reload()

    # --- loading -----------------------------------------------------------------------------

    def show_nothing(self) -> None:
        """The empty state after the store failed to answer (ui/guarded.py says why)."""
        self.all_episodes = timeline_store.EpisodeColumns()
        self.marks, self._marks_for = None, None
        self.figure.setVisible(False)
        self.plots_area.setVisible(False)
        self.empty.setVisible(True)

    @guarded.reads(empty=show_nothing)
    def reload(self) -> None:
        conn = self.session.store
        # The one read of the episodes, shared with the timeline (on a large store it arrives
        # later, off the UI thread: _on_columns_loaded draws the marks then).
        self.all_episodes = self.shared.columns() or timeline_store.EpisodeColumns()
        self._refresh_notes()
        self._refresh_marks()
        self.picker.set_store(conn)
        state = self.session.state
        if not state.chart_series:
            defaults = series_data.default_series(conn)
            if defaults:
                state.set_chart_series(defaults, origin=ORIGIN)
                return  # _on_series_changed draws
        self.picker.set_checked(state.chart_series)
        self.redraw(reset_range=True)

    def _refresh_notes(self) -> None:
        self.noted = set()
        if self.session.notes is not None:
            try:
                self.noted = set(self.session.notes.noted_ids("observation"))
            except Exception:  # noqa: BLE001 - a damaged notes store must not take the chart down
                log.warning("cannot read which values have notes", exc_info=True)
                self.noted = set()

    def _refresh_marks(self) -> None:
        cols = self.all_episodes
        if not self.toolbar.show_episodes or not len(cols):
            self.marks, self._marks_for = None, None
            return
        filters = self.session.state.filters
        if not self.queries.is_async:
            keep = cols.keep_of(timeline_store.matching_ids(self.session.store, filters))
            self.marks = episode_marks(cols, keep)
            return
        # A large store: the worker's answer, mapped onto these rows by rowid, in numpy (no
        # filter keeps every episode: nothing to wait for then).
        everything = self.queries.normalized(filters).is_empty()
        result = None if everything else self.queries.result_for(filters)
        if result is None and not everything:
            self.queries.ensure(filters)
            return  # _on_query_finished draws them
        made_for = self._marks_for
        if made_for is not None and made_for[0] is result and made_for[1] is cols:
            return  # already drawn for this answer (a redraw for other reasons)
        queries = self.queries

        def job() -> EpisodeMarks:
            if result is None:
                return episode_marks(cols, np.ones(len(cols), dtype=bool))
            return episode_marks(cols, queries.keep_rows(result, cols.rowids))

        if not self.shared.is_large:
            self.marks, self._marks_for = job(), (result, cols)
            return
        # A million episodes: the marks are made on a thread; _on_marks_ready shows them.
        # Behind another workspace, they are made when the chart is shown.
        self.shared.arrays.run(
            "chart", job, lambda marks: self._on_marks_ready(result, cols, marks), pane=self
        )

    def _on_marks_ready(self, result, cols, marks: EpisodeMarks) -> None:
        if cols is self.all_episodes and self.toolbar.show_episodes:
            self.marks, self._marks_for = marks, (result, cols)
            self.figure.set_episode_selection(self.marks, self.session.state.selected_episode)

    @guarded.reads(empty=show_nothing)
    def redraw(self, reset_range: bool = False) -> None:
        conn = self.session.store
        state = self.session.state
        infos = series_data.series_by_id(conn, state.chart_series)
        ordered = [infos[sid] for sid in state.chart_series if sid in infos]
        observations = {info.id: series_data.observations(conn, info.id) for info in ordered}
        bars, log = self.toolbar.bars, self.toolbar.log
        panels, messages = build_panels(
            ordered, observations, bars, log, self.toolbar.relative_from
        )
        self._refresh_marks()
        selection = state.selection
        selected_obs = selection.id if selection and selection.kind == "observation" else None
        x_range = None
        if reset_range or not self.figure.plots:
            self.figure.panels = panels
            x_range = self.figure.data_range()
        self.figure.show_panels(
            panels, bars, log, self.marks, state.selected_episode, selected_obs, self.noted, x_range
        )
        self.figure.setVisible(bool(panels))
        self.plots_area.setVisible(bool(panels))
        self.empty.setVisible(not panels)
        self.message.setText("\n".join(messages))
        self.message.setVisible(bool(messages))
        self._show_selected_readout()

    def fit(self) -> None:
        if self.figure.plots:
            lo, hi = self.figure.data_range()
            self.figure.plots[0].setXRange(lo, hi, padding=0)

    # --- view options (saved views) ---------------------------------------------------------

    def view_options(self) -> dict:
        """How the chart is drawn, as plain data: style ('bars' or 'lines'), log, relative
        (change-from on or off), year (its base year), episodes (shown) and x_range [lo, hi]
        when something is drawn. The series are the shared state's, not listed here."""
        options = self.toolbar.options()
        x_range = self.figure.x_range()
        if x_range is not None:
            options["x_range"] = [float(x_range[0]), float(x_range[1])]
        return options

    def apply_view_options(self, options: dict) -> None:
        """Draw as `options` say (the format of view_options). Missing keys keep the current
        setting, unknown keys and malformed values are ignored; redraws at most once."""
        if not isinstance(options, dict):
            return
        if self.toolbar.set_options(options):
            self.redraw()
        x_range = options.get("x_range")
        valid = (
            isinstance(x_range, list | tuple)
            and len(x_range) == 2
            and all(isinstance(v, int | float) and not isinstance(v, bool) for v in x_range)
            and x_range[0] < x_range[1]
        )
        if valid and self.figure.plots:
            self.figure.plots[0].setXRange(float(x_range[0]), float(x_range[1]), padding=0)

    # --- readout -----------------------------------------------------------------------------

    def _lines(self, drawn: Drawn):
        panel_unit = next((p.unit_label for p in self.figure.panels if drawn in p.drawn), "")
        plotted = drawn.plotted if panel_unit != drawn.series.unit_label else None
        return observation_lines(
            drawn.obs, drawn.series, plotted, panel_unit, drawn.obs.id in self.noted
        )

    @guarded.reads(empty=lambda pane: pane.figure.hover_card.hide())
    def _on_observation_hovered(self, drawn: Drawn | None, pos: QPoint) -> None:
        if drawn is None:
            self.figure.hover_card.hide()
            self._show_selected_readout()
            return
        lines = self._lines(drawn)
        self._show_card(lines_html(lines, self.colors.warning.name()), pos)
        self.readout.setText(lines_plain(lines))

    @guarded.reads(empty=lambda pane: pane.figure.hover_card.hide())
    def _on_episode_hovered(self, episode_id: str, pos: QPoint) -> None:
        i = self.all_episodes.index_of(episode_id)
        if i is None:
            return
        cols = self.all_episodes
        start, end = timeline_store.episode_edtf(self.session.store, episode_id)
        when = written_date(cols.date_texts[i], start, end)
        html = (
            f"<b>{_escape(cols.titles[i])}</b><br>{_escape(when)}<br><i>"
            + _escape(self.tr("Click to select this episode"))
            + "</i>"
        )
        self._show_card(html, pos)
        self.readout.setText(f"{cols.titles[i]} · {when}")

    def _show_card(self, html: str, pos: QPoint) -> None:
        """The hover card, kept inside the part of the plots that is scrolled into view."""
        card = self.figure.hover_card
        card.show_at(html, pos)
        visible = self.visible_plot_rect()
        if visible.isEmpty():
            return
        x = min(card.x(), visible.right() + 1 - card.width())
        y = min(card.y(), visible.bottom() + 1 - card.height())
        card.move(max(visible.left(), x), max(visible.top(), y))

    def visible_plot_rect(self) -> QRect:
        """The part of the figure scrolled into view, in the figure's coordinates."""
        viewport = self.plots_area.viewport()
        top_left = self.figure.mapFrom(viewport, QPoint(0, 0))
        return QRect(top_left, viewport.size()).intersected(self.figure.rect())

    # --- narrow pane: the series tree as a drawer ---------------------------------------------

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._set_narrow(self.width() < NARROW_WIDTH)

    def _set_narrow(self, narrow: bool) -> None:
        if narrow == self.narrow:
            return
        self.narrow = narrow
        button = self.toolbar.series_button
        button.blockSignals(True)
        button.setChecked(False)
        button.blockSignals(False)
        button.setVisible(narrow)
        self.picker.setVisible(not narrow)
        # Narrow, the toolbar spans the pane (above the drawer too), so that opening the drawer
        # does not squeeze the controls; wide, it sits above the plots, beside the tree's search.
        toolbar = self.toolbar
        toolbar.parentWidget().layout().removeWidget(toolbar)
        if narrow:
            self.layout().insertWidget(0, toolbar)
        else:
            self.right_layout.insertWidget(0, toolbar)
        toolbar.show()
        if not narrow:
            self.splitter.setSizes([240, max(self.width() - 240, 100)])
        toolbar.set_compact(toolbar.width() < toolbar.full_width())

    def _show_drawer(self, shown: bool) -> None:
        self.picker.setVisible(shown)
        if shown:
            drawer = min(DRAWER_WIDTH, int(self.width() * 0.6))
            self.splitter.setSizes([drawer, max(self.width() - drawer, 100)])
            self.picker.search.setFocus()

    def _show_selected_readout(self) -> None:
        selection = self.session.state.selection
        if selection is None or selection.kind != "observation":
            self.readout.setText(
                self.tr(
                    "Point at a bar or a point to read its exact value "
                    "and source; click it to open the passage."
                )
            )
            return
        for panel in self.figure.panels:
            for drawn in panel.drawn:
                if drawn.obs.id == selection.id:
                    self.readout.setText(lines_plain(self._lines(drawn)))
                    return

    def _on_observation_clicked(self, drawn: Drawn) -> None:
        self.session.state.select("observation", drawn.obs.id, origin=ORIGIN)

    # --- state -------------------------------------------------------------------------------

    def _on_series_changed(self, series_ids, origin: str) -> None:
        self.picker.set_checked(series_ids)
        self.redraw(reset_range=True)

    def _on_selection(self, selection, origin: str) -> None:
        if selection is not None and selection.kind == "observation" and origin != ORIGIN:
            series_id = series_data.observation_series(self.session.store, selection.id)
            state = self.session.state
            if series_id and series_id not in state.chart_series:
                state.set_chart_series((*state.chart_series, series_id), origin=ORIGIN)
                return
        if (
            selection is not None
            and selection.kind == "observation"
            or any(
                d.obs.id == getattr(self, "_drawn_selected", None)
                for p in self.figure.panels
                for d in p.drawn
            )
        ):
            self._drawn_selected = selection.id if selection else None
            self.redraw()
            return
        self.figure.set_episode_selection(self.marks, self.session.state.selected_episode)
        self._show_selected_readout()

    def _on_filters(self, _filters, _origin: str) -> None:
        self._refresh_marks()
        self.figure.set_episode_selection(self.marks, self.session.state.selected_episode)

    def _on_columns_loaded(self, columns) -> None:
        if columns is not self.all_episodes:
            self.all_episodes = columns
            self._refresh_marks()
            self.figure.set_episode_selection(self.marks, self.session.state.selected_episode)

    @guarded.reads()
    def _on_query_finished(self, request, _result) -> None:
        if self.queries.normalized(self.session.state.filters) == request.filters:
            self._refresh_marks()
            self.figure.set_episode_selection(self.marks, self.session.state.selected_episode)

    def _on_notes_changed(self, target_type: str, _target_id: str) -> None:
        if target_type == "observation":
            self._refresh_notes()
            self.redraw()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        # Follow a light/dark switch once the restyle has finished: rebuilding plots inside
        # the palette event crashes Qt. The timer is dropped if the pane is deleted first.
        if event.type() == QEvent.Type.PaletteChange and not self._restyle_pending:
            self._restyle_pending = True
            QTimer.singleShot(0, self, self._restyle)
        super().changeEvent(event)

    def _restyle(self) -> None:
        self._restyle_pending = False
        self.colors = plot_colors(self.palette())
        self.figure.apply_colors(self.colors)
        if self.figure.plots:
            self.redraw()


def episode_marks(cols: timeline_store.EpisodeColumns, keep: np.ndarray) -> EpisodeMarks:
    """The marks of the episodes `keep` selects (pure arrays: safe on a thread)."""
    index = np.flatnonzero(keep)
    strip = None
    if len(cols) >= STRIP_INDEX_FROM:  # drawn by pixel column from sorted bounds
        strip = StripIndex(strip_classes_for(cols), keep)
    return EpisodeMarks(
        Picked(cols.ids, index), Picked(cols.titles, index), cols.start_lo[index],
        cols.end_hi[index], strip,
    )  # fmt: skip


def _escape(text: str) -> str:
    from html import escape

    return escape(text)
