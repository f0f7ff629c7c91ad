"""Sharing notes as JSON: export, and an import that merges without losing anything.

Format (documented in docs/notes.md): an object with `format` = "relations-explorer-notes",
`format_version`, `dataset_version`, `notes` (each with its UUID, its target's stable type and
id, Markdown body, tags, times and the content hashes it has had) and `saved_items`.

Both directions stream: export writes a note at a time and import reads one at a time
(notes_stream), so a file of 100,000 notes and more costs time, not memory. Import rules, all in
one transaction that is undone whole if any note in the file has a problem (or the user
cancels, or the disk is full):
- a note not seen before is added; the same content again adds nothing (re-import is a no-op);
- an older version of a note we have changed since is ignored; a newer version of a note we
  have not changed since replaces ours, and the report lists it;
- a note changed on both sides keeps both: ours as it is, theirs as a new note marked as a
  conflicting version of ours (with an id derived from theirs, so re-importing adds no copy);
- a note deleted here stays deleted unless the file holds a version we never saw.
"""

from __future__ import annotations

import io
import json
import textwrap
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from explorer.store.atomic import atomic_file
from explorer.store.import_limits import open_import_file
from explorer.store.notes import NotesStore, content_hash, normalize_tags, now_iso
from explorer.store.notes_import_check import (
    FORMAT_NAME,
    FORMAT_VERSION,
    MAX_IMPORT_BYTES,
    ImportChecker,
    IncomingItem,
    IncomingNote,
    NotesImportError,
)
from explorer.store.notes_stream import StreamError, Utf8Source, read_parts
from explorer.store.views_store import KINDS as OWN_FILE_KINDS

# progress(done, total) during a long import or export: the share of the work done, in bytes
# of the file (import) or notes (export). It may raise Cancelled to stop.
Progress = Callable[[int, int], None]
PROGRESS_EVERY_S = 0.04  # the window repaints at least this often during a long import

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "Cancelled",
    "ImportReport",
    "NotesImportError",
    "export_file",
    "export_json",
    "import_file",
    "import_json",
    "write_export",
]


class Cancelled(Exception):
    """The user stopped the import (or export); nothing was written."""


# Conflict copies get ids derived from (original id, incoming hash): importing twice finds them.
_CONFLICT_NAMESPACE = uuid.UUID("6f1c2a52-5d0e-4f0c-9a43-1d8e2b7c6a10")


@dataclass
class ImportReport:
    dataset_version: str = ""  # of the file
    added: int = 0
    updated: list[str] = field(default_factory=list)  # titles of notes replaced by newer versions
    unchanged: int = 0
    conflicts: list[str] = field(default_factory=list)  # titles of notes kept in both versions
    restored: list[str] = field(default_factory=list)  # deleted here, changed there: back again
    kept_deleted: int = 0
    items_added: int = 0
    items_conflicts: list[str] = field(default_factory=list)

    @property
    def changed_anything(self) -> bool:
        return bool(
            self.added
            or self.updated
            or self.conflicts
            or self.restored
            or self.items_added
            or self.items_conflicts
        )


def export_json(store: NotesStore, note_ids=None, include_items: bool = True) -> str:
    """The notes (all live ones, or those of `note_ids`) and saved items as a JSON document."""
    out = io.StringIO()
    write_export(store, out, note_ids, include_items)
    return out.getvalue()


def export_file(
    store: NotesStore, path: Path, note_ids=None, progress: Progress | None = None
) -> int:
    """Write the export to `path` beside it first, then rename over it: a crash, a full disk
    or Cancel never leaves half a file. Returns the number of notes written."""
    with atomic_file(path) as handle:
        return write_export(store, handle, note_ids, progress=progress)


def write_export(
    store: NotesStore,
    out: IO[str],
    note_ids=None,
    include_items: bool = True,
    progress: Progress | None = None,
) -> int:
    """Write the export document to `out` a note at a time (the layout is that of
    json.dumps(document, indent=2), so files stay as they were). Returns the notes written."""
    if note_ids is None:
        rows = store.conn.execute(
            "SELECT id FROM notes WHERE deleted = 0 ORDER BY target_type, target_id, created, id"
        )
        note_ids = [row[0] for row in rows]
    else:
        note_ids = list(note_ids)
    header = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "exported": now_iso(),
        "dataset_version": store.dataset_version,
    }
    out.write(json.dumps(header, ensure_ascii=False, indent=2)[:-2] + ',\n  "notes": [')
    written: list[tuple[str, str]] = []
    ticker = _Ticker(progress, len(note_ids))
    for start in range(0, len(note_ids), 500):
        chunk = note_ids[start : start + 500]
        notes = store.get_many(chunk)
        histories = _histories(store, chunk)
        for note_id in chunk:
            note = notes.get(note_id)
            if note is None or note.deleted:
                continue
            content = note.hash  # a hash of the content: computed once
            entry = {
                "id": note.id,
                "target": {
                    "type": note.target_type,
                    "id": note.target_id,
                    "label": note.target_label,
                },
                "body": note.body,
                "tags": list(note.tags),
                "created": note.created,
                "updated": note.updated,
                "conflict_of": note.conflict_of,
                "dataset_version": note.dataset_version,
                "history": sorted(histories.get(note.id, set()) | {content}),
            }
            out.write(("," if written else "") + "\n" + _indented(entry))
            written.append((note.id, content))
        ticker.tick(start + len(chunk))
    out.write(("\n  " if written else "") + '],\n  "saved_items": ')
    out.write(textwrap.indent(json.dumps(_items(store) if include_items else [],
                              ensure_ascii=False, indent=2), "  ")[2:])  # fmt: skip
    out.write("\n}\n")
    # What we handed out is now a known version of each note: a colleague's edit of it
    # will be recognised as newer, and the file re-imported here as already known.
    store.remember_hashes(written)
    return len(written)


