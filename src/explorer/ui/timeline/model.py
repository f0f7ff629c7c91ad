"""What the timeline shows: episodes, periods, lane mode, filter and hidden lanes, as arrays."""

from __future__ import annotations

import numpy as np

from explorer.core.lod import LaneIndex, lane_codes
from explorer.store.timeline import EpisodeColumns, PeriodRow

EXACT_PRECISIONS = frozenset({"day"})


class TimelineModel:
    def __init__(self, columns: EpisodeColumns, periods: list[PeriodRow]) -> None:
        self.columns = columns
        self.periods = periods
        n = len(columns)
        self.start_lo = np.asarray(columns.start_lo, dtype=np.float64)
        self.start_hi = np.asarray(columns.start_hi, dtype=np.float64)
        self.end_lo = np.asarray(columns.end_lo, dtype=np.float64)
        self.end_hi = np.asarray(columns.end_hi, dtype=np.float64)
        self.exact = np.fromiter((p in EXACT_PRECISIONS for p in columns.precisions), bool, n)
        self.uncertain = np.asarray(columns.uncertain, dtype=bool)
        self.disputed = np.asarray(columns.disputed, dtype=bool)
        self.is_point = np.asarray(columns.is_point, dtype=bool)
        self.keep = np.ones(n, dtype=bool)
        self.mode = "kind"
        self.hidden: set[str] = set()
        self.noted: set[int] = set()
        self.version = 0
        self.index = self._build_index()

    def _build_index(self) -> LaneIndex:
        c = self.columns
        cache = self.__dict__.setdefault("_lane_codes", {})
        if self.mode not in cache:
            cache[self.mode] = lane_codes(c.kinds, c.partners, self.mode)
        return LaneIndex(
            c.kinds, c.partners, self.start_lo, self.end_hi, self.mode, self.keep,
            entries=cache[self.mode],
        )  # fmt: skip

    def rebuild(self) -> None:
        self.index = self._build_index()
        self.version += 1

    def set_mode(self, mode: str) -> None:
        if mode != self.mode:
            self.mode = mode
            self.hidden = set()
            self.rebuild()

    def set_matching(self, ids: set[str] | None) -> None:
        if ids is None:
            keep = np.ones(len(self.columns), dtype=bool)
        else:
            keep = np.fromiter((eid in ids for eid in self.columns.ids), bool, len(self.columns))
        if not np.array_equal(keep, self.keep):
            self.keep = keep
            self.rebuild()

    def set_keep(self, keep: np.ndarray) -> None:
        """Keep the rows where `keep` (one bool per row, in this model's order) is true."""
        if not np.array_equal(keep, self.keep):
            self.keep = keep
            self.rebuild()

    def set_hidden(self, hidden: set[str]) -> None:
        if hidden != self.hidden:
            self.hidden = set(hidden)
            self.version += 1

    def set_noted(self, episode_ids: set[str]) -> None:
        index = self.columns.index_of
        self.noted = {i for i in (index(eid) for eid in episode_ids) if i is not None}
        self.version += 1

    @property
    def shown_lanes(self) -> list[str]:
        return [key for key in self.index.keys if key not in self.hidden]

    @property
    def n_shown(self) -> int:
        return int(self.keep.sum())

    def bounds_of(self, i: int) -> tuple[float, float]:
        return float(self.start_lo[i]), float(self.end_hi[i])

    def fit_bounds(self) -> tuple[list[float], list[float]]:
        """Starts and ends of what is shown (episodes kept by the filter, in shown lanes)."""
        if not len(self.columns):
            return [], []
        mask = self.keep.copy()
        if self.hidden:
            shown = set(self.shown_lanes)
            for key in self.index.keys:
                if key not in shown:
                    mask[self.index.lanes[key]["episode"]] = False
            for key in shown:
                mask[self.index.lanes[key]["episode"]] |= self.keep[
                    self.index.lanes[key]["episode"]
                ]
        if not mask.any():
            return [], []
        # Only the extremes matter to a fit: two numbers, not a million-entry list.
        return [float(self.start_lo[mask].min())], [float(self.end_hi[mask].max())]
