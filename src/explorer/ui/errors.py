"""What the user sees when something goes wrong that nothing else caught.

`install(parent, dataset)` routes three sources to the log file (explorer.logs) and, for errors, to
one calm, non-modal dialog (ui/error_dialog.py) that says what failed in plain words, tells the user the app is still
running, and offers **Copy details** (the error, the traceback, the versions of everything, the
log path) for a bug report:

- `sys.excepthook`: an exception escaping a slot or an event handler (PySide6 calls it and the
  event loop goes on);
- `threading.excepthook`: one escaping a worker thread (brought to the GUI thread by a signal);
- Qt's message handler: warnings and info go to the log only; critical and fatal messages to the
  dialog as well (after a fatal one Qt aborts: the log line is flushed first).

A second error while the dialog is open is added to it rather than stacking dialogs.
"""

from __future__ import annotations

import logging
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    Qt,
    QtMsgType,
    QUrl,
    Signal,
    qInstallMessageHandler,
)

from explorer import APP_NAME, __version__, logs

log = logging.getLogger(__name__)
qt_log = logging.getLogger("qt")  # Qt's own messages, by their source


def _package_version(name: str) -> str:
    """A loaded module's own __version__ (a frozen build may carry no package metadata), else
    the installed distribution's."""
    loaded = sys.modules.get(name)
    if getattr(loaded, "__version__", None):
        return str(loaded.__version__)
    from importlib import metadata  # ~0.1 s to import: only when a report is written

    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "unknown"


def versions(dataset: str | None = None) -> list[tuple[str, str]]:
    """(what, version) for the About box and bug reports. Reads metadata: imports nothing heavy."""
    import PySide6
    from PySide6.QtCore import qVersion

    log_path = logs.log_file()
    return [
        (APP_NAME, __version__),
        ("Dataset", dataset or "?"),
        ("Python", f"{platform.python_version()} ({platform.python_implementation()})"),
        ("Qt", qVersion()),
        ("PySide6", PySide6.__version__),
        ("pyqtgraph", _package_version("pyqtgraph")),
        ("numpy", _package_version("numpy")),
        ("OS", platform.platform()),
        ("Log", str(log_path) if log_path else f"{logs.log_folder()} (not writable)"),
    ]


def versions_text(dataset: str | None = None) -> str:
    return "\n".join(f"{what}: {value}" for what, value in versions(dataset))


def plain_words(error: BaseException) -> str:
    """The error as one sentence a user can read: its message, else what kind of error it is."""
    message = str(error).strip().splitlines()[0] if str(error).strip() else ""
    kind = type(error).__name__
    return f"{message} ({kind})" if message else kind


class _Relay(QObject):
    """Carries an error from any thread to the GUI thread (queued signal)."""

    report = Signal(str, str)


class ErrorReporter:
    """Owns the hooks and the one dialog; `install()` makes the app's instance."""

    def __init__(self, parent: Callable[[], object], dataset: Callable[[], str | None]):
        self.parent, self.dataset = parent, dataset
        self.dialog = None  # the ErrorDialog (ui/error_dialog.py) once an error was shown
        self.relay = _Relay()
        self.relay.report.connect(self.show, Qt.ConnectionType.QueuedConnection)
        self._previous: tuple = ()

    # -- the hooks -------------------------------------------------------------------------
    def excepthook(self, kind, error, trace) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        text = "".join(traceback.format_exception(kind, error, trace))
        log.error("uncaught exception:\n%s", text)
        self._report(plain_words(error), text)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        text = "".join(
            traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback)
        )
        name = args.thread.name if args.thread else "?"
        log.error("uncaught exception in thread %s:\n%s", name, text)
        self._report(plain_words(args.exc_value), text)

    def message_handler(self, kind: QtMsgType, context, message: str) -> None:
        where = f" ({context.file}:{context.line})" if context is not None and context.file else ""
        if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            qt_log.error("%s%s", message, where)
            logs.flush()  # a fatal message aborts the process when this returns
            if kind == QtMsgType.QtCriticalMsg:
                self._report(message, f"Qt critical message{where}:\n{message}")
        elif kind == QtMsgType.QtWarningMsg:
            qt_log.warning("%s%s", message, where)
        else:
            qt_log.debug("%s%s", message, where)

    # -- showing -----------------------------------------------------------------------------
    def _report(self, summary: str, trace: str) -> None:
        if threading.current_thread() is threading.main_thread():
            self.show(summary, trace)
        else:
            self.relay.report.emit(summary, trace)

    def show(self, summary: str, trace: str) -> None:
        if QCoreApplication.instance() is None:
            return
        try:
            # The dialog's widgets are imported with the first error, not at start-up.
            from explorer.ui.error_dialog import ErrorDialog

            if self.dialog is None or not self.dialog.isVisible():
                self.dialog = ErrorDialog(self.parent(), self.dataset())
                self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
            self.dialog.add(summary, trace)
            self.dialog.show()
            self.dialog.raise_()
        except Exception:  # noqa: BLE001 - the reporter itself must never raise from a hook
            log.exception("could not show the error dialog")

    # -- installing ----------------------------------------------------------------------------
    def hook(self) -> None:
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook
        qInstallMessageHandler(self.message_handler)

    def unhook(self) -> None:
        if self._previous:
            sys.excepthook, threading.excepthook = self._previous
            self._previous = ()
        qInstallMessageHandler(None)


def install(parent: Callable[[], object],
            dataset: Callable[[], str | None] = lambda: None) -> ErrorReporter:  # fmt: skip
    """Install the hooks; `parent()` gives the window to centre the dialog on (or None)."""
    reporter = ErrorReporter(parent, dataset)
    reporter.hook()
    return reporter


def open_folder(folder: Path) -> bool:
    """Open a folder in the system's file manager (local files only: no network)."""
    from PySide6.QtGui import QDesktopServices

    folder.mkdir(parents=True, exist_ok=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
