"""Driving pyqtgraph widgets like a user: wheel, drag, click and hover on the viewport."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


def wheel(view, pos: QPoint, steps: int) -> None:
    """Turn the wheel `steps` notches (positive = away from the user = zoom in)."""
    viewport = view.viewport()
    local = QPointF(pos)
    event = QWheelEvent(
        local,
        QPointF(viewport.mapToGlobal(pos)),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, event)
    QApplication.processEvents()


def _mouse(viewport, kind, pos: QPoint, button, buttons) -> None:
    event = QMouseEvent(
        kind,
        QPointF(pos),
        QPointF(viewport.mapToGlobal(pos)),
        button,
        buttons,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, event)


def drag(view, start: QPoint, end: QPoint, steps: int = 8) -> None:
    viewport = view.viewport()
    left = Qt.MouseButton.LeftButton
    _mouse(viewport, QEvent.Type.MouseButtonPress, start, left, left)
    for i in range(1, steps + 1):
        point = start + (end - start) * (i / steps)
        _mouse(viewport, QEvent.Type.MouseMove, point, Qt.MouseButton.NoButton, left)
        QApplication.processEvents()
    _mouse(viewport, QEvent.Type.MouseButtonRelease, end, left, Qt.MouseButton.NoButton)
    QApplication.processEvents()


def click(view, pos: QPoint, button=Qt.MouseButton.LeftButton) -> None:
    QTest.mouseMove(view.viewport(), pos)
    QTest.mouseClick(view.viewport(), button, Qt.KeyboardModifier.NoModifier, pos)
    QApplication.processEvents()


def hover(view, pos: QPoint) -> None:
    QTest.mouseMove(view.viewport(), pos)
    _mouse(
        view.viewport(),
        QEvent.Type.MouseMove,
        pos,
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
    )
    QApplication.processEvents()
