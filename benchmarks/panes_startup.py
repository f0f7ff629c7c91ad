"""Time from process start until the timeline and chart panes are drawn (budget: 1.2 s median).

Each run is a fresh process, as a user starts the app: a window is shown and painted first
(with Qt only), then the panes are created just after (QTimer.singleShot, pyqtgraph imported
then), and the clock stops when both have painted with the store's data. Prints the median and
spread of N runs, plus when the first window was painted.

    PYTHONPATH=src python3 benchmarks/panes_startup.py [--runs 7] [--store data/relations.db]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BUDGET_S = 1.2

CHILD = r"""
import json, os, sys, time
t0 = float(sys.argv[2])
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QSplitter
from PySide6.QtCore import Qt
app = QApplication([])
window = QMainWindow()
splitter = QSplitter(Qt.Orientation.Vertical)
splitter.addWidget(QLabel("Relations Explorer"))
window.setCentralWidget(splitter)
window.resize(1366, 768)
window.show()
window.repaint()
first_paint = time.time() - t0
result = {}

def create_panes():
    from explorer.core.session import Session
    from explorer.store.bundled import open_store
    from explorer.ui.chart import ChartPane
    from explorer.ui.timeline import TimelinePane
    path = sys.argv[1]
    session = Session(store=open_store(path), store_path=path)
    timeline = TimelinePane(session, splitter)
    chart = ChartPane(session, splitter)
    splitter.setSizes([60, 360, 340])
    app.processEvents()
    timeline.repaint(); chart.repaint()
    timeline.plot.viewport().repaint(); chart.figure.viewport().repaint()
    result["panes_drawn"] = time.time() - t0
    result["first_paint"] = first_paint
    result["episodes"] = session.store.execute("SELECT COUNT(*) FROM episodes").fetchone()[0]
    result["series_shown"] = len(session.state.chart_series)
    app.quit()

QTimer.singleShot(0, create_panes)
app.exec()
print(json.dumps(result))
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--store", default=str(REPO / "data" / "relations.db"))
    args = parser.parse_args()
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(REPO / "src") + os.pathsep + os.environ.get("PYTHONPATH", ""),
    )
    drawn, first = [], []
    info = {}
    for _ in range(args.runs):
        start = time.time()
        out = subprocess.run(
            [sys.executable, "-c", CHILD, args.store, repr(start)],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        info = json.loads(out.stdout.strip().splitlines()[-1])
        drawn.append(info["panes_drawn"])
        first.append(info["first_paint"])
    print(
        f"store: {args.store} ({info['episodes']} episodes, {info['series_shown']} series "
        f"charted); {args.runs} runs"
    )
    print(f"first window painted: median {statistics.median(first):.3f} s")
    print(
        f"timeline + chart drawn: median {statistics.median(drawn):.3f} s "
        f"(min {min(drawn):.3f}, max {max(drawn):.3f}); budget {BUDGET_S} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
