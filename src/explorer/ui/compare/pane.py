"""The compare pane: 2–4 episodes side by side, and chosen series aligned on each one's start.

Episodes come from the shared state (state.compare_episodes: the table's and timeline's
"Compare" puts them there) or are typed here. Series default to what the chart pane shows, or
to those with data around every episode. A comparison can be saved in the notes store, reopened,
and exported as PNG (what is on screen) and CSV (every value with its citation, and the means).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from explorer.core.compare import (
    COMPARISON_KIND,
    MAX_EPISODES,
    Comparison,
    EpisodeFacts,
    clamp_window,
    default_name,
    differences,
    find_episodes,
    load_facts,
)
from explorer.core.compare_series import (
    aligned_points,
    all_series,
    before_after,
    comparison_csv,
    series_info,
    suggest_series,
)
from explorer.core.csv_file import with_bom
from explorer.core.session import Session
from explorer.store.atomic import write_atomically
from explorer.ui import dialogs, guarded
from explorer.ui.compare.facts_table import FactsTable
from explorer.ui.compare.names import series_name, series_where
from explorer.ui.compare.picker import ChipPicker
from explorer.ui.compare.summary_table import SummaryTable
from explorer.ui.menu_button import MenuButton
from explorer.ui.observe import observe
from explorer.ui.plotting.export import save_png
from explorer.ui.plotting.theme import plot_colors

ORIGIN = "compare"
CHART_HEIGHT = 230  # per series: tall enough to read a year-to-year change


class ComparePane(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("ComparePane")
        self.facts: list[EpisodeFacts] = []
        self.series_ids: tuple[str, ...] = ()
        self._series_chosen = False  # False while the series are a suggestion, not the user's
        self._saved_id: str | None = None
        self.charts = None  # AlignedCharts, created on first use (pyqtgraph is imported then)
        self._stale = False
        self._build()
        observe(session.state.compare_changed, self, lambda *_: self.reload())
        observe(session.state.selection_changed, self, lambda *_: self._update_buttons())
        observe(session.store_changed, self, lambda *_: self._store_changed())
        observe(session.notes_changed, self, self._notes_changed)
        self.reload()

    # --- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self.episode_picker = ChipPicker(
            self.tr("Episodes:"),
            self.tr("Type to add an episode…"),
            self._find_episodes,
            MAX_EPISODES,
            self,
        )
        self.episode_picker.changed.connect(
            lambda ids: self.session.state.set_compare_episodes(ids, origin=ORIGIN)
        )
        self.add_selected = QPushButton(self.tr("Add selected"), self)
        self.add_selected.setToolTip(self.tr("Add the episode selected in the table or timeline"))
        self.add_selected.setAccessibleName(self.tr("Add the selected episode"))
        self.add_selected.clicked.connect(self.add_selected_episode)
        self.episode_picker.add_beside_search(self.add_selected)
        top = QHBoxLayout()
        top.addWidget(self.episode_picker, 1)

        self.series_picker = ChipPicker(
            self.tr("Series:"), self.tr("Type to add a series…"), self._find_series, 6, self
        )
        self.series_picker.changed.connect(self._series_edited)
        self.window_lo = self._spin(-30, 0, -5, self.tr("Years before the start"))
        self.window_hi = self._spin(0, 30, 5, self.tr("Years after the start"))
        window_label = QLabel(self.tr("Window:"), self)
        window_label.setBuddy(self.window_lo)
        self.saved_button = self._menu_button(self.tr("Saved"), self.tr("Open a saved comparison"))
        self.saved_button.menu().aboutToShow.connect(self._fill_saved_menu)
        self.save_button = QToolButton(self, text=self.tr("Save…"))
        self.save_button.setToolTip(self.tr("Save this comparison with your notes"))
        self.save_button.setAccessibleName(self.tr("Save comparison"))
        self.save_button.clicked.connect(lambda: self.save_comparison())
        self.export_button = self._menu_button(self.tr("Export"), self.tr("Export as PNG or CSV"))
        self.export_button.menu().addAction(
            self.tr("Image (PNG)…"), lambda: self._export_dialog("png")
        )
        self.export_button.menu().addAction(
            self.tr("Data with citations (CSV)…"), lambda: self._export_dialog("csv")
        )
        # Window and actions sit beside the series on a wide screen, below them in a dock.
        self.controls = QWidget(self)
        controls = QHBoxLayout(self.controls)
        controls.setContentsMargins(0, 0, 0, 0)
        controls.addWidget(window_label)
        controls.addWidget(self.window_lo)
        controls.addWidget(QLabel("…", self.controls))
        controls.addWidget(self.window_hi)
        controls.addWidget(self.saved_button)
        controls.addWidget(self.save_button)
        controls.addWidget(self.export_button)
        self.second_row = QHBoxLayout()
        self.second_row.addWidget(self.series_picker, 1)
        self.third_row = QHBoxLayout()  # starts narrow, so a dock can be narrow (resizeEvent)
        self.third_row.addWidget(self.controls)
        self.third_row.addStretch(1)

        self.message = QLabel(self)
        self.message.setObjectName("CompareMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setObjectName("CompareEmpty")
        self.facts_table = FactsTable(self)
        self.summary = SummaryTable(self)
        self.chart_holder = QWidget(self)
        self.chart_hint = QLabel(self.chart_holder)
        self.chart_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart_hint.setWordWrap(True)
        QVBoxLayout(self.chart_holder).addWidget(self.chart_hint)
        self.chart_holder.layout().setContentsMargins(0, 0, 0, 0)
        self.legend = QLabel(
            self.tr(
                "≠ and shading mark the rows where the episodes differ; "
                "actors in bold take part in only some of them."
            ),
            self,
        )
        self.legend.setObjectName("CompareLegend")
        self.legend.setWordWrap(True)
        # One scrolling page: the facts, the aligned charts (a fixed height per series) and the
        # means; exported to PNG whole, not just the part on screen.
        self.content = QWidget(self)
        self.content.setObjectName("CompareContent")
        self.content.setAutoFillBackground(True)
        page = QVBoxLayout(self.content)
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(8)
        for widget in (self.legend, self.facts_table, self.chart_holder, self.summary):
            page.addWidget(widget)
        page.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setWidget(self.content)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addLayout(self.second_row)
        layout.addLayout(self.third_row)
        layout.addWidget(self.message)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.scroll, 1)

    def _spin(self, lo: int, hi: int, value: int, name: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(lo, hi)
        spin.setValue(value)
        spin.setAccessibleName(name)
        spin.setToolTip(name)
        spin.valueChanged.connect(lambda *_: self._window_timer.start())
        if not hasattr(self, "_window_timer"):
            self._window_timer = QTimer(self, singleShot=True, interval=200)
            self._window_timer.timeout.connect(self._draw_series)
        return spin

    def _menu_button(self, text: str, tip: str) -> QToolButton:
        button = MenuButton(text, self)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setMenu(QMenu(button))
        return button

    # --- finding -------------------------------------------------------------------------
    @guarded.reads(default=[])
    def _find_episodes(self, text: str) -> list[tuple[str, str]]:
        return [
            (i, f"{title} — {date}")
            for i, title, date in find_episodes(self.session.store, text, limit=25)
        ]

    @guarded.reads(default=[])
    def _find_series(self, text: str) -> list[tuple[str, str]]:
        words = [w.casefold() for w in text.split()]
        found = []
        for info in all_series(self.session.store):
            # The source too: two sources print "Funds needed to clear Peru's arrears".
            label = f"{info.title} ({series_where(info)})"
            if all(w in (label + " " + info.id).casefold() for w in words):
                found.append((info.id, label))
        return found[:25]

    # --- state ---------------------------------------------------------------------------
    @property
    def window(self) -> tuple[int, int]:
        return clamp_window(self.window_lo.value(), self.window_hi.value())

    def show_nothing(self) -> None:
        """The empty state after the store failed to answer (ui/guarded.py says why)."""
        self.facts = []
        self.scroll.setVisible(False)
        self.empty.setVisible(True)

    @guarded.reads(empty=show_nothing)
    def reload(self) -> None:
        ids = self.session.state.compare_episodes
        self.facts = load_facts(self.session.store, ids)
        colors = plot_colors(self.palette())
        self.episode_picker.set_items(
            [(f.id, f"{f.title} ({f.start_year})") for f in self.facts],
            [colors.lane(i) for i in range(len(self.facts))],
        )
        if not self._series_chosen:
            chart = tuple(self.session.state.chart_series)
            self.series_ids = chart or tuple(
                suggest_series(self.session.store, self.facts, self.window)
            )
        self._show_series_chips()
        self._redraw()

    def _show_series_chips(self) -> None:
        self.series_picker.set_items(
            [(s.id, series_name(s)) for s in series_info(self.session.store, self.series_ids)]
        )

    @guarded.reads()
    def _series_edited(self, ids: tuple) -> None:
        self._series_chosen = True
        self.series_ids = tuple(ids)
        self._show_series_chips()
        self._draw_series()

    def _redraw(self) -> None:
        has = bool(self.facts)
        self.empty.setVisible(not has)
        self.scroll.setVisible(has)
        if not has:
            self.empty.setText(
                self.tr(
                    "Pick 2–4 episodes to compare: type part of a title above, press “Add selected” "
                    "after choosing one in the table or timeline, or open a saved comparison."
                )
            )
        else:
            self._draw_facts()
            self._draw_series()
        self._update_buttons()

    def _draw_facts(self) -> None:
        notes_store = self.session.notes
        notes = [notes_store.notes_for("episode", f.id) if notes_store else [] for f in self.facts]
        diff = differences(self.facts, [len(n) for n in notes])
        colors = plot_colors(self.palette())
        self.facts_table.show_facts(
            self.facts, diff, notes, [colors.lane(i) for i in range(len(self.facts))]
        )
        self.legend.setVisible(len(self.facts) > 1)

    @guarded.reads()
    def _draw_series(self) -> None:
        if not self.facts:
            return
        window = self.window
        infos = series_info(self.session.store, self.series_ids)
        points, summaries = {}, {}
        for info in infos:
            for episode in self.facts:
                pts = aligned_points(self.session.store, info.id, episode, window)
                points[(info.id, episode.id)] = pts
                summaries[(info.id, episode.id)] = before_after(info.id, episode.id, pts)
        colors = plot_colors(self.palette())
        lanes = [colors.lane(i) for i in range(len(self.facts))]
        self.summary.show_summary(infos, self.facts, summaries, window, lanes)
        self.summary.setVisible(bool(infos))
        self.summary.setFixedHeight(self.summary.fitted_height())
        self.chart_holder.setFixedHeight(CHART_HEIGHT * len(infos) + 40 if infos else 80)
        if not infos:
            self.chart_hint.setText(
                self.tr(
                    "Add a series above (for example Japan's grant aid "
                    "or technical cooperation) to see it aligned on "
                    "each episode's start."
                )
            )
            self.chart_hint.show()
            if self.charts is not None:
                self.charts.hide()
            return
        self.chart_hint.hide()
        if self.charts is None:
            from explorer.ui.compare.charts import AlignedCharts  # pyqtgraph: only when needed

            self.charts = AlignedCharts(self.chart_holder)
            self.chart_holder.layout().addWidget(self.charts)
        self.charts.show()
        self.charts.show_series(infos, self.facts, points, window)

    def _update_buttons(self) -> None:
        selected = self.session.state.selected_episode
        full = len(self.facts) >= MAX_EPISODES
        self.add_selected.setEnabled(
            bool(selected) and not full and selected not in self.session.state.compare_episodes
        )
        notes = self.session.notes
        self.save_button.setEnabled(bool(self.facts) and notes is not None and not notes.read_only)
        self.export_button.setEnabled(bool(self.facts))
        self.saved_button.setEnabled(notes is not None)

    def add_selected_episode(self) -> None:
        selected = self.session.state.selected_episode
        if selected:
            ids = (*self.session.state.compare_episodes, selected)
            self.session.state.set_compare_episodes(ids, origin=ORIGIN)

    def _store_changed(self) -> None:
        self._saved_id = None
        self._series_chosen = False
        self.series_ids = ()
        self.reload()

    def _notes_changed(self, target_type: str, target_id: str) -> None:
        if self.facts and (
            not target_type
            or (target_type == "episode" and target_id in {f.id for f in self.facts})
        ):
            self._draw_facts()
        self._update_buttons()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # --- saving and exporting ------------------------------------------------------------
    def comparison(self) -> Comparison:
        return Comparison(tuple(f.id for f in self.facts), tuple(self.series_ids), self.window)

    def comparison_state(self) -> dict:
        """The comparison as plain data (for saved views): episodes, series, window."""
        comparison = self.comparison()
        return {
            "episodes": list(self.session.state.compare_episodes),
            "series": list(comparison.series),
            "window": list(comparison.window),
        }

    def apply_comparison(self, episodes=None, series=None, window=None) -> None:
        """Show a comparison; None keeps that part as it is. The series become the user's
        choice (no longer a suggestion). Draws once, whatever changed."""
        if window is not None:
            lo, hi = Comparison.from_payload({"window": list(window)}).window
            for spin, value in ((self.window_lo, lo), (self.window_hi, hi)):
                spin.blockSignals(True)
                spin.setValue(value)
                spin.blockSignals(False)
            self._window_timer.stop()
        if series is not None:
            self._series_chosen = True
            self.series_ids = tuple(str(s) for s in series if s)
        if episodes is not None:
            episodes = Comparison.from_payload({"episodes": list(episodes)}).episodes
            if episodes != tuple(self.session.state.compare_episodes):
                self.session.state.set_compare_episodes(episodes, origin=ORIGIN)
                return  # compare_changed reloads
        self.reload()

    def save_comparison(self, name: str | None = None) -> str | None:
        notes = self.session.notes
        if notes is None or notes.read_only or not self.facts:
            self.show_message(
                self.tr(
                    "Comparisons are kept with your notes, which cannot be written in this session."
                )
            )
            return None
        if name is None:
            current = notes.get_item(self._saved_id) if self._saved_id else None
            name, ok = QInputDialog.getText(
                self,
                self.tr("Save comparison"),
                self.tr("Name:"),
                text=current.name if current else default_name(self.facts),
            )
            if not ok or not name.strip():
                return None
        item = notes.save_item(
            COMPARISON_KIND, name.strip(), self.comparison().to_payload(), item_id=self._saved_id
        )
        self._saved_id = item.id
        self.show_message(self.tr("Saved “{name}” with your notes.").format(name=item.name))
        return item.id

    def saved_comparisons(self) -> list:
        notes = self.session.notes
        return notes.items(COMPARISON_KIND) if notes is not None else []

    def open_comparison(self, item_id: str) -> bool:
        notes = self.session.notes
        item = notes.get_item(item_id) if notes else None
        if item is None:
            self.show_message(self.tr("That saved comparison no longer exists."))
            return False
        comparison = Comparison.from_payload(item.payload)
        missing = [e for e in comparison.episodes if not load_facts(self.session.store, [e])]
        self._saved_id = item.id
        self.apply_comparison(comparison.episodes, comparison.series, comparison.window)
        text = self.tr("Opened “{name}”.").format(name=item.name)
        if missing:
            text += " " + self.tr("Not in this dataset: {ids}.").format(ids=", ".join(missing))
        self.show_message(text)
        return True

    def _fill_saved_menu(self) -> None:
        menu = self.saved_button.menu()
        menu.clear()
        items = self.saved_comparisons()
        for item in items:
            menu.addAction(item.name, lambda checked=False, i=item.id: self.open_comparison(i))
        if not items:
            action = menu.addAction(self.tr("No saved comparisons yet"))
            action.setEnabled(False)
        if self._saved_id and self.session.notes and not self.session.notes.read_only:
            menu.addSeparator()
            menu.addAction(self.tr("Delete the open comparison"), self._delete_saved)

    def _delete_saved(self) -> None:
        if self._saved_id:
            self.session.notes.delete_item(self._saved_id)
            self._saved_id = None
            self.show_message(self.tr("Saved comparison deleted."))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        narrow = event.size().width() < 1000
        row = self.third_row if narrow else self.second_row
        if row.indexOf(self.controls) < 0:
            row.addWidget(self.controls)
            if narrow:
                row.addStretch(1)
            else:
                while self.third_row.count():
                    self.third_row.takeAt(0)
        super().resizeEvent(event)

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt API
        # A window change still waiting is drawn when the pane is shown again.
        self._stale = self._stale or self._window_timer.isActive()
        self._window_timer.stop()
        super().hideEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self._draw_series()

    def export_png(self, path: Path | str, scale: float = 2.0) -> None:
        """The whole comparison (facts, charts, means), not only what is scrolled into view,
        at twice the screen resolution so it stays sharp on a projector or in print."""
        size = self.content.size()
        image = QImage(
            QSize(int(size.width() * scale), int(size.height() * scale)),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        image.setDevicePixelRatio(scale)
        image.fill(self.content.palette().window().color())
        self.content.render(image)
        save_png(image, Path(path))  # beside its place, then moved there: never half-written

    def export_csv(self, path: Path | str) -> None:
        with guarded.exporting(self.tr("The comparison's table")):
            text = comparison_csv(self.session.store, self.facts, self.series_ids, self.window)
        write_atomically(Path(path), with_bom(text))  # Excel on Windows reads it as UTF-8

    def _export_dialog(self, kind: str) -> None:
        filters = {"png": self.tr("PNG image (*.png)"), "csv": self.tr("CSV table (*.csv)")}
        stem = "-".join(["comparison", *(str(f.start_year) for f in self.facts)])
        chosen = dialogs.choose_save_path(
            self, self.tr("Export comparison"), Path.home() / f"{stem}.{kind}", filters[kind]
        )
        if chosen is None:
            return
        name = str(chosen)
        path = Path(name if name.lower().endswith(f".{kind}") else f"{name}.{kind}")
        try:
            (self.export_png if kind == "png" else self.export_csv)(path)
        except OSError as error:
            self.show_message(
                self.tr("Could not write {path}: {reason}").format(
                    path=path, reason=error.strerror or error
                )
            )
            return
        self.show_message(self.tr("Exported {path}.").format(path=path))
