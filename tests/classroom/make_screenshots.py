"""Screenshots of the classroom features for docs/screenshots/, at projector sizes.

    python3 tests/classroom/make_screenshots.py [--out docs/screenshots]

For each screen size (1920×1080 and 1280×720) a child process starts with Qt's offscreen
platform given a screen of exactly that size, so full screen means what it means on a
projector. The child plays the issue's "done when": a teacher saves six views and a lesson in
her profile and exports it; a fresh profile imports the file; the lesson is presented full
screen in Spanish and every view is captured.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SIZES = ((1920, 1080), (1280, 720))


def settle(app, seconds: float = 0.4) -> None:
    end = time.time() + seconds
    while time.time() < end:
        app.processEvents()
        time.sleep(0.01)


class _Bot:
    """The little of pytest-qt's qtbot the scenario uses."""

    def __init__(self, app) -> None:
        self.app = app

    def wait(self, ms: int) -> None:
        settle(self.app, ms / 1000)


def child(width: int, height: int, out: Path, work: Path) -> None:
    sys.path[:0] = [str(REPO / "src"), str(REPO)]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from explorer import paths
    from explorer.core.session import Session
    from explorer.core.views import Lesson
    from explorer.store.bundled import open_store
    from explorer.ui import i18n, theme
    from explorer.ui.lessons import capture
    from explorer.ui.lessons.controller import ClassroomController
    from explorer.ui.main_window import MainWindow
    from explorer.ui.preferences import PreferencesDialog
    from explorer.ui.settings import Settings
    from tests.classroom.lesson_scenario import set_up, six_steps

    app = QApplication.instance() or QApplication([])
    i18n.install(app, "es")
    theme.apply(app, "light")
    store_path = paths.bundled_store_path()
    tag = f"{width}x{height}"

    def window_for(home: Path):
        os.environ["RELATIONS_EXPLORER_HOME"] = str(home)
        session = Session(open_store(store_path, immutable=True), store_path)
        window = MainWindow(session, Settings(), store_path)
        window.resize(min(1366, width), min(768, height))
        window.show()
        window.build_deferred_panes()
        settle(app)
        controller = getattr(window, "classroom", None) or ClassroomController(
            window, window.settings
        )
        return window, controller

    # The teacher, at home.
    window, classroom = window_for(work / "teacher")
    bot = _Bot(app)
    views = []
    for step in six_steps(window.session.store):
        set_up(window, step, bot)
        views.append(
            classroom.library.save_view(
                capture.capture(window, step.title, step.caption, step.panes)
            )
        )
    lesson = classroom.library.save_lesson(
        Lesson("Perú y Asia: seis vistas", tuple(v.id for v in views))
    )
    classroom.open_manager()
    manager = classroom._manager
    manager.resize(min(1200, width - 80), 560)
    manager.views.setCurrentRow(1)
    settle(app)
    if width == 1280:
        manager.grab().save(str(out / "classroom-lessons-dialog.png"))
        prefs = PreferencesDialog(window.settings, window)
        prefs.show()
        settle(app, 0.2)
        prefs.grab().save(str(out / "classroom-preferences.png"))
        prefs.close()
    export = work / "leccion.json"
    assert manager.export_to(export)
    manager.close()
    window.session.notes.close()
    window.close()

    # In class: a fresh profile.
    window, classroom = window_for(work / "classroom")
    classroom.open_manager()
    assert classroom._manager.import_from(export)
    classroom.present(lesson.id)
    settle(app, 0.8)
    keep = range(1, 7) if width == 1920 else (2, 3, 5, 6)
    for number in range(1, 7):
        settle(app, 0.6)
        if number in keep:
            window.grab().save(str(out / f"classroom-{tag}-{number}.png"))
        classroom.presentation.key(Qt.Key.Key_PageDown)
    classroom.presentation.key(Qt.Key.Key_Escape)
    settle(app)
    print(json.dumps({"size": tag, "views": len(views)}))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--child", nargs=2, type=int, help=argparse.SUPPRESS)
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    if args.child:
        child(*args.child, args.out.resolve(), args.work)
        return 0
    for width, height in SIZES:
        with tempfile.TemporaryDirectory(prefix="classroom-shots-") as work:
            screen = Path(work) / "screen.json"
            screen.write_text(json.dumps({"screens": [{
                "name": "projector", "x": 0, "y": 0, "width": width, "height": height,
                "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))  # fmt: skip
            env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screen}",
                       QT_LOGGING_RULES="qt.qpa.*=false")  # fmt: skip
            subprocess.run([sys.executable, __file__, "--out", str(args.out), "--child",
                            str(width), str(height), "--work", work], env=env, check=True)  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
