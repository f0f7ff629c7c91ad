"""Driving pyqtgraph widgets like a user: wheel, drag, click and hover on the viewport."""

from __future__ import annotations

import time

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


def _mouse(viewport, kind, pos: QPoint, button, buttons, modifiers=None) -> None:
    event = QMouseEvent(
        kind,
        QPointF(pos),
        QPointF(viewport.mapToGlobal(pos)),
        button,
        buttons,
        Qt.KeyboardModifier.NoModifier if modifiers is None else modifiers,
    )
    QApplication.sendEvent(viewport, event)


def drag(
    view,
    start: QPoint,
    end: QPoint,
    steps: int = 8,
    button=Qt.MouseButton.LeftButton,
    modifiers=Qt.KeyboardModifier.NoModifier,
    before_release=None,
) -> None:
    """Press at `start`, move to `end` in `steps`, release; `before_release()` runs while the
    button is still down (to press Esc mid-drag, say)."""
    viewport = view.viewport()
    # pyqtgraph drops mouse moves closer together than its rate limit (10 ms): after a drag
    # just made, a new one's first moves would all be dropped and it would end as a click.
    time.sleep(0.02)
    _mouse(viewport, QEvent.Type.MouseButtonPress, start, button, button, modifiers)
    for i in range(1, steps + 1):
        point = start + (end - start) * (i / steps)
        _mouse(viewport, QEvent.Type.MouseMove, point, Qt.MouseButton.NoButton, button, modifiers)
        QApplication.processEvents()
    if before_release is not None:
        before_release()
    _mouse(
        viewport, QEvent.Type.MouseButtonRelease, end, button, Qt.MouseButton.NoButton, modifiers
    )
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


def followed(pane, seconds: float = 3.0) -> None:
    """Until the pane shows the last filter change: on a small store its lanes follow a turn
    of the event loop after the table's rows (ui/after_paint.py)."""
    end = time.perf_counter() + seconds
    while pane.filters_follow and time.perf_counter() < end:
        QApplication.processEvents()
        time.sleep(0.001)
    assert not pane.filters_follow, "the timeline did not follow the filters"
