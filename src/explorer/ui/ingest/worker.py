"""Running a check or an import off the window's thread, with progress and Cancel."""

from __future__ import annotations

import logging
import threading
import traceback
from pathlib import Path

from PySide6.QtCore import QThread, Signal

from explorer.ingest.mapping import Mapping
from explorer.ingest.pipeline import NeedsMapping, Progress, run_import

log = logging.getLogger(__name__)


class ImportWorker(QThread):
    """One run of `run_import`. Emits `progressed(progress)` a few times a second, then
    exactly one of `done(report)`, `needs_mapping(table)` or `failed(message)`."""

    progressed = Signal(object)  # pipeline.Progress
    done = Signal(object)
    needs_mapping = Signal(object)
    failed = Signal(str)

    def __init__(self, paths: list[Path], out: Path | None, fmt: str, mapping: Mapping | None,
                 keep_valid: bool = False, title: str = "", rejects: Path | None = None,
                 parent=None) -> None:  # fmt: skip
        super().__init__(parent)
        self.paths, self.out, self.fmt, self.mapping = paths, out, fmt, mapping
        self.keep_valid, self.title, self.rejects = keep_valid, title, rejects
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        def progress(p: Progress) -> None:
            self.progressed.emit(p)

        try:
            report = run_import(self.paths, self.out, self.fmt, self.mapping,
                                keep_valid=self.keep_valid, title=self.title, progress=progress,
                                cancelled=self._cancel.is_set, rejects=self.rejects)  # fmt: skip
        except NeedsMapping as need:
            self.needs_mapping.emit(need.table)
            return
        except Exception as error:  # noqa: BLE001 - shown to the user, and logged in full
            log.error("import failed: %s", traceback.format_exc())
            self.failed.emit(f"{type(error).__name__}: {error}")
            return
        self.done.emit(report)
