"""The timeline's plot: wheel zooms at the cursor, dragging pans, Shift+drag or a right-drag
zooms to the years marked, clicks and hovers hit-test.

pyqtgraph's ViewBox does the zooming and panning (x only; lanes do not scroll). This widget
turns mouse and keyboard input on the canvas into signals the pane acts on.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QFontMetricsF, QKeyEvent

from explorer.core.timeline_layout import (
    MIN_SPAN,
    TIME_MAX,
    TIME_MIN,
    clamp_range,
    zoom_about,
)
from explorer.ui.plotting.axis import YearAxis
from explorer.ui.plotting.hover_card import HoverCard
from explorer.ui.plotting.theme import PlotColors
from explorer.ui.timeline.canvas import TimelineCanvas
from explorer.ui.timeline.legend import LaneAxis
from explorer.ui.timeline.model import TimelineModel
from explorer.ui.timeline.range_select import RangeSelectBox


class TimelinePlot(pg.PlotWidget):
    targetClicked = Signal(object, QPoint)  # (Target, global position), left button
    targetMenuRequested = Signal(object, QPoint)  # (Target | None, global position)
    targetHovered = Signal(object, QPoint)  # (Target | None, position in this widget)
    stepSelection = Signal(int)  # +1 / -1: select the next / previous visible episode
    rangeSelected = Signal(float, float)  # the user marked these years with a rubber band

    def __init__(self, model: TimelineModel, colors: PlotColors, parent=None) -> None:
        self.year_axis = YearAxis("bottom")
        self.lane_axis = LaneAxis()
        super().__init__(
            parent,
            axisItems={"bottom": self.year_axis, "left": self.lane_axis},
            viewBox=RangeSelectBox(),
            background=None,
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        item = self.getPlotItem()
        item.hideButtons()
        item.setMenuEnabled(False)
        item.layout.setContentsMargins(0, 4, 10, 0)
        self.box = item.getViewBox()
        self.box.setMouseEnabled(x=True, y=False)
        self.box.enableAutoRange(False)
        self.box.invertY(True)
        self.box.setYRange(0.0, 1.0, padding=0)
        self.box.setLimits(
            xMin=TIME_MIN,
            xMax=TIME_MAX,
            minXRange=MIN_SPAN,
            maxXRange=TIME_MAX - TIME_MIN,
            yMin=0.0,
            yMax=1.0,
        )
        self.box.setDefaultPadding(0)
        self.canvas = TimelineCanvas(model, colors)
        self.canvas.on_lanes_changed = self._set_lane_ticks
        self.canvas.on_data_changed = self._fit_lane_axis
        self.box.addItem(self.canvas, ignoreBounds=True)
        self.box.rangeSelected.connect(self._zoom_to_band)
        self.hover_card = HoverCard(self)
        self.scene().sigMouseClicked.connect(self._on_click)
        self.scene().sigMouseMoved.connect(self._on_move)
        self.apply_colors(colors)
        self._apply_font()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        # The presentation look sets a much larger font (and stylesheet): the timeline's type,
        # rows and bands follow it.
        if event.type() == QEvent.Type.FontChange and getattr(self, "canvas", None) is not None:
            self._apply_font()
        super().changeEvent(event)
        if event.type() == QEvent.Type.StyleChange:
            # pyqtgraph sizes the scene to the widget, frame included: under a style sheet's
            # border (presenting) the year labels fell off the plot's bottom by its width.
            self.getPlotItem().layout.setContentsMargins(0, 4, 10, 2 * self.frameWidth())

    def _apply_font(self) -> None:
        self.canvas.set_font(self.font())
        self.year_axis.setTickFont(self.font())  # its labels (and their room) in the same type
        self.lane_axis.set_font(self.font(), self.canvas.scale)

    def preferred_height(self) -> int:
        """Pixels the plot needs for one row in every lane shown at the current type size,
        for a layout that shares a screen among panes (the presentation's)."""
        canvas = self.canvas
        lanes = max(len(canvas.model.shown_lanes), 1)
        axis = QFontMetricsF(self.font()).height() * 1.6 + 8  # the year axis below
        return int(canvas.header_height(True) + lanes * canvas.row_h + axis)

    # --- appearance --------------------------------------------------------------------------

    def apply_colors(self, colors: PlotColors) -> None:
        self.setBackground(colors.background)
        for name in ("bottom", "left"):
            axis = self.getPlotItem().getAxis(name)
            axis.setPen(pg.mkPen(colors.band_line))
            axis.setTextPen(pg.mkPen(colors.foreground))
        # The canvas draws the year grid itself: cheaper than the axis's full-height lines.
        self.year_axis.setGrid(False)
        self.box.set_band_color(colors.selection)
        self.canvas.set_colors(colors)

    def _fit_lane_axis(self) -> None:
        # The lanes' new counts may widen or narrow the names' column: resized now, the plot's
        # layout settles before the paint, and the canvas lays its lanes out once.
        canvas = self.canvas
        index = canvas.model.index
        self.lane_axis.fit_to(
            [
                (canvas.lane_titles.get(key, key), index.count(key))
                for key in canvas.model.shown_lanes
            ]
        )

    def _set_lane_ticks(self, lanes) -> None:
        canvas = self.canvas
        index = canvas.model.index
        rows = []
        for key, top, _height in lanes:
            # The legend entry sits level with the lane's first row of episodes.
            scene_top = self.mapToScene(QPoint(0, int(round(top)))).y()
            rows.append(
                (
                    key,
                    canvas.lane_titles.get(key, key),
                    scene_top,
                    canvas.row_h + 8 * canvas.scale,
                    index.count(key),
                )
            )
        self.lane_axis.set_lanes(rows, canvas.lane_colors, canvas.colors)

    # --- range -------------------------------------------------------------------------------

    def x_range(self) -> tuple[float, float]:
        (lo, hi), _ = self.box.viewRange()
        return lo, hi

    def set_x_range(self, lo: float, hi: float) -> None:
        lo, hi = clamp_range(lo, hi)
        self.box.setXRange(lo, hi, padding=0)

    def zoom(self, factor: float, anchor: float | None = None) -> None:
        lo, hi = self.x_range()
        self.set_x_range(*zoom_about(lo, hi, (lo + hi) / 2 if anchor is None else anchor, factor))

    def _zoom_to_band(self, lo: float, hi: float) -> None:
        self.set_x_range(lo, hi)
        self.rangeSelected.emit(*self.x_range())

    def pan(self, fraction: float) -> None:
        lo, hi = self.x_range()
        shift = (hi - lo) * fraction
        self.set_x_range(lo + shift, hi + shift)

    # --- mouse -------------------------------------------------------------------------------

    def _viewport_point(self, scene_pos) -> QPointF:
        return QPointF(self.mapFromScene(scene_pos))

    def _on_click(self, event) -> None:
        point = self._viewport_point(event.scenePos())
        target = self.canvas.target_at(point)
        global_pos = event.screenPos().toPoint()
        if event.button() == Qt.MouseButton.RightButton:
            event.accept()
            self.targetMenuRequested.emit(target, global_pos)
        elif event.button() == Qt.MouseButton.LeftButton:
            if event.double():
                if target is not None and target.kind == "episode":
                    lo, hi = self.canvas.model.bounds_of(target.index)
                    pad = max((hi - lo) * 0.5, 0.5)
                    self.set_x_range(lo - pad, hi + pad)
                return
            self.targetClicked.emit(target, global_pos)

    def _on_move(self, scene_pos) -> None:
        point = self._viewport_point(scene_pos)
        if not self.canvas.area.contains(point):
            self.targetHovered.emit(None, point.toPoint())
            return
        self.targetHovered.emit(self.canvas.target_at(point), point.toPoint())

    def leaveEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.hover_card.hide()
        super().leaveEvent(event)

    # --- keyboard ----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        key = event.key()
        if key == Qt.Key.Key_Escape and self.box.selecting:
            self.box.cancel_selection()
            event.accept()
            return
        step = 0.5 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 0.1
        actions = {
            Qt.Key.Key_Left: lambda: self.pan(-step),
            Qt.Key.Key_Right: lambda: self.pan(step),
            Qt.Key.Key_Plus: lambda: self.zoom(0.8),
            Qt.Key.Key_Equal: lambda: self.zoom(0.8),
            Qt.Key.Key_Up: lambda: self.zoom(0.8),
            Qt.Key.Key_Minus: lambda: self.zoom(1.25),
            Qt.Key.Key_Down: lambda: self.zoom(1.25),
            Qt.Key.Key_BracketRight: lambda: self.stepSelection.emit(1),
            Qt.Key.Key_BracketLeft: lambda: self.stepSelection.emit(-1),
            Qt.Key.Key_Period: lambda: self.stepSelection.emit(1),
            Qt.Key.Key_Comma: lambda: self.stepSelection.emit(-1),
        }
        action = actions.get(key)
        if action is None:
            super().keyPressEvent(event)
            return
        action()
        event.accept()
