"""Side-by-side pictures of each plot export against the screen, for a reviewer's eyes.

    python3 tests/exports/make_comparisons.py [--out /tmp] [--size 1366x768]

Opens the real window on the bundled store (offscreen), and for the timeline and the chart
writes exports-compare-<plot>-<png|svg>.png: on the left `grab()` of the plot as on screen, on
the right its PNG export (drawn at 2×) or its SVG drawn by librsvg, scaled to the same size.
Prints each pair's mismatch (share of drawn pixels that differ; see tests/exports/pixels.py).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(REPO / "src"), str(REPO)]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def settle(app, seconds: float = 0.5) -> None:
    end = time.time() + seconds
    while time.time() < end:
        app.processEvents()
        time.sleep(0.01)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()))
    parser.add_argument("--size", default="1366x768")
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.split("x"))
    os.environ.setdefault("RELATIONS_EXPLORER_HOME", tempfile.mkdtemp(prefix="exports-home-"))

    from PySide6.QtWidgets import QApplication

    from explorer.core.session import Session
    from explorer.paths import bundled_store_path
    from explorer.store.bundled import open_store
    from explorer.ui.main_window import MainWindow
    from explorer.ui.plotting import export
    from explorer.ui.settings import Settings
    from tests.exports.pixels import mismatch, rsvg_png, side_by_side

    app = QApplication(sys.argv[:1])
    bundled = bundled_store_path()
    session = Session(open_store(bundled, immutable=True), bundled)
    window = MainWindow(session, Settings(), bundled)
    window.resize(width, height)
    window.show()
    window.build_deferred_panes()
    settle(app, 1.0)
    for dock in ("timeline", "chart"):  # the chart may share a tab with other panes
        window.docks[dock].show()
        window.docks[dock].raise_()
    settle(app)
    window.panes["chart"].figure.plots[0].setXRange(1975, 1996, padding=0)  # cuts bars off
    settle(app)
    plots = {"timeline": window.panes["timeline"].plot, "chart": window.panes["chart"].figure}
    work = Path(tempfile.mkdtemp(prefix="exports-"))
    for name, plot in plots.items():
        screen = plot.grab().toImage()
        png = export.render_image(plot)
        export.export_svg(plot, work / f"{name}.svg", name)
        svg = rsvg_png(work / f"{name}.svg", plot.width() * 2, plot.height() * 2,
                       work / f"{name}-svg.png")  # fmt: skip
        for kind, image in (("png", png), ("svg", svg)):
            path = args.out / f"exports-compare-{name}-{kind}.png"
            side_by_side(screen, image, path)
            print(f"{path}  {plot.width()}x{plot.height()}  mismatch {mismatch(screen, image):.4f}")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
