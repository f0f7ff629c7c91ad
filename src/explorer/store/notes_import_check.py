"""Checking a notes file before importing anything from it, naming the line and field at fault.

The standard json module gives a line only for syntax errors; to name the line of a wrong field
we parse with the pure-Python scanner and record where each object starts.
"""

from __future__ import annotations

import contextlib
import json
import json.decoder
import json.scanner
from dataclasses import dataclass
from datetime import datetime

from explorer.store.import_limits import json_problems
from explorer.store.notes_schema import TARGET_TYPES

FORMAT_NAME = "relations-explorer-notes"
FORMAT_VERSION = 1
# Stated limits of a notes file (docs/notes.md): the file, the notes in it, each note's parts.
MAX_IMPORT_BYTES = 16 * 1024 * 1024
MAX_NOTES = 20_000
MAX_ITEMS = 5_000
MAX_BODY = 100_000  # characters
MAX_LABEL = 1_000
MAX_TAGS = 50
MAX_HISTORY = 1_000
MAX_PROBLEMS = 8


@dataclass(frozen=True)
class ImportProblem:
    line: int
    field: str  # "notes[2].target.type"
    message: str  # "'episod' is not one of episode, series, observation, passage"

    def __str__(self) -> str:
        where = f"line {self.line}" if self.line else "file"
        return (
            f"{where}, {self.field}: {self.message}" if self.field else f"{where}: {self.message}"
        )


class NotesImportError(Exception):
    """The file cannot be imported; nothing was. `problems` says where and what."""

    def __init__(self, problems: list[ImportProblem]) -> None:
        self.problems = problems
        super().__init__("; ".join(str(p) for p in problems))


@dataclass(frozen=True)
class IncomingNote:
    id: str
    target_type: str
    target_id: str
    target_label: str
    body: str
    tags: tuple[str, ...]
    created: str
    updated: str
    conflict_of: str | None
    dataset_version: str | None
    history: tuple[str, ...]


@dataclass(frozen=True)
class IncomingItem:
    id: str
    kind: str
    name: str
    payload: dict
    created: str
    updated: str


class _Positioned(dict):
    """A JSON object that remembers the offset where it starts."""

    offset = 0


def _parse(text: str) -> tuple[object, str]:
    def parse_object(s_and_end, *args):
        obj, end = json.decoder.JSONObject(s_and_end, *args)
        positioned = _Positioned(obj)
        positioned.offset = s_and_end[1] - 1
        return positioned, end

    decoder = json.JSONDecoder()
    decoder.parse_object = parse_object  # type: ignore[attr-defined]  # CPython internals
    decoder.scan_once = json.scanner.py_make_scanner(decoder)  # type: ignore[attr-defined]
    return decoder.decode(text), text


def check_import(text: str) -> tuple[str, list[IncomingNote], list[IncomingItem]]:
    """(dataset version, notes, saved items) of a sound file; else raise NotesImportError."""
    if len(text) > MAX_IMPORT_BYTES:
        raise NotesImportError(
            [ImportProblem(0, "", f"the file is larger than {MAX_IMPORT_BYTES // 2**20} MB")]
        )
    text = text.lstrip("\ufeff")
    try:
        # The C parser first: fast on a large file. Only a file with problems is parsed again
        # with the scanner that knows lines, to name them.
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise NotesImportError(
            [ImportProblem(error.lineno, "", f"not valid JSON ({error.msg}, column {error.colno})")]
        ) from None
    except RecursionError:
        raise NotesImportError([ImportProblem(0, "", "the JSON is nested too deeply")]) from None
    except ValueError as error:  # e.g. an integer of more than 4,300 digits
        raise NotesImportError([ImportProblem(0, "", f"not valid JSON ({error})")]) from None
    limits = json_problems(document)
    if limits:
        raise NotesImportError([ImportProblem(0, "", problem) for problem in limits])
    checker = _Checker(text)
    result = checker.document(document)
    if checker.problems:
        checker = _Checker(text)
        with contextlib.suppress(ValueError, RecursionError):
            checker.document(_parse(text)[0])
        raise NotesImportError(checker.problems[:MAX_PROBLEMS])
    return result


