"""Episodes and periods for drawing: packed arrays for every episode, words for the few shown.

The timeline and the chart draw every episode from numpy arrays (store.timeline_columns), read
once per store and shared by both panes. Titles, ids and dates are read here only for the
episodes actually labelled, hovered or selected, and kept: a million titles as Python strings
would cost ~100 MB and seconds to read, and a view never shows more than a few hundred.
Filtering stays in SQL: `matching_ids` answers which episodes the filters keep.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from explorer.store import episodes
from explorer.store.timeline_columns import (
    DISPUTED,
    EXACT,
    HOME_COUNTRY,
    POINT,
    UNCERTAIN,
    TimelineArrays,
    empty_arrays,
)

__all__ = ["HOME_COUNTRY", "EpisodeColumns", "PeriodRow"]

EAGER_TEXTS = 5_000  # a store this small has every episode's words read at once
TEXT_CACHE = 200_000  # episodes' words kept; beyond, the cache starts afresh
_TEXT_FIELDS = ("id", "title", "date_text", "precision")


def episode_texts(
    conn: sqlite3.Connection, rowids: Sequence[int] | None
) -> list[tuple[int, str, str, str, str]]:
    """(rowid, id, title, date_text, precision) of the given episodes (None: of all)."""
    sql = "SELECT rowid, id, title, date_text, precision FROM episodes"
    if rowids is None:
        return conn.execute(sql).fetchall()
    rows: list = []
    for start in range(0, len(rowids), 500):
        chunk = [int(r) for r in rowids[start : start + 500]]
        marks = ",".join("?" * len(chunk))
        rows += conn.execute(f"{sql} WHERE rowid IN ({marks})", chunk).fetchall()
    return rows


def episode_rowid(conn: sqlite3.Connection, episode_id: str) -> int | None:
    row = conn.execute("SELECT rowid FROM episodes WHERE id = ?", (episode_id,)).fetchone()
    return row[0] if row else None


class _TextColumn(Sequence[str]):
    """One text field of every episode, by position, read when first asked for."""

    def __init__(self, owner: EpisodeColumns, field: int) -> None:
        self.owner, self.field = owner, field

    def __len__(self) -> int:
        return len(self.owner)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        return self.owner.texts(int(i))[self.field]

    def index(self, value, start: int = 0, stop: int | None = None) -> int:
        if self.field != 0:
            raise NotImplementedError("only ids are looked up")
        found = self.owner.index_of(value)
        if found is None:
            raise ValueError(value)
        return found


class _Lookup(Sequence):
    """A per-episode value computed from the arrays on demand (kinds, partners)."""

    def __init__(self, owner: EpisodeColumns, get: Callable[[int], object]) -> None:
        self.owner, self.get = owner, get

    def __len__(self) -> int:
        return len(self.owner)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self.get(j) for j in range(*i.indices(len(self)))]
        return self.get(int(i))


class EpisodeColumns:
    """Every episode of a store in rowid order: the arrays, plus words read on demand.

    `connect` gives the connection words are read from (the UI thread's): the arrays may be
    loaded on another thread (then `read_now` False: a small store's words are otherwise read
    at once), the words are only read where they are shown.
    """

    def __init__(
        self,
        arrays: TimelineArrays | None = None,
        connect: Callable[[], sqlite3.Connection] | None = None,
        read_now: bool = True,
    ) -> None:
        self.arrays = arrays = arrays if arrays is not None else empty_arrays()
        self._connect = connect
        self.rowids = arrays.rowids
        self.start_lo, self.start_hi = arrays.start_lo, arrays.start_hi
        self.end_lo, self.end_hi = arrays.end_lo, arrays.end_hi
        self.start_rank = arrays.start_rank
        flags = arrays.flags
        self.exact = (flags & EXACT) != 0
        self.uncertain = (flags & UNCERTAIN) != 0
        self.disputed = (flags & DISPUTED) != 0
        self.is_point = (flags & POINT) != 0
        # Where each episode's partners start in the (sorted) partner arrays: a running count.
        per_episode = np.bincount(arrays.partner_pos, minlength=len(arrays))[: len(arrays)]
        self._partner_starts = np.concatenate(([0], np.cumsum(per_episode)))
        self.ids = _TextColumn(self, 0)
        self.titles = _TextColumn(self, 1)
        self.date_texts = _TextColumn(self, 2)
        self.precisions = _TextColumn(self, 3)
        self.kinds = _Lookup(self, self.kind)
        self.partners = _Lookup(self, self.partners_of)
        self.cache: dict[object, object] = {}  # derived per-store data (lane entries by mode)
        self._texts: dict[int, tuple[str, str, str, str]] = {}
        self._by_id: dict[str, int] = {}
        if read_now and 0 < len(arrays) <= EAGER_TEXTS and connect is not None:
            self._remember(episode_texts(connect(), None))

    def __len__(self) -> int:
        return len(self.rowids)

    # -- from the arrays ---------------------------------------------------------------------
    def kind(self, i: int) -> str:
        return self.arrays.kinds[int(self.arrays.kind_code[i])]

    def partners_of(self, i: int) -> tuple[str, ...]:
        a, b = self._partner_starts[i], self._partner_starts[i + 1]
        names = self.arrays.partner_ids
        return tuple(names[int(c)] for c in self.arrays.partner_code[a:b])

    # -- words, read on demand ---------------------------------------------------------------
    def texts(self, i: int) -> tuple[str, str, str, str]:
        """(id, title, date_text, precision) of the episode at position i."""
        found = self._texts.get(i)
        if found is None:
            self.prefetch([i])
            found = self._texts.get(i)
            if found is None:
                raise IndexError(i)
        return found

    def prefetch(self, positions: Iterable[int]) -> None:
        """Read the words of these episodes in one query (those not read yet)."""
        missing = [int(i) for i in positions if int(i) not in self._texts]
        if not missing or self._connect is None:
            return
        if len(self._texts) + len(missing) > TEXT_CACHE:
            self._texts.clear()
            self._by_id.clear()
        self._remember(episode_texts(self._connect(), self.rowids[missing].tolist()))

    def _remember(self, rows) -> None:
        if not rows:
            return
        rowids = np.fromiter((row[0] for row in rows), np.int64, len(rows))
        positions = np.searchsorted(self.rowids, rowids).tolist()
        for position, row in zip(positions, rows, strict=True):
            self._texts[position] = row[1:]
            self._by_id[row[1]] = position

    def index_of(self, episode_id: str) -> int | None:
        found = self._by_id.get(episode_id)
        if found is not None or self._connect is None or not len(self):
            return found
        if len(self) <= EAGER_TEXTS:
            return None  # every id is known already
        rowid = episode_rowid(self._connect(), episode_id)
        if rowid is None:
            return None
        position = int(np.searchsorted(self.rowids, rowid))
        if position >= len(self) or self.rowids[position] != rowid:
            return None
        self.prefetch([position])
        return position

    def keep_of(self, episode_ids: set[str] | None) -> np.ndarray:
        """One bool per episode: in `episode_ids` (None: every episode)."""
        if episode_ids is None:
            return np.ones(len(self), dtype=bool)
        keep = np.zeros(len(self), dtype=bool)
        for episode_id in episode_ids:
            i = self.index_of(episode_id)
            if i is not None:
                keep[i] = True
        return keep


@dataclass(frozen=True)
class PeriodRow:
    id: str
    name: str
    kind: str
    date_text: str
    start_lo: float
    start_hi: float
    end_lo: float
    end_hi: float
    country: str | None = None

    @property
    def is_government(self) -> bool:
        """Peru's own presidencies and regimes share the top band; others sit with the eras."""
        return self.kind in ("presidency", "military_government") and self.country in (None, "PER")


def load_periods(conn: sqlite3.Connection) -> list[PeriodRow]:
    return [
        PeriodRow(*row)
        for row in conn.execute(
            "SELECT id, name, kind, date_text, start_lo, start_hi, end_lo, end_hi, country "
            "FROM periods "
            "ORDER BY start_lo, id"
        )
    ]


def actor_names(conn: sqlite3.Connection) -> dict[str, str]:
    return dict(conn.execute("SELECT id, name FROM actors"))


def episode_summary(conn: sqlite3.Connection, episode_id: str) -> str:
    row = conn.execute("SELECT summary FROM episodes WHERE id = ?", (episode_id,)).fetchone()
    return row[0] if row else ""


def episode_edtf(conn: sqlite3.Connection, episode_id: str) -> tuple[str | None, str | None]:
    """(start, end) EDTF of an episode, (None, None) when the store has no such episode."""
    row = conn.execute(
        "SELECT start_edtf, end_edtf FROM episodes WHERE id = ?", (episode_id,)
    ).fetchone()
    return (row[0], row[1]) if row else (None, None)


def date_claims(conn: sqlite3.Connection, episode_id: str) -> list[tuple[str, str, str]]:
    """(field, value as written, source short title) for each date claim of an episode."""
    return [
        tuple(row)
        for row in conn.execute(
            "SELECT c.field, c.value_text, s.short_title FROM claims c "
            "JOIN sources s ON s.id = c.source_id "
            "WHERE c.subject_type = 'episode' AND c.subject_id = ? ORDER BY c.field, c.id",
            (episode_id,),
        )
    ]


def matching_ids(conn: sqlite3.Connection, filters) -> set[str] | None:
    """Ids of the episodes the filters keep, or None when the filters keep everything.
    The table's query is the one truth about what a filter means."""
    if filters is None or filters.is_empty():
        return None
    return set(episodes.matching_ids(conn, filters))
