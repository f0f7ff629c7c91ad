"""Screenshots of every workspace for docs/screenshots/: 1280×720, 1366×768 and 1920×1080;
light, dark and presentation; English and Spanish.

    python3 tests/gui/make_layout_screenshots.py [--out docs/screenshots]

Each (size, language) runs in a child process given an offscreen screen of exactly that size,
so the window fills the screen as it opens on a laptop and full screen means what it means on a
projector. The window is put in use first (an episode selected, three compared, a note), and
beside each picture the child prints the measured budgets (tests/gui/layout_walk.py).
Files: layout-<workspace>-<width>x<height>-<light|dark|present>-<en|es>.png; presenting on a
screen too low for the timeline and the table together, layout-explore-… shows the timeline and
layout-explore-table-… the table (the T key).
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
SIZES = ((1280, 720), (1366, 768), (1920, 1080))
LANGUAGES = ("en", "es")


def settle(app, seconds: float = 0.4) -> None:
    from PySide6.QtCore import QEvent

    end = time.time() + seconds
    while time.time() < end:
        app.processEvents()
        # What deleteLater() let go of: an event loop would delete it; processEvents does not.
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        time.sleep(0.01)


def child(width: int, height: int, language: str, out: Path) -> None:
    sys.path[:0] = [str(REPO / "src"), str(REPO)]
    from PySide6.QtWidgets import QApplication

    from explorer import paths
    from explorer.core.session import Session
    from explorer.store.bundled import open_store
    from explorer.ui import i18n, theme
    from explorer.ui.lessons import capture
    from explorer.ui.main_window import MainWindow
    from explorer.ui.settings import Settings
    from explorer.ui.workspaces import BY_ID
    from tests.conftest import _with_pending_translations
    from tests.gui.layout_walk import fill_window, measure

    app = QApplication.instance() or QApplication([])
    _with_pending_translations(i18n.install)(app, language)
    theme.apply(app, "light")
    store_path = paths.bundled_store_path()
    session = Session(open_store(store_path, immutable=True), store_path)
    window = MainWindow(session, Settings(), store_path)
    window.showMaximized() if window.fresh_geometry else window.show()
    settle(app)
    window.build_deferred_panes()
    while session.notes is None:
        settle(app, 0.1)
    fill_window(window)
    settle(app, 0.6)
    tag = f"{width}x{height}"
    report = {"size": tag, "language": language, "window": [window.width(), window.height()]}

    def shoot(workspace: str, look: str) -> None:
        name = f"layout-{workspace}-{tag}-{look}-{language}.png"
        window.grab().save(str(out / name))
        m = measure(window)
        report[f"{workspace}-{look}"] = {
            "plot": m.plot, "lanes": m.lanes_shown, "lanes_cut": m.lanes_cut,
            "facet_rows": m.facet_rows, "table_rows": m.table_rows, "cut": m.cut,
        }  # fmt: skip

    for look in ("light", "dark"):
        window.set_dark_theme(look == "dark")
        settle(app, 0.4)
        for workspace in window.workspaces.ids():
            window.show_workspace(workspace)
            settle(app, 0.5)
            shoot(workspace, look)
    window.set_dark_theme(False)
    window.show_workspace("explore")
    settle(app, 0.3)
    views = [
        capture.capture(window, BY_ID[w].title, _CAPTIONS[language], [*BY_ID[w].panes, "detail"])
        for w in window.workspaces.ids()
    ]
    mode = window.classroom.presentation
    mode.scale = 1.8
    mode.start(views, 0, "Layout", fullscreen=True)
    for number, workspace in enumerate(window.workspaces.ids()):
        mode.go(number)
        settle(app, 0.8)
        shoot(workspace, "present")
        if mode.face:  # too low for both at 1.8× type: T shows the table whole
            mode.toggle_face()
            settle(app, 0.6)
            shoot(f"{workspace}-table", "present")
    mode.leave()
    settle(app, 0.3)
    print(json.dumps(report))
    session.notes.close()
    window.close()


_CAPTIONS = {
    "en": "The same window at 1.8× type for the back of the room.",
    "es": "La misma ventana con letra 1,8 veces mayor, para el fondo del aula.",
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    if args.child:
        width, height, language = args.child
        child(int(width), int(height), language, args.out.resolve())
        return 0
    for width, height in SIZES:
        for language in LANGUAGES:
            with tempfile.TemporaryDirectory(prefix="layout-shots-") as work:
                screen = Path(work) / "screen.json"
                screen.write_text(json.dumps({"screens": [{
                    "name": "laptop", "x": 0, "y": 0, "width": width, "height": height,
                    "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))  # fmt: skip
                env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screen}",
                           QT_LOGGING_RULES="qt.qpa.*=false",
                           RELATIONS_EXPLORER_HOME=str(Path(work) / "home"))  # fmt: skip
                subprocess.run([sys.executable, __file__, "--out", str(args.out), "--child",
                                str(width), str(height), language], env=env, check=True)  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
