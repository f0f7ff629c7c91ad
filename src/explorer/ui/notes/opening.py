"""Opening the user's notes when the window starts, and telling the user about any problem.

Start-up is never blocked: the store opens in milliseconds, and a problem (a damaged file moved
aside, a folder that cannot be written) is shown in a window that does not wait for an answer,
once the main window is up, as well as in the notes pane's banner.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from explorer.core.session import Session
from explorer.store import records
from explorer.store.my_stores import notes_path_for, store_identity
from explorer.store.notes import NotesStore, NotesStoreError

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("NotesOpening", text)


def problem_text(store: NotesStore | None, error: NotesStoreError | None = None) -> str:
    """The sentence(s) for the user, or '' when the notes opened normally."""
    if error is not None:
        return _tr("Your notes cannot be opened: {problem} {advice} ({path})").format(
            problem=error.problem, advice=error.advice, path=error.path
        )
    if store is None:
        return ""
    report = store.report
    parts = []
    if report.moved_aside is not None:
        parts.append(
            _tr(
                "The notes file was damaged ({damage}). It has been moved to {moved} "
                "so nothing in it is thrown away, and a fresh notes file was started "
                "at {path}."
            ).format(damage=report.damage, moved=report.moved_aside, path=report.path)
        )
    if report.read_only:
        parts.append(
            _tr("Notes are read-only this session: {reason} {advice}").format(
                reason=report.read_only_reason, advice=report.advice
            )
        )
    return "\n\n".join(parts)


def open_for_session(session: Session, parent_widget: QWidget | None = None) -> NotesStore | None:
    """Open the notes store, set `session.notes`, and tell the user about any problem.

    Returns the store, or None when notes cannot be used at all (the app still browses).
    """
    dataset = records.dataset_version(session.store)  # "" without meta: notes just lack it
    error = None
    try:
        # Each store's notes are its own: keyed by the store's identity, not its path.
        store = NotesStore.open(
            notes_path_for(store_identity(session.store)), dataset_version=dataset
        )
    except NotesStoreError as failure:
        store, error = None, failure
    old = session.notes
    session.notes = store
    if old is not None and old is not store:
        old.close()
    session.notes_changed.emit("", "")  # every pane: reload note markers
    text = problem_text(store, error)
    if text and parent_widget is not None:
        QTimer.singleShot(0, parent_widget, lambda: _tell(parent_widget, text))
    return store


def _tell(parent: QWidget, text: str) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Warning, _tr("Notes"), text, QMessageBox.StandardButton.Ok, parent
    )
    box.setObjectName("NotesProblemMessage")
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()
