"""Level of detail for the timeline: what to draw for each lane at the current zoom.

A lane with few visible episodes is drawn episode by episode, packed into rows with their
labels; a lane with more than fits is drawn as a density strip with counts per bucket, so
100,000 episodes cost the same per frame as 1,000. Works in decimal years and pixels; no Qt.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from explorer.core.timeline_layout import lane_entries, lane_order

GLYPH_PX = 9.0  # narrowest an episode is drawn, so a one-day event stays visible and clickable
LABEL_GAP = 4.0
BUCKET_PX = 90.0  # one count label per this many pixels in an aggregated lane
BIN_PX = 3.0  # density strip resolution


@dataclass
class Placed:
    """One episode drawn individually: pixel extent of its glyph, its row, and its label."""

    entry: int  # index into the lane index's entry arrays
    episode: int  # index into the episode columns
    x0: float
    x1: float
    row: int
    label: bool
    label_left: bool = False  # near the right edge the label goes before the glyph


@dataclass
class Bucket:
    """A run of episodes drawn as one count (aggregated, or overflowing the rows)."""

    x0: float
    x1: float
    count: int
    lo: float  # decimal years covered, for zooming into it
    hi: float


@dataclass
class LaneLayout:
    key: str
    visible: int = 0
    placed: list[Placed] = field(default_factory=list)
    overflow: list[Bucket] = field(default_factory=list)
    density_edges: np.ndarray | None = None  # pixel x of bin edges, aggregated lanes only
    density_counts: np.ndarray | None = None  # episodes active in each bin
    buckets: list[Bucket] = field(default_factory=list)

    @property
    def aggregated(self) -> bool:
        return self.density_counts is not None


def lane_codes(
    kinds: Sequence[str], partners: Sequence[Sequence[str]], mode: str
) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """(episode index, lane code, lane names) of every lane entry for `mode`: computed once per
    mode (a Python pass over every episode) and reused for each filter change."""
    indices, keys = lane_entries(kinds, partners, mode)
    names = sorted(set(keys))
    code_of = {name: i for i, name in enumerate(names)}
    codes = np.fromiter((code_of[k] for k in keys), dtype=np.int64, count=len(keys))
    return np.asarray(indices, dtype=np.int64), codes, names


class LaneIndex:
    """Episodes grouped by lane with sorted bounds, rebuilt when the lane mode or filter changes."""

    def __init__(
        self,
        kinds: Sequence[str],
        partners: Sequence[Sequence[str]],
        lo: Sequence[float],
        hi: Sequence[float],
        mode: str,
        keep: np.ndarray | None = None,
        entries: tuple[np.ndarray, np.ndarray, list[str]] | None = None,
    ) -> None:
        if entries is None:
            entries = lane_codes(kinds, partners, mode)
        episode, codes, names = entries
        all_lo = np.asarray(lo, dtype=np.float64)
        all_hi = np.asarray(hi, dtype=np.float64)
        if keep is not None and len(episode):
            mask = keep[episode]
            episode, codes = episode[mask], codes[mask]
        self.mode = mode
        present = np.flatnonzero(np.bincount(codes, minlength=len(names)))
        self.keys: list[str] = lane_order([names[c] for c in present.tolist()], mode)
        self.lanes: dict[str, dict[str, np.ndarray]] = {}
        # One stable sort by (lane, start) instead of one boolean scan per lane.
        by_lane = np.lexsort((all_lo[episode], codes)) if len(codes) else codes
        sorted_codes = codes[by_lane]
        sorted_episode = episode[by_lane]
        code_of = {name: i for i, name in enumerate(names)}
        for key in self.keys:
            code = code_of[key]
            a = int(np.searchsorted(sorted_codes, code, side="left"))
            b = int(np.searchsorted(sorted_codes, code, side="right"))
            members = sorted_episode[a:b]
            lane_lo, lane_hi = all_lo[members], all_hi[members]
            self.lanes[key] = {
                "episode": members,
                "lo": lane_lo,
                "hi": np.maximum(lane_hi, lane_lo),
                "hi_sorted": np.sort(np.maximum(lane_hi, lane_lo)),
            }

    def count(self, key: str) -> int:
        return len(self.lanes[key]["episode"])

    def count_between(self, key: str, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
        """Episodes of a lane overlapping each [lo, hi] (vectorised over buckets)."""
        lane = self.lanes[key]
        starts_before_end = np.searchsorted(lane["lo"], hi, side="left")
        ended_before_start = np.searchsorted(lane["hi_sorted"], lo, side="left")
        return starts_before_end - ended_before_start


def layout_lane(
    index: LaneIndex,
    key: str,
    view_lo: float,
    view_hi: float,
    width_px: float,
    left_px: float,
    n_rows: int,
    titles: Sequence[str],
    measure: Callable[[int], float],
    max_individual: int = 250,
    must_show: int | None = None,
) -> LaneLayout:
    """Decide how one lane is drawn in the pixel strip [left_px, left_px + width_px].

    `measure(episode)` gives a label's width in pixels; `must_show` (an episode index) is
    drawn individually even when its row is full, so a selection is never hidden.
    """
    lane = index.lanes[key]
    out = LaneLayout(key)
    span = max(view_hi - view_lo, 1e-12)
    ppu = width_px / span
    first = int(np.searchsorted(lane["lo"], view_hi, side="left"))
    candidates = np.nonzero(lane["hi"][:first] >= view_lo)[0]
    out.visible = len(candidates)
    if not len(candidates):
        return out
    capacity = n_rows * width_px / (GLYPH_PX + LABEL_GAP)
    if len(candidates) > min(max_individual, capacity):
        _aggregate(index, key, out, view_lo, view_hi, width_px, left_px, candidates)
        if must_show is not None:
            hit = candidates[lane["episode"][candidates] == must_show]
            for entry in hit[:1]:
                x0, x1 = _extent(lane, int(entry), view_lo, ppu, left_px)
                out.placed.append(Placed(int(entry), must_show, x0, x1, 0, True))
        return out

    extents, with_labels, left_labels = [], [], []
    right_edge = left_px + width_px
    for entry in candidates:
        x0, x1 = _extent(lane, int(entry), view_lo, ppu, left_px)
        episode = int(lane["episode"][entry])
        label_w = measure(episode)
        inside = x1 - x0 >= label_w + 12  # a wide span carries its label inside
        extents.append((x0, x1))
        before = (
            not inside
            and x1 + LABEL_GAP + label_w > right_edge
            and x0 - LABEL_GAP - label_w >= left_px
        )
        left_labels.append(before)
        if inside:
            with_labels.append((x0, x1))
        elif before:
            with_labels.append((x0 - LABEL_GAP - label_w, x1))
        else:
            with_labels.append((x0, x1 + LABEL_GAP + label_w))
    # Short, precise episodes are placed first; long or vague ones take what room is left, so a
    # decade-wide "1990s" never hides a dated crisis. Rows keep their extents sorted.
    occupied: list[list[tuple[float, float]]] = [[] for _ in range(n_rows)]
    order = sorted(
        range(len(candidates)),
        key=lambda i: (
            int(lane["episode"][candidates[i]]) != must_show,
            extents[i][1] - extents[i][0],
            extents[i][0],
        ),
    )
    pending: list[tuple[float, float, float, float]] = []  # overflow (x0, x1, lo, hi)
    for i in order:
        entry = candidates[i]
        episode = int(lane["episode"][entry])
        x0, x1 = extents[i]
        label = True
        row = _free_row(occupied, *with_labels[i])
        if row < 0:
            label = False  # no room with its label: try the bare glyph
            row = _free_row(occupied, x0, x1)
        if row < 0 and episode == must_show:
            row = 0
        if row < 0:
            pending.append((x0, x1, float(lane["lo"][entry]), float(lane["hi"][entry])))
            continue
        out.placed.append(Placed(int(entry), episode, x0, x1, row, label, label and left_labels[i]))
    out.placed.sort(key=lambda placed: placed.x0)
    out.overflow = _merge_overflow(pending)
    return out


def _free_row(occupied: list[list[tuple[float, float]]], x0: float, x1: float) -> int:
    for row, extents in enumerate(occupied):
        at = bisect.bisect_left(extents, (x0, x1))
        before_ok = at == 0 or extents[at - 1][1] + LABEL_GAP <= x0
        after_ok = at == len(extents) or extents[at][0] >= x1 + LABEL_GAP
        if before_ok and after_ok:
            extents.insert(at, (x0, x1))
            return row
    return -1


def _extent(lane, entry: int, view_lo: float, ppu: float, left_px: float) -> tuple[float, float]:
    x0 = left_px + (lane["lo"][entry] - view_lo) * ppu
    x1 = left_px + (lane["hi"][entry] - view_lo) * ppu
    if x1 - x0 < GLYPH_PX:
        mid = (x0 + x1) / 2
        x0, x1 = mid - GLYPH_PX / 2, mid + GLYPH_PX / 2
    return float(x0), float(x1)


def _merge_overflow(pending: list[tuple[float, float, float, float]]) -> list[Bucket]:
    buckets: list[Bucket] = []
    for x0, x1, lo, hi in sorted(pending):
        # Merge neighbours into one "+N", but never into a count that spans the whole lane.
        if buckets and x0 <= buckets[-1].x1 + 16 and x1 - buckets[-1].x0 <= 80:
            last = buckets[-1]
            last.x1, last.count = max(last.x1, x1), last.count + 1
            last.lo, last.hi = min(last.lo, lo), max(last.hi, hi)
        else:
            buckets.append(Bucket(x0, x1, 1, lo, hi))
    return buckets


def _aggregate(
    index: LaneIndex,
    key: str,
    out: LaneLayout,
    view_lo: float,
    view_hi: float,
    width_px: float,
    left_px: float,
    candidates: np.ndarray,
) -> None:
    lane = index.lanes[key]
    n_bins = max(1, int(width_px / BIN_PX))
    edges_years = np.linspace(view_lo, view_hi, n_bins + 1)
    lo = np.clip(lane["lo"][candidates], view_lo, view_hi)
    hi = np.clip(lane["hi"][candidates], view_lo, view_hi)
    scale = n_bins / (view_hi - view_lo)
    b0 = np.clip(((lo - view_lo) * scale).astype(np.int64), 0, n_bins - 1)
    b1 = np.clip(((hi - view_lo) * scale).astype(np.int64), 0, n_bins - 1)
    # Episodes active in each bin: +1 where one starts, -1 after it ends.
    diff = np.zeros(n_bins + 1, dtype=np.int64)
    np.add.at(diff, b0, 1)
    np.add.at(diff, b1 + 1, -1)
    out.density_counts = np.cumsum(diff[:-1])
    out.density_edges = left_px + (edges_years - view_lo) * (width_px / (view_hi - view_lo))
    n_buckets = max(1, int(round(width_px / BUCKET_PX)))
    bucket_years = np.linspace(view_lo, view_hi, n_buckets + 1)
    counts = index.count_between(key, bucket_years[:-1], bucket_years[1:])
    px = left_px + (bucket_years - view_lo) * (width_px / (view_hi - view_lo))
    for i, count in enumerate(counts):
        if count > 0:
            out.buckets.append(
                Bucket(
                    float(px[i]),
                    float(px[i + 1]),
                    int(count),
                    float(bucket_years[i]),
                    float(bucket_years[i + 1]),
                )
            )
