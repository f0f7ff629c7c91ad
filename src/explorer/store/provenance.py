"""Where a field of an actor or a source comes from: the curators' knowledge or a source's words.

Stores built before the provenance table existed have none; they read as "no provenance".
"""

from __future__ import annotations

import sqlite3


def _has_table(conn: sqlite3.Connection) -> bool:
    return (
        conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'provenance'"
        ).fetchone()
        is not None
    )


def for_subject(conn: sqlite3.Connection, subject_type: str, subject_id: str) -> dict[str, dict]:
    """{field: {basis, reference, quote, locator, source_id, short_title}} for one subject."""
    if not _has_table(conn):
        return {}
    rows = conn.execute(
        """SELECT pr.field, pr.basis, pr.reference, p.quote, p.locator, p.source_id,
                  s.short_title
           FROM provenance pr
           LEFT JOIN passages p ON p.id = pr.passage_id
           LEFT JOIN sources s ON s.id = p.source_id
           WHERE pr.subject_type = ? AND pr.subject_id = ?
           ORDER BY pr.field""",
        (subject_type, subject_id),
    )
    names = [d[0] for d in rows.description]
    return {row[0]: dict(zip(names[1:], tuple(row)[1:], strict=True)) for row in rows}
