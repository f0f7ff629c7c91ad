"""The chart's episode strip for any number of episodes: which pixel columns a band covers and
which 3-pixel columns carry a point marker, from sorted bounds instead of every episode.

The strip draws an episode as a band when it is at least 3 pixels wide at the current zoom and
as a point marker otherwise; both are aggregated per pixel column (ui.chart.episode_marks). At
a million episodes, computing that per episode costs 25–50 ms a frame. Here episodes are grouped
once per store by duration (classes doubling in length), each class sorted by start, end and
mid-point; at a given zoom every class is wholly "band" or wholly "marker" except the one class
around the 3-pixel threshold, which is computed episode by episode as before. The other classes
answer with binary searches per pixel column. A filter is applied as running counts of kept
episodes in each order (a few gathers at a million), like the timeline's lanes (core.lod).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

import numpy as np

_BUILDING = threading.Lock()
# Episodes; below, the strip is computed episode by episode. Measured per paint (CPU): 0.9 ms
# episode by episode vs 1.2 ms by classes at 100k, 8.3 ms vs 1.5 ms at 1M.
STRIP_INDEX_FROM = 150_000
BAND_PX = 3.0  # an episode this wide or wider is a band; narrower, a marker
MARKER_COLUMN_PX = 3.0
SHORTEST = 1e-3  # years; class 0 holds shorter episodes, class k durations < SHORTEST * 2**k
N_CLASSES = 24


@dataclass
class StripClasses:
    """Every episode by duration class; within each class, three sorted orders."""

    offsets: np.ndarray  # class k spans entries offsets[k]:offsets[k + 1] in every order
    lo: np.ndarray  # by (class, start): starts
    hi: np.ndarray  # … and ends of those
    episode: np.ndarray  # … and their episode index
    hi_sorted: np.ndarray  # by (class, end)
    hi_episode: np.ndarray
    mid_sorted: np.ndarray  # by (class, mid-point)
    mid_episode: np.ndarray
    max_span: np.ndarray  # per class, its longest episode (years)

    @classmethod
    def build(cls, lo: np.ndarray, hi: np.ndarray) -> StripClasses:
        lo = np.asarray(lo, dtype=np.float64)
        hi = np.maximum(np.asarray(hi, dtype=np.float64), lo)
        span = hi - lo
        with np.errstate(divide="ignore"):
            klass = np.floor(np.log2(np.maximum(span, 1e-300) / SHORTEST)) + 1
        klass = np.clip(klass, 0, N_CLASSES - 1).astype(np.int64)
        klass[span < SHORTEST] = 0
        counts = np.bincount(klass, minlength=N_CLASSES)
        offsets = np.concatenate(([0], np.cumsum(counts))).astype(np.int64)
        # Grouped by class with a radix sort, then each class sorted on its own: the same
        # orders as lexsort((values, class)), in a third of the time at a million.
        grouped = np.argsort(klass.astype(np.int16), kind="stable")
        spans_of = list(zip(offsets[:-1].tolist(), offsets[1:].tolist(), strict=True))

        def within(values: np.ndarray) -> np.ndarray:
            keyed = values[grouped]
            parts = [grouped[a:b][np.argsort(keyed[a:b], kind="stable")] for a, b in spans_of]
            return np.concatenate(parts).astype(np.int32)

        mid = (lo + hi) / 2
        by_start, by_end, by_mid = within(lo), within(hi), within(mid)
        spans = span[by_start]
        max_span = np.zeros(N_CLASSES)
        present = counts > 0
        if len(spans):
            max_span[present] = np.maximum.reduceat(spans, offsets[:-1][present])
        return cls(offsets, lo[by_start], hi[by_start], by_start, hi[by_end], by_end,
                   mid[by_mid], by_mid, max_span)  # fmt: skip


def strip_classes_for(columns) -> StripClasses:
    """The classes of a store's episodes (store.timeline.EpisodeColumns), built once, kept."""
    cached = columns.cache.get(("strip",))
    if isinstance(cached, StripClasses):
        return cached  # built: nothing to wait for
    with _BUILDING:  # the loading thread and the chart may ask at once: build once
        cached = columns.cache.get(("strip",))
        if isinstance(cached, StripClasses):
            return cached
        classes = StripClasses.build(columns.start_lo, columns.end_hi)
        columns.cache[("strip",)] = classes
        return classes


def covered_columns(x0s: np.ndarray, x1s: np.ndarray, left: int, width: int) -> np.ndarray:
    """Which of `width` pixel columns from `left` the bands [x0, x1) cover (one bool each):
    a difference array, so the cost is one pass over the bands whatever their lengths."""
    if not len(x0s):
        return np.zeros(width, dtype=bool)
    starts = np.clip(np.floor(x0s).astype(np.int64) - left, 0, width)
    ends = np.clip(np.ceil(x1s).astype(np.int64) - left, 0, width)
    steps = np.bincount(starts, minlength=width + 1)[: width + 1]
    steps = steps - np.bincount(ends, minlength=width + 1)[: width + 1]
    return np.cumsum(steps)[:width] > 0


