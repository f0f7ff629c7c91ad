"""Saved views and lessons in the notes store, and the small file a teacher gives students.

Views and lessons are saved items (kinds "view" and "lesson") in the notes store's
`saved_items` table. What they contain is explorer.core.views' business; this module stores
them, writes them to a file and merges a file back in with the same rules as notes:

- an item not seen before is added; the same content again adds nothing (re-import is a no-op);
- an older version of an item we have changed since is ignored; a newer version of an item we
  have not changed since replaces ours;
- an item changed on both sides keeps both: ours as it is, theirs as a copy whose payload says
  `conflict_of` ours (its id is derived from theirs, so re-importing adds no second copy);
- an item deleted here stays deleted unless the file holds a version we never saw.

Telling "older" from "changed on both sides" needs the content hashes an item has had; notes
keep theirs in `note_history`, saved items in `saved_item_history`, a table this module creates
with CREATE TABLE IF NOT EXISTS on the notes connection (the notes schema has no table for it).
A lesson that points at a view which became a conflict copy is pointed at the copy, so the
lesson shows the views its author made.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from explorer.store.import_limits import json_problems
from explorer.store.notes import NotesStore, SavedItem, now_iso

VIEW_KIND = "view"
LESSON_KIND = "lesson"
KINDS = (VIEW_KIND, LESSON_KIND)
FILE_FORMAT = "relations-explorer-views"
FILE_VERSION = 1
MAX_FILE_CHARS = 8 * 1024 * 1024
_CONFLICT_NAMESPACE = uuid.UUID("0b7c43a2-8f57-4a63-9a0e-6d1f0f1e6b3d")

_HISTORY_TABLE = """
CREATE TABLE IF NOT EXISTS saved_item_history (
    item_id TEXT NOT NULL,
    hash    TEXT NOT NULL,
    seen    TEXT NOT NULL,
    PRIMARY KEY (item_id, hash)
) WITHOUT ROWID
"""

# (kind, payload) -> raise ValueError naming the field at fault. Passed in by the caller
# (explorer.core.views.check_payload) because the store layer does not know the payload shapes.
PayloadCheck = Callable[[str, dict], None]


def content_hash(kind: str, payload: dict) -> str:
    body = {k: v for k, v in payload.items() if k != "conflict_of"}
    text = json.dumps([kind, body], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


class ViewsFileError(Exception):
    """The file cannot be imported; nothing was. `problems` are sentences naming the place."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("; ".join(problems))


@dataclass
class ViewsImportReport:
    dataset_version: str = ""
    added: list[str] = field(default_factory=list)  # names
    updated: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    restored: list[str] = field(default_factory=list)
    unchanged: int = 0
    kept_deleted: int = 0
    lessons: list[str] = field(default_factory=list)  # ids of the lessons the file holds

    @property
    def changed_anything(self) -> bool:
        return bool(self.added or self.updated or self.conflicts or self.restored)


@dataclass(frozen=True)
class _Incoming:
    id: str
    kind: str
    name: str
    payload: dict
    created: str
    updated: str
    history: tuple[str, ...]


