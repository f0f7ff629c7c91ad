"""Series, actors and sources as sortable, searchable listings (the table pane's other views).

Each listing is declared once: its columns as SQL expressions, so sorting by any column is an
ORDER BY, and how the search text narrows it. Column keys double as the UI's column ids.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from explorer.store.search import bounded, parse_search, plain_query


@dataclass(frozen=True)
class Listing:
    name: str
    from_sql: str
    columns: tuple[tuple[str, str], ...]  # (key, SQL expression), in display order
    text_sql: str  # condition taking one FTS/LIKE parameter
    uses_fts: bool
    counted: str = ""  # the column store.speedups counts ahead (speedup_counts), if any


_SERIES_SPAN = "(SELECT {fn}({col}) FROM observations o WHERE o.series_id = t.id)"

LISTINGS = {
    "series": Listing(
        "series",
        "series t LEFT JOIN actors r ON r.id = t.reporter LEFT JOIN actors p ON p.id = t.partner"
        " JOIN sources src ON src.id = t.source_id",
        (
            ("title", "t.title"),
            ("indicator", "t.indicator"),
            ("unit", "t.unit_label"),
            ("reporter", "r.name"),
            ("partner", "p.name"),
            ("first", _SERIES_SPAN.format(fn="MIN", col="start")),
            ("last", _SERIES_SPAN.format(fn="MAX", col="end")),
            ("observations", "(SELECT COUNT(*) FROM observations o WHERE o.series_id = t.id)"),
            ("source", "src.short_title || ', ' || t.table_ref"),
        ),
        "(t.title || ' ' || t.indicator || ' ' || COALESCE(t.category, '') || ' ' ||"
        " COALESCE(t.table_title, '') || ' ' || COALESCE(r.name, '') || ' ' ||"
        " COALESCE(p.name, '')) LIKE ?",
        False,
        "observations",
    ),
    "actors": Listing(
        "actors",
        "actors t",
        (
            ("name", "t.name"),
            ("kind", "t.kind"),
            (
                "episodes",
                "(SELECT COUNT(DISTINCT episode_id) FROM episode_actors ea"
                " WHERE ea.actor_id = t.id)",
            ),
            (
                "aliases",
                "(SELECT GROUP_CONCAT(alias, ', ') FROM actor_aliases x WHERE x.actor_id = t.id)",
            ),
            ("note", "t.note"),
        ),  # fmt: skip
        "t.id IN (SELECT actor_id FROM actors_fts WHERE actors_fts MATCH ?)",
        True,
        "episodes",
    ),
    "sources": Listing(
        "sources",
        "sources t",
        (
            ("short_title", "t.short_title"),
            ("year", "t.year"),
            ("kind", "t.kind"),
            ("rights", "t.rights"),
            ("passages", "(SELECT COUNT(*) FROM passages x WHERE x.source_id = t.id)"),
            ("title", "t.title"),
        ),
        "(t.title || ' ' || t.short_title || ' ' || COALESCE(t.authors, '') || ' ' ||"
        " COALESCE(t.venue, '')) LIKE ?",
        False,
        "passages",
    ),
}
# A count read from the store's precomputed table: one b-tree look-up instead of counting
# (at a million episodes Japan's links alone are 900,000 rows; the Actors tab took 1.4 s).
_PRECOUNTED = (
    "COALESCE((SELECT k.n FROM speedup_counts k WHERE k.listing = '{name}' AND k.id = t.id), 0)"
)


def _columns(conn: sqlite3.Connection, listing: Listing) -> dict[str, str]:
    """The listing's column expressions for this store (its precomputed counts if it has them)."""
    columns = dict(listing.columns)
    if listing.counted and _has_counts(conn):
        columns[listing.counted] = _PRECOUNTED.format(name=listing.name)
    return columns


def _has_counts(conn: sqlite3.Connection) -> bool:
    row = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'speedup_counts'"
    ).fetchone()
    return row is not None


def _text_param(listing: Listing, text: str) -> str | None:
    text = bounded(text).strip()
    if not text:
        return None
    if listing.uses_fts:
        return parse_search(text)[0] or None
    return f"%{text}%"


def listing_ids(
    conn: sqlite3.Connection,
    name: str,
    text: str = "",
    order_by: str | None = None,
    descending: bool = False,
) -> list[str]:
    """Ids of the listing's rows matching `text`, sorted by the column `order_by`."""
    listing = LISTINGS[name]
    columns = _columns(conn, listing)
    key = columns.get(order_by or "", listing.columns[0][1])
    direction = "DESC" if descending else "ASC"
    param = _text_param(listing, text)
    where, params = ("1", []) if param is None else (listing.text_sql, [param])
    sql = (
        f"SELECT t.id FROM {listing.from_sql} WHERE {where} "
        f"ORDER BY {key} IS NULL, {key} COLLATE NOCASE {direction}, t.id {direction}"
    )
    try:
        return [row[0] for row in conn.execute(sql, params)]
    except sqlite3.OperationalError:
        if not listing.uses_fts:
            raise
        fallback = plain_query(text)
        params = [fallback] if fallback else []
        where = listing.text_sql if fallback else "1"
        sql = f"SELECT t.id FROM {listing.from_sql} WHERE {where} ORDER BY {key} {direction}, t.id"
        return [row[0] for row in conn.execute(sql, params)]


def listing_rows(conn: sqlite3.Connection, name: str, ids: Sequence[str]) -> dict[str, dict]:
    """The displayed values of rows `ids`, keyed by id."""
    listing = LISTINGS[name]
    select = ", ".join(f"{sql} AS {key}" for key, sql in _columns(conn, listing).items())
    rows: dict[str, dict] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        marks = ",".join("?" * len(chunk))
        cursor = conn.execute(
            f"SELECT t.id AS id, {select} FROM {listing.from_sql} WHERE t.id IN ({marks})", chunk
        )
        names = [d[0] for d in cursor.description]
        for row in cursor:
            rows[row[0]] = dict(zip(names, tuple(row), strict=True))
    return rows