_ONE = json.JSONEncoder(ensure_ascii=False).encode  # the C encoder, for one value


def _indented(entry: dict) -> str:
    """`json.dumps(entry, ensure_ascii=False, indent=2)` indented by four spaces, written out
    for a note's fixed shape: with `indent`, json uses its pure-Python encoder, which took two
    thirds of an export's time. Only strings, None and lists of strings are expected; any
    other shape goes the slow, general way (tests/notes check the bytes are the same)."""
    target = entry["target"]
    if not (isinstance(target, dict) and list(target) == ["type", "id", "label"]):
        return _indented_slowly(entry)
    lines = ["    {"]
    for key, value in entry.items():
        if key == "target":
            inner = ",\n".join(f'        "{k}": {_ONE(v)}' for k, v in target.items())
            lines.append(f'      "target": {{\n{inner}\n      }},')
        elif isinstance(value, list) and value:
            inner = ",\n".join(f"        {_ONE(v)}" for v in value)
            lines.append(f'      "{key}": [\n{inner}\n      ],')
        elif isinstance(value, str | list) or value is None:
            lines.append(f'      "{key}": {_ONE(value)},')
        else:
            return _indented_slowly(entry)
    lines[-1] = lines[-1][:-1]  # no comma after the last member
    lines.append("    }")
    return "\n".join(lines)


def _indented_slowly(entry: dict) -> str:
    # A JSON string never holds a raw line break, so indenting line by line is safe.
    return "    " + json.dumps(entry, ensure_ascii=False, indent=2).replace("\n", "\n    ")


def _histories(store: NotesStore, note_ids: list[str]) -> dict[str, set[str]]:
    marks = ",".join("?" * len(note_ids))
    found: dict[str, set[str]] = {}
    rows = store.conn.execute(
        f"SELECT note_id, hash FROM note_history WHERE note_id IN ({marks})", note_ids
    )
    for note_id, content in rows:
        found.setdefault(note_id, set()).add(content)
    return found


def _items(store: NotesStore) -> list[dict]:
    # Views and lessons travel in their own file, with its history-based merge (views_store);
    # here go the other saved items, such as comparisons.
    marks = ",".join("?" * len(OWN_FILE_KINDS))
    rows = store.conn.execute(
        f"SELECT id FROM saved_items WHERE deleted = 0 AND kind NOT IN ({marks})"
        " ORDER BY kind, name, id",
        OWN_FILE_KINDS,
    )
    items = []
    for (item_id,) in rows.fetchall():
        item = store.get_item(item_id)
        if item is None:  # deleted between the two reads
            continue
        items.append(
            {
                "id": item.id,
                "kind": item.kind,
                "name": item.name,
                "payload": item.payload,
                "created": item.created,
                "updated": item.updated,
            }
        )
    return items


class _Ticker:
    """Calls `progress` at most every PROGRESS_EVERY_S, so a fast loop is not slowed."""

    def __init__(self, progress: Progress | None, total: int) -> None:
        self.progress, self.total, self._next = progress, total, 0.0

    def tick(self, done: int) -> None:
        if self.progress is not None and time.monotonic() >= self._next:
            self.progress(done, self.total)
            self._next = time.monotonic() + PROGRESS_EVERY_S


def import_json(store: NotesStore, text: str) -> ImportReport:
    """Merge an exported document into `store`. Raises NotesImportError (naming the line and
    field of each problem), leaving the notes as they were, if the file is not sound."""
    return _import(store, io.StringIO(text), lambda: None)


def import_file(
    store: NotesStore, path: Path | str, progress: Progress | None = None
) -> ImportReport:
    """Merge the notes file at `path`, read a note at a time. Raises OSError (not an ordinary
    file, larger than MAX_IMPORT_BYTES), UnicodeDecodeError, NotesImportError or
    Cancelled (from `progress`); in each case nothing was imported."""
    handle, size = open_import_file(path, MAX_IMPORT_BYTES)
    with handle:
        source = Utf8Source(handle)
        ticker = _Ticker(progress, size)
        return _import(store, source, lambda: ticker.tick(source.bytes_read))


