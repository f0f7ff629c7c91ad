"""How the main window starts: its size on a first start, and the moment of its first paint
(after which the heavy panes are built, so the window shows data before pyqtgraph loads)."""

from __future__ import annotations

import importlib
import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal, SignalInstance
from PySide6.QtWidgets import QApplication, QWidget

log = logging.getLogger(__name__)


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


class DeferredPanes(QObject):
    """Builds the panes the first paint did not wait for (timeline, chart, comparison, notes)
    without blocking the window: their modules (pyqtgraph among them, ~0.5 s) are imported on
    a thread, then one pane is built per turn of the event loop, the last step finishing the
    window's start (`finish`: notes store, comparison, sizes). Built at once they blocked the
    loop 0.45 s at 100,000 episodes and 0.66 s at a million, in one piece: a key typed just
    after the first paint waited for all of it."""

    _imported = Signal()

    def __init__(self, window, specs, build: Callable, finish: Callable[[], None]) -> None:
        super().__init__(window)
        self.window, self.specs, self.build, self.finish = window, specs, build, finish
        self._imported.connect(self._step, Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        threading.Thread(target=self._import, name="pane-imports", daemon=True).start()

    def _import(self) -> None:
        # Module code only: no widget is made here (every pane is built on the UI thread).
        # The captioned exports are added to the panes once they are built: theirs too.
        names = ("pyqtgraph", *(spec.module for spec in self.specs), "explorer.ui.plotting.caption")
        for module in names:
            try:
                importlib.import_module(module)
            except Exception:  # noqa: BLE001 - logged; the pane's build reports it in its dock
                log.exception("importing %s ahead of its pane failed", module)
        self._imported.emit()

    def _step(self) -> None:
        missing = [spec for spec in self.specs if spec.id not in self.window.panes]
        if len(missing) > 1:
            self.build(missing[0])
            QTimer.singleShot(0, self._step)
            return
        self.finish()  # the last pane (if any) and what needs every pane
