"""The user's saved views and lessons for one session, and sharing them as a file.

Views and lessons live in the notes store, which opens after the window's first paint and may
be missing or read-only; every method here copes with that and says so in a sentence, so the
dialogs only show what they are given. `changed` tells every open list to reload.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from explorer.core.session import Session
from explorer.core.views import (
    LESSON_KIND,
    VIEW_KIND,
    Lesson,
    SavedView,
    ViewFormatError,
    check_payload,
    from_item,
)
from explorer.store.atomic import write_atomically
from explorer.store.import_limits import read_import_text
from explorer.store.notes import NotesReadOnlyError
from explorer.store.views_store import (
    MAX_FILE_CHARS,
    ViewsFileError,
    ViewsImportReport,
    ViewsStore,
)

log = logging.getLogger(__name__)
CONTEXT = "ViewLibrary"


class LibraryUnavailable(Exception):
    """Views cannot be saved now; the message is a sentence for the user."""


class ViewLibrary(QObject):
    changed = Signal()

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._store: ViewsStore | None = None
        self.current_lesson_id: str | None = None  # the lesson F5 presents
        session.notes_changed.connect(self._on_notes_changed)
        self.destroyed.connect(lambda *_: session.notes_changed.disconnect(self._on_notes_changed))

    def _on_notes_changed(self, target_type: str, _target_id: str) -> None:
        if target_type in ("", VIEW_KIND, LESSON_KIND):  # "" = notes reopened or imported
            self._store = None
            self.changed.emit()

    def store(self) -> ViewsStore | None:
        notes = self.session.notes
        if notes is None:
            return None
        if self._store is None or self._store.notes is not notes:
            self._store = ViewsStore(notes)
        return self._store

    def _writable(self) -> ViewsStore:
        store = self.store()
        if store is None:
            raise LibraryUnavailable(
                QCoreApplication.translate(
                    "ViewLibrary", "Saved views are kept with your notes, which are not open."
                )
            )
        if store.read_only:
            raise LibraryUnavailable(
                QCoreApplication.translate(
                    "ViewLibrary",
                    "Saved views are kept with your notes, which are read-only in this session.",
                )
            )
        return store

    # --- reading -------------------------------------------------------------------------------

    def views(self) -> list[SavedView]:
        return [v for v in self._load(VIEW_KIND) if isinstance(v, SavedView)]

    def lessons(self) -> list[Lesson]:
        return [v for v in self._load(LESSON_KIND) if isinstance(v, Lesson)]

    def _load(self, kind: str) -> list:
        store = self.store()
        if store is None:
            return []
        loaded = []
        for item in store.items(kind):
            try:
                loaded.append(from_item(item))
            except ViewFormatError as error:  # one odd item must not hide the others
                log.warning("saved %s %s cannot be read: %s", kind, item.id, error)
        return loaded

    def view(self, view_id: str) -> SavedView | None:
        item = self.store().get(view_id) if self.store() else None
        if item is None or item.kind != VIEW_KIND:
            return None
        try:
            return SavedView.from_payload(item.payload, item.id)
        except ViewFormatError:
            return None

    def lesson(self, lesson_id: str | None) -> Lesson | None:
        item = self.store().get(lesson_id) if self.store() and lesson_id else None
        if item is None or item.kind != LESSON_KIND:
            return None
        try:
            return Lesson.from_payload(item.payload, item.id)
        except ViewFormatError:
            return None

    def lesson_views(self, lesson: Lesson) -> list[SavedView | None]:
        """The lesson's views in order; None where a view no longer exists."""
        return [self.view(view_id) for view_id in lesson.view_ids]

    def lessons_using(self, view_id: str) -> list[Lesson]:
        return [lesson for lesson in self.lessons() if view_id in lesson.view_ids]

    # --- writing -------------------------------------------------------------------------------

    def save_view(self, view: SavedView) -> SavedView:
        self._writable().save(VIEW_KIND, view.title, view.to_payload(), view.id)
        self.changed.emit()
        return view

    def delete_view(self, view_id: str, from_lessons: bool = True) -> None:
        store = self._writable()
        if from_lessons:
            for lesson in self.lessons_using(view_id):
                ids = tuple(v for v in lesson.view_ids if v != view_id)
                store.save(LESSON_KIND, lesson.title, lesson.with_changes(view_ids=ids).to_payload(),
                           lesson.id)  # fmt: skip
        store.delete(view_id)
        self.changed.emit()

    def save_lesson(self, lesson: Lesson) -> Lesson:
        self._writable().save(LESSON_KIND, lesson.title, lesson.to_payload(), lesson.id)
        self.changed.emit()
        return lesson

    def delete_lesson(self, lesson_id: str) -> None:
        self._writable().delete(lesson_id)
        if self.current_lesson_id == lesson_id:
            self.current_lesson_id = None
        self.changed.emit()

    # --- sharing -------------------------------------------------------------------------------

    def export_file(self, path: Path, item_ids: list[str]) -> str:
        """Write the items (a lesson brings its views) to `path`; returns the sentence to show.
        Raises OSError or LibraryUnavailable."""
        store = self.store()
        if store is None:
            raise LibraryUnavailable(
                QCoreApplication.translate(
                    "ViewLibrary", "Saved views are kept with your notes, which are not open."
                )
            )
        text = store.export_document(item_ids)
        write_atomically(path, text)
        return QCoreApplication.translate("ViewLibrary", "Saved {name}.").format(name=path.name)

    def import_file(self, path: Path) -> tuple[ViewsImportReport | None, str]:
        """(report or None, sentence). Nothing is imported when the file has any problem."""
        try:
            store = self._writable()
            text = read_import_text(path, MAX_FILE_CHARS)
            report = store.import_document(text, check_payload)
        except LibraryUnavailable as error:
            return None, str(error)
        except UnicodeDecodeError as error:
            return None, QCoreApplication.translate(
                "ViewLibrary",
                "{name} is not a text file (byte {at} is not UTF-8). Nothing was imported.",
            ).format(name=path.name, at=error.start)
        except OSError as error:
            return None, QCoreApplication.translate(
                "ViewLibrary", "{name} cannot be read ({reason}). Nothing was imported."
            ).format(name=path.name, reason=error.strerror or error)
        except ViewsFileError as error:
            return None, QCoreApplication.translate(
                "ViewLibrary", "{name} cannot be imported: {problems}. Nothing was imported."
            ).format(name=path.name, problems="; ".join(error.problems))
        except NotesReadOnlyError as error:
            return None, str(error)
        except sqlite3.Error as error:  # a full disk, an I/O error: the transaction was undone
            log.warning("import of %s failed while writing: %s", path, error)
            return None, QCoreApplication.translate(
                "ViewLibrary",
                "{name} could not be written to your notes ({reason}). Nothing was imported.",
            ).format(name=path.name, reason=error)
        if report.lessons:
            self.current_lesson_id = report.lessons[0]
        self.changed.emit()
        return report, describe_import(path, report)


def describe_import(path: Path, report: ViewsImportReport) -> str:
    parts = []
    if report.added:
        parts.append(
            QCoreApplication.translate(
                "ViewLibrary", "%n new view(s) or lesson(s)", None, len(report.added)
            )
        )
    if report.updated:
        parts.append(
            QCoreApplication.translate(
                "ViewLibrary",
                "%n replaced by the newer version in the file",
                None,
                len(report.updated),
            )
        )
    if report.conflicts:
        parts.append(
            QCoreApplication.translate(
                "ViewLibrary",
                "%n changed both here and in the file: both versions kept",
                None,
                len(report.conflicts),
            )
        )
    if report.restored:
        parts.append(
            QCoreApplication.translate(
                "ViewLibrary",
                "%n deleted here but changed in the file: brought back",
                None,
                len(report.restored),
            )
        )
    if not report.changed_anything:
        parts.append(
            QCoreApplication.translate(
                "ViewLibrary", "nothing new — everything in it is already here"
            )
        )
    head = QCoreApplication.translate("ViewLibrary", "Imported {name}:").format(name=path.name)
    return f"{head} {'; '.join(parts)}."
