"""A ViewBox that settles a range change at once instead of in the next paint.

pyqtgraph defers two things from a range change to just before the next paint: the transform
that maps data to pixels, and the auto-range of the other axis (the chart's value axis follows
the bars in view). Done inside the paint, they change items the paint has already drawn, and
Qt paints the whole view a second time, identically: every pan or zoom step of the timeline
and the chart cost two paints. Settled when the range is set, the changes are made before the
paint, which then finds nothing left to do.
"""

from __future__ import annotations

import pyqtgraph as pg


class SettledViewBox(pg.ViewBox):
    def setRange(self, *args, **kwargs) -> None:  # noqa: N802 - pyqtgraph API
        super().setRange(*args, **kwargs)
        # Inside an auto-range pass this is its own nested call: the pass settles itself.
        if not self._updatingRange:
            self.prepareForPaint()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        # A new size (the lane names' column widened, the footer took a second line) moves the
        # transform too: settled now, not in the paint, which would then paint twice.
        super().resizeEvent(event)
        if not self._updatingRange:
            self.prepareForPaint()
