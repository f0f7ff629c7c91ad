"""From series and observations to what is drawn: one panel per unit, each number placed.

Series of different units go to different panels (each with its own labelled y axis), so two
units never share an axis. In relative-change mode every series becomes "% change from year"
and they share one panel, which is then honest.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from explorer.core.chart_math import axis_groups, bar_slot, log_safe, relative_change
from explorer.store.series_data import Observation, SeriesInfo
from explorer.ui.i18n import format_count, plural


def _tr(text: str) -> str:
    return QCoreApplication.translate("Chart", text)


@dataclass
class Drawn:
    """One observation as drawn: its x extent, plotted value (None if no value) and base."""

    obs: Observation
    series: SeriesInfo
    color: int
    x0: float
    x1: float
    y: float | None
    plotted: float | None  # the value in the panel's unit, before any log transform
    base: float = 0.0
    # A period total/average over years the series also gives one by one: drawn as a bracket
    # on the baseline, since a 12-year total as a bar would dwarf the annual values.
    aggregate: bool = False

    @property
    def mid(self) -> float:
        return (self.x0 + self.x1) / 2


@dataclass
class Panel:
    label: str
    unit_label: str
    series: list[SeriesInfo] = field(default_factory=list)
    drawn: list[Drawn] = field(default_factory=list)


def build_panels(
    series: list[SeriesInfo],
    observations: dict[str, list[Observation]],
    bars: bool,
    log: bool,
    relative_from: int | None,
) -> tuple[list[Panel], list[str]]:
    """Panels to draw and messages for the user (what could not be shown, and why)."""
    messages: list[str] = []
    colors = {info.id: i for i, info in enumerate(series)}
    if relative_from is not None:
        unit = _tr("% change from {year}").format(year=relative_from)
        panel = Panel(unit, unit)
        for info in series:
            obs = observations.get(info.id, [])
            spans = [(o.start, o.end, o.value) for o in obs]
            changes = relative_change(spans, float(relative_from))
            if changes is None:
                messages.append(
                    _tr(
                        "“{title}” has no value for {year}, so no change from it can be shown."
                    ).format(title=info.title, year=relative_from)
                )
                continue
            panel.series.append(info)
            panel.drawn.extend(
                _placed(o, info, colors[info.id], v) for o, v in zip(obs, changes, strict=True)
            )
        panels = [panel] if panel.series else []
    else:
        panels = []
        by_id = {info.id: info for info in series}
        for group in axis_groups(series):
            panel = Panel(group.unit_label, group.unit_label)
            for sid in group.series_ids:
                info = by_id[sid]
                factor = group.factors[sid]
                panel.series.append(info)
                panel.drawn.extend(
                    _placed(o, info, colors[sid], None if o.value is None else o.value * factor)
                    for o in observations.get(sid, [])
                )
            panels.append(panel)
        for info in series:
            if not any(o.value is not None for o in observations.get(info.id, [])):
                # Said, rather than an empty axis (0–0.8 alone) that reads like zeros.
                messages.append(
                    _tr(
                        "“{title}” has no values: the source prints none for it "
                        "(its years are marked ×)."
                    ).format(title=info.title)
                )
    for panel in panels:
        _mark_aggregates(panel)
        _slot_bars(panel, bars)
        if log:
            _to_log(panel, messages)
    return panels, messages


def _placed(obs: Observation, info: SeriesInfo, color: int, value: float | None) -> Drawn:
    return Drawn(obs, info, color, obs.start, obs.end, value, value)


def _mark_aggregates(panel: Panel) -> None:
    singles: dict[str, list[float]] = {}
    for d in panel.drawn:
        if not d.obs.is_span and d.y is not None:
            singles.setdefault(d.series.id, []).append(d.obs.start)
    for d in panel.drawn:
        if d.obs.is_span:
            starts = singles.get(d.series.id, [])
            d.aggregate = any(d.obs.start <= s < d.obs.end for s in starts)


def _slot_bars(panel: Panel, bars: bool) -> None:
    """Side-by-side bars within each year; period values keep their whole span."""
    if not bars:
        return
    order = {info.id: i for i, info in enumerate(panel.series)}
    n = len(panel.series)
    for d in panel.drawn:
        if not d.obs.is_span:
            d.x0, d.x1 = bar_slot(d.obs.start, d.obs.end, order[d.series.id], n)


def _to_log(panel: Panel, messages: list[str]) -> None:
    logs, dropped = log_safe([d.y for d in panel.drawn])
    for d, value in zip(panel.drawn, logs, strict=True):
        d.y = value
    finite = [v for v in logs if v is not None]
    floor = (min(finite) - 0.3) if finite else 0.0
    for d in panel.drawn:
        d.base = floor
    if dropped:
        messages.append(
            plural(
                dropped,
                _tr("{n} value of zero or less cannot be drawn on a log scale ({unit})."),
                _tr("{n} values of zero or less cannot be drawn on a log scale ({unit})."),
            ).format(n=format_count(dropped), unit=panel.unit_label)
        )
    panel.label = _tr("{unit}, log scale").format(unit=panel.unit_label)
