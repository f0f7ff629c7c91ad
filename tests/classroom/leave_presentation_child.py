"""Run in a child process by test_leave_presentation.py: the real app with a full comparison
(two episodes, a note on one), chart series and notes; present (F5 or --presentation), leave
with Esc, and exit 0 only if the window is back. A layout feedback loop hangs or overflows the
stack (a segfault), which the parent sees as a timeout or a signal rather than losing its run.

    python leave_presentation_child.py WIDTH HEIGHT f5|flag
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

EPISODES = ["1996-japanese-embassy-hostage-crisis", "1997-aoki-resigns-as-ambassador"]


def fill(window) -> None:
    session = window.session
    session.state.set_compare_episodes(EPISODES)
    if session.notes is not None:
        session.notes.add("episode", EPISODES[0], body="Ask the class about Aoki's role")
        session.notes.add("episode", EPISODES[1], body="Compare with the 1974 riots")
    series = [
        r[0]
        for r in session.store.execute(
            "SELECT id FROM series WHERE title LIKE '%population%' ORDER BY id LIMIT 2"
        )
    ]
    session.state.set_chart_series(series)


def spin(app, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()


def wait_for(app, test, seconds: float, what: str) -> None:
    end = time.monotonic() + seconds
    while not test():
        if time.monotonic() > end:
            raise SystemExit(f"timed out waiting for {what}")
        app.processEvents()
        time.sleep(0.005)


def leave_and_check(app, window, compared_before: bool) -> None:
    """Esc while the comparison shows two episodes; the window must be back, and with it the
    comparison if there was one before presenting."""
    mode = window.classroom.presentation
    pane = window.panes["compare"]
    wait_for(app, lambda: mode.active, 30, "the presentation")
    wait_for(app, lambda: len(pane.facts) == 2, 10, "the comparison")
    spin(app, 0.3)
    started = time.monotonic()
    QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_Escape)
    spin(app, 0.2)
    if mode.active:
        raise SystemExit("Esc did not leave the presentation")
    if window.isFullScreen():
        raise SystemExit("the window stayed full screen")
    if compared_before and len(pane.facts) != 2:
        raise SystemExit(f"the comparison lost its episodes: {len(pane.facts)}")
    print(f"left in {time.monotonic() - started:.2f} s", flush=True)


def run_f5(width: int, height: int) -> int:
    from explorer.core.session import Session
    from explorer.paths import bundled_store_path
    from explorer.store.bundled import open_store
    from explorer.ui import theme
    from explorer.ui.main_window import MainWindow
    from explorer.ui.settings import Settings

    app = QApplication(sys.argv[:1])
    theme.apply(app, "light")  # as the app does: the window's look is re-applied on leaving
    bundled = bundled_store_path()
    session = Session(open_store(bundled, immutable=True), bundled)
    window = MainWindow(session, Settings(), bundled)
    window.resize(width, height)
    window.show()
    window.build_deferred_panes()
    wait_for(app, lambda: session.notes is not None, 20, "the notes store")
    fill(window)
    spin(app, 0.3)
    QTest.keyClick(window, Qt.Key.Key_F5)
    leave_and_check(app, window, compared_before=True)
    window.close()
    return 0


def run_flag(width: int, height: int) -> int:
    from explorer import app as explorer_app

    app = QApplication(sys.argv[:1])
    outcome = {"code": 1}

    def drive() -> None:
        windows = [w for w in app.topLevelWidgets() if hasattr(w, "classroom") and w.isVisible()]
        if not windows or windows[0].session.notes is None:
            QTimer.singleShot(20, drive)
            return
        window = windows[0]
        window.resize(width, height)
        fill(window)  # while presenting, or just before: the comparison is full on leaving
        try:
            leave_and_check(app, window, compared_before=False)
            outcome["code"] = 0
        finally:
            app.exit(0)

    QTimer.singleShot(0, drive)
    explorer_app.main(["--presentation"])
    return outcome["code"]


if __name__ == "__main__":
    w, h, how = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    sys.exit(run_f5(w, h) if how == "f5" else run_flag(w, h))
