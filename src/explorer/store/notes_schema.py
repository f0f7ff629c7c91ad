"""The notes store's tables, and the migrations that bring an older notes file up to date.

The schema version is SQLite's `PRAGMA user_version`. Each migration takes a file from version
N-1 to N inside one transaction, so a crash mid-migration leaves the old version intact. Never
edit a shipped migration: add a new one (a user's notes file may be years old).
"""

from __future__ import annotations

import sqlite3

TARGET_TYPES = ("episode", "series", "observation", "passage")

_V1_NOTES = """
CREATE TABLE notes_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
-- One row per note. `id` is a UUID that travels with the note through export and import;
-- the integer rowid only links the full-text index. Deleted notes stay as tombstones so an
-- import can tell "deleted here" from "never seen".
CREATE TABLE notes (
    rowid           INTEGER PRIMARY KEY,
    id              TEXT NOT NULL UNIQUE,
    target_type     TEXT NOT NULL CHECK (target_type IN ('episode', 'series', 'observation', 'passage')),
    target_id       TEXT NOT NULL,     -- the bundled store's stable id (passages: source:quote-hash)
    target_label    TEXT NOT NULL DEFAULT '',  -- what the target was called when noted
    body            TEXT NOT NULL DEFAULT '',  -- Markdown
    tags            TEXT NOT NULL DEFAULT '[]', -- JSON array, mirrored in note_tags
    created         TEXT NOT NULL,     -- ISO 8601, UTC
    updated         TEXT NOT NULL,
    rev             INTEGER NOT NULL DEFAULT 1,  -- bumped by every write: two windows never overwrite each other
    deleted         INTEGER NOT NULL DEFAULT 0,
    conflict_of     TEXT,              -- id of the note this is a competing version of
    dataset_version TEXT               -- bundled dataset the note was written against
);
CREATE INDEX notes_target ON notes(target_type, target_id);
CREATE INDEX notes_updated ON notes(updated);

CREATE TABLE note_tags (
    note_id TEXT NOT NULL,
    tag     TEXT NOT NULL COLLATE NOCASE,
    PRIMARY KEY (note_id, tag)
) WITHOUT ROWID;
CREATE INDEX note_tags_tag ON note_tags(tag);

-- Content hashes a note has had at known checkpoints (created, exported, imported): what lets
-- an import tell "older copy of mine" from "changed on both sides".
CREATE TABLE note_history (
    note_id TEXT NOT NULL,
    hash    TEXT NOT NULL,
    seen    TEXT NOT NULL,
    PRIMARY KEY (note_id, hash)
) WITHOUT ROWID;

CREATE VIRTUAL TABLE notes_fts USING fts5(
    body, tags, target_label,
    content = 'notes', content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
CREATE TRIGGER notes_fts_insert AFTER INSERT ON notes BEGIN
    INSERT INTO notes_fts(rowid, body, tags, target_label)
    VALUES (new.rowid, new.body, new.tags, new.target_label);
END;
CREATE TRIGGER notes_fts_delete AFTER DELETE ON notes BEGIN
    INSERT INTO notes_fts(notes_fts, rowid, body, tags, target_label)
    VALUES ('delete', old.rowid, old.body, old.tags, old.target_label);
END;
CREATE TRIGGER notes_fts_update AFTER UPDATE OF body, tags, target_label ON notes BEGIN
    INSERT INTO notes_fts(notes_fts, rowid, body, tags, target_label)
    VALUES ('delete', old.rowid, old.body, old.tags, old.target_label);
    INSERT INTO notes_fts(rowid, body, tags, target_label)
    VALUES (new.rowid, new.body, new.tags, new.target_label);
END;
"""

# Saved comparisons (and, next, saved views and lessons): a named JSON payload of a kind.
_V2_SAVED_ITEMS = """
CREATE TABLE saved_items (
    id       TEXT PRIMARY KEY,
    kind     TEXT NOT NULL,            -- comparison | view | lesson | ...
    name     TEXT NOT NULL,
    payload  TEXT NOT NULL,            -- JSON object, its shape is the kind's business
    created  TEXT NOT NULL,
    updated  TEXT NOT NULL,
    rev      INTEGER NOT NULL DEFAULT 1,
    deleted  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX saved_items_kind ON saved_items(kind, name);
"""

