"""How the main window starts: its size on a first start, and the moment of its first paint
(after which the heavy panes are built, so the window shows data before pyqtgraph loads)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, QTimer, SignalInstance
from PySide6.QtWidgets import QApplication, QWidget


def first_size(window: QWidget) -> QSize:
    """The size of a first start: the whole of the screen's free area (app.py also shows the
    window maximized then); a layout is remembered from then on."""
    screen = window.screen() or QApplication.primaryScreen()
    if screen is None:
        return QSize(1366, 768)
    return screen.availableGeometry().size()


class FirstPaintWatcher(QObject):
    """Fires once, when the window first paints what is in front: the table's rows, or the
    workspace the user left in front last time (a window reopened on the Chart never paints
    the table, and its deferred panes must be built all the same)."""

    def __init__(self, fire: SignalInstance, watched: tuple[QWidget, ...]) -> None:
        super().__init__(watched[0])
        self.fire = fire
        self.watched = watched
        for widget in watched:
            widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint and self.watched:
            for widget in self.watched:
                widget.removeEventFilter(self)
            self.watched = ()
            QTimer.singleShot(0, self.fire.emit)
        return False
