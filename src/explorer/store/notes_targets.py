"""What a note is attached to, read from the bundled store: its name and the words it rests on.

Passages have integer ids that a rebuild may renumber, so a note on a passage is keyed by
`<source id>:<hash of the quote>` instead (see `passage_key`): the same words of the same
document keep the same key in every dataset version.
"""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass, field

_KEY_CACHE: list[tuple[sqlite3.Connection, dict[str, int]]] = []


@dataclass(frozen=True)
class Citation:
    source: str  # short title of the document
    locator: str
    quote: str
    passage_id: int


@dataclass(frozen=True)
class TargetInfo:
    target_type: str
    target_id: str
    label: str  # "Japanese embassy hostage crisis"
    detail: str = ""  # "December 17, 1996 – April 22, 1997 · security"
    citations: tuple[Citation, ...] = field(default_factory=tuple)
    found: bool = True  # False when the current dataset has no such item
    # An episode's date as its source writes it and its kind code ("security"), for an
    # interface that names the kind in its own language (`detail` has the code).
    when: str = ""
    kind: str = ""


def passage_key(source_id: str, quote: str) -> str:
    words = " ".join(quote.split())
    return f"{source_id}:{hashlib.sha1(words.encode()).hexdigest()[:12]}"


def passage_key_for_id(conn: sqlite3.Connection, passage_id: int | str) -> str | None:
    row = conn.execute(
        "SELECT source_id, quote FROM passages WHERE id = ?", (int(passage_id),)
    ).fetchone()
    return passage_key(row[0], row[1]) if row else None


def passage_id_for_key(conn: sqlite3.Connection, key: str) -> int | None:
    return _key_map(conn).get(key)


def passage_ids_for_keys(conn: sqlite3.Connection, keys) -> set[int]:
    """Current passage ids of stable passage keys (e.g. NotesStore.noted_ids('passage'))."""
    mapping = _key_map(conn)
    return {mapping[key] for key in keys if key in mapping}


def _key_map(conn: sqlite3.Connection) -> dict[str, int]:
    for cached_conn, mapping in _KEY_CACHE:
        if cached_conn is conn:
            return mapping
    mapping = {
        passage_key(source, quote): pid
        for pid, source, quote in conn.execute("SELECT id, source_id, quote FROM passages")
    }
    _KEY_CACHE[:] = [*_KEY_CACHE[-1:], (conn, mapping)]  # the open store and the one before
    return mapping


def citations(conn: sqlite3.Connection, target_type: str, target_id: str) -> tuple[Citation, ...]:
    """The passages an episode or an observation rests on; a passage cites itself."""
    if target_type == "observation":
        sql = (
            "SELECT p.id, s.short_title, p.locator, p.quote FROM observations o"
            " JOIN passages p ON p.id = o.passage_id JOIN sources s ON s.id = p.source_id"
            " WHERE o.id = ?"
        )
        params: tuple = (target_id,)
    elif target_type == "passage":
        pid = passage_id_for_key(conn, target_id)
        if pid is None:
            return ()
        sql = (
            "SELECT p.id, s.short_title, p.locator, p.quote FROM passages p"
            " JOIN sources s ON s.id = p.source_id WHERE p.id = ?"
        )
        params = (pid,)
    else:
        sql = (
            "SELECT p.id, s.short_title, p.locator, p.quote FROM citations c"
            " JOIN passages p ON p.id = c.passage_id JOIN sources s ON s.id = p.source_id"
            " WHERE c.target_type = ? AND c.target_id = ? ORDER BY s.short_title, p.char_start"
        )
        params = (target_type, target_id)
    return tuple(Citation(row[1], row[2], row[3], row[0]) for row in conn.execute(sql, params))


def describe(conn: sqlite3.Connection, target_type: str, target_id: str) -> TargetInfo:
    """Label, one-line detail and citations of a note's target in the open dataset."""
    row = None
    if target_type == "episode":
        row = conn.execute(
            "SELECT title, date_text || ' · ' || kind FROM episodes WHERE id = ?", (target_id,)
        ).fetchone()
    elif target_type == "series":
        row = conn.execute(
            "SELECT s.title, s.unit_label || ' · ' || src.short_title || ', ' || s.table_ref"
            " FROM series s JOIN sources src ON src.id = s.source_id WHERE s.id = ?",
            (target_id,),
        ).fetchone()
    elif target_type == "observation":
        row = conn.execute(
            "SELECT s.title || ', ' || o.period, o.value_text || ' ' || s.unit_label"
            " FROM observations o JOIN series s ON s.id = o.series_id WHERE o.id = ?",
            (target_id,),
        ).fetchone()
    elif target_type == "passage":
        pid = passage_id_for_key(conn, target_id)
        if pid is not None:
            row = conn.execute(
                "SELECT s.short_title || ', ' || p.locator, p.quote FROM passages p"
                " JOIN sources s ON s.id = p.source_id WHERE p.id = ?",
                (pid,),
            ).fetchone()
            if row:
                quote = " ".join(row[1].split())
                row = (row[0], quote if len(quote) < 90 else quote[:88] + "…")
    if row is None:
        return TargetInfo(target_type, target_id, target_id, found=False)
    when = kind = ""
    if target_type == "episode":
        found = conn.execute(
            "SELECT date_text, kind FROM episodes WHERE id = ?", (target_id,)
        ).fetchone()
        when, kind = (str(found[0] or ""), str(found[1] or "")) if found else ("", "")
    return TargetInfo(
        target_type,
        target_id,
        row[0],
        row[1] or "",
        citations(conn, target_type, target_id),
        when=when,
        kind=kind,
    )


def target_for_selection(
    conn: sqlite3.Connection, kind: str, item_id: str
) -> tuple[str, str] | None:
    """(target type, stable id) a note on the selected item is keyed to, if it can have one."""
    if kind in ("episode", "series", "observation"):
        return kind, str(item_id)
    if kind == "passage":
        key = passage_key_for_id(conn, item_id)
        return ("passage", key) if key else None
    return None
