"""The chart's plots: one per panel, stacked with a shared time axis, plus hit-testing.

Bars (or lines) per series, hatched bars for period averages, warning marks on flagged
numbers, note marks, and the filtered episodes as bands. The mouse is answered from the same
numbers that were drawn, in pixels, so what the readout names is what is under the pointer.
"""

from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QFontMetricsF, QPen

from explorer.ui import plain
from explorer.ui.chart.episode_marks import EpisodeMarks, EpisodeMarksItem, EpisodeTitleItem
from explorer.ui.chart.panels import Drawn, Panel
from explorer.ui.chart.picker import legend_name
from explorer.ui.chart.value_axis import ValueAxis
from explorer.ui.plotting.axis import YearAxis
from explorer.ui.plotting.hover_card import HoverCard
from explorer.ui.plotting.theme import PlotColors, with_alpha
from explorer.ui.plotting.view_box import SettledViewBox

SERIOUS_FLAGS = frozenset({"inconsistent", "conflict"})
# Each plot keeps at least this height when several are stacked; if the pane is shorter, the
# plots scroll (the pane puts the figure in a scroll area) rather than squash unreadably.
MIN_PLOT_HEIGHT = 120


class ChartLegend(pg.LegendItem):
    """A legend laid out in the figure's grid (above its plot), never over the data: as many
    columns as fit the width it is given, as tall as its rows."""

    INDENT = 74  # past the value axis: the legend starts where the plot does

    def __init__(self, **kwargs) -> None:
        super().__init__(offset=None, verSpacing=-2, **kwargs)
        self.setContentsMargins(self.INDENT, 0, 0, 0)
        self.given = 800.0 + self.INDENT + 12  # the figure's width
        self.available = 800.0

    def fit_width(self, width: float) -> None:
        self.given = width
        self.updateSize()

    def updateSize(self) -> None:  # noqa: N802 - pyqtgraph API; also called when text resizes
        if not self.items:
            self.setFixedHeight(0)
            return
        spacing = self.layout.horizontalSpacing() + 3
        if not getattr(self, "_eliding", False):
            self._eliding = True
            try:
                self._fit_labels(spacing)
            finally:
                self._eliding = False
        widths = [sample.boundingRect().width() + label.itemRect().width() + 2 * spacing
                  for sample, label in self.items]  # fmt: skip
        columns = max(1, min(len(self.items), int(self.available // max(widths))))
        # Laid out again each time (a few entries): pyqtgraph's own placing assumes fixed columns.
        self.columnCount = columns
        for i in range(self.layout.count() - 1, -1, -1):
            self.layout.removeAt(i)
        for i, (sample, label) in enumerate(self.items):
            row, column = divmod(i, columns)
            self.layout.addItem(sample, row, 2 * column, Qt.AlignmentFlag.AlignVCenter)
            self.layout.addItem(label, row, 2 * column + 1)
        # The last column takes the width the entries leave, so that they sit together at the
        # left rather than spread over the row. (A size policy on the legend itself upsets the
        # figure's grid: the plots below collapse.)
        for column in range(self.layout.columnCount()):
            self.layout.setColumnStretchFactor(column, 1 if column == 2 * columns - 1 else 0)
        rows = -(-len(self.items) // columns)
        row_height = max(label.itemRect().height() for _sample, label in self.items)
        self.setFixedHeight(rows * (row_height + 1) + 2)
        self.updateGeometry()

    def _fit_labels(self, spacing: float) -> None:
        """Each entry whole where it fits; where one would be cut, the legend takes the width
        over the value axis too (presenting cut entries that had that room), and an entry
        still too long is shortened (_fit_label)."""
        needs = []
        for sample, label in self.items:
            full = getattr(label, "full_text", None) or label.text
            label.full_text = full
            if label.text != full:
                label.setText(full)
            # Less a little: the label item's own margins around its text.
            needs.append(label.item.boundingRect().width() + sample.boundingRect().width()
                         + 2 * spacing + 10)  # fmt: skip
        indent = self.INDENT if max(needs) <= self.given - self.INDENT - 12 else 0
        self.setContentsMargins(indent, 0, 0, 0)
        self.available = max(self.given - indent - 12, 100.0)
        for (_sample, label), need in zip(self.items, needs, strict=True):
            room = self.available - (need - label.item.boundingRect().width())
            self._fit_label(label, room)

    @staticmethod
    def _fit_label(label, room: float) -> None:
        """An entry longer than `room` is shortened with "…" in its name, keeping where it is
        from ("· Peru and Japan (2003), Table 3" tells three "grant aid" apart); the whole
        entry is its tooltip. Measured as drawn (presenting draws it in larger type than the
        item's font says). The text is HTML: shortened as plain text, escaped again."""
        full = label.full_text
        width = label.item.boundingRect().width()
        if not (width > room > 0):
            label.setToolTip("")
            return
        plain_full = html.unescape(full)
        head, sep, tail = plain_full.rpartition(" · ")
        if not sep or len(head) < len(tail):  # no "where from", or a name shorter than it
            head, sep, tail = plain_full, "", ""
        keep = len(head)
        for _ in range(12):  # a proportional guess, then closer (a few entries, short texts)
            keep = max(4, min(keep - 1, int(keep * room / max(width, 1.0)) - 1))
            label.setText(plain.escape(head[:keep].rstrip() + "…" + sep + tail))
            width = label.item.boundingRect().width()
            if width <= room or keep <= 4:
                break
        if width > room and sep:  # even the "where from" does not fit: cut the whole entry
            ChartLegend._cut_end(label, plain_full, room)
        label.setToolTip(plain_full)

    @staticmethod
    def _cut_end(label, text: str, room: float) -> None:
        keep = len(text)
        for _ in range(12):
            keep = max(4, keep - max(1, keep // 8))
            label.setText(plain.escape(text[:keep].rstrip() + "…"))
            if label.item.boundingRect().width() <= room or keep <= 4:
                return

    def mouseDragEvent(self, ev) -> None:  # noqa: N802 - it stays in its row
        ev.ignore()


class ChartFigure(pg.GraphicsLayoutWidget):
    observationHovered = Signal(object, QPoint)  # (Drawn | None, position in this widget)
    observationClicked = Signal(object)  # Drawn
    episodeHovered = Signal(str, QPoint)
    episodeClicked = Signal(str)

    def __init__(self, colors: PlotColors, parent=None) -> None:
        super().__init__(parent)
        self.colors = colors
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.panels: list[Panel] = []
        self.plots: list[pg.PlotItem] = []
        self.mark_items: list[EpisodeMarksItem] = []
        self.title_item: EpisodeTitleItem | None = None
        self.bars = True
        self.log = False
        self.hover_card = HoverCard(self)
        self.ci.layout.setSpacing(6)
        self.ci.setContentsMargins(2, 4, 10, 2)
        self.scene().sigMouseMoved.connect(self._on_move)
        self.scene().sigMouseClicked.connect(self._on_click)
        self.setBackground(colors.background)

    # --- drawing -----------------------------------------------------------------------------

    def show_panels(
        self,
        panels: list[Panel],
        bars: bool,
        log: bool,
        marks: EpisodeMarks | None,
        selected_episode: str | None,
        selected_observation: str | None,
        noted: set[str],
        x_range: tuple[float, float] | None = None,
    ) -> None:
        keep_range = None
        if self.plots and x_range is None:
            keep_range = self.plots[0].getViewBox().viewRange()[0]
        self.ci.clear()
        self.plots, self.mark_items = [], []
        self.title_item: EpisodeTitleItem | None = None
        self.panels, self.bars, self.log = panels, bars, log
        colors = self.colors
        for n, panel in enumerate(panels):
            axis = YearAxis("bottom")
            # Each panel's legend sits in a row of its own above the plot: inside the plot it
            # would hide bars (a legend is placed before the data is known).
            legend = ChartLegend(labelTextColor=colors.foreground)
            legend.given = float(self.width())
            self.ci.addItem(legend, row=2 * n, col=0)
            self.ci.layout.setAlignment(legend, Qt.AlignmentFlag.AlignLeft)
            plot = self.addPlot(
                row=2 * n + 1,
                col=0,
                axisItems={"bottom": axis, "left": ValueAxis("left")},
                viewBox=SettledViewBox(),  # one paint per pan or zoom step, not two
            )
            plot.legend = legend  # found there by the presentation styler
            plot.setMenuEnabled(False)
            plot.hideButtons()
            plot.showGrid(x=False, y=True, alpha=0.15)
            # pyqtgraph lays axis labels and legends out as HTML: data goes in escaped.
            plot.setLabel("left", plain.escape(panel.label), color=colors.foreground.name())
            plot.full_title = panel.label  # shortened to the plot's height by _fit_titles
            for name in ("left", "bottom"):
                ax = plot.getAxis(name)
                ax.setPen(pg.mkPen(colors.band_line))
                ax.setTextPen(pg.mkPen(colors.foreground))
            plot.getAxis("left").setWidth(72)
            if log:
                plot.getAxis("left").setLogMode(False, True)
            if n < len(panels) - 1:
                axis.setStyle(showValues=False)
                axis.setHeight(6)
            box = plot.getViewBox()
            box.setMouseEnabled(x=True, y=False)
            box.setLimits(xMin=1840, xMax=2025, minXRange=1.0)
            if self.plots:
                plot.setXLink(self.plots[0])
            marks_item = EpisodeMarksItem(colors)
            marks_item.set_marks(marks, selected_episode)
            plot.addItem(marks_item, ignoreBounds=True)
            self.mark_items.append(marks_item)
            if n == 0:  # the selected episode's title, once, above the data
                self.title_item = EpisodeTitleItem(colors)
                self.title_item.set_marks(marks, selected_episode)
                plot.addItem(self.title_item, ignoreBounds=True)
            self._draw_panel(plot, panel, selected_observation, noted)
            plot.enableAutoRange(y=True)
            box.setAutoVisible(y=True)
            box.sigResized.connect(self._fit_titles)
            self.plots.append(plot)
        self._follow_font()
        self._update_minimum_height()
        if self.plots:
            lo, hi = x_range or keep_range or self.data_range()
            self.plots[0].setXRange(lo, hi, padding=0)

    def _follow_font(self) -> None:
        """Give the axis titles the widget's font. A title's text item takes the application
        font of the moment it is made and keeps it: made while a presentation enlarged the
        type, it would stay large (and overlap its ticks) after the presentation ends."""
        font = QFont(self.font())
        for plot in self.plots:
            for name in ("left", "bottom"):
                axis = plot.getAxis(name)
                if axis.label.font() != font:
                    axis.label.setFont(font)
                    if axis.labelText:  # setting the title again lays it out with the font
                        axis.setLabel(axis.labelText, units=axis.labelUnits or None)
        self._fit_titles()

    def _fit_titles(self, *_args) -> None:
        """Shorten each value-axis title (with "…") to its plot's height, so that the titles
        of stacked plots never run into each other; the legend and readout name the unit."""
        for plot in self.plots:
            full = getattr(plot, "full_title", None)
            if not full:
                continue
            axis = plot.getAxis("left")
            font = QFont(axis.label.font())
            size = str(axis.labelStyle.get("font-size", ""))
            if size.endswith("pt"):  # the presentation's larger titles
                font.setPointSizeF(float(size[:-2]))
            room = max(plot.getViewBox().height() - 4, 20.0)
            text = QFontMetricsF(font).elidedText(full, Qt.TextElideMode.ElideRight, room)
            if plain.escape(text) != axis.labelText:
                axis.setLabel(plain.escape(text))

    def _update_minimum_height(self) -> None:
        if len(self.plots) < 2:
            self.setMinimumHeight(0)
            return
        # Legends fold into more rows when narrower; one spare row each keeps this stable (were
        # it recomputed on resize, a scroll bar coming and going would make it oscillate).
        legends = sum(
            p.legend.height() + 18 for p in self.plots if isinstance(p.legend, ChartLegend)
        )
        bottom_axis = self.plots[-1].getAxis("bottom").height() or 30
        spacing = self.ci.layout.verticalSpacing() * (2 * len(self.plots)) + 12
        need = legends + len(self.plots) * (MIN_PLOT_HEIGHT + 8) + bottom_axis + spacing
        self.setMinimumHeight(int(need))

    def data_range(self) -> tuple[float, float]:
        starts = [d.obs.start for p in self.panels for d in p.drawn]
        ends = [d.obs.end for p in self.panels for d in p.drawn]
        if not starts:
            return 1960.0, 2015.0
        return min(starts) - 1.0, max(ends) + 1.0

    def _draw_panel(self, plot, panel: Panel, selected_observation, noted) -> None:
        colors = self.colors
        for info in panel.series:
            color = (
                colors.series[
                    [d.color for d in panel.drawn if d.series.id == info.id][0] % len(colors.series)
                ]
                if any(d.series.id == info.id for d in panel.drawn)
                else colors.lane(0)
            )
            mine = [d for d in panel.drawn if d.series.id == info.id and d.y is not None]
            singles = [d for d in mine if not d.obs.is_span]
            spans = [d for d in mine if d.obs.is_span and not d.aggregate]
            aggregates = [d for d in mine if d.aggregate]
            if self.bars:
                item = pg.BarGraphItem(
                    x0=[d.x0 for d in singles],
                    x1=[d.x1 for d in singles],
                    y0=[d.base for d in singles],
                    y1=[d.y for d in singles],
                    brush=QBrush(color),
                    pen=pg.mkPen(color.darker(130)),
                )
            else:
                xs, ys = [], []
                prev_end = -np.inf
                for d in singles:
                    if xs and d.obs.start - prev_end > 0.5:
                        xs.append(np.nan)
                        ys.append(np.nan)
                    xs.append(d.mid)
                    ys.append(d.y)
                    prev_end = d.obs.end
                item = pg.PlotDataItem(
                    np.array(xs, dtype=float),
                    np.array(ys, dtype=float),
                    pen=pg.mkPen(color, width=2),
                    symbol="o",
                    symbolSize=6,
                    symbolBrush=color,
                    symbolPen=None,
                    connect="finite",
                )
            plot.addItem(item)
            name = legend_name(info)  # the axis says the unit
            if not mine:
                name = QCoreApplication.translate("ChartFigure", "{name} (no values)").format(
                    name=name
                )
            plot.legend.addItem(item, plain.escape(name))
            if spans:
                hatch = QBrush(with_alpha(color, 0.85), Qt.BrushStyle.BDiagPattern)
                span_item = pg.BarGraphItem(
                    x0=[d.x0 for d in spans],
                    x1=[d.x1 for d in spans],
                    y0=[d.base for d in spans],
                    y1=[d.y for d in spans],
                    brush=hatch,
                    pen=pg.mkPen(color, style=Qt.PenStyle.DashLine),
                )
                plot.addItem(span_item)
            if aggregates:
                xs = np.array([x for d in aggregates for x in (d.obs.start, d.obs.end)])
                ys = np.array([d.base for d in aggregates for _ in (0, 1)])
                bracket = pg.PlotDataItem(
                    xs, ys, connect="pairs", pen=pg.mkPen(color, width=4, style=Qt.PenStyle.DotLine)
                )
                plot.addItem(bracket)
        self._draw_marks(plot, panel, selected_observation, noted)

    def _draw_marks(self, plot, panel: Panel, selected_observation, noted) -> None:
        colors = self.colors
        serious = [
            d
            for d in panel.drawn
            if d.y is not None and (d.obs.flag in SERIOUS_FLAGS or d.obs.conflict)
        ]
        mild = [d for d in panel.drawn if d.y is not None and d.obs.flag and d not in serious]
        missing = [d for d in panel.drawn if d.y is None]
        for d in serious:
            # Text items keep their pixel size and sit just above the bar, whatever the zoom.
            mark = pg.TextItem("⚠", color=colors.warning, anchor=(0.5, 1.0))
            mark.setPos(d.mid, d.y)
            plot.addItem(mark, ignoreBounds=True)
        if mild:
            plot.addItem(
                pg.ScatterPlotItem(
                    x=[d.mid for d in mild],
                    y=[d.y for d in mild],
                    symbol="o",
                    size=7,
                    brush=colors.background,
                    pen=pg.mkPen(colors.foreground, width=1.5),
                )
            )
        if missing:
            plot.addItem(
                pg.ScatterPlotItem(
                    x=[d.mid for d in missing],
                    y=[d.base for d in missing],
                    symbol="x",
                    size=8,
                    brush=colors.muted,
                    pen=pg.mkPen(colors.muted),
                )
            )
        noted_here = [d for d in panel.drawn if d.y is not None and d.obs.id in noted]
        for d in noted_here:
            mark = pg.TextItem(
                "✎",
                color=colors.note.darker(130) if not colors.dark else colors.note,
                anchor=(0.5, 1.6),
            )
            mark.setPos(d.mid, d.y)
            plot.addItem(mark, ignoreBounds=True)
        chosen = [d for d in panel.drawn if d.obs.id == selected_observation and d.y is not None]
        if chosen:
            # Cosmetic: 2.5 screen pixels. A plain QPen's width is in data units here, 2.5
            # years across and 2.5 decades on a log scale: the outline of a selected period
            # drew as three bars, and on a log scale as a blob over the whole plot.
            pen = QPen(colors.selection, 2.5)
            pen.setCosmetic(True)
            plot.addItem(
                pg.BarGraphItem(
                    x0=[d.x0 for d in chosen],
                    x1=[d.x1 for d in chosen],
                    y0=[d.base for d in chosen],
                    y1=[d.y for d in chosen],
                    brush=QBrush(),
                    pen=pen,
                )
            )

    def set_episode_selection(self, marks: EpisodeMarks | None, selected: str | None) -> None:
        for item in self._episode_items():
            item.set_marks(marks, selected)

    def apply_colors(self, colors: PlotColors) -> None:
        self.colors = colors
        self.setBackground(colors.background)
        for item in self._episode_items():
            item.colors = colors

    def _episode_items(self) -> list[EpisodeMarksItem]:
        return self.mark_items + ([self.title_item] if self.title_item is not None else [])

    # --- mouse -------------------------------------------------------------------------------

    def x_range(self) -> tuple[float, float] | None:
        if not self.plots:
            return None
        (lo, hi), _ = self.plots[0].getViewBox().viewRange()
        return lo, hi

    def hit(self, scene_pos: QPointF):
        """('episode', id) or ('observation', Drawn) under a scene point, or None."""
        for plot, panel, marks in zip(self.plots, self.panels, self.mark_items, strict=True):
            box = plot.getViewBox()
            if not box.sceneBoundingRect().contains(scene_pos):
                continue
            point = QPointF(self.mapFromScene(scene_pos))
            episode = marks.hit(point)
            if episode is not None:
                return ("episode", episode)
            drawn = self._observation_at(box, panel, scene_pos)
            return ("observation", drawn) if drawn is not None else None
        return None

    def _observation_at(self, box, panel: Panel, scene_pos: QPointF) -> Drawn | None:
        best, best_distance = None, 14.0
        for d in panel.drawn:
            if d.aggregate:
                a = box.mapViewToScene(QPointF(d.obs.start, d.base))
                b = box.mapViewToScene(QPointF(d.obs.end, d.base))
                if a.x() <= scene_pos.x() <= b.x() and abs(scene_pos.y() - a.y()) <= 5:
                    distance = abs(scene_pos.y() - a.y()) + 0.5
                    if distance < best_distance:
                        best, best_distance = d, distance
                continue
            top_y = d.y if d.y is not None else d.base
            a = box.mapViewToScene(QPointF(d.x0, top_y))
            b = box.mapViewToScene(QPointF(d.x1, d.base))
            left, right = min(a.x(), b.x()), max(a.x(), b.x())
            slack = 0.0 if self.bars else 6.0
            if right - left < 8:
                mid = (left + right) / 2
                left, right = mid - 4, mid + 4
            if not left - slack <= scene_pos.x() <= right + slack:
                continue
            top, bottom = min(a.y(), b.y()), max(a.y(), b.y())
            if self.bars and top - 3 <= scene_pos.y() <= bottom + 3:
                distance = 0.0 if not d.obs.is_span else 1.0  # a year's bar beats its average
            else:
                distance = abs(scene_pos.y() - a.y())
            if distance < best_distance:
                best, best_distance = d, distance
        return best

    def _on_move(self, scene_pos) -> None:
        found = self.hit(scene_pos)
        pos = self.mapFromScene(scene_pos)
        if found is None:
            self.observationHovered.emit(None, pos)
        elif found[0] == "episode":
            self.episodeHovered.emit(found[1], pos)
        else:
            self.observationHovered.emit(found[1], pos)

    def _on_click(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        found = self.hit(event.scenePos())
        if found is None:
            return
        if found[0] == "episode":
            self.episodeClicked.emit(found[1])
        else:
            self.observationClicked.emit(found[1])

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)  # also called from the base class's __init__ (event None)
        for plot in getattr(self, "plots", []):
            if isinstance(plot.legend, ChartLegend):
                plot.legend.fit_width(self.width())

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.FontChange:
            self._follow_font()
        super().changeEvent(event)

    def leaveEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.hover_card.hide()
        super().leaveEvent(event)
