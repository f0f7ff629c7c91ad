"""The main-window fixture, shared by the GUI tests and the top-level session tests."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(name="make_window")
def make_window_fixture(qtbot):
    """make_window(store_path, deferred=False) -> a shown MainWindow on that store."""
    from explorer.core.session import Session
    from explorer.paths import bundled_store_path
    from explorer.store.bundled import open_store
    from explorer.ui.main_window import MainWindow
    from explorer.ui.settings import Settings

    windows = []

    def make(store_path: Path, deferred: bool = False, size=(1366, 768)):
        bundled = bundled_store_path()
        conn = open_store(store_path, immutable=Path(store_path).resolve() == bundled.resolve())
        window = MainWindow(Session(conn, Path(store_path)), Settings(), bundled)
        qtbot.addWidget(window)
        if size:
            window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        if deferred:
            window.build_deferred_panes()
        windows.append(window)
        return window

    yield make
    import shiboken6

    for window in windows:
        if shiboken6.isValid(window):
            window.close()
