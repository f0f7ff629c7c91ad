"""Sharing notes as JSON: export, and an import that merges without losing anything.

Format (documented in docs/notes.md): an object with `format` = "relations-explorer-notes",
`format_version`, `dataset_version`, `notes` (each with its UUID, its target's stable type and
id, Markdown body, tags, times and the content hashes it has had) and `saved_items`.

Import rules, all in one transaction and only after the whole file has been checked:
- a note not seen before is added; the same content again adds nothing (re-import is a no-op);
- an older version of a note we have changed since is ignored; a newer version of a note we
  have not changed since replaces ours, and the report lists it;
- a note changed on both sides keeps both: ours as it is, theirs as a new note marked as a
  conflicting version of ours (with an id derived from theirs, so re-importing adds no copy);
- a note deleted here stays deleted unless the file holds a version we never saw.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field

from explorer.store.notes import NotesStore, content_hash, normalize_tags, now_iso
from explorer.store.notes_import_check import (
    FORMAT_NAME,
    FORMAT_VERSION,
    IncomingItem,
    IncomingNote,
    NotesImportError,
    check_import,
)
from explorer.store.views_store import KINDS as OWN_FILE_KINDS

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "ImportReport",
    "NotesImportError",
    "export_json",
    "import_json",
]

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
    if note_ids is None:
        rows = store.conn.execute(
            "SELECT id FROM notes WHERE deleted = 0 ORDER BY target_type, target_id, created, id"
        )
        note_ids = [row[0] for row in rows]
    notes = store.get_many(note_ids)
    ordered = [notes[i] for i in note_ids if i in notes and not notes[i].deleted]
    payload_notes = []
    for note in ordered:
        history = sorted(store.known_hashes(note.id) | {note.hash})
        payload_notes.append(
            {
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
                "history": history,
            }
        )
    items = []
    if include_items:
        # Views and lessons travel in their own file, with its history-based merge
        # (views_store); here go the other saved items, such as comparisons.
        marks = ",".join("?" * len(OWN_FILE_KINDS))
        rows = store.conn.execute(
            f"SELECT id FROM saved_items WHERE deleted = 0 AND kind NOT IN ({marks})"
            " ORDER BY kind, name, id",
            OWN_FILE_KINDS,
        )
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
    document = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "exported": now_iso(),
        "dataset_version": store.dataset_version,
        "notes": payload_notes,
        "saved_items": items,
    }
    # What we handed out is now a known version of each note: a colleague's edit of it
    # will be recognised as newer, and the file re-imported here as already known.
    store.remember_hashes((note.id, note.hash) for note in ordered)
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def import_json(store: NotesStore, text: str) -> ImportReport:
    """Merge an exported document into `store`. Raises NotesImportError (naming the line and
    field of each problem) before touching anything if the file is not sound."""
    dataset_version, notes, items = check_import(text)
    report = ImportReport(dataset_version=dataset_version)
    with store.write() as conn:
        for incoming in notes:
            _merge_note(store, conn, incoming, report)
        for item in items:
            if item.kind not in OWN_FILE_KINDS:  # an older file may carry views: not merged here
                _merge_item(conn, item, report)
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
