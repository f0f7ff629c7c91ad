"""Screenshots of citing for docs/screenshots/: the lesson web page in Chromium, a captioned
chart and the Cite This View dialog.

    python3 tests/citation/make_screenshots.py [--out docs/screenshots]

Runs offscreen on the bundled store in a throw-away profile; the lesson is the one the web
page test builds.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]


class _Bot:
    """The little of pytest-qt's qtbot that the lesson scenario uses."""

    def __init__(self, app) -> None:
        self.app = app

    def wait(self, ms: int) -> None:
        end = time.time() + ms / 1000
        while time.time() < end:
            self.app.processEvents()
            time.sleep(0.01)

    def addWidget(self, widget) -> None:  # noqa: N802 - qtbot's name
        pass

    def waitUntil(self, condition, timeout: int = 5000) -> None:  # noqa: N802
        end = time.time() + timeout / 1000
        while not condition() and time.time() < end:
            self.wait(20)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["RELATIONS_EXPLORER_HOME"] = tempfile.mkdtemp(prefix="cite-shots-")
    sys.path.insert(0, str(REPO))
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from explorer.paths import bundled_store_path
    from explorer.ui.lessons.web_page import write_lesson_page
    from tests.citation import chromium
    from tests.citation.test_lesson_web_page import build_lesson
    from tests.classroom.conftest import open_window

    bot = _Bot(app)
    window = open_window(bot, bundled_store_path())
    lesson = build_lesson(window, bot)
    with tempfile.TemporaryDirectory() as folder:
        page = write_lesson_page(window, lesson, Path(folder) / "lesson.html")
        shot = args.out / "lesson-web-page.png"
        print("requests:", chromium.open_page(page, shot, size=(1280, 1400)), "->", shot)
    # A captioned chart, as Save PNG with caption writes it, and Cite This View.
    from explorer.ui.plotting import caption

    conn = window.session.store
    series = [row[0] for row in conn.execute(
        "SELECT DISTINCT series_id FROM observations WHERE flag = 'inconsistent' "
        "ORDER BY series_id LIMIT 1")]  # fmt: skip
    window.session.state.clear_filters()
    window.session.state.set_chart_series(series)
    window.docks["chart"].show()
    window.docks["chart"].raise_()
    bot.wait(400)
    caption.save_with_caption("chart", window.panes["chart"], args.out / "captioned-chart.png",
                              "png")  # fmt: skip
    window.session.state.update_filters(text="Fujimori Japan")
    window.session.state.select("episode", "1996-japanese-embassy-hostage-crisis")
    window.actions["edit.cite_view"].trigger()
    bot.wait(300)
    window.cite_dialog.grab().save(str(args.out / "cite-this-view.png"))
    print("wrote", args.out / "captioned-chart.png", args.out / "cite-this-view.png")
    window.cite_dialog.close()
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
