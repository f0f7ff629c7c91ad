"""Time from process start until the timeline and chart panes are drawn (budget on the bundled
store: 1.2 s median; at a million episodes: first paint ≤ 1 s, every pane drawn ≤ 3 s).

Each run is a fresh process, as a user starts the app: a window is shown and painted first
(with Qt only), then the panes are created just after (QTimer.singleShot, pyqtgraph imported
then), and the clock stops for each pane when it has painted with every episode of the store
(on a large store the episodes arrive from a loading thread). Prints medians and spread of N
runs: first paint, timeline drawn, chart drawn, the longest event-loop stall after the first
paint (a 5 ms heartbeat), CPU time and peak memory (ru_maxrss) of the process.

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
import json, os, resource, sys, time
t0 = float(sys.argv[2])
from explorer.ui.plotting.raster import paint_on_one_thread
paint_on_one_thread()  # as explorer.app.main does, before the QApplication
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

gaps, last = [], [time.perf_counter()]
def tick():
    now = time.perf_counter()
    gaps.append(now - last[0])
    last[0] = now
beat = QTimer()
beat.setInterval(5)
beat.timeout.connect(tick)
beat.start()

def create_panes():
    from explorer.core.session import Session
    from explorer.store.bundled import open_store
    from explorer.ui.chart import ChartPane
    from explorer.ui.timeline import TimelinePane
    path = sys.argv[1]
    session = Session(store=open_store(path), store_path=path)
    n = session.store.execute("SELECT COUNT(*) FROM episodes").fetchone()[0]
    timeline = TimelinePane(session, splitter)
    chart = ChartPane(session, splitter)
    splitter.setSizes([60, 360, 340])
    pending = {"timeline", "chart"}

    def check():
        if "timeline" in pending and len(timeline.model.columns) == n:
            timeline.repaint(); timeline.plot.viewport().repaint()
            result["timeline_drawn"] = time.time() - t0
            pending.discard("timeline")
        if "chart" in pending and (chart.marks is not None or not chart.figure.plots):
            chart.repaint(); chart.figure.viewport().repaint()
            result["chart_drawn"] = time.time() - t0
            pending.discard("chart")
        if pending:
            QTimer.singleShot(2, check)
            return
        tick()
        result["panes_drawn"] = time.time() - t0
        result["first_paint"] = first_paint
        result["episodes"] = n
        result["series_shown"] = len(session.state.chart_series)
        result["longest_stall"] = max(gaps, default=0.0)
        usage = resource.getrusage(resource.RUSAGE_SELF)
        result["cpu"] = usage.ru_utime + usage.ru_stime
        result["peak_mb"] = usage.ru_maxrss / 1024
        app.quit()

    check()

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
    runs: list[dict] = []
    for _ in range(args.runs):
        start = time.time()
        out = subprocess.run(
            [sys.executable, "-c", CHILD, args.store, repr(start)],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    info = runs[-1]

    def median(key: str) -> float:
        return statistics.median(run[key] for run in runs)

    drawn = [run["panes_drawn"] for run in runs]
    print(
        f"store: {args.store} ({info['episodes']:,} episodes, {info['series_shown']} series "
        f"charted); {args.runs} runs; load average "
        + ", ".join(f"{v:.2f}" for v in os.getloadavg())
    )
    print(f"first window painted: median {median('first_paint'):.3f} s")
    print(f"timeline drawn: median {median('timeline_drawn'):.3f} s")
    print(f"chart drawn: median {median('chart_drawn'):.3f} s")
    print(
        f"timeline + chart drawn: median {statistics.median(drawn):.3f} s "
        f"(min {min(drawn):.3f}, max {max(drawn):.3f}); budget {BUDGET_S} s (bundled store)"
    )
    print(
        f"longest event-loop stall after the first paint: median"
        f" {median('longest_stall') * 1000:.0f} ms; process CPU median {median('cpu'):.2f} s;"
        f" peak memory median {median('peak_mb'):.0f} MB"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
