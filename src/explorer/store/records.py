"""Small look-ups the panes need, each written once: the dataset version, whether a record
exists, a source's first passages, row counts, the years the episodes cover, series choices."""

from __future__ import annotations

import logging
import sqlite3

log = logging.getLogger(__name__)

# Selection kinds -> the table holding their ids (a whitelist: names are never interpolated
# from anywhere else).
RECORD_TABLES = {
    "episode": "episodes",
    "series": "series",
    "observation": "observations",
    "period": "periods",
    "actor": "actors",
    "source": "sources",
    "passage": "passages",
}
COUNTED_TABLES = frozenset(
    {"episodes", "series", "observations", "sources", "passages", "actors", "periods"}
)


def dataset_version(conn: sqlite3.Connection) -> str:
    """The store's dataset version, or "" when it has none (or no meta table at all)."""
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'dataset_version'").fetchone()
    except sqlite3.DatabaseError as error:
        log.warning("the store has no readable dataset version: %s", error)
        return ""
    return str(row[0]) if row and row[0] is not None else ""


def record_exists(conn: sqlite3.Connection, kind: str, record_id: str) -> bool | None:
    """True/False when the store can say; None for an unknown kind or an unreadable table."""
    table = RECORD_TABLES.get(kind)
    if table is None:
        return None
    try:
        row = conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (record_id,)).fetchone()
    except sqlite3.DatabaseError as error:
        log.warning("could not check %s %r: %s", kind, record_id, error)
        return None
    return row is not None


def source_passage_ids(conn: sqlite3.Connection, source_id: str, limit: int = 50) -> list[int]:
    """A source's first passages, in the order they appear in its text."""
    rows = conn.execute(
        "SELECT id FROM passages WHERE source_id = ? ORDER BY char_start, id LIMIT ?",
        (source_id, limit),
    ).fetchall()
    return [int(r[0]) for r in rows]


def row_count(conn: sqlite3.Connection, table: str) -> int:
    if table not in COUNTED_TABLES:
        raise ValueError(f"not a counted table: {table!r}")
    return int(conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])


def episode_span(conn: sqlite3.Connection) -> tuple[float, float] | None:
    """The decimal-year bounds the episodes cover (None if there are none)."""
    try:
        lo, hi = conn.execute("SELECT MIN(start_lo), MAX(end_hi) FROM episodes").fetchone()
    except sqlite3.DatabaseError as error:
        log.warning("could not read the episodes' span: %s", error)
        return None
    return None if lo is None or hi is None else (float(lo), float(hi))


def series_choices(conn: sqlite3.Connection) -> list[tuple[str, str, str, str]]:
    """(id, title, unit label, table) of every series, by title."""
    return [
        (str(r[0]), str(r[1]), str(r[2]), str(r[3]))
        for r in conn.execute(
            "SELECT s.id, s.title, s.unit_label, s.table_ref FROM series s"
            " ORDER BY s.title COLLATE NOCASE, s.id"
        )
    ]


def episode_rowid_max(conn: sqlite3.Connection) -> int:
    """The largest episode rowid: the store's size in one b-tree step (COUNT(*) reads a whole
    index, ~30 ms at a million rows)."""
    row = conn.execute("SELECT MAX(rowid) FROM episodes").fetchone()
    return int(row[0]) if row and row[0] is not None else 0
