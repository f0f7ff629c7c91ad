"""Level of detail for the timeline: what to draw for each lane at the current zoom.

A lane with few visible episodes is drawn episode by episode, packed into rows with their
labels; a lane with more than fits is drawn as a density strip with counts per bucket, so
100,000 episodes cost the same per frame as 1,000. Works in decimal years and pixels; no Qt.
"""

from __future__ import annotations

import bisect
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from explorer.core.timeline_layout import (
    FOCUS_PARTNERS,
    KIND_FAMILIES,
    NO_PARTNER,
    OTHER_PARTNERS,
    lane_entries,
    lane_order,
)
from explorer.store.timeline import EpisodeColumns

# One lock per lane mode guards the per-store caches of lane entries: with one lock for all,
# the timeline waited for the other mode being prepared ahead (~0.2 s at a million episodes)
# before it could read the mode it shows, already built.
_LOCKS_GUARD = threading.Lock()
_BUILDING: dict[str, threading.Lock] = {}


def _building(mode: str) -> threading.Lock:
    with _LOCKS_GUARD:
        return _BUILDING.setdefault(mode, threading.Lock())


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
    """(episode index, lane code, lane names) of every lane entry for `mode`, from lists (a
    Python pass over every episode; stores' episodes go through lane_codes_of instead)."""
    indices, keys = lane_entries(kinds, partners, mode)
    names = sorted(set(keys))
    code_of = {name: i for i, name in enumerate(names)}
    codes = np.fromiter((code_of[k] for k in keys), dtype=np.int64, count=len(keys))
    return np.asarray(indices, dtype=np.int64), codes, names


