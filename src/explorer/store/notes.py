"""The user's notes: a read-write SQLite store beside the read-only bundled one (no Qt).

Notes are keyed to the bundled store's stable ids (episode, series and observation ids; for a
passage, `notes_targets.passage_key`), so they survive a new dataset version. Every write is one
short transaction; every note carries a revision number, and a save that expected another
revision (because a second window changed the note meanwhile) is kept as a separate "conflict"
note instead of overwriting: two windows editing at once lose nothing.

Where the file lives and how damage is handled: notes_open. Export and import: notes_io.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from explorer.store.notes_open import NotesStoreError, OpenReport, open_notes_connection
from explorer.store.notes_schema import TARGET_TYPES, schema_version
from explorer.store.search import bounded, parse_search

__all__ = [
    "Note",
    "NotesReadOnlyError",
    "NotesStore",
    "NotesStoreError",
    "OpenReport",
    "SaveResult",
    "SavedItem",
    "TARGET_TYPES",
    "normalize_tags",
]

MAX_TAG_LENGTH = 40


class NotesReadOnlyError(Exception):
    """A write was attempted on notes opened read-only; `reason` says why they are."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def normalize_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Trimmed, single-spaced, without a leading '#', unique ignoring case, sorted."""
    seen: dict[str, str] = {}
    for tag in tags:
        clean = " ".join(bounded(str(tag)).replace(",", " ").split()).lstrip("#").strip()
        clean = clean[:MAX_TAG_LENGTH]
        if clean and clean.casefold() not in seen:
            seen[clean.casefold()] = clean
    return tuple(seen[key] for key in sorted(seen))


def content_hash(target_type: str, target_id: str, body: str, tags: Iterable[str]) -> str:
    """Identity of a note's content, for telling versions apart across files."""
    text = json.dumps(
        [target_type, target_id, body, sorted(t.casefold() for t in tags)], ensure_ascii=False
    )
    return hashlib.sha256(text.encode()).hexdigest()[:16]


@dataclass(frozen=True)
class Note:
    id: str
    target_type: str
    target_id: str
    target_label: str
    body: str
    tags: tuple[str, ...]
    created: str
    updated: str
    rev: int
    deleted: bool = False
    conflict_of: str | None = None
    dataset_version: str | None = None

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> Note:
        return cls(
            row["id"],
            row["target_type"],
            row["target_id"],
            row["target_label"],
            row["body"],
            tuple(json.loads(row["tags"])),
            row["created"],
            row["updated"],
            row["rev"],
            bool(row["deleted"]),
            row["conflict_of"],
            row["dataset_version"],
        )

    @property
    def hash(self) -> str:
        return content_hash(self.target_type, self.target_id, self.body, self.tags)

    @property
    def title(self) -> str:
        """First non-empty line of the body, without Markdown heading marks."""
        for line in self.body.splitlines():
            line = line.strip().lstrip("#").strip()
            if line:
                return line
        return ""


@dataclass(frozen=True)
class SaveResult:
    note: Note  # the note as now stored: the same note, or a new conflict copy holding our text
    conflict: Note | None = None  # the other window's version, when ours had to become a copy


@dataclass(frozen=True)
class SavedItem:
    id: str
    kind: str
    name: str
    payload: dict
    created: str
    updated: str
    rev: int

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> SavedItem:
        return cls(
            row["id"],
            row["kind"],
            row["name"],
            json.loads(row["payload"]),
            row["created"],
            row["updated"],
            row["rev"],
        )


@dataclass(frozen=True)
class NoteSearch:
    ids: list[str]
    fallback: bool  # the typed text was not a valid query; its plain words were searched


@dataclass(frozen=True)
class NoteHits:
    """Matching live notes as rowids, in list order (newest first): what the Notes pane shows.
    An array, not a list of objects, so 100,000 notes cost no Python work per note."""

    rowids: np.ndarray  # int64
    fallback: bool
    total: int  # live notes in the file


