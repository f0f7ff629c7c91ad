"""Opening a store the user chose: a large one's checks run on a thread while a dialog says so.

A store that is not ours is checked before it is shown (store.untrusted: every table it reads,
its search indexes, its values' kinds and ranges). For a million episodes the first check
takes ~15 s; on the UI thread the window froze for all of it, with no word of why. Here the
check runs on a thread of its own, with its own connection, under a modal dialog that says
what is happening and can be cancelled; the store is then opened on the UI thread, at once
(the check is remembered: store.verified_stores). Small stores are checked in milliseconds and
opened as before, without a dialog flashing by.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QLabel, QProgressDialog, QWidget

from explorer.store import verified_stores
from explorer.store.bundled import StoreError, open_store

LARGE_BYTES = 48 * 1024 * 1024  # from here a first check takes longer than a blink (~0.3 s)

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("StoreOpening", text)


def _needs_waiting(path: Path, immutable: bool) -> bool:
    if immutable:
        return False  # ours: nothing to check
    try:
        large = path.is_file() and path.stat().st_size >= LARGE_BYTES
    except OSError:
        return False  # open_store explains what is wrong with the path
    return large and not verified_stores.was_checked(path)


def open_chosen_store(
    parent: QWidget | None, path: Path | str, immutable: bool
) -> sqlite3.Connection | None:
    """The store at `path`, checked; None if the user cancelled the check. Raises StoreError
    for a store that cannot be shown, as open_store does."""
    path = Path(path)
    if not _needs_waiting(path, immutable):
        return open_store(path, immutable=immutable)
    outcome: dict[str, StoreError] = {}
    done = threading.Event()

    def check() -> None:
        try:
            open_store(path, immutable=False).close()  # the checks, remembered when passed
        except StoreError as error:
            outcome["error"] = error
        except Exception as error:  # noqa: BLE001 - logged, and told as a store problem
            log.exception("checking the store %s failed", path)
            outcome["error"] = StoreError(
                path, f"The store could not be checked ({error}).", "Use another copy of it."
            )
        finally:
            done.set()

    threading.Thread(target=check, name="store-check", daemon=True).start()
    dialog = QProgressDialog(
        _tr(
            "Checking {name} before showing it: every table it holds is read once. A large"
            " store's first opening takes a while; later ones are at once."
        ).format(name=path.name),
        _tr("Cancel"),
        0,
        0,
        parent,
    )
    dialog.setWindowTitle(_tr("Opening a store"))
    label = QLabel(dialog.labelText(), dialog)
    label.setTextFormat(Qt.TextFormat.PlainText)  # a file's name is data, never markup
    label.setWordWrap(True)  # a few lines, not a dialog as wide as the screen
    label.setFixedWidth(label.fontMetrics().averageCharWidth() * 56)
    dialog.setLabel(label)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    loop = QEventLoop()
    timer = QTimer(dialog)
    timer.setInterval(40)
    timer.timeout.connect(lambda: done.is_set() and loop.quit())
    dialog.canceled.connect(loop.quit)
    timer.start()
    dialog.show()
    if not done.is_set():
        loop.exec()
    timer.stop()
    cancelled = not done.is_set()
    dialog.close()
    dialog.deleteLater()
    if cancelled:
        log.info("opening %s cancelled while it was checked", path)
        return None  # the thread finishes on its own; its connection is its own
    if "error" in outcome:
        raise outcome["error"]
    # Checked a moment ago in this process: opened without checking again (the memory of
    # checks may not be writable, and a second 15 s must not fall on the UI thread).
    return open_store(path, immutable=False, already_checked=True)
