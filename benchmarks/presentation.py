"""Presentation mode: time to enter it, to step to the next view, and to leave; and the size and
time of exporting and importing a six-view lesson.

    PYTHONPATH=src python3 benchmarks/presentation.py [--rounds 5]

Runs the real main window offscreen on a 1920×1080 screen, with the six-view lesson of
tests/classroom/lesson_scenario.py. A step is the wall time from the key press to the view
fully applied (panes shown, state restored, charts redrawn and restyled), events processed.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="presentation-bench-"))
    screen = work / "screen.json"
    screen.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "p",
                        "x": 0,
                        "y": 0,
                        "width": 1920,
                        "height": 1080,
                        "logicalDpi": 96,
                        "dpr": 1,
                    }
                ]
            }
        )
    )
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"
    os.environ["RELATIONS_EXPLORER_HOME"] = str(work / "home")
    sys.path[:0] = [str(REPO / "src"), str(REPO)]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication
    from tests.classroom.lesson_scenario import set_up, six_steps

    from explorer import paths
    from explorer.core.session import Session
    from explorer.core.views import Lesson
    from explorer.store.bundled import open_store
    from explorer.ui.lessons import capture
    from explorer.ui.main_window import MainWindow
    from explorer.ui.settings import Settings

    app = QApplication.instance() or QApplication([])

    def settle() -> None:
        for _ in range(3):
            app.processEvents()

    class Bot:
        def wait(self, ms):
            settle()

    store = paths.bundled_store_path()
    window = MainWindow(Session(open_store(store, immutable=True), store), Settings(), store)
    window.show()
    window.build_deferred_panes()
    settle()
    classroom = window.classroom
    views = []
    for step in six_steps(window.session.store):
        set_up(window, step, Bot())
        views.append(classroom.library.save_view(capture.capture(window, step.title, step.caption,
                                                                 step.panes)))  # fmt: skip
    lesson = classroom.library.save_lesson(Lesson("Bench", tuple(v.id for v in views)))

    enter, steps, leave = [], [], []
    for _ in range(args.rounds):
        t0 = time.perf_counter()
        classroom.present(lesson.id)
        settle()
        enter.append(time.perf_counter() - t0)
        for _view in range(5):
            t0 = time.perf_counter()
            classroom.presentation.key(Qt.Key.Key_PageDown)
            settle()
            steps.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        classroom.presentation.key(Qt.Key.Key_Escape)
        settle()
        leave.append(time.perf_counter() - t0)

    export = work / "lesson.json"
    t0 = time.perf_counter()
    classroom.library.export_file(export, [lesson.id])
    exported = time.perf_counter() - t0
    t0 = time.perf_counter()
    classroom.library.store().import_document(export.read_text(encoding="utf-8"))
    imported = time.perf_counter() - t0

    def ms(values):
        return f"median {statistics.median(values) * 1000:.0f} ms, max {max(values) * 1000:.0f} ms"

    print(f"enter presentation (first view shown): {ms(enter)} over {len(enter)} rounds")
    print(f"next view (Page Down to view shown):   {ms(steps)} over {len(steps)} steps")
    print(f"leave (Esc to the window as before):   {ms(leave)}")
    print(f"export six-view lesson: {exported * 1000:.1f} ms, {export.stat().st_size:,} bytes")
    print(f"re-import it (nothing new): {imported * 1000:.1f} ms")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
