"""The gate background threads wait at while the UI thread shows a result: shut from the
handover until the event loop has come round after it, and never longer than MAX_WAIT."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

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


class Pane(QWidget):
    """Records, at each paint, whether the gate is shut."""

    def __init__(self, gate: UiGate) -> None:
        super().__init__()
        self.gate, self.shut_at_paints = gate, []

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.shut_at_paints.append(not self.gate._open.is_set())


def test_a_thread_waits_until_the_ui_has_painted_the_result(qtbot, monkeypatch):
    monkeypatch.setattr(ui_gate, "OFF", False)
    gate = UiGate()
    pane = Pane(gate)
    qtbot.addWidget(pane)
    pane.show()
    qtbot.waitExposed(pane)
    qtbot.wait(50)
    pane.shut_at_paints.clear()
    gate.close()  # a thread hands a result over
    took, thread = _waited(gate)
    time.sleep(0.01)
    assert not took  # still waiting: the UI thread has not shown it yet
    # The UI thread gives it to the pane, which asks for a paint, and a normal event comes
    # in after (a view's deferred layout, a queued signal): the thread waits through both.
    pane.update()
    QTimer.singleShot(0, lambda: pane.shut_at_paints.append(not gate._open.is_set()))
    gate.handled()
    assert not took
    qtbot.waitUntil(lambda: bool(took), timeout=1_000)
    thread.join(1.0)
    assert pane.shut_at_paints == [True, True]  # the zero timer, then the paint
    assert took[0] < MAX_WAIT


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