def _import(store: NotesStore, source, tick: Callable[[], None]) -> ImportReport:
    checker = ImportChecker()
    report = ImportReport()
    with store.write() as conn:
        try:
            for part in read_parts(source, on_part=tick):
                if part.kind == "list":
                    checker.list_starts(part)
                elif part.kind == "field":
                    checker.field(part)
                elif part.kind == "note":
                    incoming = checker.note(part)
                    if incoming is not None and checker.sound:
                        _merge_note(store, conn, incoming, report)
                else:
                    item = checker.item(part)
                    # an older file may carry views: they are not merged here
                    if item is not None and checker.sound and item.kind not in OWN_FILE_KINDS:
                        _merge_item(conn, item, report)
                if checker.done:
                    break
        except StreamError as error:
            checker.stream_error(error.line, error.message)
        checker.finish()  # raises if anything was wrong: the transaction is undone
    report.dataset_version = checker.dataset_version
    return report


def _merge_note(store: NotesStore, conn, incoming: IncomingNote, report: ImportReport) -> None:
    tags = normalize_tags(incoming.tags)
    theirs = content_hash(incoming.target_type, incoming.target_id, incoming.body, tags)
    history = set(incoming.history) | {theirs}
    local = store._get_for_update(conn, incoming.id) if _exists(conn, incoming.id) else None
    title = _title(incoming)
    if local is None:
        store._insert(
            conn,
            incoming.target_type,
            incoming.target_id,
            incoming.target_label,
            incoming.body,
            tags,
            note_id=incoming.id,
            created=incoming.created,
            updated=incoming.updated,
            conflict_of=incoming.conflict_of,
            dataset_version=incoming.dataset_version,
        )
        report.added += 1
    else:
        known = store.known_hashes(local.id) | {local.hash}
        if local.deleted and theirs in known:
            report.kept_deleted += 1
        elif local.deleted:
            _overwrite(store, conn, local.id, incoming, tags)
            report.restored.append(title)
        elif theirs in known:
            report.unchanged += 1
        elif local.hash in history and local.target_id == incoming.target_id:
            _overwrite(store, conn, local.id, incoming, tags)
            report.updated.append(title)
        else:
            copy_id = uuid.uuid5(_CONFLICT_NAMESPACE, f"{local.id}:{theirs}").hex
            if _exists(conn, copy_id):
                report.unchanged += 1
            else:
                store._insert(
                    conn,
                    incoming.target_type,
                    incoming.target_id,
                    incoming.target_label,
                    incoming.body,
                    tags,
                    note_id=copy_id,
                    created=incoming.created,
                    updated=incoming.updated,
                    conflict_of=local.id,
                    dataset_version=incoming.dataset_version,
                )
                report.conflicts.append(title)
            return
    conn.executemany(
        "INSERT OR IGNORE INTO note_history VALUES (?, ?, ?)",
        [(incoming.id, h, now_iso()) for h in sorted(history)],
    )


def _overwrite(store: NotesStore, conn, note_id: str, incoming: IncomingNote, tags) -> None:
    conn.execute(
        "UPDATE notes SET body = ?, tags = ?, target_label = ?, updated = ?, rev = rev + 1,"
        " deleted = 0 WHERE id = ?",
        (
            incoming.body,
            json.dumps(list(tags), ensure_ascii=False),
            incoming.target_label,
            max(incoming.updated, now_iso()),
            note_id,
        ),
    )
    store._sync_tags(conn, note_id, tags)


def _merge_item(conn, item: IncomingItem, report: ImportReport) -> None:
    payload = json.dumps(item.payload, ensure_ascii=False, sort_keys=True)
    row = conn.execute("SELECT name, payload FROM saved_items WHERE id = ?", (item.id,)).fetchone()
    if row and row[0] == item.name and json.loads(row[1]) == item.payload:
        return
    item_id, name = item.id, item.name
    if row is not None:  # same item, different content on each side: keep both
        item_id = uuid.uuid5(_CONFLICT_NAMESPACE, f"{item.id}:{payload}:{item.name}").hex
        if conn.execute("SELECT 1 FROM saved_items WHERE id = ?", (item_id,)).fetchone():
            return
        name = f"{item.name} (imported)"
        report.items_conflicts.append(item.name)
    else:
        report.items_added += 1
    conn.execute(
        "INSERT INTO saved_items (id, kind, name, payload, created, updated)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (item_id, item.kind, name, payload, item.created, item.updated),
    )


def _exists(conn, note_id: str) -> bool:
    return conn.execute("SELECT 1 FROM notes WHERE id = ?", (note_id,)).fetchone() is not None


def _title(incoming: IncomingNote) -> str:
    first = next(
        (line.strip("# ").strip() for line in incoming.body.splitlines() if line.strip()), ""
    )
    return first[:80] or incoming.target_label or incoming.target_id
