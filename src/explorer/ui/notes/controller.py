"""Every write to the notes store from the notes pane goes through here, once.

It records each change for undo, tells the rest of the window (session.notes_changed) and turns
store failures into sentences. A save that fails leaves the text where it is (in the editor) and
reports the failure; it never pretends to have saved.
"""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from explorer.core.session import Session
from explorer.store.notes import Note, NotesReadOnlyError, SaveResult
from explorer.ui.notes.undo import CreateNote, DeleteNote, EditBody, EditTags


class NotesController(QObject):
    noteChanged = Signal(object)  # Note as now stored
    listChanged = Signal()  # notes added, removed or retagged: the list and tags need a refresh
    conflictKept = Signal(object, object)  # (our copy, their version)
    failed = Signal(str)  # a sentence for the user

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(500)

    @property
    def store(self):
        return self.session.notes

    def writable(self) -> bool:
        return self.store is not None and not self.store.read_only

    def create(self, target_type: str, target_id: str, label: str, body: str = "") -> Note | None:
        note = self._guard(
            lambda: self.store.add(target_type, target_id, body=body, target_label=label)
        )
        if note is not None:
            self.undo_stack.push(CreateNote(self.apply, note.id))
            self._announce(note, list_changed=True)
        return note

    def save(self, note: Note, body: str, tags, expected_rev: int) -> SaveResult | None:
        """Save what the editor holds; returns None (after telling the user) if it failed."""
        result = self._guard(
            lambda: self.store.save(note.id, body=body, tags=tags, expected_rev=expected_rev)
        )
        if result is None:
            return None
        saved = result.note
        if result.conflict is not None:
            self.conflictKept.emit(saved, result.conflict)
            self.undo_stack.push(CreateNote(self.apply, saved.id))
            self._announce(saved, list_changed=True)
            return result
        if saved.rev != expected_rev:  # something really changed
            if saved.body != note.body:
                self.undo_stack.push(EditBody(self.apply, saved.id, note.body, saved.body))
            if saved.tags != note.tags:
                self.undo_stack.push(EditTags(self.apply, saved.id, note.tags, saved.tags))
            self._announce(saved, list_changed=saved.tags != note.tags or saved.title != note.title)
        return result

    def delete(self, note_id: str) -> Note | None:
        before = self.store.get(note_id) if self.store is not None else None
        note = self._guard(lambda: self.store.delete(note_id))
        if note is not None:
            stamp = before.updated if before is not None else None
            self.undo_stack.push(DeleteNote(self.apply, note_id, stamp))
            self._announce(note, list_changed=True)
        return note

    def apply(
        self,
        note_id: str,
        body: str | None = None,
        tags=None,
        deleted: bool | None = None,
        updated: str | None = None,
    ) -> None:
        """Undo/redo's way in: write without recording a new step."""

        def write() -> Note:
            if deleted is True:
                return self.store.delete(note_id)
            if deleted is False:
                return self.store.restore(note_id, updated)
            return self.store.save(note_id, body=body, tags=tags).note

        note = self._guard(write)
        if note is not None:
            self._announce(note, list_changed=True)

    def _announce(self, note: Note, list_changed: bool) -> None:
        self.noteChanged.emit(note)
        if list_changed:
            self.listChanged.emit()
        self.session.notes_changed.emit(note.target_type, note.target_id)

    def _guard(self, write):
        if self.store is None:
            self.failed.emit(self.tr("Notes are not available in this session."))
            return None
        try:
            return write()
        except NotesReadOnlyError as error:
            self.failed.emit(self.tr("Notes are read-only: {reason}").format(reason=error.reason))
        except KeyError:
            self.failed.emit(self.tr("That note no longer exists."))
        except sqlite3.Error as error:
            self.failed.emit(
                self.tr(
                    "The note could not be saved ({error}). Your text is kept "
                    "in the editor and will be saved at the next change."
                ).format(error=error)
            )
        return None