def lane_codes_of(
    n: int,
    kind_code: np.ndarray,
    kinds: Sequence[str],
    partner_pos: np.ndarray,
    partner_code: np.ndarray,
    partner_ids: Sequence[str],
    mode: str,
) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """lane_codes from packed arrays (store.timeline_columns), in numpy: the same entries as
    lane_entries gives, a few milliseconds at a million episodes instead of seconds."""
    if mode == "kind":
        families = [KIND_FAMILIES.get(kind, "other") for kind in kinds]
        present = np.flatnonzero(np.bincount(kind_code, minlength=len(kinds)))
        names = sorted({families[k] for k in present.tolist()})
        code_of = {name: i for i, name in enumerate(names)}
        lane_of_kind = np.asarray([code_of.get(f, 0) for f in families] or [0], dtype=np.int64)
        return np.arange(n, dtype=np.int64), lane_of_kind[kind_code], names
    lane_names = [c if c in FOCUS_PARTNERS else OTHER_PARTNERS for c in partner_ids]
    alone = np.flatnonzero(np.bincount(partner_pos, minlength=n)[:n] == 0)
    used = {lane_names[c] for c in np.flatnonzero(np.bincount(partner_code)).tolist()}
    names = sorted(used | ({NO_PARTNER} if len(alone) else set()))
    code_of = {name: i for i, name in enumerate(names)}
    lane_of_partner = np.asarray([code_of.get(name, 0) for name in lane_names] or [0], np.int64)
    width = len(names) + 1
    # One entry per (episode, lane): two "other" partners put an episode in that lane once.
    keys = partner_pos.astype(np.int64) * width + lane_of_partner[partner_code]
    # Nearly sorted already (by episode): a stable sort (timsort) runs through it in one pass.
    keys = np.sort(keys, kind="stable")
    pairs = keys[np.concatenate(([True], keys[1:] != keys[:-1]))] if len(keys) else keys
    episode = np.concatenate((pairs // width, alone.astype(np.int64)))
    codes = np.concatenate((pairs % width, np.full(len(alone), code_of.get(NO_PARTNER, 0))))
    return episode, codes, names


@dataclass
class LaneEntries:
    """Every lane entry of one lane mode, sorted once (per store and mode, not per filter):
    by lane then start (`episode`, `lo`, `hi`), and by lane then end (`hi_sorted`). A filter
    then costs two gathers and two running sums (LaneIndex), not a sort of every episode."""

    names: list[str]
    offsets: np.ndarray  # lane code c spans entries offsets[c]:offsets[c + 1]
    episode: np.ndarray  # by (lane, start)
    lo: np.ndarray  # start_lo of those
    hi: np.ndarray  # max(end_hi, start_lo) of those
    hi_episode: np.ndarray  # by (lane, end)
    hi_sorted: np.ndarray
    max_span: np.ndarray  # per lane code: its longest episode, in years

    @classmethod
    def build(
        cls,
        episode: np.ndarray,
        codes: np.ndarray,
        names: list[str],
        lo: np.ndarray,
        hi: np.ndarray,
        rank: np.ndarray | None = None,
    ) -> LaneEntries:
        """`rank` orders episodes that start together (the store's start order); without it,
        by episode index."""
        lo, hi = np.asarray(lo, dtype=np.float64), np.asarray(hi, dtype=np.float64)
        if rank is not None:
            # By lane (a radix sort of the small codes), then by start rank within each lane:
            # the store's rows are nearly in start order, so each lane's sort is one pass.
            grouped = np.argsort(codes.astype(np.int16), kind="stable")
            ranks = rank[episode[grouped]]
            bounds = np.concatenate(([0], np.cumsum(np.bincount(codes, minlength=len(names)))))
            order = np.concatenate(
                [grouped[a:b][np.argsort(ranks[a:b], kind="stable")]
                 for a, b in zip(bounds[:-1], bounds[1:], strict=True)]
                or [np.zeros(0, dtype=np.int64)]
            )  # fmt: skip
        else:
            order = np.lexsort((episode, lo[episode], codes))
        episode, codes = episode[order].astype(np.int32), codes[order]
        counts = np.bincount(codes, minlength=len(names))[: len(names)]
        offsets = np.concatenate(([0], np.cumsum(counts))).astype(np.int64)
        entry_lo = lo[episode]
        entry_hi = np.maximum(hi[episode], entry_lo)
        # Entries are grouped by lane already: sort each lane's ends on their own (a third of
        # the time of a lexsort over every entry).
        by_end = np.concatenate(
            [
                a + np.argsort(entry_hi[a:b], kind="stable")
                for a, b in zip(offsets[:-1], offsets[1:], strict=True)
            ]
            or [np.zeros(0, dtype=np.int64)]
        )
        spans = entry_hi - entry_lo
        max_span = np.zeros(len(names))
        present = counts > 0
        if len(spans):
            max_span[present] = np.maximum.reduceat(spans, offsets[:-1][present])
        return cls(names, offsets, episode, entry_lo, entry_hi, episode[by_end],
                   entry_hi[by_end], max_span)  # fmt: skip


class LaneIndex:
    """Episodes grouped by lane with sorted bounds, for the episodes a filter keeps.

    The entries are sorted once per lane mode (LaneEntries); a filter is applied as running
    counts of kept entries in both orders, so "how many kept episodes of this lane overlap
    [lo, hi]" stays two binary searches, and a new filter costs a few milliseconds at a
    million episodes."""

    def __init__(
        self,
        kinds: Sequence[str],
        partners: Sequence[Sequence[str]],
        lo: Sequence[float],
        hi: Sequence[float],
        mode: str,
        keep: np.ndarray | None = None,
        entries: LaneEntries | tuple[np.ndarray, np.ndarray, list[str]] | None = None,
    ) -> None:
        all_lo = np.asarray(lo, dtype=np.float64)
        if not isinstance(entries, LaneEntries):
            if entries is None:
                entries = lane_codes(kinds, partners, mode)
            entries = LaneEntries.build(*entries, all_lo, np.asarray(hi, dtype=np.float64))
        self.entries = entries
        self.mode = mode
        self._lo = all_lo
        if keep is None or bool(keep.all()):
            self.kept: np.ndarray | None = None  # every entry is kept
            self._cum_lo = self._cum_hi = None
            counts = np.diff(entries.offsets)
        else:
            self.kept = keep[entries.episode]
            self._cum_lo = _running(self.kept)
            self._cum_hi = _running(keep[entries.hi_episode])
            counts = self._cum_lo[entries.offsets[1:]] - self._cum_lo[entries.offsets[:-1]]
        names = entries.names
        self._code = {name: i for i, name in enumerate(names)}
        self._counts = {names[c]: int(counts[c]) for c in np.flatnonzero(counts).tolist()}
        self.keys: list[str] = lane_order(list(self._counts), mode)

    def count(self, key: str) -> int:
        return self._counts.get(key, 0)

    def bounds(self, key: str) -> tuple[int, int]:
        """The lane's entries: entries.*[a:b] (kept or not)."""
        code = self._code[key]
        return int(self.entries.offsets[code]), int(self.entries.offsets[code + 1])

    def kept_in(self, key: str) -> np.ndarray | None:
        """Which of the lane's entries (in start order) the filter keeps; None: all."""
        if self.kept is None:
            return None
        a, b = self.bounds(key)
        return self.kept[a:b]

    def members(self, key: str) -> np.ndarray:
        """Episode indices of the lane's kept entries, in start order."""
        a, b = self.bounds(key)
        members = self.entries.episode[a:b]
        kept = self.kept_in(key)
        return members if kept is None else members[kept]

    def count_between(self, key: str, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
        """Kept episodes of a lane overlapping each [lo, hi] (vectorised over buckets)."""
        a, b = self.bounds(key)
        e = self.entries
        starts_before_end = a + np.searchsorted(e.lo[a:b], hi, side="left")
        ended_before_start = a + np.searchsorted(e.hi_sorted[a:b], lo, side="left")
        if self._cum_lo is None:
            return starts_before_end - ended_before_start
        cum_lo, cum_hi = self._cum_lo, self._cum_hi
        assert cum_hi is not None  # set together with cum_lo
        return (cum_lo[starts_before_end] - cum_lo[a]) - (cum_hi[ended_before_start] - cum_hi[a])

    def extent(self, key: str) -> tuple[float, float] | None:
        """(earliest start, latest end) of the lane's kept episodes: binary searches in the
        running counts, not a pass over the lane. None when it keeps none."""
        a, b = self.bounds(key)
        e = self.entries
        if a == b:
            return None
        if self._cum_lo is None or self._cum_hi is None:
            return float(e.lo[a]), float(e.hi_sorted[b - 1])
        cum_lo, cum_hi = self._cum_lo, self._cum_hi
        if cum_lo[b] == cum_lo[a]:
            return None
        # The first kept entry in start order is where the running count first rises; the
        # last kept one in end order is where it last rises.
        first = a + int(np.searchsorted(cum_lo[a : b + 1], cum_lo[a] + 1, side="left")) - 1
        last = a + int(np.searchsorted(cum_hi[a : b + 1], cum_hi[b], side="left")) - 1
        return float(e.lo[first]), float(e.hi_sorted[last])

    def entry_of(self, key: str, episode: int) -> int | None:
        """Where a kept episode sits among its lane's entries (None: not in the lane)."""
        if not 0 <= episode < len(self._lo) or key not in self._code:
            return None
        a, b = self.bounds(key)
        lane_lo = self.entries.lo[a:b]
        start = self._lo[episode]
        i0 = int(np.searchsorted(lane_lo, start, side="left"))
        i1 = int(np.searchsorted(lane_lo, start, side="right"))
        hits = np.flatnonzero(self.entries.episode[a + i0 : a + i1] == episode)
        if not len(hits):
            return None
        entry = i0 + int(hits[0])
        kept = self.kept_in(key)
        return entry if kept is None or kept[entry] else None


def lane_entries_for(columns: EpisodeColumns, mode: str) -> LaneEntries:
    """The lane entries of `mode`, built once per store and mode (kept on the columns)."""
    cached = columns.cache.get(("lanes", mode))
    if isinstance(cached, LaneEntries):
        return cached  # built: no lock to wait for
    with _building(mode):  # the loading thread and a pane may ask at once: build once
        cached = columns.cache.get(("lanes", mode))
        if isinstance(cached, LaneEntries):
            return cached
        a = columns.arrays
        codes = lane_codes_of(
            len(columns), a.kind_code, a.kinds, a.partner_pos, a.partner_code, a.partner_ids, mode
        )
        entries = LaneEntries.build(*codes, columns.start_lo, columns.end_hi, columns.start_rank)
        columns.cache[("lanes", mode)] = entries
        return entries


def _running(kept: np.ndarray) -> np.ndarray:
    """out[i] = how many of kept[:i] are true."""
    out = np.zeros(len(kept) + 1, dtype=np.int64)
    np.cumsum(kept, out=out[1:])
    return out


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
    prefetch: Callable[[np.ndarray], None] | None = None,
) -> LaneLayout:
    """Decide how one lane is drawn in the pixel strip [left_px, left_px + width_px].

    `measure(episode)` gives a label's width in pixels; `must_show` (an episode index) is
    drawn individually even when its row is full, so a selection is never hidden;
    `prefetch(episodes)` is told, before any is measured, which episodes will be labelled.
    Only the episodes drawn one by one are looked at one by one: an aggregated lane costs
    binary searches, whatever the number of episodes.
    """
    out = LaneLayout(key)
    a, b = index.bounds(key)
    entries = index.entries
    lane_lo, lane_hi, lane_episode = entries.lo[a:b], entries.hi[a:b], entries.episode[a:b]
    span = max(view_hi - view_lo, 1e-12)
    ppu = width_px / span
    out.visible = int(index.count_between(key, np.array([view_lo]), np.array([view_hi]))[0])
    if not out.visible:
        return out
    capacity = n_rows * width_px / (GLYPH_PX + LABEL_GAP)
    if out.visible > min(max_individual, capacity):
        _aggregate(index, key, out, view_lo, view_hi, width_px, left_px)
        entry = index.entry_of(key, must_show) if must_show is not None else None
        if (
            must_show is not None
            and entry is not None
            and lane_hi[entry] >= view_lo
            and lane_lo[entry] < view_hi
        ):
            x0, x1 = _extent(lane_lo, lane_hi, entry, view_lo, ppu, left_px)
            out.placed.append(Placed(entry, must_show, x0, x1, 0, True))
        return out

    candidates = _overlapping_entries(index, key, view_lo, view_hi)
    if prefetch is not None:
        prefetch(lane_episode[candidates])
    extents, with_labels, left_labels = [], [], []
    right_edge = left_px + width_px
    episodes = lane_episode[candidates].tolist()
    for entry, episode in zip(candidates.tolist(), episodes, strict=True):
        x0, x1 = _extent(lane_lo, lane_hi, entry, view_lo, ppu, left_px)
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
        key=lambda i: (episodes[i] != must_show, extents[i][1] - extents[i][0], extents[i][0]),
    )
    pending: list[tuple[float, float, float, float]] = []  # overflow (x0, x1, lo, hi)
    entry_list = candidates.tolist()
    for i in order:
        entry, episode = entry_list[i], episodes[i]
        x0, x1 = extents[i]
        label = True
        row = _free_row(occupied, *with_labels[i])
        if row < 0:
            label = False  # no room with its label: try the bare glyph
            row = _free_row(occupied, x0, x1)
        if row < 0 and episode == must_show:
            row = 0
        if row < 0:
            pending.append((x0, x1, float(lane_lo[entry]), float(lane_hi[entry])))
            continue
        out.placed.append(Placed(entry, episode, x0, x1, row, label, label and left_labels[i]))
    out.placed.sort(key=lambda placed: placed.x0)
    out.overflow = _merge_overflow(pending)
    return out


def labelled_candidates(
    index: LaneIndex,
    key: str,
    view_lo: float,
    view_hi: float,
    width_px: float,
    n_rows: int,
    max_individual: int = 250,
) -> np.ndarray:
    """Episodes layout_lane (same arguments) will measure one by one, so a caller can read
    every lane's labels in one query before laying any lane out. Empty for an aggregated lane.
    """
    visible = int(index.count_between(key, np.array([view_lo]), np.array([view_hi]))[0])
    capacity = n_rows * width_px / (GLYPH_PX + LABEL_GAP)
    if not visible or visible > min(max_individual, capacity):
        return np.zeros(0, dtype=np.int64)
    a, _ = index.bounds(key)
    return index.entries.episode[a + _overlapping_entries(index, key, view_lo, view_hi)]


def _overlapping_entries(index: LaneIndex, key: str, view_lo: float, view_hi: float) -> np.ndarray:
    """Kept entries of a lane (offsets from its first) that overlap [view_lo, view_hi]."""
    a, b = index.bounds(key)
    entries = index.entries
    lane_lo, lane_hi = entries.lo[a:b], entries.hi[a:b]
    # Entries that start before the view's end and end after its start: only those starting
    # within the lane's longest span before the view can.
    first = int(np.searchsorted(lane_lo, view_hi, side="left"))
    code = index._code[key]
    begin = int(np.searchsorted(lane_lo, view_lo - entries.max_span[code], side="left"))
    overlapping = lane_hi[begin:first] >= view_lo
    kept = index.kept_in(key)
    if kept is not None:
        overlapping &= kept[begin:first]
    return begin + np.flatnonzero(overlapping)


def _free_row(occupied: list[list[tuple[float, float]]], x0: float, x1: float) -> int:
    for row, extents in enumerate(occupied):
        at = bisect.bisect_left(extents, (x0, x1))
        before_ok = at == 0 or extents[at - 1][1] + LABEL_GAP <= x0
        after_ok = at == len(extents) or extents[at][0] >= x1 + LABEL_GAP
        if before_ok and after_ok:
            extents.insert(at, (x0, x1))
            return row
    return -1


def _extent(
    lane_lo: np.ndarray, lane_hi: np.ndarray, entry: int, view_lo: float, ppu: float,
    left_px: float,
) -> tuple[float, float]:  # fmt: skip
    x0 = left_px + (lane_lo[entry] - view_lo) * ppu
    x1 = left_px + (lane_hi[entry] - view_lo) * ppu
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
) -> None:
    """Density per pixel column (episodes active in each BIN_PX bin) and counts per bucket,
    both as overlap counts of the lane's sorted bounds: exact, and independent of how many
    episodes the view holds."""
    n_bins = max(1, int(width_px / BIN_PX))
    edges_years = np.linspace(view_lo, view_hi, n_bins + 1)
    out.density_counts = index.count_between(key, edges_years[:-1], edges_years[1:])
    out.density_edges = left_px + (edges_years - view_lo) * (width_px / (view_hi - view_lo))
    n_buckets = max(1, int(round(width_px / BUCKET_PX)))
    bucket_years = np.linspace(view_lo, view_hi, n_buckets + 1)
    counts = index.count_between(key, bucket_years[:-1], bucket_years[1:])
    px = left_px + (bucket_years - view_lo) * (width_px / (view_hi - view_lo))
    for i in np.flatnonzero(counts > 0).tolist():
        out.buckets.append(
            Bucket(
                float(px[i]),
                float(px[i + 1]),
                int(counts[i]),
                float(bucket_years[i]),
                float(bucket_years[i + 1]),
            )
        )
