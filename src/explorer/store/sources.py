"""Source documents and passages: bibliographic records, full texts where rights allow."""

from __future__ import annotations

import sqlite3

_RECORD_COLUMNS = (
    "id, short_title, title, authors, year, venue, kind, language, rights, rights_note, "
    "full_text IS NOT NULL AS has_full_text"
)


def _as_dict(cursor: sqlite3.Cursor) -> dict | None:
    row = cursor.fetchone()
    if row is None:
        return None
    return dict(zip([d[0] for d in cursor.description], tuple(row), strict=True))


def source_record(conn: sqlite3.Connection, source_id: str) -> dict | None:
    """The bibliographic record, without the (possibly long) full text."""
    record = _as_dict(
        conn.execute(f"SELECT {_RECORD_COLUMNS} FROM sources WHERE id = ?", (source_id,))
    )
    if record is not None:
        record["n_passages"] = conn.execute(
            "SELECT COUNT(*) FROM passages WHERE source_id = ?", (source_id,)
        ).fetchone()[0]
    return record


def all_sources(conn: sqlite3.Connection) -> list[dict]:
    cursor = conn.execute(f"SELECT {_RECORD_COLUMNS} FROM sources ORDER BY year, id")
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, tuple(row), strict=True)) for row in cursor]


def full_text(conn: sqlite3.Connection, source_id: str) -> str | None:
    """The cleaned full text, present only for public-domain documents."""
    row = conn.execute("SELECT full_text FROM sources WHERE id = ?", (source_id,)).fetchone()
    return row[0] if row else None


def passage(conn: sqlite3.Connection, passage_id: int | str) -> dict | None:
    """One passage with its source; char_start/char_end locate it in the full text (-1 if not)."""
    return _as_dict(
        conn.execute(
            """SELECT p.id, p.source_id, p.locator, p.quote, p.char_start, p.char_end,
                      s.short_title, s.title AS source_title, s.rights,
                      s.full_text IS NOT NULL AS has_full_text
               FROM passages p JOIN sources s ON s.id = p.source_id WHERE p.id = ?""",
            (int(passage_id),),
        )
    )


def passage_citers(conn: sqlite3.Connection, passage_id: int | str) -> list[tuple[str, str, str]]:
    """(target_type, target_id, title) of every record resting on this passage."""
    return [
        (row[0], row[1], row[2] or row[1])
        for row in conn.execute(
            """SELECT c.target_type, c.target_id,
                      COALESCE(e.title, p.name, s.title || ', ' || o.period)
               FROM citations c
               LEFT JOIN episodes e ON c.target_type = 'episode' AND e.id = c.target_id
               LEFT JOIN periods p ON c.target_type = 'period' AND p.id = c.target_id
               LEFT JOIN observations o ON c.target_type = 'observation' AND o.id = c.target_id
               LEFT JOIN series s ON s.id = o.series_id
               WHERE c.passage_id = ? ORDER BY c.target_type, c.target_id""",
            (int(passage_id),),
        )
    ]
