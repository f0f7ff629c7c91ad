"""Checking a notes file as it is imported, naming the line and field at fault.

The file is read one note at a time (notes_stream); each note is checked here before it is
merged, and any problem undoes the whole import (one transaction, notes_io). The standard json
module gives a line only for syntax errors; to name the line of a wrong field, a faulty note is
parsed again with the pure-Python scanner, recording where each object starts.
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
from explorer.store.notes_stream import Part

FORMAT_NAME = "relations-explorer-notes"
FORMAT_VERSION = 1
# Stated limits of a notes file (docs/notes.md): the file, the notes in it, each note's parts.
# The file is read a note at a time, so its size costs time (shown with a progress bar and
# Cancel), not memory: the caps on the file and the number of notes are far above what the app
# writes (100,000 notes make a 140 MB file). What bounds the work per note are the limits on
# each note's parts, which stay as they were.
MAX_IMPORT_BYTES = 8 * 1024**3
MAX_NOTES = 5_000_000
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


class ImportChecker:
    """Checks a notes file part by part as it is read (notes_stream), so that nothing but the
    note at hand is in memory. Every problem names its line and field; after the first one the
    rest of the file is still checked (up to MAX_PROBLEMS) but nothing more is merged."""

    def __init__(self) -> None:
        self.problems: list[ImportProblem] = []
        self.dataset_version = ""
        self.fatal = False  # not a notes file, or one this app cannot read: stop at once
        self._format_seen = False
        self._notes_seen = False
        self._version_seen = False
        self._ids: set[str] = set()
        self._notes = self._items = 0

    @property
    def sound(self) -> bool:
        return not self.problems

    @property
    def done(self) -> bool:
        return self.fatal or len(self.problems) >= MAX_PROBLEMS

    def stream_error(self, line: int, message: str) -> None:
        self.problems.append(ImportProblem(line, "", message))
        self.fatal = True

    def list_starts(self, part: Part) -> None:
        self._notes_seen = self._notes_seen or part.key == "notes"

    def field(self, part: Part) -> None:
        self._notes_seen = self._notes_seen or part.key == "notes"
        checker = self._checker(part)
        if not self._limits(part, part.key):
            return
        doc = {part.key: part.value}
        if part.key == "format":
            self._format_seen = True
            if part.value != FORMAT_NAME:
                checker.fail(doc, "format", f"should be {FORMAT_NAME!r}: this is not a notes file "
                             "exported by Relations Explorer")  # fmt: skip
                self.fatal = True
        elif part.key == "format_version":
            self._version_seen = True
            version = checker.get(doc, "format_version", "", int, default=0)
            if isinstance(version, int) and version > FORMAT_VERSION:
                checker.fail(doc, "format_version", f"is {version}; this version of the app "
                             f"reads format {FORMAT_VERSION} (update the app to import this "
                             "file)")  # fmt: skip
                self.fatal = True
        elif part.key == "dataset_version":
            value = checker.get(doc, "dataset_version", "", str, required=False, default="")
            self.dataset_version = value or ""
        elif part.key == "notes":
            checker.get(doc, "notes", "", list)  # a list is streamed: this one is not a list
        elif part.key == "saved_items" and part.value is not None:
            checker.get(doc, "saved_items", "", list)
        self.problems.extend(checker.problems)

    def _admitted(self, part: Part, key: str, count: int, cap: int, cap_text: str) -> bool:
        """Whether the `count`-th entry of `key` may be checked: over the cap the whole file is
        refused (fatal); else the entry's own size limits decide."""
        if count > cap:
            self.problems.append(ImportProblem(part.line, key, f"holds more than {cap_text}"))
            self.fatal = True
            return False
        return self._limits(part, f"{key}[{part.index}]")

    def note(self, part: Part) -> IncomingNote | None:
        self._notes += 1
        if not self._admitted(part, "notes", self._notes, MAX_NOTES, f"{MAX_NOTES:,} notes"):
            return None
        checker = self._checker(part)
        note = checker.note(part.value, part.index)
        if note is not None and note.id in self._ids:
            checker.fail(part.value, f"notes[{part.index}].id", f"{note.id!r} appears twice")
            note = None
        if checker.problems:
            self.problems.extend(self._located(part, "note").problems)
            return None
        assert note is not None
        self._ids.add(note.id)
        return note

    def item(self, part: Part) -> IncomingItem | None:
        self._items += 1
        if not self._admitted(part, "saved_items", self._items, MAX_ITEMS, f"{MAX_ITEMS:,}"):
            return None
        checker = self._checker(part)
        item = checker.item(part.value, part.index)
        if checker.problems:
            self.problems.extend(self._located(part, "item").problems)
            return None
        return item

    def finish(self) -> None:
        """Raise NotesImportError if anything was wrong (the caller then undoes its writes)."""
        if not self._format_seen and not self.fatal:
            self.problems.insert(0, ImportProblem(1, "format", f"should be {FORMAT_NAME!r}: "
                                 "this is not a notes file exported by Relations "
                                 "Explorer"))  # fmt: skip
        elif not self.fatal:
            if not self._version_seen:
                self.problems.append(ImportProblem(1, "format_version", "is missing"))
            if not self._notes_seen:
                self.problems.append(ImportProblem(1, "notes", "is missing"))
        if self.problems:
            raise NotesImportError(self.problems[:MAX_PROBLEMS])

    def _limits(self, part: Part, path: str) -> bool:
        found = json_problems(part.value, path)
        self.problems.extend(ImportProblem(part.line, "", problem) for problem in found)
        return not found

    @staticmethod
    def _checker(part: Part) -> _Checker:
        return _Checker(part.text, part.line)

    def _located(self, part: Part, kind: str) -> _Checker:
        """Check a faulty part again on a parse that knows where each object starts, so
        each problem names the line of the object it is in."""
        checker = _Checker(part.text, part.line)
        with contextlib.suppress(ValueError, RecursionError):
            parsed = _parse(part.text)[0]
            if kind == "note":
                note = checker.note(parsed, part.index)
                if note is not None and note.id in self._ids:
                    checker.fail(parsed, f"notes[{part.index}].id", f"{note.id!r} appears twice")
            else:
                checker.item(parsed, part.index)
        if not checker.problems:  # cannot happen, but never lose the problem found first
            checker = self._checker(part)
            checker.note(part.value, part.index) if kind == "note" else checker.item(
                part.value, part.index
            )
        return checker


class _Checker:
    """The checks of one value; `line` is where its text starts in the file."""

    def __init__(self, text: str, line: int = 1) -> None:
        self.text = text
        self.first_line = line
        self.problems: list[ImportProblem] = []

    def line(self, obj) -> int:
        offset = getattr(obj, "offset", None)
        if offset is None:
            return self.first_line
        return self.first_line + self.text.count("\n", 0, offset)

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