# For 100,000 notes and more (benchmarks/notes.py): listing the live notes newest first walks one
# covering index instead of sorting the table (160 -> 16 ms), and the tag list reads a tally
# kept by triggers instead of grouping every tag of every note (360 ms -> well under 1 ms).
# A tag's count row stays at 0 when its last note goes; the spelling shown is the one in use
# when the count last rose from 0.
_V3_SCALE = """
CREATE INDEX notes_live_order ON notes(deleted, updated DESC, id);

CREATE TABLE note_tag_counts (
    tag TEXT PRIMARY KEY COLLATE NOCASE,
    n   INTEGER NOT NULL
);
INSERT INTO note_tag_counts (tag, n)
    SELECT MIN(t.tag), COUNT(*) FROM note_tags t JOIN notes n ON n.id = t.note_id
    WHERE n.deleted = 0 GROUP BY t.tag COLLATE NOCASE;
CREATE TRIGGER note_tags_count_insert AFTER INSERT ON note_tags BEGIN
    INSERT INTO note_tag_counts (tag, n)
        SELECT new.tag, 1 FROM notes WHERE id = new.note_id AND deleted = 0
        ON CONFLICT (tag) DO UPDATE
        SET n = n + 1, tag = CASE WHEN n = 0 THEN excluded.tag ELSE tag END;
END;
CREATE TRIGGER note_tags_count_delete AFTER DELETE ON note_tags BEGIN
    UPDATE note_tag_counts SET n = n - 1 WHERE tag = old.tag
        AND EXISTS (SELECT 1 FROM notes WHERE id = old.note_id AND deleted = 0);
END;
CREATE TRIGGER notes_count_deleted AFTER UPDATE OF deleted ON notes
    WHEN old.deleted = 0 AND new.deleted != 0 BEGIN
    UPDATE note_tag_counts SET n = n - 1
        WHERE tag IN (SELECT tag FROM note_tags WHERE note_id = new.id);
END;
CREATE TRIGGER notes_count_restored AFTER UPDATE OF deleted ON notes
    WHEN old.deleted != 0 AND new.deleted = 0 BEGIN
    INSERT INTO note_tag_counts (tag, n)
        SELECT tag, 1 FROM note_tags WHERE note_id = new.id AND true
        ON CONFLICT (tag) DO UPDATE
        SET n = n + 1, tag = CASE WHEN n = 0 THEN excluded.tag ELSE tag END;
END;
CREATE TRIGGER notes_count_removed AFTER DELETE ON notes WHEN old.deleted = 0 BEGIN
    UPDATE note_tag_counts SET n = n - 1
        WHERE tag IN (SELECT tag FROM note_tags WHERE note_id = old.id);
END;
"""

MIGRATIONS: tuple[str, ...] = (_V1_NOTES, _V2_SAVED_ITEMS, _V3_SCALE)
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlite3.Connection, upto: int = SCHEMA_VERSION) -> int:
    """Bring `conn` to version `upto`, one transaction per step; return the version reached.

    `conn` must be in autocommit mode (isolation_level=None) so BEGIN/COMMIT are ours.
    """
    version = schema_version(conn)
    while version < upto:
        step = MIGRATIONS[version]
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Another window may have migrated while we waited for the write lock.
            if schema_version(conn) != version:
                conn.execute("ROLLBACK")
                version = schema_version(conn)
                continue
            for statement in _statements(step):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        version += 1
    return version


def _statements(script: str) -> list[str]:
    """Split a migration script into statements (executescript would COMMIT on its own)."""
    statements, buffer = [], ""
    for line in script.splitlines(keepends=True):
        if line.lstrip().startswith("--") and not buffer.strip():
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements
