"""Switching between the light and the dark theme, with every pane built.

Run in a child process: a pane that mishandles the re-styling can crash Qt itself, and that
must fail this test, not end the whole test run.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src"

SCRIPT = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from explorer.core.session import Session
    from explorer.paths import bundled_store_path
    from explorer.store.bundled import open_store
    from explorer.ui import theme
    from explorer.ui.main_window import MainWindow
    from explorer.ui.settings import Settings

    path = Path(sys.argv[1])
    window = MainWindow(Session(open_store(path, immutable=False), path), Settings(), bundled_store_path())
    window.show()
    QTest.qWaitForWindowExposed(window)
    window.build_deferred_panes()
    window.session.state.select("episode", window.table.model.ids[0])
    for dark in (True, False, True, False):
        window.actions["view.dark_theme"].setChecked(dark)
        QTest.qWait(30)
        assert theme.current().name == ("dark" if dark else "light")
        assert window.settings.get("appearance/theme") == theme.current().name
    window.close()
    print("themes ok")
    """
)


@pytest.mark.slow
def test_theme_switches_back_and_forth_with_every_pane(tmp_path, store_path):
    env = {**os.environ, "PYTHONPATH": f"{SRC}{os.pathsep}{os.environ.get('PYTHONPATH', '')}",
           "QT_QPA_PLATFORM": "offscreen", "RELATIONS_EXPLORER_HOME": str(tmp_path)}  # fmt: skip
    result = subprocess.run([sys.executable, "-c", SCRIPT, str(store_path)], env=env,
                            capture_output=True, text=True, timeout=120)  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    assert "themes ok" in result.stdout
