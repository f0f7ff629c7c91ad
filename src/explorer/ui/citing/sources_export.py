"""File ▸ Export Sources…: the sources behind the store (or a view) for a reference manager."""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from explorer.core import citation_formats
from explorer.core.citation import export_sources
from explorer.store.atomic import write_atomically
from explorer.ui import dialogs, guarded

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportSources", text)


def filters() -> dict[str, str]:
    return {
        "bibtex": _tr("BibTeX (*.bib)"),
        "ris": _tr("RIS (*.ris)"),
        "csl-json": _tr("CSL-JSON (*.json)"),
    }


def write_sources(conn, path: Path, fmt: str, states: Sequence[Mapping] | None = None) -> int:
    """Write the sources in `fmt` to `path`; returns how many sources. OSError on failure
    (ExportFailed when the store cannot be read: then nothing is written)."""
    with guarded.exporting(_tr("The sources")):
        text, count = export_sources(conn, fmt, states)
    write_atomically(path, text)
    return count


def export_sources_dialog(parent: QWidget, conn, states: Sequence[Mapping] | None = None) -> str:
    """Ask where and in which format, write, and return the sentence to show ("" if cancelled)."""
    names = filters()
    start = dialogs._start_folder(dialogs.EXPORT_FOLDER, Path.home()) / "relations-sources.bib"
    chosen, chosen_filter = QFileDialog.getSaveFileName(
        parent, _tr("Export Sources"), str(start), ";;".join(names.values())
    )
    if not chosen:
        return ""
    dialogs._remember_folder(dialogs.EXPORT_FOLDER, chosen)
    fmt = next((f for f, name in names.items() if name == chosen_filter), None)
    path = Path(chosen)
    if fmt is None:  # a typed extension decides
        fmt = {".ris": "ris", ".json": "csl-json"}.get(path.suffix.lower(), "bibtex")
    suffix = citation_formats.EXTENSIONS[fmt]
    if path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    try:
        count = write_sources(conn, path, fmt, states)
    except OSError as error:
        log.warning("could not write sources to %s: %s", path, error)
        QMessageBox.warning(parent, _tr("Export failed"), _tr("Could not write {path}: {problem}")
                            .format(path=path, problem=error.strerror or error))  # fmt: skip
        return ""
    return _tr("Wrote {count} sources and the dataset's own entry to {path}.").format(
        count=count, path=path
    )
