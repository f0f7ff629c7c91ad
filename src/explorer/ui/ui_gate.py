"""Background work steps aside while the UI thread shows what it was just given.

On a large store the query worker and the panes' array threads are busy in Python (numpy calls
with Python between them) at the very moment the UI thread paints the answer they delivered.
Every call Qt makes into Python while painting (a table cell's data and delegate, a pane's
paint) must take the interpreter lock back from them, and on two cores each of those waits
(up to the 5 ms switch interval) added up: at a million episodes a keystroke's repaint took
60–90 ms of wall time for 27–45 ms of the UI thread's own work. The threads now wait — the
lock released — from handing over a result until the UI thread has handled it and painted
what that asked for, for at most MAX_WAIT; a newer request lets them go at once.
"""

from __future__ import annotations

import os
import threading

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt

MAX_WAIT = 0.04  # s: never longer than this, whatever the UI thread is doing
# Set to measure without it (benchmarks/scale.py --window-only, A/B).
OFF = bool(os.environ.get("RELATIONS_EXPLORER_NO_UI_GATE"))


OPEN_EVENT = QEvent.Type(QEvent.registerEventType())


class _Opener(QObject):
    def __init__(self, gate: threading.Event) -> None:
        super().__init__()
        self._gate = gate

    def event(self, event: QEvent) -> bool:
        if event.type() == OPEN_EVENT:
            self._gate.set()
            return True
        return super().event(event)


class UiGate:
    def __init__(self) -> None:
        self._open = threading.Event()
        self._open.set()
        self._opener: _Opener | None = None  # made on the UI thread, where it gets events

    def close(self) -> None:
        """A thread is about to hand a result over (any thread)."""
        self._open.clear()

    def handled(self) -> None:
        """On the UI thread, after a result was handed to the panes: open again once their
        paints are done. Qt posts a paint as a low-priority event, after the normal ones; the
        gate opens on a low-priority event posted after it. (A zero timer, a normal event,
        opened it before the paint, and the threads were counting again during it.)"""
        if self._opener is None:
            self._opener = _Opener(self._open)
        QCoreApplication.postEvent(
            self._opener, QEvent(OPEN_EVENT), Qt.EventPriority.LowEventPriority.value
        )

    def open(self) -> None:
        """Let waiting threads go now (what they waited to see shown is no longer wanted)."""
        self._open.set()

    def wait(self) -> None:
        """On a background thread, before heavy work: let the UI thread paint first."""
        if not OFF:
            self._open.wait(MAX_WAIT)


GATE = UiGate()  # one UI thread, one gate
