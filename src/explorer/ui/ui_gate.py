"""Background work steps aside while the UI thread shows what it was just given.

On a large store the query worker and the panes' array threads are busy in Python (numpy calls
with Python between them) at the very moment the UI thread paints the answer they delivered.
Every call Qt makes into Python while painting (a table cell's data and delegate, a pane's
paint) must take the interpreter lock back from them, and on two cores each of those waits
(up to the 5 ms switch interval) added up: at a million episodes a keystroke's repaint took
60–90 ms of wall time for 27–45 ms of the UI thread's own work. The threads now wait — the
lock released — from handing over a result until the UI thread has handled it and its event
loop has come round again (the paints included), for at most MAX_WAIT.
"""

from __future__ import annotations

import os
import threading

from PySide6.QtCore import QTimer

MAX_WAIT = 0.04  # s: never longer than this, whatever the UI thread is doing
# Set to measure without it (benchmarks/scale.py --window-only, A/B).
OFF = bool(os.environ.get("RELATIONS_EXPLORER_NO_UI_GATE"))


class UiGate:
    def __init__(self) -> None:
        self._open = threading.Event()
        self._open.set()

    def close(self) -> None:
        """A thread is about to hand a result over (any thread)."""
        self._open.clear()

    def handled(self) -> None:
        """On the UI thread, after a result was handed to the panes: open again once the
        event loop has run what that scheduled (their paints)."""
        QTimer.singleShot(0, self._open.set)

    def wait(self) -> None:
        """On a background thread, before heavy work: let the UI thread paint first."""
        if not OFF:
            self._open.wait(MAX_WAIT)


GATE = UiGate()  # one UI thread, one gate
