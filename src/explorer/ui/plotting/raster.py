"""Qt's raster painting kept on the painting thread.

Qt 6 hands every fill of 96 or more scanlines (a vertical axis line, a grid line drawn with
transparency, a tall band) to a private thread pool and waits for it. For plot-sized shapes the
hand-off costs more than the fill, and on a busy machine the wait for the pool's threads to be
scheduled is most of a frame: at 100,000 episodes, load 5 on 2 cores, the chart's value axis
took 20 ms a frame in wall time for 4.6 ms of CPU, and 1.8 ms (1.0 ms CPU) with the pool off.
The pixels are the same either way. Qt reads the switch once, at its first such fill, so it is
set before the QApplication exists.
"""

from __future__ import annotations

import os

QT_SWITCH = "QT_NO_GUI_THREADPOOL"
# Set to 1 to keep Qt's pool (to measure the difference: benchmarks/timeline_frames.py).
KEEP_POOL = "RELATIONS_EXPLORER_QT_PAINT_POOL"


def paint_on_one_thread() -> None:
    """Turn Qt's painting thread pool off for this process, unless asked to keep it."""
    if os.environ.get(KEEP_POOL) != "1":
        os.environ.setdefault(QT_SWITCH, "1")