class ViewsStore:
    """Views and lessons of one notes store."""

    def __init__(self, notes: NotesStore) -> None:
        self.notes = notes
        if not notes.read_only:
            notes.conn.execute(_HISTORY_TABLE)

    @property
    def read_only(self) -> bool:
        return self.notes.read_only

    def items(self, kind: str) -> list[SavedItem]:
        """Live items of `kind`, oldest first (the order they were made in)."""
        rows = self.notes.conn.execute(
            "SELECT * FROM saved_items WHERE kind = ? AND deleted = 0 ORDER BY created, rowid",
            (kind,),
        )
        return [SavedItem.from_row(row) for row in rows]

    def get(self, item_id: str) -> SavedItem | None:
        return self.notes.get_item(item_id)

    def save(self, kind: str, name: str, payload: dict, item_id: str | None = None) -> SavedItem:
        """Create or replace an item. A new item's first content is remembered, like a note's."""
        is_new = item_id is None or self.notes.get_item(item_id) is None
        item = self.notes.save_item(kind, name, payload, item_id)
        if is_new:
            self._remember([(item.id, content_hash(kind, item.payload))])
        return item

    def delete(self, item_id: str) -> None:
        self.notes.delete_item(item_id)

    def known_hashes(self, item_id: str) -> set[str]:
        try:
            rows = self.notes.conn.execute(
                "SELECT hash FROM saved_item_history WHERE item_id = ?", (item_id,)
            )
        except sqlite3.OperationalError:  # read-only notes made before the table existed
            return set()
        return {row[0] for row in rows}

    def _remember(
        self, pairs: Iterable[tuple[str, str]], conn: sqlite3.Connection | None = None
    ) -> None:
        if self.read_only:
            return
        rows = [(item_id, digest, now_iso()) for item_id, digest in pairs]
        sql = "INSERT OR IGNORE INTO saved_item_history VALUES (?, ?, ?)"
        if conn is not None:
            conn.executemany(sql, rows)
        else:
            with self.notes.write() as c:
                c.executemany(sql, rows)

    # --- export --------------------------------------------------------------------------------

    def export_document(self, item_ids: Iterable[str]) -> str:
        """The items (lessons bring every view they list) as a JSON document."""
        wanted: dict[str, SavedItem] = {}
        for item_id in item_ids:
            item = self.get(item_id)
            if item is None or item.kind not in KINDS:
                continue
            wanted[item.id] = item
            if item.kind == LESSON_KIND:
                for view_id in item.payload.get("views", []):
                    view = self.get(view_id)
                    if view is not None and view.kind == VIEW_KIND:
                        wanted.setdefault(view.id, view)
        ordered = sorted(wanted.values(), key=lambda i: (i.kind != LESSON_KIND, i.created, i.id))
        entries: list[dict[str, Any]] = []
        for item in ordered:
            digest = content_hash(item.kind, item.payload)
            entries.append(
                {
                    "id": item.id,
                    "kind": item.kind,
                    "name": item.name,
                    "payload": item.payload,
                    "created": item.created,
                    "updated": item.updated,
                    "history": sorted(self.known_hashes(item.id) | {digest}),
                }
            )
        document = {
            "format": FILE_FORMAT,
            "format_version": FILE_VERSION,
            "exported": now_iso(),
            "dataset_version": self.notes.dataset_version,
            "items": entries,
        }
        # What we handed out is now a known version: the file coming back is recognised.
        self._remember((e["id"], content_hash(e["kind"], e["payload"])) for e in entries)
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"

    # --- import --------------------------------------------------------------------------------

    def import_document(self, text: str, check: PayloadCheck | None = None) -> ViewsImportReport:
        """Merge a document into the store, all in one transaction, after checking all of it.
        Raises ViewsFileError (and changes nothing) if any part is unsound."""
        dataset_version, incoming = read_document(text, check)
        report = ViewsImportReport(dataset_version=dataset_version)
        remap: dict[str, str] = {}
        with self.notes.write() as conn:
            for item in sorted(incoming, key=lambda i: i.kind == LESSON_KIND):
                if item.kind == LESSON_KIND:
                    report.lessons.append(item.id)
                self._merge(conn, item, remap, report)
        return report

    def _merge(
        self, conn, item: _Incoming, remap: dict[str, str], report: ViewsImportReport
    ) -> None:
        theirs = content_hash(item.kind, item.payload)
        payload = dict(item.payload)
        if item.kind == LESSON_KIND:
            payload["views"] = [remap.get(v, v) for v in payload.get("views", [])]
        row = conn.execute("SELECT * FROM saved_items WHERE id = ?", (item.id,)).fetchone()
        history = set(item.history) | {theirs}
        if row is None:
            self._insert(conn, item.id, item, payload)
            report.added.append(item.name)
        else:
            local = SavedItem.from_row(row)
            ours = content_hash(local.kind, local.payload)
            known = self.known_hashes(local.id) | {ours}
            if row["deleted"] and theirs in known:
                report.kept_deleted += 1
            elif row["deleted"]:
                self._overwrite(conn, local.id, item, payload)
                report.restored.append(item.name)
            elif theirs in known:
                report.unchanged += 1
            elif ours in history and local.kind == item.kind:
                self._overwrite(conn, local.id, item, payload)
                report.updated.append(item.name)
            else:
                copy_id = uuid.uuid5(_CONFLICT_NAMESPACE, f"{local.id}:{theirs}").hex
                remap[item.id] = copy_id
                if conn.execute("SELECT 1 FROM saved_items WHERE id = ?", (copy_id,)).fetchone():
                    report.unchanged += 1
                else:
                    self._insert(conn, copy_id, item, {**payload, "conflict_of": local.id})
                    self._remember([(copy_id, theirs)], conn)
                    report.conflicts.append(item.name)
                return
        self._remember(((item.id, h) for h in sorted(history)), conn)

    @staticmethod
    def _insert(conn, item_id: str, item: _Incoming, payload: dict) -> None:
        conn.execute(
            "INSERT INTO saved_items (id, kind, name, payload, created, updated)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (
                item_id,
                item.kind,
                item.name,
                json.dumps(payload, ensure_ascii=False, sort_keys=True),
                item.created,
                item.updated,
            ),
        )

    @staticmethod
    def _overwrite(conn, item_id: str, item: _Incoming, payload: dict) -> None:
        conn.execute(
            "UPDATE saved_items SET name = ?, payload = ?, updated = ?, rev = rev + 1, deleted = 0"
            " WHERE id = ?",
            (
                item.name,
                json.dumps(payload, ensure_ascii=False, sort_keys=True),
                max(item.updated, now_iso()),
                item_id,
            ),
        )


