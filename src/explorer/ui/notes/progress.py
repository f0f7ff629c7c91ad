"""A progress bar with Cancel for a long notes import or export.

The work runs on the UI thread (it holds the notes file's one write transaction, which belongs
to this thread's connection) and calls the progress object every 40 ms or so; each
call updates the bar and lets the window repaint. The dialog is window-modal, so nothing else
can write notes meanwhile, and it shows itself only when the work lasts longer than half a
second: a small file imports without a flash of a dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from explorer.store.notes_io import Cancelled

STEPS = 1000
SHOW_AFTER_MS = 500


class NotesProgress:
    """Pass as `progress` to import_file / export_file; raises Cancelled when the user asks."""

    def __init__(self, parent: QWidget | None, label: str) -> None:
        self.dialog = QProgressDialog(
            label, QCoreApplication.translate("NotesProgress", "Cancel"), 0, STEPS, parent
        )
        self.dialog.setObjectName("NotesProgress")
        self.dialog.setWindowTitle(QCoreApplication.translate("NotesProgress", "Notes"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setValue(0)

    def __call__(self, done: int, total: int) -> None:
        self.dialog.setValue(min(STEPS - 1, STEPS * done // max(1, total)))
        QCoreApplication.processEvents()
        if self.dialog.wasCanceled():
            raise Cancelled()

    def close(self) -> None:
        self.dialog.reset()
        self.dialog.hide()
        self.dialog.deleteLater()
