"""Undo and redo of note edits: one history for typing, tags, new notes and deletions.

Every command is already applied (saved) when it is pushed, so its first redo does nothing;
later undo/redo write to the notes store through `apply`, the pane's single write path, which
also refreshes what is on screen. Typing is recorded one autosave at a time, so an undo step is
what was typed between two pauses.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

# apply(note_id, body=..., tags=..., deleted=...) -> None
Apply = Callable[..., None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("NotesUndo", text)


class _AppliedCommand(QUndoCommand):
    def __init__(self, text: str, apply: Apply, note_id: str) -> None:
        super().__init__(text)
        self.apply, self.note_id = apply, note_id
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._forward()

    def undo(self) -> None:
        self._backward()

    def _forward(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def _backward(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class EditBody(_AppliedCommand):
    def __init__(self, apply: Apply, note_id: str, old: str, new: str) -> None:
        super().__init__(_tr("typing"), apply, note_id)
        self.old, self.new = old, new

    def _forward(self) -> None:
        self.apply(self.note_id, body=self.new)

    def _backward(self) -> None:
        self.apply(self.note_id, body=self.old)


class EditTags(_AppliedCommand):
    def __init__(self, apply: Apply, note_id: str, old: tuple, new: tuple) -> None:
        super().__init__(_tr("tag change"), apply, note_id)
        self.old, self.new = old, new

    def _forward(self) -> None:
        self.apply(self.note_id, tags=self.new)

    def _backward(self) -> None:
        self.apply(self.note_id, tags=self.old)


class CreateNote(_AppliedCommand):
    def __init__(self, apply: Apply, note_id: str) -> None:
        super().__init__(_tr("new note"), apply, note_id)

    def _forward(self) -> None:
        self.apply(self.note_id, deleted=False)

    def _backward(self) -> None:
        self.apply(self.note_id, deleted=True)


class DeleteNote(_AppliedCommand):
    def __init__(self, apply: Apply, note_id: str, updated: str | None = None) -> None:
        super().__init__(_tr("deleting a note"), apply, note_id)
        self.updated = updated  # the note's time stamp before the delete, put back by undo

    def _forward(self) -> None:
        self.apply(self.note_id, deleted=True)

    def _backward(self) -> None:
        self.apply(self.note_id, deleted=False, updated=self.updated)
