"""How the main window starts: its size on a first start, and the moment of its first paint
(after which the heavy panes are built, so the window shows data before pyqtgraph loads)."""

from __future__ import annotations

import gc
import importlib
import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, QTimer, SignalInstance
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
    a step per turn of the event loop: pyqtgraph's import, then each pane's module and the pane
    itself, the last step finishing the window's start (`finish`: notes store, comparison,
    sizes). Built at once they blocked the loop 0.45 s at 100,000 episodes and 0.66 s at a
    million, in one piece: a key typed just after the first paint waited for all of it.

    The imports stay on the UI thread: imported on a thread (tried), PySide6 6.7 registered the
    modules' Qt classes while the UI thread converted Qt objects, and the self-test once got a
    QWidgetItem where an event belonged."""

    def __init__(self, window, specs, build: Callable, finish: Callable[[], None]) -> None:
        super().__init__(window)
        self.window, self.specs, self.build, self.finish = window, specs, build, finish
        self._steps: list[Callable[[], None]] = [lambda: self._import("pyqtgraph")]
        for spec in specs[:-1]:  # the last pane is built by `finish`, with the rest
            self._steps += [lambda s=spec: self._import(s.module), lambda s=spec: self._build(s)]
        if specs:
            self._steps.append(lambda: self._import(specs[-1].module))

    def start(self) -> None:
        QTimer.singleShot(0, self, self._step)  # dropped if the window goes first

    @staticmethod
    def _import(module: str) -> None:
        try:
            importlib.import_module(module)
        except Exception:  # noqa: BLE001 - logged; the pane's build reports it in its dock
            log.exception("importing %s ahead of its pane failed", module)

    def _build(self, spec) -> None:
        if spec.id not in self.window.panes:  # built meanwhile by a user's action
            self.build(spec)

    def _step(self) -> None:
        if self.window.panes.keys() >= {spec.id for spec in self.specs} or not self._steps:
            self.finish()  # the last pane (if any) and what needs every pane
            # What the start built lives as long as the window: left to the collector, its
            # oldest generation was walked whole now and then (40–49 ms of the UI thread,
            # at any keystroke). Frozen, a collection walks only what came after.
            gc.freeze()
            return
        self._steps.pop(0)()
        QTimer.singleShot(0, self, self._step)  # dropped if the window goes first