class _Checker:
    def __init__(self, text: str) -> None:
        self.text = text
        self.problems: list[ImportProblem] = []

    def line(self, obj) -> int:
        offset = getattr(obj, "offset", None)
        return self.text.count("\n", 0, offset) + 1 if offset is not None else 0

    def fail(self, obj, field: str, message: str) -> None:
        self.problems.append(ImportProblem(self.line(obj), field, message))

    def get(self, obj, key: str, path: str, kind, required: bool = True, default=None):
        if key not in obj:
            if required:
                self.fail(obj, f"{path}{key}", "is missing")
            return default
        value = obj[key]
        if value is None and not required:
            return default
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            names = {str: "text", int: "a whole number", list: "a list", dict: "an object"}
            self.fail(
                obj,
                f"{path}{key}",
                f"should be {names.get(kind, kind.__name__)}, "
                f"not {json.dumps(value, ensure_ascii=False)[:40]}",
            )
            return default
        return value

    def timestamp(self, obj, key: str, path: str) -> str:
        value = self.get(obj, key, path, str, default="")
        if value:
            try:
                datetime.fromisoformat(value)
            except ValueError:
                self.fail(obj, f"{path}{key}", f"{value[:40]!r} is not an ISO 8601 date and time")
        return value

    def document(self, doc) -> tuple[str, list[IncomingNote], list[IncomingItem]]:
        if not isinstance(doc, dict):
            self.problems.append(ImportProblem(1, "", "the file should hold one JSON object"))
            return "", [], []
        if doc.get("format") != FORMAT_NAME:
            self.fail(
                doc,
                "format",
                f"should be {FORMAT_NAME!r}: this is not a notes file "
                "exported by Relations Explorer",
            )
            return "", [], []
        version = self.get(doc, "format_version", "", int, default=0)
        if isinstance(version, int) and version > FORMAT_VERSION:
            self.fail(
                doc,
                "format_version",
                f"is {version}; this version of the app reads "
                f"format {FORMAT_VERSION} (update the app to import this file)",
            )
        dataset = self.get(doc, "dataset_version", "", str, required=False, default="")
        listed = self.get(doc, "notes", "", list, default=[])
        listed_items = self.get(doc, "saved_items", "", list, required=False, default=[])
        if len(listed) > MAX_NOTES:
            self.fail(doc, "notes", f"holds {len(listed):,} notes; at most {MAX_NOTES:,}")
            return "", [], []
        if len(listed_items) > MAX_ITEMS:
            self.fail(doc, "saved_items", f"holds {len(listed_items):,}; at most {MAX_ITEMS:,}")
            return "", [], []
        notes = [self.note(n, i) for i, n in enumerate(listed)]
        items = [self.item(n, i) for i, n in enumerate(listed_items)]
        seen: set[str] = set()
        for index, note in enumerate(notes):
            if note and note.id in seen:
                self.fail(doc["notes"][index], f"notes[{index}].id", f"{note.id!r} appears twice")
            if note:
                seen.add(note.id)
        return dataset, [n for n in notes if n], [i for i in items if i]

    def note(self, obj, index: int) -> IncomingNote | None:
        path = f"notes[{index}]."
        if not isinstance(obj, dict):
            self.problems.append(ImportProblem(0, path.rstrip("."), "should be an object"))
            return None
        before = len(self.problems)
        note_id = self.get(obj, "id", path, str, default="")
        if note_id is not None and not (0 < len(note_id) <= 100):
            self.fail(obj, f"{path}id", "should be 1 to 100 characters")
        target = self.get(obj, "target", path, dict, default={})
        target_type = target_id = label = ""
        if isinstance(target, dict) and target:
            target_type = self.get(target, "type", f"{path}target.", str, default="")
            if target_type and target_type not in TARGET_TYPES:
                self.fail(
                    target,
                    f"{path}target.type",
                    f"{target_type!r} is not one of {', '.join(TARGET_TYPES)}",
                )
            target_id = self.get(target, "id", f"{path}target.", str, default="")
            if target_id == "" and "id" in target:
                self.fail(target, f"{path}target.id", "is empty")
            label = self.get(target, "label", f"{path}target.", str, required=False, default="")
        if len(label) > MAX_LABEL:
            self.fail(target, f"{path}target.label", f"is longer than {MAX_LABEL:,} characters")
        body = self.get(obj, "body", path, str, default="")
        if len(body) > MAX_BODY:
            self.fail(obj, f"{path}body", f"is longer than {MAX_BODY:,} characters")
        tags = self.get(obj, "tags", path, list, required=False, default=[])
        if len(tags) > MAX_TAGS:
            self.fail(obj, f"{path}tags", f"holds more than {MAX_TAGS} tags")
        for position, tag in enumerate(tags):
            if not isinstance(tag, str):
                self.fail(obj, f"{path}tags[{position}]", "should be text")
        created = self.timestamp(obj, "created", path)
        updated = self.timestamp(obj, "updated", path)
        history = self.get(obj, "history", path, list, required=False, default=[])
        if any(not isinstance(h, str) or len(h) > 64 for h in history):
            self.fail(obj, f"{path}history", "should be a list of content hashes")
        elif len(history) > MAX_HISTORY:
            self.fail(obj, f"{path}history", f"holds more than {MAX_HISTORY:,} entries")
        conflict_of = self.get(obj, "conflict_of", path, str, required=False, default=None)
        dataset = self.get(obj, "dataset_version", path, str, required=False, default=None)
        for key, value in (("conflict_of", conflict_of), ("dataset_version", dataset)):
            if value is not None and len(value) > 100:
                self.fail(obj, f"{path}{key}", "is longer than 100 characters")
        if len(self.problems) > before:
            return None
        return IncomingNote(
            note_id,
            target_type,
            target_id,
            label,
            body,
            tuple(tags),
            created,
            updated,
            conflict_of,
            dataset,
            tuple(history),
        )

    def item(self, obj, index: int) -> IncomingItem | None:
        path = f"saved_items[{index}]."
        if not isinstance(obj, dict):
            self.problems.append(ImportProblem(0, path.rstrip("."), "should be an object"))
            return None
        before = len(self.problems)
        item_id = self.get(obj, "id", path, str, default="")
        kind = self.get(obj, "kind", path, str, default="")
        name = self.get(obj, "name", path, str, default="")
        for key, value, limit in (("id", item_id, 100), ("kind", kind, 40), ("name", name, 500)):
            if value is not None and len(value) > limit:
                self.fail(obj, f"{path}{key}", f"is longer than {limit} characters")
        payload = self.get(obj, "payload", path, dict, default={})
        created = self.timestamp(obj, "created", path)
        updated = self.timestamp(obj, "updated", path)
        if not item_id and "id" in obj:
            self.fail(obj, f"{path}id", "is empty")
        if len(self.problems) > before:
            return None
        return IncomingItem(item_id, kind, name, dict(payload), created, updated)
