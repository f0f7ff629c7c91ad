"""An error nothing caught lands in the log and in a calm dialog with Copy Details; the app goes on."""

from __future__ import annotations

import logging
import threading

import pytest
from PySide6.QtCore import Qt, qCritical, qWarning
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QPushButton, QTextBrowser

from explorer import __version__, logs
from explorer.ui import dialogs, errors

pytestmark = pytest.mark.qt_no_exception_capture  # the app's own hook must see the exception


@pytest.fixture
def log_file(private_home):
    path = logs.setup()
    yield path
    logs.shutdown_for_tests()


@pytest.fixture
def reporter(window, log_file):
    installed = errors.install(lambda: window, lambda: "test.1")
    yield installed
    installed.unhook()
    if installed.dialog is not None:
        installed.dialog.close()


def failing_button(window) -> QPushButton:
    button = QPushButton("Break", window)
    button.setObjectName("break-button")

    def broken_slot() -> None:
        raise ValueError("the deliberate failure <b>in a slot</b>")

    button.clicked.connect(broken_slot)
    button.show()
    return button


def test_an_exception_in_a_slot_shows_the_dialog_and_is_logged(qtbot, window, reporter, log_file):
    assert log_file is not None and log_file.parent.name == "logs"
    button = failing_button(window)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = reporter.dialog
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    shown = " ".join(label.text() for label in (dialog.heading, dialog.message, dialog.advice))
    assert "could not finish what it was doing" in shown
    assert "the deliberate failure <b>in a slot</b> (ValueError)" in shown  # plain text, as typed
    assert "still running" in shown and str(log_file) in shown
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    for expected in (f"Relations Explorer: {__version__}", "Dataset: test.1", "Python: 3.",
                     "Qt: 6.", "PySide6: 6.", "pyqtgraph: ", "OS: ", f"Log: {log_file}",
                     "Traceback (most recent call last)", "in broken_slot",
                     "ValueError: the deliberate failure"):  # fmt: skip
        assert expected in copied, expected
    assert dialog.copy_button.text() == "Copied"
    logs.flush()
    logged = log_file.read_text("utf-8")
    assert "ERROR explorer.ui.errors" in logged and "ValueError: the deliberate failure" in logged
    # The app is still running: the window answers a search after the error.
    window.table.search.setText("hostage")
    qtbot.waitUntil(lambda: len(window.table.model.ids) >= 1, timeout=3000)


def test_a_second_error_joins_the_open_dialog(qtbot, window, reporter):
    button = failing_button(window)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    first = reporter.dialog
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert reporter.dialog is first and len(first.reports) == 2
    assert "ran into 2 problems" in first.heading.text()
    dialogs_open = [w for w in QApplication.topLevelWidgets()
                    if w.objectName() == "error-dialog" and w.isVisible()]  # fmt: skip
    assert dialogs_open == [first]


def test_an_exception_in_a_thread_reaches_the_dialog(qtbot, window, reporter, log_file,
                                                     monkeypatch):  # fmt: skip
    # pytest (8.0, its threadexception plugin) swaps in its own hook around each test body.
    monkeypatch.setattr(threading, "excepthook", reporter.thread_excepthook)

    def work() -> None:
        raise RuntimeError("worker thread failed")

    thread = threading.Thread(target=work, name="worker-1")
    thread.start()
    thread.join(5)
    qtbot.waitUntil(
        lambda: reporter.dialog is not None and reporter.dialog.isVisible(), timeout=3000
    )
    assert "worker thread failed (RuntimeError)" in reporter.dialog.message.text()
    logs.flush()
    assert "in thread worker-1" in log_file.read_text("utf-8")


def test_qt_warnings_go_to_the_log_and_critical_messages_to_the_dialog(qtbot, window, reporter,
                                                                      log_file):  # fmt: skip
    qWarning("a warning from Qt")
    assert reporter.dialog is None
    qCritical("a critical message from Qt")
    assert reporter.dialog is not None and reporter.dialog.isVisible()
    assert "a critical message from Qt" in reporter.dialog.message.text()
    logs.flush()
    logged = log_file.read_text("utf-8")
    assert "WARNING qt" in logged and "a warning from Qt" in logged
    assert "ERROR qt" in logged and "a critical message from Qt" in logged


def test_broad_excepts_log_what_they_swallowed(window, log_file, caplog):
    """A damaged notes store empties the ✎ column but says why in the log."""

    class BrokenNotes:
        def noted_ids(self, _kind):
            raise OSError("disk I/O error")

    window.session.notes = BrokenNotes()
    try:
        with caplog.at_level(logging.WARNING):
            window.table.refresh_notes()
    finally:
        window.session.notes = None
    assert "cannot read which episodes have notes" in caplog.text
    assert "OSError: disk I/O error" in caplog.text


def test_about_shows_versions_and_the_log_folder(qtbot, window, log_file, monkeypatch):
    shown = []
    monkeypatch.setattr(dialogs, "run", lambda dialog: shown.append(dialog) or 0)
    window.actions["help.about"].trigger()
    (about,) = shown
    body = about.findChild(QTextBrowser, "about-text").toPlainText()
    for expected in ("Versions", f"Relations Explorer: {__version__}", "PySide6", "pyqtgraph",
                     "Python", "Dataset: test.1", "Log folder", str(log_file.parent)):  # fmt: skip
        assert expected in body, (expected, body)
    copy = about.findChild(QPushButton, "about-copy-log-folder")
    qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == str(log_file.parent)
    assert about.findChild(QPushButton, "about-open-log-folder") is not None


def test_the_log_rotates_at_its_size_and_keeps_three(tmp_path):
    handler = logs.RotatingLog(tmp_path / "x.log", max_bytes=200, backups=3)
    logger = logging.getLogger("rotation-test")
    logger.propagate = False
    logger.addHandler(handler)
    try:
        for n in range(60):
            logger.warning("line %02d %s", n, "é" * 20)
    finally:
        logger.removeHandler(handler)
        handler.close()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["x.log", "x.log.1", "x.log.2", "x.log.3"]
    assert all((tmp_path / n).stat().st_size < 400 for n in names)
    assert "line 59" in (tmp_path / "x.log").read_text("utf-8")
