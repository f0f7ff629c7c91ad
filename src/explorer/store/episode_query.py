"""The typed episode query: one request in, results out in stages (first page, order, facets).

`run_episode_query` is what the app's worker calls for the episode table and the facets. It
answers from an `EpisodeIndex` (packed columns) plus FTS5 for the text, so its cost hardly grows
with filters; the first page of a date-sorted text search is read from FTS5 in rowid order (the
date order of a store built by us) and reported before the rest of the matches are counted, or,
when the search's words have stored bitmaps (store.fts_postings), taken from its matches made
in milliseconds.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from explorer.store import speedups
from explorer.store.episode_index import EpisodeIndex, Mask, parse_rowids
from explorer.store.episodes import rows_by
from explorer.store.facets import Facets
from explorer.store.filters import Filters
from explorer.store.search import fold, parse_search, plain_query

PAGE = 200
MAX_EXPANSION = 16  # a prefix with more words than this stays a prefix query
_PREFIX_TERM = re.compile(r'"([\w]+)"\*')


@dataclass(frozen=True)
class EpisodeRequest:
    filters: Filters = field(default_factory=Filters)
    order_by: str = "date"
    descending: bool = False


@dataclass(frozen=True)
class FirstPage:
    positions: np.ndarray  # the first rows, in order (positions in the index)
    fallback: bool
    rows: tuple[dict, ...] = ()  # their table rows, read by the worker (rows_at), if it did


@dataclass(frozen=True)
class EpisodeResult:
    request: EpisodeRequest
    order: np.ndarray  # positions of every match, in order
    fts_query: str
    fallback: bool
    mask: Mask | None = None  # the matches as a mask (None: every episode)
    text_mask: Mask | None = None  # the text search's matches alone (None: no text)


def expand_prefixes(conn: sqlite3.Connection, fts_query: str) -> str:
    """Replace each prefix term ("jap"*) by the few words it stands for ("japan" OR ...).

    FTS5 builds a prefix term's whole match list before returning its first row (unless a
    prefix index of that length exists); a handful of whole words stream instead, so the first
    page of a broad search comes back in a millisecond. Uses the store's word list
    (speedups.save_terms); a store without one keeps its prefixes.
    """

    def replace(match: re.Match) -> str:
        words = speedups.words_with_prefix(conn, fold(match.group(1)).lower(), MAX_EXPANSION + 1)
        if not words or len(words) > MAX_EXPANSION:
            return match.group(0)
        return "(" + " OR ".join('"' + w.replace('"', '""') + '"' for w in words) + ")"

    return _PREFIX_TERM.sub(replace, fts_query)


def _interrupted(error: sqlite3.OperationalError) -> bool:
    return "interrupt" in str(error).lower()


def run_episode_query(
    conn: sqlite3.Connection,
    index: EpisodeIndex,
    request: EpisodeRequest,
    on_first_page: Callable[[FirstPage], None] | None = None,
    page: int = PAGE,
) -> EpisodeResult:
    """Every match of `request` in order; `on_first_page` hears the first `page` rows as soon
    as they are known (before the rest are read, for the default date order)."""
    filters = request.filters
    if filters.is_empty():
        # Nothing narrows: the stored permutation is the answer (no million-entry mask).
        return EpisodeResult(request, index.ordered(None, request.order_by, request.descending),
                             "", False)  # fmt: skip
    fts_query, fallback = parse_search(filters.text or "")
    others = index.mask(filters, None)
    text_mask: Mask | None = None
    if fts_query:
        try:
            fts_query = expand_prefixes(conn, fts_query)
            text_mask = _text_mask(conn, index, request, fts_query, others, on_first_page, page,
                                   fallback)  # fmt: skip
        except sqlite3.OperationalError as error:
            if _interrupted(error):
                raise
            fts_query, fallback = plain_query(filters.text), True
            text_mask = index._fts_mask(conn, fts_query)
    mask = others if text_mask is None else others & text_mask
    if request.order_by == "relevance" and fts_query:
        order = _by_relevance(conn, index, fts_query, mask, request.descending)
    else:
        order = index.ordered(mask, request.order_by, request.descending)
    return EpisodeResult(
        request, order, fts_query, fallback, None if filters.is_empty() else mask, text_mask
    )


def _text_mask(conn, index, request, fts_query, others, on_first_page, page, fallback) -> Mask:
    streams = (
        on_first_page is not None
        and index.fts_rowids_aligned
        and request.order_by in ("date", "start")
    )
    if streams and index.rowid_is_date_order and index.answers_from_bitmaps(fts_query):
        # Every match is known in milliseconds: the first page is the first of them (rowid
        # order is date order), with no FTS5 walk before it.
        mask = index._fts_mask(conn, fts_query)
        hits = np.flatnonzero(mask & others)
        first = hits[::-1][:page] if request.descending else hits[:page]
        on_first_page(FirstPage(first, fallback))
        return mask
    if streams and index.rowid_is_date_order and on_first_page is not None:
        shown: list[np.ndarray] = []
        count = 0
        for chunk in index.stream_text(conn, fts_query, request.descending):
            kept = chunk[others[chunk]]
            shown.append(kept)
            count += len(kept)
            if count >= page:
                break
        first = np.concatenate(shown)[:page] if shown else np.zeros(0, dtype=np.int64)
        on_first_page(FirstPage(first, fallback))
    return index._fts_mask(conn, fts_query)


def _by_relevance(conn, index, fts_query, mask, descending) -> np.ndarray:
    sql = (
        "SELECT group_concat(rowid) FROM (SELECT rowid FROM episodes_fts"
        " WHERE episodes_fts MATCH ? ORDER BY bm25(episodes_fts), rowid)"
    )
    if not index.fts_rowids_aligned:
        sql = (
            "SELECT group_concat(e.rowid) FROM (SELECT episode_id, bm25(episodes_fts) AS r"
            " FROM episodes_fts WHERE episodes_fts MATCH ?) f JOIN episodes e ON e.id = f.episode_id"
            " ORDER BY f.r, e.id"
        )
    text = conn.execute(sql, (fts_query,)).fetchone()[0]
    if not text:
        return np.zeros(0, dtype=np.int64)
    positions = index.positions(parse_rowids(text))
    positions = positions[mask[positions]]
    return positions[::-1] if descending else positions


def facets_for(
    index: EpisodeIndex, result: EpisodeResult, check: Callable[[], None] | None = None
) -> Facets:
    """Facet counts for a finished query (reusing its text matches); `check` may raise
    between facets to stop (EpisodeIndex.facets)."""
    return index.facets(result.request.filters, result.text_mask, check)


def facet_counts_fast(conn: sqlite3.Connection, index: EpisodeIndex, filters: Filters) -> Facets:
    """Facet counts for `filters` alone (no table query before it)."""
    fts_query, _fallback = parse_search(filters.text or "")
    text: Mask | None = None
    if fts_query:
        try:
            text = index._fts_mask(conn, expand_prefixes(conn, fts_query))
        except sqlite3.OperationalError as error:
            if _interrupted(error):
                raise
            text = index._fts_mask(conn, plain_query(filters.text))
    return index.facets(filters, text)


# -- rows -------------------------------------------------------------------------------------
def rows_at(
    conn: sqlite3.Connection, index: EpisodeIndex, positions: Sequence[int] | np.ndarray
) -> list[dict]:
    """Table rows for index positions (a page at a time), in the order given."""
    rowids = [int(index.rowids[p]) for p in positions]
    found = rows_by(conn, "rowid", rowids)
    return [found[r] for r in rowids if r in found]


def ids_at(
    conn: sqlite3.Connection, index: EpisodeIndex, positions: Sequence[int] | np.ndarray
) -> list[str]:
    rowids = [int(index.rowids[p]) for p in positions]
    found: dict[int, str] = {}
    for start in range(0, len(rowids), 900):
        chunk = rowids[start : start + 900]
        marks = ",".join("?" * len(chunk))
        found.update(
            conn.execute(f"SELECT rowid, id FROM episodes WHERE rowid IN ({marks})", chunk)
        )
    return [found[r] for r in rowids if r in found]


def position_of(conn: sqlite3.Connection, index: EpisodeIndex, episode_id: str) -> int | None:
    row = conn.execute("SELECT rowid FROM episodes WHERE id = ?", (episode_id,)).fetchone()
    if row is None:
        return None
    return int(index.positions(np.array([row[0]], dtype=np.int64))[0])


class EpisodeIds(Sequence[str]):
    """The ids of a query's matches in order, read from the store a page at a time.

    A million-row result is kept as one array of positions (8 MB), never a list of strings; the
    table asks for the ids it shows."""

    def __init__(
        self, conn: sqlite3.Connection, index: EpisodeIndex, positions: np.ndarray
    ) -> None:
        self.conn, self.episodes, self.positions = conn, index, positions
        self._pages: dict[int, list[str]] = {}

    def __len__(self) -> int:
        return len(self.positions)

    def prefill(self, ids: Sequence[str]) -> None:
        """The ids of the first positions, already known (read with their rows)."""
        if len(ids) >= min(PAGE, len(self.positions)):
            self._pages[0] = list(ids[:PAGE])

    def known_first_ids(self) -> list[str]:
        """The first page's ids if already read, else []."""
        return self._pages.get(0, [])

    def _page(self, number: int) -> list[str]:
        if number not in self._pages:
            chunk = self.positions[number * PAGE : (number + 1) * PAGE]
            self._pages[number] = ids_at(self.conn, self.episodes, chunk)
        return self._pages[number]

    def __getitem__(self, item):
        if isinstance(item, slice):
            return ids_at(self.conn, self.episodes, self.positions[item])
        if item < 0:
            item += len(self)
        if not 0 <= item < len(self):
            raise IndexError(item)
        return self._page(item // PAGE)[item % PAGE]

    def __iter__(self):
        for number in range(0, (len(self) + PAGE - 1) // PAGE):
            yield from self._page(number)

    def index(self, value: object, start: int = 0, stop: int | None = None) -> int:
        position = position_of(self.conn, self.episodes, str(value))
        if position is not None:
            hits = np.flatnonzero(self.positions == position)
            if len(hits):
                return int(hits[0])
        raise ValueError(value)
