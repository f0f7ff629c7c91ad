"""Frame times of the timeline with a synthetic store of 100,000 episodes.

Builds the store in a temporary folder, opens the timeline pane at 1366×768 (offscreen), then
times full repaints while zooming (wheel-like steps at a cursor) and panning (drag-like steps)
across scales from the whole 1849–2015 span down to a few weeks. A frame is the range change
plus a synchronous repaint of the plot (what a user waits for). Prints median, 95th percentile
and worst per scenario; the budget is 33 ms per frame.

    PYTHONPATH=src python3 benchmarks/timeline_frames.py [--episodes 100000]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

BUDGET_MS = 33.0


def _frame(app, plot) -> float:
    start = time.perf_counter()
    plot.viewport().repaint()
    app.processEvents()
    return (time.perf_counter() - start) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--episodes", type=int, default=100_000)
    parser.add_argument("--size", default="1366x768")
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication
    from tests.timeline.harness import PanesWindow, make_session
    from tests.timeline.synthetic_store import build_large_store

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "large.db"
        t0 = time.perf_counter()
        build_large_store(path, args.episodes)
        built = time.perf_counter() - t0
        session = make_session(path)
        t0 = time.perf_counter()
        window = PanesWindow(session, panes=("timeline",))
        width, height = (int(v) for v in args.size.split("x"))
        window.resize(width, height)
        window.show()
        app.processEvents()
        opened = time.perf_counter() - t0
        pane = window.timeline
        plot = pane.plot
        n = session.store.execute("SELECT COUNT(*) FROM episodes").fetchone()[0]
        print(
            f"store: {n:,} episodes (built in {built:.1f} s); pane opened in {opened:.2f} s; "
            f"window {width}×{height}"
        )

        scenarios: dict[str, list[float]] = {}

        def run(name: str, ranges) -> None:
            times = []
            for lo, hi in ranges:
                plot.set_x_range(lo, hi)
                times.append(_frame(app, plot))
            scenarios[name] = times

        pane.fit_all()
        _frame(app, plot)
        # Wheel zoom: 40 steps of 0.85 about 1996.9 (the hostage crisis), whole span to weeks.
        lo, hi = plot.x_range()
        zoom_in = []
        for _ in range(40):
            anchor = 1996.9
            lo, hi = anchor - (anchor - lo) * 0.85, anchor + (hi - anchor) * 0.85
            zoom_in.append((lo, hi))
        run("wheel zoom in (whole span → weeks)", zoom_in)
        run("wheel zoom out (weeks → whole span)", list(reversed(zoom_in)))
        for label, span in (
            ("pan, whole span visible", 166.0),
            ("pan, 30 years visible", 30.0),
            ("pan, 5 years visible", 5.0),
            ("pan, 1 year visible", 1.0),
            ("pan, 1 month visible", 1 / 12),
        ):
            start = 1850.0 if span > 100 else 1900.0
            step = span * 0.05  # a drag of 5% of the view per frame
            run(label, [(start + i * step, start + i * step + span) for i in range(60)])
        worst_median = 0.0
        print(f"{'scenario':42s} {'frames':>6s} {'median':>8s} {'p95':>8s} {'worst':>8s}")
        for name, times in scenarios.items():
            ordered = sorted(times)
            p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
            median = statistics.median(times)
            worst_median = max(worst_median, median)
            print(f"{name:42s} {len(times):6d} {median:7.1f}ms {p95:7.1f}ms {max(times):7.1f}ms")
        all_times = [t for times in scenarios.values() for t in times]
        over = sum(t > BUDGET_MS for t in all_times)
        print(
            f"all frames: median {statistics.median(all_times):.1f} ms, "
            f"{over} of {len(all_times)} over {BUDGET_MS:.0f} ms"
        )
        window.close()
        session.store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
