"""The one selection/filter state of the window. Panes observe it; no pane calls another.

Every pane reads `filters` to decide what to show and calls `select(...)` when the user picks
something; every other pane hears `selection_changed` and follows. `origin` names the pane
that made a change so it can skip re-scrolling to what the user just clicked.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from explorer.core.signals import Signal
from explorer.store.filters import Filters

__all__ = ["AppState", "Filters", "Selection", "SELECTION_KINDS"]

SELECTION_KINDS = ("episode", "observation", "series", "passage", "period", "actor", "source")


@dataclass(frozen=True)
class Selection:
    kind: str
    id: str

    def __post_init__(self) -> None:
        if self.kind not in SELECTION_KINDS:
            raise ValueError(f"unknown selection kind {self.kind!r}")


@dataclass
class AppState:
    """Shared view state. Setters emit only when the value really changes."""

    filters: Filters = field(default_factory=Filters)
    selection: Selection | None = None
    chart_series: tuple[str, ...] = ()
    compare_episodes: tuple[str, ...] = ()
    # Visible timeline range in decimal years, None until the timeline has been shown.
    time_range: tuple[float, float] | None = None

    def __post_init__(self) -> None:
        self.filters_changed = Signal()  # (filters, origin)
        self.selection_changed = Signal()  # (selection | None, origin)
        self.chart_series_changed = Signal()  # (series ids, origin)
        self.compare_changed = Signal()  # (episode ids, origin)
        self.time_range_changed = Signal()  # ((lo, hi), origin)

    def set_filters(self, filters: Filters, origin: str = "") -> None:
        if filters != self.filters:
            self.filters = filters
            self.filters_changed.emit(filters, origin)

    def update_filters(self, origin: str = "", **changes) -> None:
        self.set_filters(self.filters.with_changes(**changes), origin)

    def clear_filters(self, origin: str = "") -> None:
        self.set_filters(Filters(), origin)

    def select(self, kind: str | None, item_id: str | None = None, origin: str = "") -> None:
        selection = Selection(kind, str(item_id)) if kind and item_id is not None else None
        if selection != self.selection:
            self.selection = selection
            self.selection_changed.emit(selection, origin)

    @property
    def selected_episode(self) -> str | None:
        if self.selection and self.selection.kind == "episode":
            return self.selection.id
        return None

    def set_chart_series(self, series_ids, origin: str = "") -> None:
        series_ids = tuple(dict.fromkeys(series_ids))
        if series_ids != self.chart_series:
            self.chart_series = series_ids
            self.chart_series_changed.emit(series_ids, origin)

    def set_compare_episodes(self, episode_ids, origin: str = "") -> None:
        episode_ids = tuple(dict.fromkeys(episode_ids))[:4]
        if episode_ids != self.compare_episodes:
            self.compare_episodes = episode_ids
            self.compare_changed.emit(episode_ids, origin)

    def set_time_range(self, lo: float, hi: float, origin: str = "") -> None:
        new = (float(min(lo, hi)), float(max(lo, hi)))
        if new != self.time_range:
            self.time_range = new
            self.time_range_changed.emit(new, origin)
