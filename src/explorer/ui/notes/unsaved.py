"""Closing the window while the open note cannot be saved: say so, and let nothing be lost.

Notes autosave as the user types, so this only matters when saving fails at the end (a full
disk, a notes file locked by another program): closing then would silently drop the text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

CONTEXT = "UnsavedNote"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def ask(parent: QWidget | None) -> str:
    """'keep' (the window stays open), 'copy' (text to the clipboard, then close) or 'discard'."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("A note is not saved"))
    box.setText(_tr("The note you are writing could not be saved, so closing now would lose it."))
    box.setInformativeText(
        _tr(
            "Keep the window open and try again once the problem shown in the notes pane is "
            "solved (for example, free some disk space), or copy the note to the clipboard "
            "before closing."
        )
    )
    keep = box.addButton(_tr("Keep the window open"), QMessageBox.ButtonRole.RejectRole)
    copy = box.addButton(_tr("Copy the note and close"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_tr("Close and discard it"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(keep)
    box.exec()
    clicked = box.clickedButton()
    if clicked is keep or clicked is None:
        return "keep"
    return "copy" if clicked is copy else "discard"


def settle_before_close(parent: QWidget | None, notes_pane) -> bool:
    """Save the open note; True when the window may close without losing anything unasked."""
    editor = getattr(notes_pane, "editor", None)
    if editor is None or editor.flush():
        return True
    choice = ask(parent)
    if choice == "copy":
        QApplication.clipboard().setText(editor.body.toPlainText())
    return choice != "keep"
