"""The gate background threads wait at while the UI thread shows a result: shut from the
handover until the event loop has come round after it, and never longer than MAX_WAIT."""

from __future__ import annotations

import threading
import time

from PySide6.QtWidgets import QApplication

from explorer.ui import ui_gate
from explorer.ui.ui_gate import MAX_WAIT, UiGate


def _waited(gate: UiGate) -> tuple[list[float], threading.Thread]:
    took: list[float] = []

    def background() -> None:
        started = time.perf_counter()
        gate.wait()
        took.append(time.perf_counter() - started)

    thread = threading.Thread(target=background)
    thread.start()
    return took, thread


def test_a_thread_waits_until_the_ui_has_handled_the_result(qapp, monkeypatch):
    monkeypatch.setattr(ui_gate, "OFF", False)
    gate = UiGate()
    gate.close()  # a thread hands a result over
    took, thread = _waited(gate)
    time.sleep(0.01)
    assert not took  # still waiting: the UI thread has not shown it yet
    gate.handled()  # the UI thread gave it to the panes ...
    assert not took
    QApplication.processEvents()  # ... and its event loop came round (the paints)
    thread.join(1.0)
    assert took and took[0] < MAX_WAIT


def test_the_wait_is_bounded_when_the_ui_thread_never_answers(qapp, monkeypatch):
    monkeypatch.setattr(ui_gate, "OFF", False)
    gate = UiGate()
    gate.close()
    took, thread = _waited(gate)
    thread.join(1.0)
    assert took and MAX_WAIT * 0.9 <= took[0] < MAX_WAIT + 0.05


def test_an_open_gate_does_not_wait(qapp):
    gate = UiGate()
    took, thread = _waited(gate)
    thread.join(1.0)
    assert took and took[0] < 0.005
