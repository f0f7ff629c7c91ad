"""What the timeline shows: episodes, periods, lane mode, filter and hidden lanes, as arrays.

The episodes are the store's packed columns (store.timeline: numpy arrays in rowid order,
shared with the chart); a filter is one bool per episode in that order, so a query's result
applies as it is. Lane entries are sorted once per lane mode (core.lod.LaneEntries, cached on
the columns: both modes are prepared with the columns, off the UI thread); a new filter then
costs gathers and running sums, a few milliseconds at a million episodes.
"""

from __future__ import annotations

import numpy as np

from explorer.core.lod import LaneIndex, lane_entries_for
from explorer.store.timeline import EpisodeColumns, PeriodRow


class TimelineModel:
    def __init__(self, columns: EpisodeColumns, periods: list[PeriodRow]) -> None:
        self.columns = columns
        self.periods = periods
        n = len(columns)
        self.start_lo = columns.start_lo
        self.start_hi = columns.start_hi
        self.end_lo = columns.end_lo
        self.end_hi = columns.end_hi
        self.exact = columns.exact
        self.uncertain = columns.uncertain
        self.disputed = columns.disputed
        self.is_point = columns.is_point
        self.keep = np.ones(n, dtype=bool)
        self.mode = "kind"
        self.hidden: set[str] = set()
        self.noted: set[int] = set()
        self.version = 0
        self.index = self._build_index()

    def _build_index(self) -> LaneIndex:
        return self.index_for(self.keep, self.mode)

    def index_for(self, keep: np.ndarray, mode: str) -> LaneIndex:
        """The lanes for `keep` in `mode`, without changing the model (safe on a thread: it
        only reads the shared, read-only columns)."""
        entries = lane_entries_for(self.columns, mode)
        return LaneIndex((), (), self.start_lo, self.end_hi, mode, keep, entries)

    def apply(self, keep: np.ndarray, index: LaneIndex) -> bool:
        """Take a filter and the lanes index_for made for it; False if nothing changed."""
        if np.array_equal(keep, self.keep):
            return False
        self.keep = keep
        if index.mode == self.mode:
            self.index = index
            self.version += 1
        else:  # the lane mode changed meanwhile
            self.rebuild()
        return True

    def rebuild(self) -> None:
        self.index = self._build_index()
        self.version += 1

    def set_mode(self, mode: str) -> None:
        if mode != self.mode:
            self.mode = mode
            self.hidden = set()
            self.rebuild()

    def set_matching(self, ids: set[str] | None) -> None:
        self.set_keep(self.columns.keep_of(ids))

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
        return int(np.count_nonzero(self.keep))

    def bounds_of(self, i: int) -> tuple[float, float]:
        return float(self.start_lo[i]), float(self.end_hi[i])

    def fit_bounds(self) -> tuple[list[float], list[float]]:
        """Starts and ends of what is shown (episodes kept by the filter, in shown lanes)."""
        extents = [self.index.extent(key) for key in self.shown_lanes]
        found = [extent for extent in extents if extent is not None]
        if not found:
            return [], []
        # Only the extremes matter to a fit: two numbers, not a million-entry list, each
        # found by binary search in the lanes' running counts.
        return [min(lo for lo, _ in found)], [max(hi for _, hi in found)]