# --- reading a file --------------------------------------------------------------------------


def read_document(text: str, check: PayloadCheck | None = None) -> tuple[str, list[_Incoming]]:
    """(dataset version, items) of a sound file, or ViewsFileError listing up to 8 problems."""
    if len(text) > MAX_FILE_CHARS:
        raise ViewsFileError(["the file is too large to be a views file"])
    try:
        document = json.loads(text.lstrip("\ufeff"))
    except json.JSONDecodeError as error:
        raise ViewsFileError(
            [f"line {error.lineno}: not valid JSON ({error.msg}, column {error.colno})"]
        ) from None
    except RecursionError:
        raise ViewsFileError(["the JSON is nested too deeply"]) from None
    except ValueError as error:  # e.g. an integer of more than 4,300 digits
        raise ViewsFileError([f"not valid JSON ({error})"]) from None
    limits = json_problems(document)
    if limits:
        raise ViewsFileError(limits)
    if not isinstance(document, dict) or document.get("format") != FILE_FORMAT:
        raise ViewsFileError(
            [
                f"format should be {FILE_FORMAT!r}: this is not a file of saved "
                "views exported by Relations Explorer"
            ]
        )
    version = document.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ViewsFileError(["format_version should be a whole number from 1"])
    if version > FILE_VERSION:
        raise ViewsFileError(
            [
                f"format_version is {version}; this version of the app reads "
                f"{FILE_VERSION} (update the app to import this file)"
            ]
        )
    dataset = document.get("dataset_version") or ""
    entries = document.get("items")
    if not isinstance(entries, list):
        raise ViewsFileError(["items should be a list"])
    problems: list[str] = []
    items: list[_Incoming] = []
    seen: set[str] = set()
    for index, entry in enumerate(entries):
        item = _read_item(entry, f"items[{index}]", problems, check)
        if item is None:
            continue
        if item.id in seen:
            problems.append(f"items[{index}].id: {item.id!r} appears twice")
        seen.add(item.id)
        items.append(item)
    if problems:
        raise ViewsFileError(problems[:8])
    return str(dataset), items


def _read_item(
    entry, where: str, problems: list[str], check: PayloadCheck | None
) -> _Incoming | None:
    if not isinstance(entry, dict):
        problems.append(f"{where}: should be an object")
        return None
    before = len(problems)
    values: dict[str, Any] = {}
    for key in ("id", "kind", "name", "created", "updated"):
        value = entry.get(key)
        if not isinstance(value, str) or not value.strip():
            problems.append(f"{where}.{key}: should be non-empty text")
        elif len(value) > (500 if key == "name" else 100):
            problems.append(f"{where}.{key}: is too long")
        values[key] = value
    if isinstance(values["kind"], str) and values["kind"] and values["kind"] not in KINDS:
        problems.append(f"{where}.kind: {values['kind']!r} is not one of {', '.join(KINDS)}")
    for key in ("created", "updated"):
        if isinstance(values[key], str) and values[key]:
            try:
                datetime.fromisoformat(values[key])
            except ValueError:
                problems.append(f"{where}.{key}: {values[key][:40]!r} is not an ISO 8601 time")
    payload = entry.get("payload")
    if not isinstance(payload, dict):
        problems.append(f"{where}.payload: should be an object")
    history = entry.get("history", [])
    if not isinstance(history, list) or any(not isinstance(h, str) or len(h) > 64 for h in history):
        problems.append(f"{where}.history: should be a list of text")
    if len(problems) > before or not isinstance(payload, dict):
        return None
    if check is not None:
        try:
            check(values["kind"], payload)
        except ValueError as error:
            problems.append(f"{where}.payload.{error}")
            return None
    return _Incoming(
        values["id"],
        values["kind"],
        values["name"],
        payload,
        values["created"],
        values["updated"],
        tuple(history),
    )
