"""Meters shared by the pane benchmarks (scale.py --window, timeline_frames.py, panes_startup.py):
an event-loop stall meter, pan/zoom frame times of the timeline and the chart, and a summary.

A frame is the range change plus a synchronous repaint of the plot's viewport: what the user
waits for between two steps of a drag or a wheel. Every figure is printed with the CPU time
and the load average, because the machines these run on are shared.
"""

from __future__ import annotations

import os
import resource
import statistics
import time

from explorer.ui.plotting.raster import paint_on_one_thread

# As the app does (explorer.app.main): Qt reads it at its first large fill, so a meter
# imported before any painting measures the app's own painting.
paint_on_one_thread()

FRAME_BUDGET_MS = 33.0
STALL_BUDGET_MS = 50.0


class StallMeter:
    """The longest gap between ticks of a 5 ms QTimer: how long the event loop was blocked."""

    def __init__(self, interval_ms: int = 5) -> None:
        from PySide6.QtCore import QTimer

        self.gaps: list[float] = []
        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()

    def start(self) -> StallMeter:
        self.gaps = []
        self.last = time.perf_counter()
        self.timer.start()
        return self

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self.last) * 1000)
        self.last = now

    def stop(self) -> float:
        """The longest stall in ms since start (including the time since the last tick)."""
        self.timer.stop()
        self._tick()
        return max(self.gaps, default=0.0)


def pump(app, seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.001)


def wait_until(app, condition, limit: float = 600.0) -> bool:
    end = time.perf_counter() + limit
    while not condition():
        if time.perf_counter() > end:
            return False
        app.processEvents()
        time.sleep(0.002)
    return True


def _frame(app, viewport, change) -> tuple[float, float]:
    """(wall ms, UI-thread CPU ms) of one frame. The CPU time is what the frame costs whatever
    else the machine is doing; the wall time is what a user waits for on this machine now."""
    started, cpu = time.perf_counter(), time.thread_time()
    change()
    viewport.repaint()
    app.processEvents()
    return (time.perf_counter() - started) * 1000, (time.thread_time() - cpu) * 1000


def view_steps(anchor: float = 1996.9) -> dict[str, list[tuple[float, float]]]:
    """Wheel zoom in and out about `anchor` (whole 1849–2015 span down to weeks), and drags of
    5 % of the view per frame at several spans."""
    lo, hi = 1846.0, 2018.0
    zoom_in = []
    for _ in range(40):
        lo, hi = anchor - (anchor - lo) * 0.85, anchor + (hi - anchor) * 0.85
        zoom_in.append((lo, hi))
    steps = {"wheel zoom in": zoom_in, "wheel zoom out": list(reversed(zoom_in))}
    for label, span in (("pan, 166 years", 166.0), ("pan, 30 years", 30.0),
                        ("pan, 5 years", 5.0), ("pan, 1 year", 1.0)):  # fmt: skip
        start = 1850.0 if span > 100 else 1960.0
        step = span * 0.05
        steps[label] = [(start + i * step, start + i * step + span) for i in range(30)]
    return steps


Frames = dict[str, list[tuple[float, float]]]  # scenario -> (wall ms, CPU ms) per frame


def timeline_frames(app, pane) -> Frames:
    plot = pane.plot
    return {
        name: [_frame(app, plot.viewport(), lambda r=r: plot.set_x_range(*r)) for r in ranges]
        for name, ranges in view_steps().items()
    }


def chart_frames(app, pane) -> Frames:
    figure = pane.figure
    if not figure.plots:
        return {}
    first = figure.plots[0]
    viewport = figure.viewport() if hasattr(figure, "viewport") else figure

    def move(lo: float, hi: float) -> None:
        first.setXRange(lo, hi, padding=0)

    return {
        name: [_frame(app, viewport, lambda r=r: move(*r)) for r in ranges]
        for name, ranges in view_steps().items()
    }


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def frame_summary(frames: Frames) -> dict[str, float]:
    walls = [wall for times in frames.values() for wall, _ in times]
    cpus = [cpu for times in frames.values() for _, cpu in times]
    if not walls:
        return {}
    return {
        "p50": statistics.median(walls),
        "p95": p95(walls),
        "worst": max(walls),
        "CPU p50": statistics.median(cpus),
        "CPU p95": p95(cpus),
        "over budget": float(sum(t > FRAME_BUDGET_MS for t in walls)),
        "frames": float(len(walls)),
    }


def frame_table(title: str, frames: Frames) -> str:
    lines = [f"{title} frames (budget p95 ≤ {FRAME_BUDGET_MS:.0f} ms); wall time, then the UI"
             " thread's CPU time",
             f"  {'scenario':20s} {'frames':>6s} {'p50':>8s} {'p95':>8s} {'worst':>8s}"
             f" {'CPU p50':>8s} {'CPU p95':>8s}"]  # fmt: skip
    rows = [(name, times) for name, times in frames.items()]
    rows.append(("all", [t for times in frames.values() for t in times]))
    for name, times in rows:
        if not times:
            continue
        walls, cpus = [w for w, _ in times], [c for _, c in times]
        lines.append(
            f"  {name:20s} {len(times):6d} {statistics.median(walls):6.1f}ms {p95(walls):6.1f}ms"
            f" {max(walls):6.1f}ms {statistics.median(cpus):6.1f}ms {p95(cpus):6.1f}ms"
        )
    summary = frame_summary(frames)
    if summary:
        lines.append(f"  ({int(summary['over budget'])} frames over {FRAME_BUDGET_MS:.0f} ms)")
    return "\n".join(lines)


def machine_note() -> str:
    """CPU time of this process so far, its peak memory and the load average, in one line."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    load = ", ".join(f"{v:.2f}" for v in os.getloadavg())
    return (
        f"process CPU {usage.ru_utime + usage.ru_stime:.1f} s, peak memory (ru_maxrss)"
        f" {usage.ru_maxrss / 1024:.0f} MB, load average {load}"
    )


def peak_memory_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
