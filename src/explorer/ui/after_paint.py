"""Work that can wait until the window has painted what the user asked for.

A keystroke on the bundled store updates every pane in one turn of the event loop, and its
paint follows in the same stretch: 35-60 ms in which the window answers nothing. The table
(what was typed for) is shown first; a pane whose part only describes it (the facet counts)
can follow on a later turn. Qt posts a widget's paint as a low-priority event, so a
low-priority event posted after it is delivered after that paint; but it is delivered in the
same pass over the posted events, with nothing in between. It therefore only starts a zero
timer, and the work runs from that: after the input and the timers already waiting.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer

AFTER_PAINT_EVENT = QEvent.Type(QEvent.registerEventType())


class AfterPaint(QObject):
    """Runs `callback` once after the paints already asked for; asking again before it ran
    changes nothing (the callback reads the state as it is then)."""

    def __init__(self, owner: QObject, callback: Callable[[], object]) -> None:
        super().__init__(owner)  # deleted with its owner, with any event still posted to it
        self._callback = callback
        self.waiting = False
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._run)

    def request(self) -> None:
        if self.waiting:
            return
        self.waiting = True
        QCoreApplication.postEvent(
            self, QEvent(AFTER_PAINT_EVENT), Qt.EventPriority.LowEventPriority.value
        )

    def event(self, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == AFTER_PAINT_EVENT:
            if self.waiting:
                self._timer.start()
            return True
        return super().event(event)

    def _run(self) -> None:
        if self.waiting:
            self.waiting = False
            self._callback()

    def flush(self) -> None:
        """Run the waiting work now, for code that reads its result straight away."""
        if self.waiting:
            self.cancel()
            self._callback()

    def cancel(self) -> None:
        """Done some other way meanwhile: the posted event then does nothing."""
        self.waiting = False
        self._timer.stop()


def settle(pane: object) -> None:
    """Show now what `pane` still waits to show (its `settle()`, if it has one): for code
    that reads a pane's geometry or state straight after changing the shared state, as
    restoring a view and sharing out the window's height do."""
    method = getattr(pane, "settle", None)
    if callable(method):
        method()
