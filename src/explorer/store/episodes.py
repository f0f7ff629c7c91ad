"""Which episodes match the user's filters, in which order, and their table rows.

`filters` is duck-typed (text, kinds, actors, decades, date_from, date_to — as
core.state.Filters) so the store never imports core. Semantics:
- text: FTS5 over title, summary, actor names and quotes, every word a prefix;
- kinds and decades: any of the chosen values; actors: all of the chosen actors; an episode is
  in every decade from the middle of its start's uncertainty to the middle of its end's;
- date_from/date_to: "active during" — the episode's widest span [start_lo, end_hi] overlaps
  the range. Bounds are decimal years and date_to is the end of the last year wanted (1991.0 for
  "up to 1990"), so both comparisons are strict.
Every sort is done by SQLite, with the id as the tie-break so the order is stable.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from explorer.store.search import parse_search, plain_query

# Where a date most likely lies: the middle of its uncertainty range. "c. 1997" (1996–1998)
# sorts after "1996" and counts in the 1990s, not the 1980s, which its fuzzy edges would give.
START_MID = "(e.start_lo + e.start_hi) / 2"
END_MID = "(e.end_lo + e.end_hi) / 2"

# Column name -> SQL expression it sorts by (a whitelist: never interpolate user text).
ORDERS = {
    "start": START_MID,
    "end": "e.end_hi",
    "title": "e.title COLLATE NOCASE",
    "kind": "e.kind",
    "date": START_MID,
    "actors": "(SELECT MIN(a.name) FROM episode_actors ea JOIN actors a ON a.id = ea.actor_id"
    " WHERE ea.episode_id = e.id) COLLATE NOCASE",
    "citations": "(SELECT COUNT(*) FROM citations c WHERE c.target_type = 'episode'"
    " AND c.target_id = e.id)",
    "disputed": "e.disputed",
    "relevance": "relevance",
}


@dataclass(frozen=True)
class EpisodeSearch:
    ids: list[str]
    fts_query: str
    fallback: bool  # the typed text was not a valid query; its plain words were searched


def where_clause(filters, fts_query: str, alias: str = "e", skip: str = "") -> tuple[str, list]:
    """SQL condition and parameters for `filters`; `skip` names a facet to leave out.

    Facet counts leave their own facet out so the other values of an any-of facet still show
    what choosing them would add.
    """
    clauses: list[str] = []
    params: list = []
    if fts_query:
        clauses.append(
            f"{alias}.id IN (SELECT episode_id FROM episodes_fts WHERE episodes_fts MATCH ?)"
        )
        params.append(fts_query)
    kinds = sorted(getattr(filters, "kinds", ()) or ())
    if kinds and skip != "kinds":
        clauses.append(f"{alias}.kind IN ({','.join('?' * len(kinds))})")
        params.extend(kinds)
    for actor in sorted(getattr(filters, "actors", ()) or ()):
        if skip == "actors":
            break
        clauses.append(
            f"EXISTS (SELECT 1 FROM episode_actors x WHERE x.episode_id = {alias}.id "
            "AND x.actor_id = ?)"
        )
        params.append(actor)
    decades = sorted(getattr(filters, "decades", ()) or ())
    if decades and skip != "decades":
        start_mid, end_mid = (m.replace("e.", f"{alias}.") for m in (START_MID, END_MID))
        overlaps = [f"({start_mid} < ? AND {end_mid} >= ?)" for _ in decades]
        clauses.append("(" + " OR ".join(overlaps) + ")")
        for decade in decades:
            params.extend([decade + 10, decade])
    date_from = getattr(filters, "date_from", None)
    date_to = getattr(filters, "date_to", None)
    if date_to is not None and skip != "dates":
        clauses.append(f"{alias}.start_lo < ?")
        params.append(float(date_to))
    if date_from is not None and skip != "dates":
        clauses.append(f"{alias}.end_hi > ?")
        params.append(float(date_from))
    return (" AND ".join(clauses) or "1"), params


def _ordered_ids(
    conn: sqlite3.Connection, filters, fts_query: str, order_by: str, descending: bool
) -> list[str]:
    where, params = where_clause(filters, fts_query)
    direction = "DESC" if descending else "ASC"
    if order_by == "relevance" and fts_query:
        # bm25 is lower for better matches; the id breaks ties so the order is stable.
        sql = (
            "SELECT e.id FROM episodes e JOIN (SELECT episode_id, bm25(episodes_fts) AS relevance"
            " FROM episodes_fts WHERE episodes_fts MATCH ?) r ON r.episode_id = e.id"
            f" WHERE {where} ORDER BY r.relevance {direction}, e.id"
        )
        params = [fts_query, *params]
    else:
        key = ORDERS.get(order_by, ORDERS["start"])
        if key == "relevance":
            key = ORDERS["start"]
        sql = f"SELECT e.id FROM episodes e WHERE {where} ORDER BY {key} {direction}, e.id {direction}"
    return [row[0] for row in conn.execute(sql, params)]


def search_episodes(
    conn: sqlite3.Connection, filters, order_by: str = "start", descending: bool = False
) -> EpisodeSearch:
    """The matching episode ids in order, and whether the text had to be searched plainly."""
    fts_query, fallback = parse_search(getattr(filters, "text", "") or "")
    try:
        ids = _ordered_ids(conn, filters, fts_query, order_by, descending)
    except sqlite3.OperationalError:
        # Our grammar check should make this unreachable; if FTS5 still disagrees with it,
        # search the plain words rather than fail in front of the user.
        fts_query, fallback = plain_query(getattr(filters, "text", "") or ""), True
        ids = _ordered_ids(conn, filters, fts_query, order_by, descending)
    return EpisodeSearch(ids, fts_query, fallback)


def matching_ids(
    conn: sqlite3.Connection, filters, order_by: str = "start", descending: bool = False
) -> list[str]:
    """Ids of the episodes that pass `filters`, sorted by `order_by` (a key of ORDERS)."""
    return search_episodes(conn, filters, order_by, descending).ids


# The episode table's row: one select list, read by id (store.episodes) or by rowid (the query
# layer's positions, store.episode_query).
ROW_KEYS = ("id", "title", "kind", "date_text", "start_edtf", "end_edtf", "start_lo", "end_hi",
            "uncertain", "disputed", "summary", "actors", "citations")  # fmt: skip
_ROW_SELECT = """
    SELECT e.{key}, e.id, e.title, e.kind, e.date_text, e.start_edtf, e.end_edtf,
           e.start_lo, e.end_hi, e.uncertain, e.disputed, e.summary,
           (SELECT GROUP_CONCAT(name, ', ') FROM (
                SELECT DISTINCT a.name FROM episode_actors ea
                JOIN actors a ON a.id = ea.actor_id
                WHERE ea.episode_id = e.id ORDER BY a.name)) AS actors,
           (SELECT COUNT(*) FROM citations c
            WHERE c.target_type = 'episode' AND c.target_id = e.id) AS citations
    FROM episodes e WHERE e.{key} IN ({marks})"""


def rows_by(conn: sqlite3.Connection, key: Literal["id", "rowid"], keys: Sequence) -> dict:
    """Table rows for `keys` (episode ids or rowids, a few hundred at a time), keyed by them."""
    rows: dict = {}
    # SQLite allows 32766 parameters; callers fetch pages far smaller than that.
    for start in range(0, len(keys), 500):
        chunk = list(keys[start : start + 500])
        sql = _ROW_SELECT.format(key=key, marks=",".join("?" * len(chunk)))
        for row in conn.execute(sql, chunk):
            rows[row[0]] = dict(zip(ROW_KEYS, tuple(row)[1:], strict=True))
    return rows


def episode_rows(conn: sqlite3.Connection, ids: Sequence[str]) -> dict[str, dict]:
    """Table rows for `ids` (at most a few hundred at a time), keyed by id."""
    return rows_by(conn, "id", ids)


def episode_count(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT COUNT(*) FROM episodes").fetchone()[0]
