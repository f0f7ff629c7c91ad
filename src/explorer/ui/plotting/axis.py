"""A time axis that labels decades, years or months depending on the zoom."""

from __future__ import annotations

import pyqtgraph as pg

from explorer.core.timeline_layout import tick_label, year_ticks


class YearAxis(pg.AxisItem):
    def __init__(self, orientation: str = "bottom", **kwargs) -> None:
        super().__init__(orientation, **kwargs)
        self._style = "year"

    def tickValues(self, minVal, maxVal, size):  # noqa: N802 - pyqtgraph API
        majors, minors, self._style = year_ticks(minVal, maxVal, max(size, 1.0))
        return [(1.0, majors), (0.5, minors)]

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph API
        if spacing != 1.0:
            return ["" for _ in values]
        return [tick_label(v, self._style) for v in values]
