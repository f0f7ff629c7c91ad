"""A value axis whose tick labels are written the interface language's way.

pyqtgraph writes "40000" whatever the language; a reader expects "40,000" in English and
"40.000" in Spanish (see explorer.ui.i18n). Used by the chart and the compare pane's charts.
"""

from __future__ import annotations

import math

import pyqtgraph as pg

from explorer.ui.i18n import format_number

_LOG_LABEL_RANGE = (1e-4, 1e15)  # beyond this a log axis keeps pyqtgraph's 10ⁿ labels


def tick_label(value: float, spacing: float) -> str:
    """One tick of a linear axis: as many decimals as the tick spacing needs, no more."""
    places = max(0, math.ceil(-math.log10(spacing))) if spacing > 0 else 0
    if abs(value) < 0.5 * 10**-places:
        value = 0.0  # no "-0" from rounding
    return format_number(value, places)


def log_tick_label(exponent: float) -> str:
    """One tick of a log10 axis, as the number it stands for (3 significant digits)."""
    value = float(f"{10**exponent:.3g}")
    if value >= 1:
        return format_number(value, 0 if value.is_integer() else 1)
    places = max(0, -math.floor(math.log10(value)) + 2)
    return format_number(value, places).rstrip("0").rstrip(",.") or "0"


class ValueAxis(pg.AxisItem):
    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph API
        if self.logMode:
            lo, hi = _LOG_LABEL_RANGE
            if not all(lo <= 10 ** (v * scale) < hi for v in values):
                return super().tickStrings(values, scale, spacing)
            return [log_tick_label(v * scale) for v in values]
        return [tick_label(v * scale, spacing * scale) for v in values]
