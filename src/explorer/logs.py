"""The app's log: one rotating file in the user's log folder (paths.user_log_dir()).

A windowed build has no console, so what goes wrong must land somewhere a user can find and send:
the error dialog and the About box name this file. `setup()` is called once, early in app.main();
everything else just uses `logging.getLogger(__name__)`. Qt-free, so store and core may log too.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from explorer import paths

LOG_NAME = "relations-explorer.log"
MAX_BYTES = 1_000_000  # ~10,000 lines; with the backups at most 4 MB on disk
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s]: %(message)s"

_handler: logging.Handler | None = None


class RotatingLog(logging.FileHandler):
    """logging.handlers.RotatingFileHandler's rotation, without that module's imports (socket,
    pickle, queue: ~60 ms of start-up for a window that must paint in 0.6 s)."""

    def __init__(self, path: Path, max_bytes: int, backups: int) -> None:
        super().__init__(path, mode="a", encoding="utf-8")
        self.max_bytes, self.backups = max_bytes, backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.stream is not None and self.stream.tell() >= self.max_bytes:
                self._rotate()
        except OSError:
            self.handleError(record)
        super().emit(record)

    def _rotate(self) -> None:
        self.stream.close()
        self.stream = None
        base = self.baseFilename
        for n in range(self.backups - 1, 0, -1):
            if os.path.exists(f"{base}.{n}"):
                os.replace(f"{base}.{n}", f"{base}.{n + 1}")
        if self.backups:
            os.replace(base, f"{base}.1")
        self.stream = self._open()


def setup(level: int = logging.INFO) -> Path | None:
    """Send the root logger to the log file; returns its path, or None if it cannot be written.

    Calling it again (a test, a second window) keeps the first handler instead of adding one.
    """
    global _handler
    root = logging.getLogger()
    root.setLevel(min(root.level or level, level))
    if _handler is not None:
        return log_file()
    folder = paths.user_log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = RotatingLog(folder / LOG_NAME, MAX_BYTES, BACKUPS)
    except OSError as error:
        # A read-only profile must not stop the app: log to stderr (if there is one) and say so.
        handler = logging.StreamHandler(sys.stderr) if sys.stderr else logging.NullHandler()
        handler.setFormatter(logging.Formatter(FORMAT))
        root.addHandler(handler)
        _handler = handler
        logging.getLogger(__name__).warning("cannot write the log in %s: %s", folder, error)
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    _handler = handler
    return log_file()


def log_file() -> Path | None:
    """The file being written, or None before setup() or when it could not be opened."""
    if isinstance(_handler, logging.FileHandler):
        return Path(_handler.baseFilename)
    return None


def log_folder() -> Path:
    """The folder the log is (or would be) in, for the About box."""
    current = log_file()
    return current.parent if current is not None else paths.user_log_dir()


def flush() -> None:
    if _handler is not None:
        _handler.flush()


def shutdown_for_tests() -> None:
    """Remove the handler setup() added (tests point each run at its own folder)."""
    global _handler
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None
