"""The rows behind an episode comparison (core.compare, core.compare_series): read here, so
every SQL string of the app lives in explorer.store; core only reasons about them."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

# (id, title, kind, date_text, start_edtf, end_edtf, precision, uncertain, start_lo, end_hi,
#  summary, disputed)
FactRow = tuple
SeriesRow = tuple  # (id, title, unit_label, source short title, table_ref, first, last)
# (id, period, start, end, value, value_text, flag, source short title, locator, quote)
PointRow = tuple


def episode_fact_row(conn: sqlite3.Connection, episode_id: str) -> FactRow | None:
    return conn.execute(
        "SELECT id, title, kind, date_text, start_edtf, end_edtf, precision, uncertain,"
        " start_lo, end_hi, summary, disputed FROM episodes WHERE id = ?",
        (episode_id,),
    ).fetchone()


def episode_actor_roles(conn: sqlite3.Connection, episode_id: str) -> list[tuple[str, str, str]]:
    """(actor id, name, role) of an episode, by role then name."""
    return [
        (str(r[0]), str(r[1]), str(r[2]))
        for r in conn.execute(
            "SELECT a.id, a.name, ea.role FROM episode_actors ea JOIN actors a ON a.id = ea.actor_id"
            " WHERE ea.episode_id = ? ORDER BY ea.role, a.name",
            (episode_id,),
        )
    ]


def find_episode_rows(
    conn: sqlite3.Connection, fts_query: str, limit: int
) -> list[tuple[str, str, str]]:
    """(id, title, date text) of the earliest episodes matching an FTS5 query ("" for all)."""
    if not fts_query:
        rows = conn.execute(
            "SELECT id, title, date_text FROM episodes ORDER BY start_lo, id LIMIT ?", (limit,)
        )
    else:
        rows = conn.execute(
            "SELECT id, title, date_text FROM episodes WHERE id IN"
            " (SELECT episode_id FROM episodes_fts WHERE episodes_fts MATCH ?)"
            " ORDER BY start_lo, id LIMIT ?",
            (fts_query, limit),
        )
    return [(str(r[0]), str(r[1]), str(r[2])) for r in rows]


def series_row(conn: sqlite3.Connection, series_id: str) -> SeriesRow | None:
    return conn.execute(
        "SELECT s.id, s.title, s.unit_label, src.short_title, s.table_ref,"
        " (SELECT MIN(start) FROM observations o WHERE o.series_id = s.id),"
        " (SELECT MAX(start) FROM observations o WHERE o.series_id = s.id)"
        " FROM series s JOIN sources src ON src.id = s.source_id WHERE s.id = ?",
        (series_id,),
    ).fetchone()


def all_series_rows(conn: sqlite3.Connection) -> list[SeriesRow]:
    return conn.execute(
        "SELECT s.id, s.title, s.unit_label, src.short_title, s.table_ref, MIN(o.start),"
        " MAX(o.start) FROM series s JOIN sources src ON src.id = s.source_id"
        " LEFT JOIN observations o ON o.series_id = s.id GROUP BY s.id"
        " ORDER BY s.title COLLATE NOCASE, s.id"
    ).fetchall()


def yearly_points(
    conn: sqlite3.Connection, series_id: str, start: float, stop: float
) -> list[PointRow]:
    """A series' observations of a year or less starting in [start, stop), with their words."""
    return conn.execute(
        "SELECT o.id, o.period, o.start, o.end, o.value, o.value_text, o.flag, src.short_title,"
        " p.locator, p.quote FROM observations o JOIN passages p ON p.id = o.passage_id"
        " JOIN sources src ON src.id = p.source_id"
        " WHERE o.series_id = ? AND o.start >= ? AND o.start < ? AND o.end - o.start <= 1.001"
        " ORDER BY o.start, o.id",
        (series_id, start, stop),
    ).fetchall()


def yearly_value_counts(
    conn: sqlite3.Connection, start: float, stop: float
) -> list[tuple[str, int]]:
    """(series id, yearly values starting in [start, stop)) for every series with some."""
    return [
        (str(r[0]), int(r[1]))
        for r in conn.execute(
            "SELECT series_id, COUNT(*) FROM observations WHERE start >= ? AND start < ?"
            " AND end - start <= 1.001 AND value IS NOT NULL GROUP BY series_id",
            (start, stop),
        )
    ]


def series_between(conn: sqlite3.Connection, actor_ids: Sequence[str]) -> set[str]:
    """Series whose reporter and partner are both among `actor_ids`."""
    marks = ",".join("?" * len(actor_ids)) or "NULL"
    return {
        str(row[0])
        for row in conn.execute(
            f"SELECT id FROM series WHERE reporter IN ({marks}) AND partner IN ({marks})",
            list(actor_ids) + list(actor_ids),
        )
    }
