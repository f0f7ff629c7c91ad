"""Qt-free arithmetic of the chart: which series share an axis, relative change, log scale.

Series are grouped by unit so that two units never share an axis silently; within a unit,
values printed at different scales (US$ thousands, US$ millions) are brought to one scale.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field


@dataclass
class AxisGroup:
    """Series drawn against one y axis: one unit, one scale, one label."""

    unit: str
    scale: float
    unit_label: str
    series_ids: list[str] = field(default_factory=list)
    factors: dict[str, float] = field(default_factory=dict)  # printed value x factor = plotted


def axis_groups(series: Sequence) -> list[AxisGroup]:
    """Group series (objects with id, unit, scale, unit_label) by unit, in first-seen order.

    The group's scale is its most common one (ties: the larger), so most values are plotted
    exactly as printed.
    """
    by_unit: dict[str, list] = {}
    for info in series:
        by_unit.setdefault(info.unit, []).append(info)
    groups = []
    for unit, members in by_unit.items():
        scales = [m.scale for m in members]
        scale = max(set(scales), key=lambda s: (scales.count(s), s))
        label = next(m.unit_label for m in members if m.scale == scale)
        group = AxisGroup(unit, scale, label)
        for m in members:
            group.series_ids.append(m.id)
            group.factors[m.id] = m.scale / scale if scale else 1.0
        groups.append(group)
    return groups


def base_value(
    spans: Sequence[tuple[float, float, float | None]], base_year: float
) -> float | None:
    """The value a relative change is measured from: the single year `base_year`, else the
    shortest period that contains it. None if the series has no usable value there."""
    best = None
    for start, end, value in spans:
        if value is None or not start <= base_year < end:
            continue
        if best is None or end - start < best[0]:
            best = (end - start, value)
    if best is None or best[1] == 0:
        return None
    return best[1]


def relative_change(
    spans: Sequence[tuple[float, float, float | None]], base_year: float
) -> list[float | None] | None:
    """Percent change of each value from the base year's value; None if there is no base."""
    base = base_value(spans, base_year)
    if base is None:
        return None
    return [None if v is None else (v / base - 1.0) * 100.0 for _, _, v in spans]


def log_safe(values: Sequence[float | None]) -> tuple[list[float | None], int]:
    """log10 of each value; values <= 0 or missing become None. Returns (logs, how many dropped)."""
    out: list[float | None] = []
    dropped = 0
    for v in values:
        if v is None:
            out.append(None)
        elif v > 0:
            out.append(math.log10(v))
        else:
            out.append(None)
            dropped += 1
    return out, dropped


def bar_slot(
    start: float, end: float, slot: int, n_slots: int, fill: float = 0.8
) -> tuple[float, float]:
    """x extent of series number `slot` of `n_slots` side-by-side bars within [start, end]."""
    width = (end - start) * fill
    left = start + (end - start - width) / 2
    step = width / max(n_slots, 1)
    return left + slot * step, left + (slot + 1) * step


def format_value(value: float) -> str:
    """A number with thousands separators and no spurious decimals."""
    if value == int(value) and abs(value) < 1e15:
        return f"{int(value):,}"
    magnitude = abs(value)
    digits = 1 if magnitude >= 100 else 2 if magnitude >= 1 else 4
    return f"{value:,.{digits}f}"


def period_label(period: str) -> str:
    """An EDTF period as a reader writes it: '1971/1975' -> '1971–1975'."""
    return period.replace("/", "–").replace("~", " (approx.)").replace("?", " (uncertain)")