def _rowid_array(conn: sqlite3.Connection, sql: str, params: Iterable = ()) -> np.ndarray:
    """The first column of `sql` (integers) as an array, in its order.

    One row of text joined by SQLite and parsed by numpy: fetching 100,000 rows one by one
    through the sqlite3 module took 40-65 ms, this 15 ms (benchmarks/notes.py)."""
    joined = conn.execute(f"WITH q(r) AS ({sql}) SELECT group_concat(r) FROM q", tuple(params))
    text = joined.fetchone()[0]
    if not text:
        return np.zeros(0, dtype=np.int64)
    return np.fromstring(text, dtype=np.int64, sep=",")


class NotesStore:
    """CRUD, search and saved items over one notes file. Not thread-safe: one per thread."""

    def __init__(
        self, conn: sqlite3.Connection, report: OpenReport, dataset_version: str = ""
    ) -> None:
        self.conn = conn
        self.report = report
        self.dataset_version = dataset_version
        self._commits = 0  # our own commits: PRAGMA data_version counts only other windows'
        self._order: tuple[tuple[int, int], np.ndarray] | None = None
        # A file opened read-only is not migrated: an older one lacks the v3 index and tally.
        self._tallied = schema_version(conn) >= 3

    @classmethod
    def open(cls, path: Path | str | None = None, dataset_version: str = "") -> NotesStore:
        """Open (creating, migrating or recovering as needed) the notes file at `path`, by
        default notes.db in the user data folder. Raises NotesStoreError only when the file is
        locked for longer than the busy timeout; every other problem is in `.report`."""
        conn, report = open_notes_connection(path)
        return cls(conn, report, dataset_version)

    @property
    def path(self) -> Path:
        return self.report.path

    @property
    def read_only(self) -> bool:
        return self.report.read_only

    def close(self) -> None:
        self.conn.close()

    def data_version(self) -> int:
        """Changes whenever another connection (another window) commits to the file."""
        return self.conn.execute("PRAGMA data_version").fetchone()[0]

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One transaction, taking the write lock at once so a busy file waits, not fails."""
        if self.read_only:
            raise NotesReadOnlyError(self.report.read_only_reason)
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
            self.conn.execute("COMMIT")
            self._commits += 1
        except BaseException:
            # SQLite may already have rolled back on its own (a full disk, an I/O error); a
            # second ROLLBACK would then raise and hide the real error.
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

    # --- reading -------------------------------------------------------------------------
    def get(self, note_id: str) -> Note | None:
        row = self.conn.execute("SELECT * FROM notes WHERE id = ?", (note_id,)).fetchone()
        return Note.from_row(row) if row else None

    def get_many(self, note_ids: Iterable[str]) -> dict[str, Note]:
        ids = list(note_ids)
        found: dict[str, Note] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self.conn.execute(f"SELECT * FROM notes WHERE id IN ({marks})", chunk):
                found[row["id"]] = Note.from_row(row)
        return found

    def notes_for(self, target_type: str, target_id: str) -> list[Note]:
        rows = self.conn.execute(
            "SELECT * FROM notes WHERE target_type = ? AND target_id = ? AND deleted = 0"
            " ORDER BY created, id",
            (target_type, str(target_id)),
        )
        return [Note.from_row(row) for row in rows]

    def noted_ids(self, target_type: str) -> set[str]:
        """Ids of the items of one type that have at least one note (for note markers)."""
        rows = self.conn.execute(
            "SELECT DISTINCT target_id FROM notes WHERE target_type = ? AND deleted = 0",
            (target_type,),
        )
        return {row[0] for row in rows}

    def count(self) -> int:
        return len(self.live_order())

    def live_order(self) -> np.ndarray:
        """Rowids of every live note, most recently updated first (ties by id). Kept until
        this connection or another window writes, so typing a search does not re-list."""
        key = (self.data_version(), self._commits)
        if self._order is None or self._order[0] != key:
            hint = " INDEXED BY notes_live_order" if self._tallied else ""
            order = _rowid_array(
                self.conn,
                f"SELECT rowid FROM notes{hint} WHERE deleted = 0 ORDER BY updated DESC, id",
            )
            self._order = (key, order)
        return self._order[1]

    def find(
        self, text: str = "", tags: Iterable[str] = (), target: tuple[str, str] | None = None
    ) -> NoteHits:
        """Live notes matching every word of `text` (FTS5, prefixes), every tag and, given,
        the (type, id) they are on: each part a set of rowids, kept in the order of
        `live_order` (the order is never re-sorted per query)."""
        order = self.live_order()
        query, fallback = parse_search(text)
        keep: list[np.ndarray] = []
        if query:
            keep.append(
                _rowid_array(
                    self.conn, "SELECT rowid FROM notes_fts WHERE notes_fts MATCH ?", (query,)
                )
            )
        for tag in normalize_tags(tags):
            keep.append(
                _rowid_array(
                    self.conn,
                    "SELECT n.rowid FROM note_tags t JOIN notes n ON n.id = t.note_id"
                    " WHERE t.tag = ?",
                    (tag,),
                )
            )
        if target is not None:
            keep.append(
                _rowid_array(
                    self.conn,
                    "SELECT rowid FROM notes WHERE target_type = ? AND target_id = ?",
                    (bounded(str(target[0])), bounded(str(target[1]))),
                )
            )
        shown = order
        for wanted in keep:
            shown = shown[np.isin(shown, wanted, assume_unique=True)]
        return NoteHits(shown, fallback, len(order))

    def get_rows(self, rowids: Iterable[int]) -> dict[int, Note]:
        """Notes by rowid (the Notes pane fetches the rows it paints, a page at a time)."""
        wanted = [int(r) for r in rowids]
        found: dict[int, Note] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self.conn.execute(
                f"SELECT rowid AS row_number, * FROM notes WHERE rowid IN ({marks})", chunk
            )
            for row in rows:
                found[row["row_number"]] = Note.from_row(row)
        return found

    def rowid_of(self, note_id: str) -> int | None:
        row = self.conn.execute("SELECT rowid FROM notes WHERE id = ?", (note_id,)).fetchone()
        return row[0] if row else None

    def ids_of_rows(self, rowids: Iterable[int]) -> list[str]:
        """Note ids of `rowids`, in the same order."""
        wanted = [int(r) for r in rowids]
        known: dict[int, str] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self.conn.execute(f"SELECT rowid, id FROM notes WHERE rowid IN ({marks})", chunk)
            known.update((row[0], row[1]) for row in rows)
        return [known[r] for r in wanted if r in known]

    def search(
        self,
        text: str = "",
        tags: Iterable[str] = (),
        target_type: str | None = None,
        limit: int | None = None,
    ) -> NoteSearch:
        """Ids of live notes matching every word of `text` (FTS5, prefixes) and every tag,
        most recently updated first. (The Notes pane uses `find`, which scales further.)"""
        clauses, params = ["n.deleted = 0"], []
        query, fallback = parse_search(text)
        if query:
            # With the live-order index (schema v3) SQLite walks the notes in order and looks
            # each up in the matches: 75 ms for 100,000 notes, where a join took 3.3 s.
            clauses.append("n.rowid IN (SELECT rowid FROM notes_fts WHERE notes_fts MATCH ?)")
            params.append(query)
        for tag in normalize_tags(tags):
            clauses.append("n.id IN (SELECT note_id FROM note_tags WHERE tag = ?)")
            params.append(tag)
        if target_type:
            clauses.append("n.target_type = ?")
            params.append(target_type)
        where = " AND ".join(clauses)
        sql = f"SELECT n.id FROM notes n WHERE {where} ORDER BY n.updated DESC, n.id"
        if limit:
            sql += f" LIMIT {int(limit)}"
        return NoteSearch([row[0] for row in self.conn.execute(sql, params)], fallback)

    def tag_counts(self) -> list[tuple[str, int]]:
        """Every tag in use with its number of live notes, most used first (from the tally the
        schema's triggers keep, so it costs nothing at any number of notes)."""
        sql = (
            "SELECT tag, n FROM note_tag_counts WHERE n > 0 ORDER BY n DESC, tag COLLATE NOCASE"
            if self._tallied
            else "SELECT MIN(t.tag), COUNT(*) AS n FROM note_tags t JOIN notes n"
            " ON n.id = t.note_id WHERE n.deleted = 0 GROUP BY t.tag COLLATE NOCASE"
            " ORDER BY n DESC, 1 COLLATE NOCASE"
        )
        rows = self.conn.execute(sql)
        return [(row[0], row[1]) for row in rows]

    def known_hashes(self, note_id: str) -> set[str]:
        rows = self.conn.execute("SELECT hash FROM note_history WHERE note_id = ?", (note_id,))
        return {row[0] for row in rows}

    # --- writing -------------------------------------------------------------------------
    def add(
        self,
        target_type: str,
        target_id: str,
        body: str = "",
        tags: Iterable[str] = (),
        target_label: str = "",
    ) -> Note:
        with self.write() as conn:
            note = self._insert(conn, target_type, str(target_id), target_label, body, tags)
        return note

    def save(
        self,
        note_id: str,
        *,
        body: str | None = None,
        tags: Iterable[str] | None = None,
        expected_rev: int | None = None,
    ) -> SaveResult:
        """Change a note's body and/or tags. With `expected_rev`, a note changed meanwhile by
        someone else is left as they wrote it and ours is stored as a new conflict note."""
        with self.write() as conn:
            current = self._get_for_update(conn, note_id)
            new_body = current.body if body is None else body
            new_tags = current.tags if tags is None else normalize_tags(tags)
            if new_body == current.body and new_tags == current.tags and not current.deleted:
                return SaveResult(current)
            if expected_rev is not None and current.rev != expected_rev:
                copy = self._insert(
                    conn,
                    current.target_type,
                    current.target_id,
                    current.target_label,
                    new_body,
                    new_tags,
                    conflict_of=current.id,
                )
                return SaveResult(copy, conflict=current)
            conn.execute(
                "UPDATE notes SET body = ?, tags = ?, updated = ?, rev = rev + 1, deleted = 0"
                " WHERE id = ?",
                (new_body, json.dumps(list(new_tags), ensure_ascii=False), now_iso(), note_id),
            )
            self._sync_tags(conn, note_id, new_tags)
            return SaveResult(self._get_for_update(conn, note_id))

    def delete(self, note_id: str) -> Note:
        """Mark a note deleted (kept as a tombstone, so undo and import can tell)."""
        return self._set_deleted(note_id, True)

    def restore(self, note_id: str, updated: str | None = None) -> Note:
        """Bring a deleted note back. Undoing a delete passes the note's own `updated`, so the
        note returns exactly as it was (its time stamp too), not as if edited just now."""
        return self._set_deleted(note_id, False, updated)

    def remember_hashes(self, pairs: Iterable[tuple[str, str]]) -> None:
        """Record (note id, content hash) checkpoints, e.g. after an export."""
        if self.read_only:
            return
        with self.write() as conn:
            conn.executemany(
                "INSERT OR IGNORE INTO note_history VALUES (?, ?, ?)",
                [(nid, h, now_iso()) for nid, h in pairs],
            )

    def _set_deleted(self, note_id: str, deleted: bool, updated: str | None = None) -> Note:
        with self.write() as conn:
            self._get_for_update(conn, note_id)
            conn.execute(
                "UPDATE notes SET deleted = ?, updated = ?, rev = rev + 1 WHERE id = ?",
                (int(deleted), updated or now_iso(), note_id),
            )
            return self._get_for_update(conn, note_id)

    def _get_for_update(self, conn: sqlite3.Connection, note_id: str) -> Note:
        row = conn.execute("SELECT * FROM notes WHERE id = ?", (note_id,)).fetchone()
        if row is None:
            raise KeyError(note_id)
        return Note.from_row(row)

    def _insert(
        self,
        conn: sqlite3.Connection,
        target_type: str,
        target_id: str,
        target_label: str,
        body: str,
        tags: Iterable[str],
        *,
        note_id: str | None = None,
        created: str | None = None,
        updated: str | None = None,
        conflict_of: str | None = None,
        dataset_version: str | None = None,
    ) -> Note:
        if target_type not in TARGET_TYPES:
            raise ValueError(f"notes cannot be attached to a {target_type!r}")
        tags = normalize_tags(tags)
        note_id = note_id or uuid.uuid4().hex
        stamp = now_iso()
        conn.execute(
            "INSERT INTO notes (id, target_type, target_id, target_label, body, tags, created,"
            " updated, conflict_of, dataset_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                note_id,
                target_type,
                target_id,
                target_label,
                body,
                json.dumps(list(tags), ensure_ascii=False),
                created or stamp,
                updated or stamp,
                conflict_of,
                dataset_version or self.dataset_version or None,
            ),
        )
        # A new note has no tags to clear, and is exactly what was just written: not read back
        # (an import of 100,000 notes spent a fifth of its time re-reading them).
        conn.executemany(
            "INSERT OR IGNORE INTO note_tags VALUES (?, ?)", [(note_id, tag) for tag in tags]
        )
        note = Note(
            note_id,
            target_type,
            target_id,
            target_label,
            body,
            tags,
            created or stamp,
            updated or stamp,
            1,
            False,
            conflict_of,
            dataset_version or self.dataset_version or None,
        )
        conn.execute(
            "INSERT OR IGNORE INTO note_history VALUES (?, ?, ?)", (note_id, note.hash, stamp)
        )
        return note

    @staticmethod
    def _sync_tags(conn: sqlite3.Connection, note_id: str, tags: Iterable[str]) -> None:
        conn.execute("DELETE FROM note_tags WHERE note_id = ?", (note_id,))
        conn.executemany(
            "INSERT OR IGNORE INTO note_tags VALUES (?, ?)", [(note_id, tag) for tag in tags]
        )

    # --- saved items (comparisons, views, lessons) ------------------------------------------
    def save_item(
        self, kind: str, name: str, payload: dict, item_id: str | None = None
    ) -> SavedItem:
        """Create, or replace by id, a named payload of a kind."""
        text = json.dumps(payload, ensure_ascii=False, sort_keys=True)
        stamp = now_iso()
        with self.write() as conn:
            item_id = item_id or uuid.uuid4().hex
            conn.execute(
                "INSERT INTO saved_items (id, kind, name, payload, created, updated)"
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET name = excluded.name,"
                " payload = excluded.payload, updated = excluded.updated, rev = rev + 1,"
                " deleted = 0",
                (item_id, kind, name, text, stamp, stamp),
            )
            row = conn.execute("SELECT * FROM saved_items WHERE id = ?", (item_id,)).fetchone()
        return SavedItem.from_row(row)

    def items(self, kind: str) -> list[SavedItem]:
        rows = self.conn.execute(
            "SELECT * FROM saved_items WHERE kind = ? AND deleted = 0"
            " ORDER BY name COLLATE NOCASE, id",
            (kind,),
        )
        return [SavedItem.from_row(row) for row in rows]

    def get_item(self, item_id: str) -> SavedItem | None:
        row = self.conn.execute(
            "SELECT * FROM saved_items WHERE id = ? AND deleted = 0", (item_id,)
        ).fetchone()
        return SavedItem.from_row(row) if row else None

    def delete_item(self, item_id: str) -> None:
        with self.write() as conn:
            conn.execute(
                "UPDATE saved_items SET deleted = 1, updated = ?, rev = rev + 1 WHERE id = ?",
                (now_iso(), item_id),
            )
