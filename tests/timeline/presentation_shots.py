"""Screenshots of the timeline in the real window: normal at 1366×768, presenting (the
presentation look, 1.8× type) at 1920×1080 and 1280×720.

    python3 tests/timeline/presentation_shots.py [--out /tmp/tl] [--filter "Fujimori Japan"]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(REPO / "src"), str(REPO)]


def settle(app, seconds: float = 0.3) -> None:
    end = time.time() + seconds
    while time.time() < end:
        app.processEvents()
        time.sleep(0.01)


def shoot(widget, path: Path) -> None:
    widget.grab()  # the first paint lays the lanes out; the legend follows on the next
    widget.grab().save(str(path))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="/tmp/tl")
    parser.add_argument("--filter", default="")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("RELATIONS_EXPLORER_HOME", str(out / "home"))

    from PySide6.QtWidgets import QApplication

    from explorer import paths
    from explorer.core.session import Session
    from explorer.store.bundled import open_store
    from explorer.ui.lessons.controller import ClassroomController
    from explorer.ui.main_window import MainWindow
    from explorer.ui.settings import Settings

    app = QApplication.instance() or QApplication([])
    store_path = paths.bundled_store_path()
    session = Session(open_store(store_path, immutable=True), store_path)
    window = MainWindow(session, Settings(), store_path)
    window.show()
    window.build_deferred_panes()
    settle(app)
    if args.filter:
        session.state.update_filters(text=args.filter)
    timeline = window.panes["timeline"]
    tag = "filtered" if args.filter else "all"
    window.resize(1366, 768)
    settle(app)
    shoot(timeline, out / f"normal_1366x768_{tag}.png")
    shoot(window, out / f"normal_window_1366x768_{tag}.png")
    classroom = getattr(window, "classroom", None) or ClassroomController(window, window.settings)
    mode = classroom.presentation
    from explorer.ui.lessons import capture

    view = capture.capture(window, "Timeline", "The timeline on a projector", ["timeline", "table"])
    mode.start([view], 0, "Timeline", fullscreen=False)
    for width, height in ((1920, 1080), (1280, 720)):
        window.resize(width, height)
        settle(app, 0.5)
        shoot(timeline, out / f"present_{width}x{height}_{tag}.png")
        shoot(window, out / f"present_window_{width}x{height}_{tag}.png")
    canvas = timeline.plot.canvas
    print(f"presenting: canvas font {canvas.font.pointSizeF():.1f}pt row {canvas.row_h}px")
    mode.leave()
    settle(app)
    print(f"normal: canvas font {canvas.font.pointSizeF():.1f}pt row {canvas.row_h}px")
    return 0


if __name__ == "__main__":
    sys.exit(main())
