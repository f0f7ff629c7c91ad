"""Meters shared by the pane benchmarks (scale.py --window, timeline_frames.py, panes_startup.py):
an event-loop stall meter, pan/zoom frame times of the timeline and the chart, and a summary.

A frame is the range change plus the event loop until the plot's viewport has painted: what the
user waits for between two steps of a drag or a wheel. Every figure is printed with the CPU time
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
    """The longest gap between ticks of a 5 ms QTimer: how long the event loop was blocked.
    Each gap's UI-thread CPU time is kept too (`time.thread_time`): a slice of work that the
    load stretched in wall time still shows its own cost there."""

    def __init__(self, interval_ms: int = 5) -> None:
        from PySide6.QtCore import QTimer

        self.gaps: list[float] = []
        # The UI thread's own CPU time within each gap (time.thread_time): the part of a stall
        # that is our work, not other processes holding a shared machine's cores.
        self.cpu_gaps: list[float] = []
        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        self.last, self.last_cpu = time.perf_counter(), time.thread_time()

    def start(self) -> StallMeter:
        self.gaps, self.cpu_gaps = [], []
        self.last, self.last_cpu = time.perf_counter(), time.thread_time()
        self.timer.start()
        return self

    def _tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        self.gaps.append((now - self.last) * 1000)
        self.cpu_gaps.append((cpu - self.last_cpu) * 1000)
        self.last, self.last_cpu = now, cpu

    def stop(self) -> float:
        """The longest stall in ms since start (including the time since the last tick)."""
        self.timer.stop()
        self._tick()
        return max(self.gaps, default=0.0)

    def longest_cpu(self) -> float:
        """The most UI-thread CPU time (ms) spent between two ticks: the longest slice of work."""
        return max(self.cpu_gaps, default=0.0)


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


class PaintCounter:
    """Counts the paint events a viewport receives (an event filter)."""

    def __init__(self, viewport) -> None:
        from PySide6.QtCore import QEvent, QObject

        paint = QEvent.Type.Paint

        class _Filter(QObject):
            def eventFilter(inner, _watched, event) -> bool:  # noqa: N802, N805 - Qt API
                if event.type() == paint:
                    self.paints += 1
                return False

        self.paints = 0
        self._filter = _Filter()
        self.viewport = viewport
        viewport.installEventFilter(self._filter)

    def close(self) -> None:
        self.viewport.removeEventFilter(self._filter)


def _frame(app, counter: PaintCounter, change) -> tuple[float, float]:
    """(wall ms, UI-thread CPU ms) of one frame: the range change, then the event loop until the
    viewport has painted, as after a mouse move or a wheel step (the paint Qt schedules). The
    CPU time is what the frame costs whatever else the machine is doing; the wall time is what
    a user waits for on this machine now. Events left after the paint (a second paint, say)
    are handled before the next frame, outside the timing, and counted by `counter`."""
    app.processEvents()
    started, cpu = time.perf_counter(), time.thread_time()
    before = counter.paints
    change()
    # A step the limits refuse (the view already at an end) paints nothing by itself; the
    # frame is still one paint. Merged with the update the change scheduled, not added to it.
    counter.viewport.update()
    deadline = started + 5.0
    while counter.paints == before and time.perf_counter() < deadline:
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


def _run_frames(app, viewport, move) -> Frames:
    counter = PaintCounter(viewport)
    frames: Frames = {}
    for name, ranges in view_steps().items():
        frames[name] = [_frame(app, counter, lambda r=r: move(*r)) for r in ranges]
    app.processEvents()
    frames_made = sum(len(times) for times in frames.values())
    PAINTS_PER_FRAME[id(frames)] = counter.paints / max(frames_made, 1)
    counter.close()
    return frames


# Paints per frame of each Frames measured (id of the dict -> paints/frame): 1.0 when a range
# change costs one paint; pyqtgraph left to itself paints twice (see ui/plotting/view_box.py).
PAINTS_PER_FRAME: dict[int, float] = {}


def timeline_frames(app, pane) -> Frames:
    plot = pane.plot
    return _run_frames(app, plot.viewport(), plot.set_x_range)


def chart_frames(app, pane) -> Frames:
    figure = pane.figure
    if not figure.plots:
        return {}
    first = figure.plots[0]

    def move(lo: float, hi: float) -> None:
        first.setXRange(lo, hi, padding=0)

    return _run_frames(app, figure.viewport(), move)


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
        paints = PAINTS_PER_FRAME.get(id(frames))
        per_frame = f"; {paints:.2f} paints per frame" if paints is not None else ""
        lines.append(
            f"  ({int(summary['over budget'])} frames over {FRAME_BUDGET_MS:.0f} ms{per_frame})"
        )
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