def class_bounds(k: int) -> tuple[float, float]:
    """Durations (years) of class k: [low, high)."""
    low = 0.0 if k == 0 else SHORTEST * 2.0 ** (k - 1)
    high = np.inf if k == N_CLASSES - 1 else SHORTEST * 2.0**k
    return low, high


class StripIndex:
    """The classes with a filter applied (one bool per episode; None keeps every episode)."""

    def __init__(self, classes: StripClasses, keep: np.ndarray | None = None) -> None:
        self.classes = classes
        c = classes
        if keep is None or bool(keep.all()):
            self.kept = None
            self._cum: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None
        else:
            self.kept = keep[c.episode]
            self._cum = (_running(self.kept), _running(keep[c.hi_episode]),
                         _running(keep[c.mid_episode]))  # fmt: skip

    def _count(self, order: int, a: int, positions: np.ndarray) -> np.ndarray:
        """Kept entries among the first `positions` (absolute) of a class starting at a."""
        if self._cum is None:
            return positions - a
        cum = self._cum[order]
        return cum[positions] - cum[a]

    def columns(
        self, view_lo: float, view_hi: float, area_left: float, area_width: float
    ) -> tuple[np.ndarray, np.ndarray]:
        """(covered, marker columns) as ui.chart.episode_marks draws them: `covered[p]` for
        pixel p of the int(area_left)-based columns (int(area_width) + 2 of them), and the
        3-pixel column numbers c (marker at x = 3c) that hold a point-like episode."""
        c = self.classes
        ppu = area_width / max(view_hi - view_lo, 1e-12)
        left, width = int(area_left), max(int(area_width) + 2, 1)
        threshold = BAND_PX / ppu
        # Pixel p spans [left + p, left + p + 1): its bounds in years.
        px_years = view_lo + (left + np.arange(width + 1) - area_left) / ppu
        counts = np.zeros(width, dtype=np.int64)
        # Marker column c holds mid-points within 1.5 px of x = 3c; a point-like episode in
        # view has its mid-point within 1.5 px of the plot, so only those columns count.
        half = MARKER_COLUMN_PX / 2
        low_px, high_px = area_left - half, area_left + area_width + half
        first_col = int(np.floor(low_px / MARKER_COLUMN_PX))
        last_col = int(np.ceil(high_px / MARKER_COLUMN_PX))
        marker_cols = np.arange(first_col, last_col + 1)
        edges_px = np.clip(
            np.append(marker_cols * MARKER_COLUMN_PX - half, last_col * MARKER_COLUMN_PX + half),
            low_px,
            high_px,
        )
        col_years = view_lo + (edges_px - area_left) / ppu
        markers = np.zeros(len(marker_cols), dtype=np.int64)
        extra_cover, extra_marks = [], []
        for k in range(N_CLASSES):
            a, b = int(c.offsets[k]), int(c.offsets[k + 1])
            if a == b:
                continue
            low, high = class_bounds(k)
            if low >= threshold:  # every episode of the class is a band at this zoom
                starts = a + np.searchsorted(c.lo[a:b], px_years[1:], side="left")
                ended = a + np.searchsorted(c.hi_sorted[a:b], px_years[:-1], side="right")
                counts += self._count(0, a, starts) - self._count(1, a, ended)
            elif high <= threshold:  # every one a marker
                at = a + np.searchsorted(c.mid_sorted[a:b], col_years, side="left")
                markers += np.diff(self._count(2, a, at))
            else:  # around the threshold: episode by episode, as the small-store path does
                covered, marks = self._exact(a, b, k, view_lo, view_hi, area_left, ppu, left,
                                             width)  # fmt: skip
                extra_cover.append(covered)
                extra_marks.append(marks)
        covered = counts > 0
        for more in extra_cover:
            covered |= more
        columns = marker_cols[markers > 0]
        if extra_marks:
            columns = np.union1d(columns, np.concatenate(extra_marks))
        return covered, columns

    def _exact(self, a, b, k, view_lo, view_hi, area_left, ppu, left, width):
        c = self.classes
        begin = a + int(np.searchsorted(c.lo[a:b], view_lo - c.max_span[k], side="left"))
        end = a + int(np.searchsorted(c.lo[a:b], view_hi, side="right"))
        visible = c.hi[begin:end] >= view_lo
        if self.kept is not None:
            visible &= self.kept[begin:end]
        lo, hi = c.lo[begin:end][visible], c.hi[begin:end][visible]
        x0s = area_left + (lo - view_lo) * ppu
        x1s = area_left + (hi - view_lo) * ppu
        wide = (x1s - x0s) >= BAND_PX
        covered = covered_columns(x0s[wide], x1s[wide], left, width)
        marks = np.rint((x0s[~wide] + x1s[~wide]) / 2 / MARKER_COLUMN_PX).astype(np.int64)
        return covered, np.unique(marks)


def _running(kept: np.ndarray) -> np.ndarray:
    out = np.zeros(len(kept) + 1, dtype=np.int64)
    np.cumsum(kept, out=out[1:])
    return out
