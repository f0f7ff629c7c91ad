"""Aligned charts: one plot per series, one line per episode, x = years from the episode's start.

Imported only when the compare pane first draws (pyqtgraph costs up to a second to import).
Hovering a point shows its value as printed and the passage it comes from.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from explorer.core.compare import EpisodeFacts
from explorer.core.compare_series import AlignedPoint, SeriesInfo
from explorer.ui.chart.value_axis import ValueAxis
from explorer.ui.compare.names import series_where
from explorer.ui.plotting.hover_card import HoverCard
from explorer.ui.plotting.theme import plot_colors, with_alpha

HOVER_RADIUS_PX = 14


def _tr(text: str) -> str:
    return QCoreApplication.translate("CompareCharts", text)


class OffsetAxis(pg.AxisItem):
    """Whole years around 0, signed: −5 … 0 … +5."""

    def tickValues(self, minVal, maxVal, size):  # noqa: N802 - pyqtgraph API
        span = maxVal - minVal
        step = 1 if span <= 14 else 2 if span <= 30 else 5
        first = int(minVal // step * step)
        return [
            (step, [float(v) for v in range(first, int(maxVal) + 1, step) if minVal <= v <= maxVal])
        ]

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph API
        return [("0" if v == 0 else f"{v:+.0f}".replace("-", "−")) for v in values]


class AlignedCharts(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        pg.setConfigOptions(antialias=True)
        self.view = pg.GraphicsLayoutWidget(self)
        self.view.setAccessibleName(_tr("Aligned charts"))
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.card = HoverCard(self)
        self.legend = QLabel(self)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        self.legend.setAccessibleName(_tr("Chart legend"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.legend)
        layout.addWidget(self.view, 1)
        self._corner_labels: list = []
        self._restyle_pending = False
        self.plots: list[pg.PlotItem] = []
        # per plot: [(episode index, AlignedPoint)], for hovering
        self._points: list[list[tuple[int, AlignedPoint]]] = []
        self._episodes: list[EpisodeFacts] = []
        self._series: list[SeriesInfo] = []
        self._args = None
        self.view.scene().sigMouseMoved.connect(self._hover)

    def show_series(
        self,
        series: Sequence[SeriesInfo],
        episodes: Sequence[EpisodeFacts],
        points: dict[tuple[str, str], list[AlignedPoint]],
        window: tuple[int, int],
    ) -> None:
        """points[(series id, episode id)] -> aligned points."""
        self._args = (series, episodes, points, window)
        colors = plot_colors(self.palette())
        self.view.clear()
        self.view.setBackground(colors.background)
        self.plots, self._points, self._corner_labels = [], [], []
        self.empty_notes: list[str] = []  # series with no value in the window: said so
        self._show_legend(episodes, points, series, colors)
        self._episodes, self._series = list(episodes), list(series)
        self.card.hide()
        for row, info in enumerate(series):
            axes = {"bottom": OffsetAxis("bottom"), "left": ValueAxis("left")}
            plot = self.view.addPlot(row=row, col=0, axisItems=axes)
            plot.setMenuEnabled(False)
            plot.hideButtons()
            plot.showGrid(x=True, y=True, alpha=0.15)
            plot.setTitle(
                f"<span style='font-weight:600'>{escape(info.title)}</span>"
                f" <span style='opacity:.7'>({escape(series_where(info))})</span>",
                color=colors.foreground.name(),
                size="10pt",
            )
            for axis in ("left", "bottom"):
                plot.getAxis(axis).setPen(colors.muted)
                plot.getAxis(axis).setTextPen(colors.foreground)
            if row == len(series) - 1:
                plot.setLabel(
                    "bottom",
                    _tr("years from the episode's start (0 = the year it began)"),
                    color=colors.foreground.name(),
                )
            before = pg.LinearRegionItem(
                (window[0] - 0.5, -0.5),
                movable=False,
                brush=with_alpha(colors.foreground, 0.05),
                pen=pg.mkPen(None),
            )
            before.setZValue(-20)
            plot.addItem(before)
            zero = pg.InfiniteLine(
                0, angle=90, pen=pg.mkPen(colors.muted, width=1, style=Qt.PenStyle.DashLine)
            )
            plot.addItem(zero)
            for x, text in ((window[0] - 0.45, _tr("before")), (-0.45, _tr("after"))):
                label = pg.TextItem(text, color=colors.muted, anchor=(0, 0))
                label.setPos(x, 0)
                label.setZValue(-10)
                plot.addItem(label, ignoreBounds=True)
                self._corner_labels.append((plot, label))
            hover_points = []
            for index, episode in enumerate(episodes):
                pts = [p for p in points.get((info.id, episode.id), []) if p.value is not None]
                hover_points += [(index, p) for p in pts]
                color = colors.lane(index)
                xs = [p.offset for p in pts]
                ys = [p.value for p in pts]
                brushes = [color if not p.flag else QColor(colors.background) for p in pts]
                item = plot.plot(
                    np.array(xs, dtype=float),
                    np.array(ys, dtype=float),
                    pen=pg.mkPen(color, width=2),
                    symbol="o",
                    symbolSize=7,
                    symbolPen=pg.mkPen(color, width=1.5),
                    symbolBrush=brushes,
                    name=f"{episode.title} ({episode.start_year})",
                )
                item.setCurveClickable(False)
            self._points.append(hover_points)
            plot.setXRange(window[0] - 0.5, window[1] + 0.5, padding=0)
            plot.enableAutoRange(axis="y")
            if not hover_points:
                # Say so, rather than draw an empty 0–0.8 axis that reads like zeros.
                plot.hideAxis("left")
                plot.setYRange(0, 1, padding=0)
                # Filled: the dashed line at year 0 ran through its words.
                empty = pg.TextItem(
                    _tr("No values of this series in the years around these episodes."),
                    color=colors.foreground, anchor=(0.5, 0.5), fill=colors.background,
                )  # fmt: skip
                empty.setPos((window[0] + window[1]) / 2, 0.5)
                plot.addItem(empty, ignoreBounds=True)
                self.empty_notes = [*getattr(self, "empty_notes", []), info.id]
            plot.setMouseEnabled(x=False, y=False)
            plot.vb.sigRangeChanged.connect(self._pin_corner_labels)
            if self.plots:
                plot.setXLink(self.plots[0])
            self.plots.append(plot)

    def _show_legend(self, episodes, points, series, colors) -> None:
        """Episode colours above the plots (a legend inside a plot would hide data)."""
        parts = []
        for index, episode in enumerate(episodes):
            has_data = any(
                p.value is not None
                for info in series
                for p in points.get((info.id, episode.id), [])
            )
            note = "" if has_data else " <i>(" + escape(_tr("no data in this window")) + ")</i>"
            parts.append(
                f"<span style='color:{colors.lane(index).name()}; font-size:14pt'>━━</span>"
                f"&nbsp;{escape(episode.title)} ({episode.start_year}){note}"
            )
        hollow = escape(_tr("hollow points: values the source flags (approximate, estimate…)"))
        self.legend.setText(
            "&nbsp;&nbsp;&nbsp;".join(parts) + f"<br><span style='opacity:.7'>{hollow}</span>"
        )

    def _pin_corner_labels(self, *_args) -> None:
        """Keep 'before'/'after' at the top of each plot whatever the y range."""
        for plot, label in self._corner_labels:
            top = plot.vb.viewRange()[1][1]
            label.setPos(label.pos().x(), top)

    def hover_at(self, plot_index: int, scene_pos: QPointF) -> str:
        """Show the card for the nearest point to `scene_pos`; return its plain text ('' if none)."""
        plot = self.plots[plot_index]
        box = plot.vb
        best, best_distance = None, HOVER_RADIUS_PX
        for index, point in self._points[plot_index]:
            at = box.mapViewToScene(QPointF(point.offset, point.value))
            distance = (at - scene_pos).manhattanLength()
            if distance < best_distance:
                best, best_distance = (index, point), distance
        if best is None:
            self.card.hide()
            return ""
        index, point = best
        episode, info = self._episodes[index], self._series[plot_index]
        offset = "0" if point.offset == 0 else f"{point.offset:+.0f}".replace("-", "−")
        quote = " ".join(point.quote.split())
        quote = quote if len(quote) <= 160 else quote[:158] + "…"
        flag = f"<br><i>{escape(_tr('flagged'))}: {escape(point.flag)}</i>" if point.flag else ""
        color = plot_colors(self.palette()).lane(index).name()
        html = (
            f"<b style='color:{color}'>{escape(episode.title)}</b><br>"
            f"{escape(_tr('year {offset} ({period})').format(offset=offset, period=point.period))}: "
            f"<b>{escape(point.value_text)}</b> {escape(info.unit_label)}{flag}<br>"
            f"<span style='opacity:.75'>{escape(point.source)}, {escape(point.locator)}"
            f"<br>“{escape(quote)}”</span>"
        )
        view_pos = self.view.mapFromScene(scene_pos)
        self.card.show_at(html, self.view.mapTo(self, view_pos))
        return self.card.text()

    def point_scene_pos(self, plot_index: int, offset: float, value: float) -> QPointF:
        return self.plots[plot_index].vb.mapViewToScene(QPointF(offset, value))

    def _hover(self, scene_pos: QPointF) -> None:
        for index, plot in enumerate(self.plots):
            if plot.sceneBoundingRect().contains(scene_pos):
                self.hover_at(index, scene_pos)
                return
        self.card.hide()

    def _restyle(self) -> None:
        self._restyle_pending = False
        if self._args is not None:
            self.show_series(*self._args)

    def leaveEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.card.hide()
        super().leaveEvent(event)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        # Follow a light/dark switch, once the style change has finished propagating:
        # rebuilding the plots inside the event crashes Qt.
        changed = event.type() == QEvent.Type.PaletteChange and self._args is not None
        if changed and not self._restyle_pending:
            self._restyle_pending = True
            QTimer.singleShot(0, self, self._restyle)  # dropped if we are deleted first
        super().changeEvent(event)
