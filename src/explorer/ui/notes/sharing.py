"""Export (JSON to share, Markdown handout to read) and import of notes, with sentences that
say what happened. File choice is separate from the work so tests can pass a path."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from explorer.core.session import Session
from explorer.store.atomic import write_atomically
from explorer.store.notes import NotesReadOnlyError
from explorer.store.notes_handout import export_markdown
from explorer.store.notes_import_check import NotesImportError
from explorer.store.notes_io import Cancelled, ImportReport, export_file, import_file
from explorer.ui import dialogs
from explorer.ui.notes.progress import NotesProgress

log = logging.getLogger(__name__)


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("NotesSharing", text, None, n)


def export_notes(
    session: Session,
    path: Path,
    note_ids=None,
    markdown: bool = False,
    parent: QWidget | None = None,
) -> str:
    """Write the notes to `path`; returns the sentence to show. Raises OSError. With a
    `parent`, a long export shows a progress bar whose Cancel leaves no file behind."""
    store = session.notes
    if markdown:
        text = export_markdown(
            store,
            session.store,
            note_ids,
            title=_tr("Notes on Peru's relations with Japan, China and Korea"),
        )
        write_atomically(path, text)
        count = len(note_ids) if note_ids is not None else store.count()
        return _tr("Exported %n note(s) to {path}.", count).format(path=path)
    progress = NotesProgress(parent, _tr("Exporting notes…")) if parent is not None else None
    try:
        count = export_file(store, path, note_ids, progress)
    except Cancelled:
        return _tr("Export cancelled; {path} was not written.").format(path=path.name)
    finally:
        if progress is not None:
            progress.close()
    return _tr("Exported %n note(s) to {path}.", count).format(path=path)


def import_notes(session: Session, path: Path, parent: QWidget | None = None) -> tuple[bool, str]:
    """(changed anything, sentence). Nothing is imported when the file has any problem. The
    file is read a note at a time; with a `parent`, a long import shows a progress bar with
    Cancel (which, like any problem, leaves the notes as they were)."""
    progress = NotesProgress(parent, _tr("Importing notes…")) if parent is not None else None
    try:
        report = import_file(session.notes, path, progress)
    except UnicodeDecodeError as error:
        return False, _tr(
            "{path} is not a text file (byte {at} is not UTF-8). Nothing was imported."
        ).format(path=path.name, at=error.start)
    except OSError as error:
        return False, _tr("{path} cannot be read ({reason}). Nothing was imported.").format(
            path=path.name, reason=error.strerror or error
        )
    except NotesImportError as error:
        problems = "; ".join(str(p) for p in error.problems)
        return False, _tr("{path} cannot be imported: {problems}. Nothing was imported.").format(
            path=path.name, problems=problems
        )
    except Cancelled:
        return False, _tr("Import of {path} cancelled. Nothing was imported.").format(
            path=path.name
        )
    except NotesReadOnlyError as error:
        return False, str(error)
    except sqlite3.Error as error:  # a full disk, an I/O error: the transaction was undone
        log.warning("import of %s failed while writing: %s", path, error)
        return False, _tr(
            "{path} could not be written to your notes ({reason}). Nothing was imported."
        ).format(path=path.name, reason=error)
    finally:
        if progress is not None:
            progress.close()
    return report.changed_anything, describe_import(path, report)


def describe_import(path: Path, report: ImportReport) -> str:
    parts = [_tr("Imported {path}:").format(path=path.name)]
    if report.added:
        parts.append(_tr("%n new note(s)", report.added))
    if report.updated:
        parts.append(
            _tr(
                "%n note(s) replaced by the newer version in the file (%1)", len(report.updated)
            ).replace("%1", _titles(report.updated))
        )
    if report.conflicts:
        parts.append(
            _tr(
                "%n note(s) changed both here and in the file: both versions kept, marked ⚠ (%1)",
                len(report.conflicts),
            ).replace("%1", _titles(report.conflicts))
        )
    if report.restored:
        parts.append(
            _tr(
                "%n note(s) deleted here but changed in the file: brought back (%1)",
                len(report.restored),
            ).replace("%1", _titles(report.restored))
        )
    if report.items_added:
        parts.append(_tr("%n saved comparison(s) or view(s)", report.items_added))
    if report.items_conflicts:
        parts.append(
            _tr(
                "%n saved item(s) differing from yours: added as “(imported)”",
                len(report.items_conflicts),
            )
        )
    if not report.changed_anything:
        parts.append(_tr("nothing new — every note in it is already here."))
    elif report.unchanged or report.kept_deleted:
        parts.append(_tr("%n already here", report.unchanged + report.kept_deleted))
    return " ".join([parts[0], "; ".join(parts[1:])]).rstrip(";") + (
        "" if parts[-1].endswith(".") else "."
    )


def _titles(titles: list[str]) -> str:
    shown = ", ".join(f"“{t}”" for t in titles[:3])
    return shown + (" …" if len(titles) > 3 else "")


def choose_export_path(parent: QWidget, markdown: bool) -> Path | None:
    if markdown:
        title, suggestion, pattern = (
            _tr("Export notes as a handout"),
            "notes.md",
            _tr("Markdown (*.md)"),
        )
    else:
        title, suggestion = _tr("Export notes to share"), "notes.json"
        pattern = _tr("Notes file (*.json)")
    path = dialogs.choose_save_path(parent, title, Path.home() / suggestion, pattern)
    if path is None:
        return None
    suffix = Path(suggestion).suffix
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def choose_import_path(parent: QWidget) -> Path | None:
    return dialogs.choose_open_path(
        parent, _tr("Import notes"), Path.home(), _tr("Notes file (*.json);;All files (*)")
    )
