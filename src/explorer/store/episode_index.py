"""Filtering, sorting and facet counting over packed columns: what keeps a million episodes quick.

An `EpisodeIndex` holds, for every episode (by position: the episodes in rowid order), its kind
as a small integer, its date bounds and mid-points, its actors as (position, actor code) pairs,
and one permutation per sortable column (store.speedups builds them; a store without them gets
them computed here). A filter becomes a boolean mask (numpy, a few milliseconds at 1M); the text
search is the one part that asks SQLite (FTS5): a word found in many episodes is read from its
stored bitmap (store.fts_postings), any other match list as one string (`group_concat`) parsed
by numpy rather than row by row in Python — 5–10× faster for a middling word. Facets are `bincount`s of the mask, sorts are the stored permutation filtered by the mask.
The semantics are those of store.episodes (where_clause), which stays the reference: the tests
check both give the same ids and counts.
"""

from __future__ import annotations

import bisect
import sqlite3
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import numpy as np

from explorer.store import fts_postings, speedups
from explorer.store.facets import EPSILON, Facets, FacetValue
from explorer.store.filters import Filters
from explorer.store.search import parse_search, plain_query

Mask = np.ndarray  # bool, one entry per episode position
TEXT_CACHE = 8  # text searches whose matches are kept
MAX_PREFIX_WORDS = 512  # a prefix standing for more words is left to FTS5's prefix search


@dataclass(frozen=True)
class TextMatch:
    """The episodes a text search finds (a mask), the FTS5 query used, and whether the typed
    text had to be searched as plain words."""

    mask: Mask | None  # None: no text restriction
    fts_query: str
    fallback: bool


