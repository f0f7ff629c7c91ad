"""Pan/zoom frame times of the timeline and the chart, and the stall of applying a filter.

Opens the timeline and chart panes at 1366×768 (offscreen) on a store, waits until both are
drawn with every episode, then times frames while zooming (wheel-like steps about 1996.9, the
whole 1849–2015 span down to weeks) and panning (drags of 5 % of the view at 166, 30, 5 and 1
years visible). A frame is the range change plus a synchronous repaint (what a user waits for);
the budget is 33 ms p95. Then it applies filters as the worker delivers them (a broad word, a
rare one, none) and reports the longest event-loop stall (budget 50 ms). Prints the time until
each pane was drawn, CPU time, peak memory and the load average too.

    PYTHONPATH=src python3 benchmarks/timeline_frames.py --store /tmp/s1m.db
    PYTHONPATH=src python3 benchmarks/timeline_frames.py --episodes 100000   # makes a store
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from pane_meters import (  # noqa: E402
    STALL_BUDGET_MS,
    StallMeter,
    chart_frames,
    frame_table,
    machine_note,
    pump,
    timeline_frames,
    wait_until,
)


def measure(path: Path, size: str) -> None:
    from PySide6.QtWidgets import QApplication
    from tests.timeline.harness import PanesWindow, make_session

    from explorer.store.filters import Filters
    from explorer.ui.worker import episode_queries

    app = QApplication.instance() or QApplication([])
    session = make_session(path)
    n = session.store.execute("SELECT COUNT(*) FROM episodes").fetchone()[0]
    started = time.perf_counter()
    stalls = StallMeter().start()
    window = PanesWindow(session)
    width, height = (int(v) for v in size.split("x"))
    window.resize(width, height)
    window.show()
    app.processEvents()
    timeline, chart = window.timeline, window.chart
    drawn = {}
    wait_until(app, lambda: len(timeline.model.columns) == n)
    timeline.plot.viewport().repaint()
    drawn["timeline"] = time.perf_counter() - started
    wait_until(app, lambda: chart.marks is not None or not chart.figure.plots)
    chart.figure.viewport().repaint()
    drawn["chart"] = time.perf_counter() - started
    startup = stalls.stop()
    print(f"store: {path} ({n:,} episodes); window {width}×{height}")
    print(
        f"timeline drawn {drawn['timeline']:.2f} s, chart drawn {drawn['chart']:.2f} s after the"
        f" panes were created; longest stall meanwhile {startup:.0f} ms"
    )
    pump(app, 0.2)
    panning = StallMeter().start()
    print(frame_table("timeline", timeline_frames(app, timeline)))
    print(frame_table("chart (series + episode strip)", chart_frames(app, chart)))
    stalled = panning.stop()
    print(
        f"longest stall while panning and zooming: {stalled:.0f} ms wall, longest slice"
        f" {panning.longest_cpu():.1f} ms of UI-thread CPU"
    )

    # Filters answered by the worker: each answer is applied by both panes on the UI thread
    # (the mask onto their rows, the lanes, the repaint) — that is what must stay under 50 ms.
    queries = episode_queries(session)
    timeline.fit_all()
    pump(app, 0.2)
    for text in ("japan", "hostage", ""):
        meter = StallMeter().start()
        session.state.set_filters(Filters(text=text), origin="benchmark")
        wait_until(app, lambda: not queries.pending)
        if queries.is_async:  # the panes apply the worker's answer off the UI thread
            expected = len(queries.result.order)
            wait_until(app, lambda e=expected: timeline.model.n_shown == e, limit=30)
        pump(app, 0.05)  # the last stage applied and painted under the meter
        stalled = meter.stop()
        print(
            f"filter {text or '(none)'!r}: {timeline.model.n_shown:,} shown; from setting it to"
            f" both panes redrawn the event loop stalled at most {stalled:.0f} ms wall"
            f" (budget {STALL_BUDGET_MS:.0f} ms); longest slice {meter.longest_cpu():.1f} ms"
            " of UI-thread CPU"
        )
    print(machine_note())
    queries.close()
    window.close()
    session.store.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, help="a store to open (else one is generated)")
    parser.add_argument("--episodes", type=int, default=100_000, help="size of a generated one")
    parser.add_argument("--size", default="1366x768")
    args = parser.parse_args()
    if args.store:
        measure(args.store, args.size)
        return 0
    from explorer.build.synthetic import make_store

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "large.db"
        t0 = time.perf_counter()
        make_store(path, args.episodes)
        print(f"generated {args.episodes:,} episodes in {time.perf_counter() - t0:.1f} s")
        measure(path, args.size)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
