"""Fixtures for the classroom tests: a main window on the bundled store with every pane built,
and a notes store in the test's private user folder."""

from __future__ import annotations

import pytest


def open_window(qtbot, store_path, size=(1366, 768)):
    """The real main window on `store_path`, shown, deferred panes built, notes opened."""
    from explorer.core.session import Session
    from explorer.store.bundled import open_store
    from explorer.ui.main_window import MainWindow
    from explorer.ui.settings import Settings

    # No theme.apply here: re-styling the application makes the windows other tests left
    # behind redraw their charts on closed stores (and can crash PySide6 6.12).
    session = Session(open_store(store_path, immutable=True), store_path)
    win = MainWindow(session, Settings(), store_path)
    qtbot.addWidget(win)
    win.resize(*size)
    win.show()
    win.build_deferred_panes()
    qtbot.waitUntil(lambda: session.notes is not None, timeout=5000)
    return win


@pytest.fixture
def window(qtbot, store_path):
    win = open_window(qtbot, store_path)
    yield win
    leave_any_presentation(win)
    win.close()


def leave_any_presentation(win) -> None:
    """A failed test must not leave the application's font scaled for the tests after it."""
    classroom = getattr(win, "classroom", None)
    if classroom is not None and classroom.presentation.active:
        classroom.presentation.leave()


@pytest.fixture
def classroom(window):
    """The window's classroom controller (the integrated one if the window has it)."""
    from explorer.ui.lessons.controller import ClassroomController

    controller = getattr(window, "classroom", None)
    return controller if controller is not None else ClassroomController(window, window.settings)
