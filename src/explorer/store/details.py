"""Everything the detail pane shows about one record, with the passages it rests on.

Each function returns plain dicts (or None when the id is unknown, e.g. after another store
was opened), so the UI never sees sqlite3 rows and tests can compare with SQL directly.
"""

from __future__ import annotations

import sqlite3

_CITATION_SQL = """
    SELECT p.id AS passage_id, p.quote, p.locator, p.char_start, p.char_end,
           s.id AS source_id, s.short_title, s.title AS source_title, s.rights,
           s.full_text IS NOT NULL AS has_full_text
    FROM citations c
    JOIN passages p ON p.id = c.passage_id
    JOIN sources s ON s.id = p.source_id
    WHERE c.target_type = ? AND c.target_id = ?
    ORDER BY s.year, s.id, p.char_start, p.id"""


def _dicts(cursor: sqlite3.Cursor) -> list[dict]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, tuple(row), strict=True)) for row in cursor]


def _one(cursor: sqlite3.Cursor) -> dict | None:
    rows = _dicts(cursor)
    return rows[0] if rows else None


def citations(conn: sqlite3.Connection, target_type: str, target_id: str) -> list[dict]:
    return _dicts(conn.execute(_CITATION_SQL, (target_type, target_id)))


def citations_of(conn: sqlite3.Connection, target_type: str, ids: list[str]) -> dict[str, list]:
    """Citations of many targets at once, {target id: [citation, ...]} (ids without any: [])."""
    found: dict[str, list] = {target_id: [] for target_id in ids}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        sql = _CITATION_SQL.replace("c.target_id = ?", f"c.target_id IN ({marks})").replace(
            "SELECT p.id", "SELECT c.target_id, p.id"
        )
        for row in _dicts(conn.execute(sql, (target_type, *chunk))):
            found[row.pop("target_id")].append(row)
    return found


def claims(conn: sqlite3.Connection, subject_type: str, subject_id: str) -> list[dict]:
    """What each source says about a field, for the fields the sources disagree on."""
    return _dicts(conn.execute(
        """SELECT c.field, c.value, c.value_text, c.source_id, s.short_title, c.passage_id
           FROM claims c JOIN sources s ON s.id = c.source_id
           WHERE c.subject_type = ? AND c.subject_id = ? AND c.field IN (
               SELECT field FROM conflicts WHERE subject_type = ? AND subject_id = ?)
           ORDER BY c.field, s.year, c.source_id""",
        (subject_type, subject_id, subject_type, subject_id),
    ))  # fmt: skip


def episode(conn: sqlite3.Connection, episode_id: str) -> dict | None:
    record = _one(conn.execute("SELECT * FROM episodes WHERE id = ?", (episode_id,)))
    if record is None:
        return None
    record["actors"] = _dicts(conn.execute(
        """SELECT a.id, a.name, a.kind, GROUP_CONCAT(ea.role, ', ') AS roles
           FROM episode_actors ea JOIN actors a ON a.id = ea.actor_id
           WHERE ea.episode_id = ? GROUP BY a.id ORDER BY a.kind != 'country', a.name""",
        (episode_id,),
    ))  # fmt: skip
    record["citations"] = citations(conn, "episode", episode_id)
    record["claims"] = claims(conn, "episode", episode_id)
    return record


def period(conn: sqlite3.Connection, period_id: str) -> dict | None:
    record = _one(conn.execute(
        """SELECT p.*, a.name AS actor_name FROM periods p
           LEFT JOIN actors a ON a.id = p.actor_id WHERE p.id = ?""",
        (period_id,),
    ))  # fmt: skip
    if record is not None:
        record["citations"] = citations(conn, "period", period_id)
    return record


def series(conn: sqlite3.Connection, series_id: str) -> dict | None:
    record = _one(conn.execute(
        """SELECT s.*, r.name AS reporter_name, p.name AS partner_name,
                  src.short_title AS source_title,
                  (SELECT COUNT(*) FROM observations o WHERE o.series_id = s.id) AS n_obs,
                  (SELECT MIN(start) FROM observations o WHERE o.series_id = s.id) AS first,
                  (SELECT MAX(end) FROM observations o WHERE o.series_id = s.id) AS last
           FROM series s
           LEFT JOIN actors r ON r.id = s.reporter
           LEFT JOIN actors p ON p.id = s.partner
           JOIN sources src ON src.id = s.source_id
           WHERE s.id = ?""",
        (series_id,),
    ))  # fmt: skip
    if record is not None:
        record["observations"] = _dicts(conn.execute(
            "SELECT id, period, value_text, flag FROM observations WHERE series_id = ? "
            "ORDER BY start, id",
            (series_id,),
        ))  # fmt: skip
    return record


def observation(conn: sqlite3.Connection, observation_id: str) -> dict | None:
    record = _one(conn.execute(
        """SELECT o.*, s.title AS series_title, s.unit_label, s.table_ref, s.table_title
           FROM observations o JOIN series s ON s.id = o.series_id WHERE o.id = ?""",
        (observation_id,),
    ))  # fmt: skip
    if record is not None:
        record["citations"] = citations(conn, "observation", observation_id)
        record["claims"] = claims(conn, "observation", observation_id)
    return record


def actor(conn: sqlite3.Connection, actor_id: str) -> dict | None:
    record = _one(conn.execute("SELECT * FROM actors WHERE id = ?", (actor_id,)))
    if record is None:
        return None
    record["aliases"] = [
        row[0]
        for row in conn.execute(
            "SELECT alias FROM actor_aliases WHERE actor_id = ? ORDER BY alias", (actor_id,)
        )
    ]
    record["episodes"] = _dicts(conn.execute(
        """SELECT e.id, e.title, e.date_text, GROUP_CONCAT(ea.role, ', ') AS roles
           FROM episode_actors ea JOIN episodes e ON e.id = ea.episode_id
           WHERE ea.actor_id = ? GROUP BY e.id ORDER BY e.start_lo, e.id""",
        (actor_id,),
    ))  # fmt: skip
    return record
