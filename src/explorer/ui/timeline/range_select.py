"""Rubber-band zoom: Shift+drag (or a right-drag) marks a span of years and zooms to it.

pyqtgraph's ViewBox pans on a left drag and scales on a right drag; this box keeps the plain
left drag for panning and turns the other two gestures into a range selection drawn as a
shaded band over the whole height of the lanes. Esc while dragging cancels it.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import QGraphicsRectItem

from explorer.ui.plotting.view_box import SettledViewBox

MIN_DRAG_PX = 4.0  # a shorter band is a slip of the hand, not a range


class RangeSelectBox(SettledViewBox):
    rangeSelected = Signal(float, float)  # lo, hi in years

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.band = QGraphicsRectItem()
        self.band.setZValue(1e9)
        self.band.hide()
        self.addItem(self.band, ignoreBounds=True)
        self.set_band_color(QColor("#1f6feb"))
        self._cancelled = False
        self._selecting = False

    def set_band_color(self, color: QColor) -> None:
        pen = QPen(color, 1.5)
        pen.setCosmetic(True)
        fill = QColor(color)
        fill.setAlphaF(0.18)
        self.band.setPen(pen)
        self.band.setBrush(QBrush(fill))

    @property
    def selecting(self) -> bool:
        return self._selecting

    def cancel_selection(self) -> None:
        """Drop the band being dragged (Esc); the rest of that drag does nothing."""
        if self._selecting:
            self._cancelled = True
            self._selecting = False
            self.band.hide()

    @staticmethod
    def _is_selection(ev) -> bool:
        if ev.button() == Qt.MouseButton.RightButton:
            return True
        shift = bool(ev.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        return ev.button() == Qt.MouseButton.LeftButton and shift

    def mouseDragEvent(self, ev, axis=None) -> None:  # noqa: N802 - pyqtgraph API
        if not self._is_selection(ev):
            super().mouseDragEvent(ev, axis)
            return
        ev.accept()
        if ev.isStart():
            self._cancelled = False
            self._selecting = True
        if self._cancelled:
            if ev.isFinish():
                self._cancelled = False
            return
        start = self.mapToView(ev.buttonDownPos(ev.button())).x()
        end = self.mapToView(ev.pos()).x()
        lo, hi = min(start, end), max(start, end)
        if ev.isFinish():
            self._selecting = False
            self.band.hide()
            if abs(ev.pos().x() - ev.buttonDownPos(ev.button()).x()) >= MIN_DRAG_PX:
                self.rangeSelected.emit(lo, hi)
            return
        (_, _), (y0, y1) = self.viewRange()
        self.band.setRect(QRectF(lo, min(y0, y1), hi - lo, abs(y1 - y0)))
        self.band.show()
