"""File ▸ Open on a large store: its first check runs on a thread under a dialog that names
the store and can be cancelled, and the window keeps answering meanwhile (it froze ~15 s at a
million episodes, saying nothing)."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from explorer.store import bundled
from explorer.ui import store_opening


def _slow_checks(monkeypatch, seconds: float) -> list[str]:
    checked: list[str] = []
    real = bundled._check_untrusted

    def slow(conn, path):
        time.sleep(seconds)  # what a million rows cost, shortened
        real(conn, path)
        checked.append(path.name)

    monkeypatch.setattr(bundled, "_check_untrusted", slow)
    monkeypatch.setattr(store_opening, "LARGE_BYTES", 0)  # every store counts as large here
    return checked


def _watch(seen: dict, then=None) -> None:
    """While the check runs: the dialog shown, and the event loop ticking."""
    ticks = QTimer()
    ticks.setInterval(20)
    ticks.timeout.connect(lambda: seen.__setitem__("ticks", seen.get("ticks", 0) + 1))
    ticks.start()
    seen["timer"] = ticks

    def look() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]
        shown = [d for d in dialogs if d.isVisible()]
        seen["text"] = shown[0].labelText() if shown else None
        if then is not None and shown:
            then(shown[0])

    QTimer.singleShot(400, look)


def test_a_large_store_is_checked_on_a_thread_under_a_dialog(
    make_window, synthetic_path, tmp_path, monkeypatch
):
    from tests.store.synthetic import build_synthetic_store

    window = make_window(synthetic_path, deferred=True)  # every pane built beforehand
    other = build_synthetic_store(tmp_path / "colleague.db")
    checked = _slow_checks(monkeypatch, 1.2)
    seen: dict = {}
    _watch(seen)
    started = time.perf_counter()
    assert window.open_store_path(other)
    seen["timer"].stop()
    assert time.perf_counter() - started >= 1.2
    assert checked == ["colleague.db"]
    assert seen["text"] is not None and "colleague.db" in seen["text"]
    assert seen["ticks"] >= 20  # ~60 ticks in 1.2 s: the window was never frozen
    assert window.session.store_path == other
    # Checked once: opening it again takes no dialog and no second check.
    window.return_to_bundled()
    assert window.open_store_path(other)
    assert checked == ["colleague.db"]


def _click_cancel(dialog: QProgressDialog) -> None:
    (button,) = [b for b in dialog.findChildren(QPushButton) if b.isVisible()]
    assert button.text() == "Cancel"
    button.click()


def test_cancelling_the_check_keeps_the_store_that_was_open(
    make_window, synthetic_path, tmp_path, monkeypatch
):
    from tests.store.synthetic import build_synthetic_store

    window = make_window(synthetic_path, deferred=True)  # every pane built beforehand
    before = window.session.store_path
    other = build_synthetic_store(tmp_path / "too-big.db")
    _slow_checks(monkeypatch, 2.0)
    seen: dict = {}
    _watch(seen, then=_click_cancel)
    started = time.perf_counter()
    assert not window.open_store_path(other)
    seen["timer"].stop()
    assert time.perf_counter() - started < 1.5  # back at the Cancel, not at the check's end
    assert "too-big.db" in seen["text"]
    assert window.session.store_path == before
    assert window.session.store.execute("SELECT COUNT(*) FROM episodes").fetchone()[0] > 0