class EpisodeIndex:
    """Packed columns of one store. Read-only after construction, so threads may share it."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        columns = speedups.load_columns(conn)
        self.precomputed = columns is not None
        if columns is None:
            columns = speedups.compute_columns(conn)
        self.rowids: np.ndarray = np.asarray(columns["rowids"])
        self.n = len(self.rowids)
        self.dense = bool(self.n == 0 or (self.rowids[0] == 1 and self.rowids[-1] == self.n))
        self.kind_code: np.ndarray = np.asarray(columns["kind_code"])
        self.kinds: list[str] = list(columns["kinds"])
        self.start_lo: np.ndarray = np.asarray(columns["start_lo"])
        self.end_hi: np.ndarray = np.asarray(columns["end_hi"])
        self.start_mid: np.ndarray = np.asarray(columns["start_mid"])
        self.end_mid: np.ndarray = np.asarray(columns["end_mid"])
        self.actor_ids: list[str] = list(columns["actor_ids"])
        self.actor_code = {a: i for i, a in enumerate(self.actor_ids)}
        self.pair_pos: np.ndarray = np.asarray(columns["pair_pos"])
        self.pair_actor: np.ndarray = np.asarray(columns["pair_actor"])
        self.orders: dict[str, np.ndarray] = {
            key: np.asarray(columns[f"order_{key}"]) for key in speedups.RANKED
        }
        # Stores we write keep rows in date order (build.synthetic): then FTS5's rowid order
        # is the table's default order and the first page can be streamed.
        date_order = self.orders["date"]
        self.rowid_is_date_order = bool(np.array_equal(date_order, np.arange(self.n)))
        actors = {
            row[0]: (row[1], row[2]) for row in conn.execute("SELECT id, name, kind FROM actors")
        }
        self.actor_names = [actors.get(a, (a, ""))[0] for a in self.actor_ids]
        self.actor_kinds = [actors.get(a, ("", ""))[1] for a in self.actor_ids]
        self.first_decade = _decades(self.start_mid)
        self.last_decade = _decades(self.end_mid)
        if self.n:
            self.decade_lo = int(np.floor(self.start_lo.min() / 10) * 10)
            self.decade_hi = int(np.floor((self.end_hi.max() - EPSILON) / 10) * 10)
        else:
            self.decade_lo = self.decade_hi = 0
        # Each episode's first and last decade as slots of the store's decade list, clipped to
        # it; counts are then two bincounts and a running sum.
        slots = (self.decade_hi - self.decade_lo) // 10 + 1
        first = np.clip((self.first_decade.astype(np.int64) - self.decade_lo) // 10, 0, slots)
        last = np.clip((self.last_decade.astype(np.int64) - self.decade_lo) // 10, -1, slots - 1)
        self._decade_slots = slots
        self._decade_in = np.where(first <= last, first, slots)  # slots: counted nowhere
        self._decade_out = np.where(first <= last, last + 1, slots)
        aligned = columns.get("fts_aligned")
        self.fts_rowids_aligned = bool(aligned[0]) if aligned else speedups.fts_aligned(conn)
        self._text_cache: dict[str, Mask] = {}
        self._lock = threading.Lock()
        self.posting_words = speedups.posting_words(conn) if self.precomputed else {}
        self._posting_sorted = sorted(self.posting_words)

    # -- positions and rowids ----------------------------------------------------------------
    def positions(self, rowids: np.ndarray) -> np.ndarray:
        if self.dense:
            return rowids - 1
        return np.searchsorted(self.rowids, rowids)

    # -- text --------------------------------------------------------------------------------
    def text_match(self, conn: sqlite3.Connection, text: str) -> TextMatch:
        fts_query, fallback = parse_search(text or "")
        if not fts_query:
            return TextMatch(None, "", fallback)
        try:
            return TextMatch(self._fts_mask(conn, fts_query), fts_query, fallback)
        except sqlite3.OperationalError as error:
            if "interrupt" in str(error).lower():
                raise
            fts_query = plain_query(text)
            return TextMatch(self._fts_mask(conn, fts_query), fts_query, True)

    def _fts_sql(self) -> str:
        if self.fts_rowids_aligned:
            return "SELECT rowid FROM episodes_fts WHERE episodes_fts MATCH ?"
        return (
            "SELECT e.rowid FROM episodes e WHERE e.id IN"
            " (SELECT episode_id FROM episodes_fts WHERE episodes_fts MATCH ?)"
        )

    def _fts_mask(self, conn: sqlite3.Connection, fts_query: str) -> Mask:
        """The episodes an FTS5 query matches. The last few are kept (1 MB each at 1M), so
        ticking a facet or changing the sort under the same search does not search again."""
        with self._lock:
            cached = self._text_cache.get(fts_query)
        if cached is not None:
            return cached
        mask = self._read_fts_mask(conn, fts_query)
        mask.flags.writeable = False  # shared between queries and threads
        with self._lock:
            self._text_cache[fts_query] = mask
            while len(self._text_cache) > TEXT_CACHE:
                self._text_cache.pop(next(iter(self._text_cache)))
        return mask

    def answers_from_bitmaps(self, fts_query: str) -> bool:
        """True when some term of `fts_query` is a common word (or a prefix of one) with a
        stored bitmap: its matches are then made in milliseconds, whatever their number."""
        if not self.posting_words or not fts_query:
            return False
        tree = fts_postings.parse(fts_query)
        return tree is not None and any(self._has_bitmap(t) for t in fts_postings.terms(tree))

    def _has_bitmap(self, term: fts_postings.Term) -> bool:
        if term.word is not None:
            return term.word in self.posting_words
        prefix = term.prefix
        if prefix is None:
            return False
        at = bisect.bisect_left(self._posting_sorted, prefix)
        return at < len(self._posting_sorted) and self._posting_sorted[at].startswith(prefix)

    def _read_fts_mask(self, conn: sqlite3.Connection, fts_query: str) -> Mask:
        if not fts_query:
            return np.zeros(self.n, dtype=bool)
        if self.answers_from_bitmaps(fts_query):
            tree = fts_postings.parse(fts_query)
            assert tree is not None  # answers_from_bitmaps parsed it
            return fts_postings.evaluate(tree, lambda term: self._term_mask(conn, term))
        return self._read_fts_list(conn, fts_query)

    def _bitmap(self, conn: sqlite3.Connection, word: str) -> Mask | None:
        bits = speedups.posting_bits(conn, word)
        if bits is None or len(bits) != (self.n + 7) // 8:
            return None  # made for another store: FTS5 answers
        return np.unpackbits(np.frombuffer(bits, dtype=np.uint8), count=self.n).view(bool)

    def _term_mask(self, conn: sqlite3.Connection, term: fts_postings.Term) -> Mask:
        if term.word is not None and term.word in self.posting_words:
            mask = self._bitmap(conn, term.word)
            if mask is not None:
                return mask
        elif term.prefix is not None and self._has_bitmap(term):
            # A short prefix ('a', 'j') stands for many words: FTS5 would merge all their
            # lists before its first row (2 s for "a"* at 1M). The common ones are bitmaps;
            # the rest, if not too many, one FTS5 query of whole words (short lists).
            words = speedups.words_with_prefix(conn, term.prefix, MAX_PREFIX_WORDS + 1)
            if len(words) <= MAX_PREFIX_WORDS:
                mask = np.zeros(self.n, dtype=bool)
                rare = []
                for word in words:
                    bits = self._bitmap(conn, word) if word in self.posting_words else None
                    if bits is None:
                        rare.append(word)
                    else:
                        mask |= bits
                if rare:
                    quoted = " OR ".join('"' + w.replace('"', '""') + '"' for w in rare)
                    mask |= self._read_fts_list(conn, quoted)
                return mask
        return self._read_fts_list(conn, term.text)

    def _read_fts_list(self, conn: sqlite3.Connection, fts_query: str) -> Mask:
        mask = np.zeros(self.n, dtype=bool)
        # One string of every matching rowid, parsed in C: no Python object per match.
        text = conn.execute(
            f"SELECT group_concat(rowid) FROM ({self._fts_sql()})", (fts_query,)
        ).fetchone()[0]
        if text:
            mask[self.positions(parse_rowids(text))] = True
        return mask

    def stream_text(
        self, conn: sqlite3.Connection, fts_query: str, descending: bool, chunk: int = 512
    ) -> Iterator[np.ndarray]:
        """Positions of the matches in rowid order (= date order in a store built by us), a
        chunk at a time, so the first page can be shown before the last match is read."""
        direction = "DESC" if descending else "ASC"
        cursor = conn.execute(
            f"SELECT rowid FROM episodes_fts WHERE episodes_fts MATCH ? ORDER BY rowid {direction}",
            (fts_query,),
        )
        size = 64
        while rows := cursor.fetchmany(size):
            yield self.positions(np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows)))
            size = min(chunk * 64, size * 4)

    # -- masks ---------------------------------------------------------------------------------
    def mask(self, filters: Filters, text: Mask | None, skip: str = "") -> Mask:
        """Episodes passing every filter but `skip` ('kinds', 'actors', 'decades' or 'dates')."""
        mask = np.ones(self.n, dtype=bool) if text is None else text.copy()
        if filters.kinds and skip != "kinds":
            chosen = np.zeros(len(self.kinds) + 1, dtype=bool)
            chosen[[self.kinds.index(k) for k in filters.kinds if k in self.kinds]] = True
            mask &= chosen[self.kind_code]
        if filters.actors and skip != "actors":
            for actor in filters.actors:
                has = np.zeros(self.n, dtype=bool)
                code = self.actor_code.get(actor)
                if code is not None:
                    has[self.pair_pos[self.pair_actor == code]] = True
                mask &= has
        if filters.decades and skip != "decades":
            any_decade = np.zeros(self.n, dtype=bool)
            for decade in filters.decades:
                any_decade |= (self.start_mid < decade + 10) & (self.end_mid >= decade)
            mask &= any_decade
        if skip != "dates":
            if filters.date_to is not None:
                mask &= self.start_lo < float(filters.date_to)
            if filters.date_from is not None:
                mask &= self.end_hi > float(filters.date_from)
        return mask

    def ordered(self, mask: Mask | None, order_by: str, descending: bool) -> np.ndarray:
        """Positions of the masked episodes (None: all) in the order of `order_by` (a key of
        ORDERS)."""
        order = self.orders.get("date" if order_by == "start" else order_by, self.orders["date"])
        # No filter: the stored permutation is the answer (no million-entry gather).
        chosen = order if mask is None or mask.all() else order[mask[order]]
        return chosen[::-1] if descending else chosen

    # -- facets --------------------------------------------------------------------------------
    def facets(
        self, filters: Filters, text: Mask | None, check: Callable[[], None] | None = None
    ) -> Facets:
        """The counts of each facet; `check` is called between them and may raise to stop
        (numpy cannot be interrupted as SQLite can: a newer query waits for the facet that is
        being counted, not for all three, ~70 ms at a million episodes)."""
        check = check or (lambda: None)
        full = self.mask(filters, text)
        check()
        kinds = self.kind_counts(
            filters, self.mask(filters, text, "kinds") if filters.kinds else full
        )
        check()
        actors = self.actor_counts(filters, full)
        check()
        decades = self.decade_counts(
            self.mask(filters, text, "decades") if filters.decades else full
        )
        return Facets(kinds=kinds, actors=actors, decades=decades,
                      total=int(np.count_nonzero(full)))  # fmt: skip

    def kind_counts(self, filters: Filters, mask: Mask) -> list[FacetValue]:
        counts = count_codes(self.kind_code, mask, len(self.kinds))
        values = [FacetValue(k, k, int(c)) for k, c in zip(self.kinds, counts, strict=True) if c]
        present = {v.key for v in values}
        values += [FacetValue(k, k, 0) for k in sorted(filters.kinds) if k not in present]
        return sorted(values, key=lambda v: (-v.count, str(v.key)))

    def actor_counts(self, filters: Filters, mask: Mask) -> list[FacetValue]:
        counts = count_codes(self.pair_actor, mask[self.pair_pos], len(self.actor_ids))
        values = [
            FacetValue(self.actor_ids[i], self.actor_names[i], int(counts[i]), self.actor_kinds[i])
            for i in np.flatnonzero(counts)
        ]
        for actor in sorted(set(filters.actors) - {v.key for v in values}):
            code = self.actor_code.get(actor)
            if code is not None:
                values.append(FacetValue(actor, self.actor_names[code], 0, self.actor_kinds[code]))
        return sorted(values, key=lambda v: (-v.count, v.label.casefold()))

    def decade_counts(self, mask: Mask) -> list[FacetValue]:
        if not self.n:
            return []
        slots = self._decade_slots
        # A span counts in every decade it reaches: +1 where it starts, -1 after it ends.
        steps = count_codes(self._decade_in, mask, slots + 1)[: slots + 1]
        steps = steps - count_codes(self._decade_out, mask, slots + 1)[: slots + 1]
        active = np.rint(np.cumsum(steps)[:slots]).astype(np.int64)
        return [
            FacetValue(self.decade_lo + 10 * i, f"{self.decade_lo + 10 * i}s", int(n))
            for i, n in enumerate(active)
        ]


def count_codes(codes: np.ndarray, mask: Mask, size: int) -> np.ndarray:
    """How many masked entries have each code (0 .. size-1, and any above).

    A mask holding few entries is applied first (a rare word at 1M: 47 → 19 ms for the actor
    pairs); one holding most is given to bincount as weights, which skips the compressed copy
    (the two are even there, and the weights were 2× better under load in the last round)."""
    if np.count_nonzero(mask) * 2 < len(mask):
        return np.bincount(codes[mask], minlength=size)
    return np.bincount(codes, weights=mask, minlength=size)


def parse_rowids(text: str) -> np.ndarray:
    """The integers of a group_concat() string, parsed in C (5× faster than str.split at a
    million, and without a Python object per number)."""
    return np.fromstring(text, dtype=np.int64, sep=",")


def _decades(values: np.ndarray) -> np.ndarray:
    return (np.floor(values / 10) * 10).astype(np.int32)


_CACHE: dict[str, EpisodeIndex] = {}
_LOCK = threading.Lock()


def index_for(conn: sqlite3.Connection, key: str) -> EpisodeIndex:
    """The index of the store known as `key` (its path, size and time), built once, shared."""
    with _LOCK:
        index = _CACHE.get(key)
        if index is None:
            index = EpisodeIndex(conn)
            _CACHE.clear()  # one store open at a time: drop the last one's arrays
            _CACHE[key] = index
        return index
