"""The app never touches the network: a full GUI session with sockets made to fail still works,
and never even tries."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from explorer.paths import bundled_store_path
from tests.gui.helpers import click_facet, click_link_text, click_row, wait_for_query
from tests.gui.windows import make_window_fixture  # noqa: F401 - provides make_window
from tests.store.synthetic import build_synthetic_store

SRC = Path(__file__).resolve().parents[1] / "src"


@pytest.fixture
def no_sockets(monkeypatch):
    """Every way Python code reaches the network raises, and is recorded."""
    attempts: list[str] = []

    def refuse(name):
        def fail(*args, **kwargs):
            attempts.append(f"{name}{args[:2]}")
            raise OSError(f"network disabled by the test ({name})")

        return fail

    for name in ("connect", "connect_ex", "sendto", "bind"):
        monkeypatch.setattr(socket.socket, name, refuse(f"socket.{name}"))
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex"):
        monkeypatch.setattr(socket, name, refuse(name))
    return attempts


def test_full_session_without_network(qtbot, make_window, no_sockets, tmp_path, monkeypatch):
    from explorer.ui import dialogs

    window = make_window(bundled_store_path())
    window.build_deferred_panes()  # timeline, chart, compare, notes — and the notes store
    store = window.session.store
    total = store.execute("SELECT COUNT(*) FROM episodes").fetchone()[0]
    assert len(window.table.model.ids) == total > 0

    # Search for a word of the first episode's title, tick its kind, narrow by its decade.
    first_id, title, kind, start = store.execute(
        "SELECT id, title, kind, start_lo FROM episodes ORDER BY start_lo, id LIMIT 1").fetchone()  # fmt: skip
    word = max(title.split(), key=len)
    qtbot.keyClicks(window.table.search, word)
    wait_for_query(qtbot, window)
    assert first_id in window.table.model.ids
    filters = window.panes["filters"]
    click_facet(qtbot, filters.kinds, kind)
    click_facet(qtbot, filters.decades, int(start // 10 * 10))
    assert first_id in window.table.model.ids
    click_row(qtbot, window.table, window.table.model.row_of(first_id))
    quote, short_title = store.execute(
        """SELECT p.quote, s.short_title FROM citations c JOIN passages p ON p.id = c.passage_id
           JOIN sources s ON s.id = p.source_id
           WHERE c.target_type = 'episode' AND c.target_id = ? ORDER BY s.year, s.id, p.char_start, p.id""",
        (first_id,),
    ).fetchone()  # fmt: skip
    assert quote in window.detail.browser.toPlainText()
    click_link_text(qtbot, window.detail.browser, short_title)
    assert window.session.state.selection.kind == "passage"

    # Other views, About, export, another store and back.
    for index in range(1, 4):
        window.table.tabs.setCurrentIndex(index)
    window.table.tabs.setCurrentIndex(0)
    monkeypatch.setattr(dialogs, "run", lambda dialog: 0)
    window.actions["help.about"].trigger()
    monkeypatch.setattr(
        dialogs, "choose_table_export", lambda p, s, offer_citations: (tmp_path / "out.csv", False)
    )
    window.actions["file.export_csv"].trigger()
    assert (tmp_path / "out.csv").exists()
    window.open_store_path(build_synthetic_store(tmp_path / "other.db"))
    window.actions["file.bundled_store"].trigger()
    qtbot.keyClick(window.table.table, Qt.Key.Key_Down)
    qtbot.wait(100)

    assert no_sockets == []
    assert "PySide6.QtNetwork" not in sys.modules


AUDIT_GUARD = textwrap.dedent(
    """
    import sys
    FORBIDDEN = ("socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "socket.bind",
                 "socket.sendto", "urllib.Request", "http.client.connect")
    def guard(event, args):
        if event in FORBIDDEN:
            sys.stderr.write(f"NETWORK ATTEMPT: {event} {args!r}\\n")
            raise OSError("network disabled by the test")
    sys.addaudithook(guard)
    """
)


@pytest.mark.slow
def test_self_test_run_with_network_audited_off(tmp_path):
    guard = tmp_path / "guard"
    guard.mkdir()
    (guard / "sitecustomize.py").write_text(AUDIT_GUARD, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": f"{guard}{os.pathsep}{SRC}", "QT_QPA_PLATFORM": "offscreen",
           "RELATIONS_EXPLORER_HOME": str(tmp_path / "home")}  # fmt: skip
    # The guard is live: a child that does try gets stopped and reported.
    control = subprocess.run(
        [sys.executable, "-c", "import socket; socket.getaddrinfo('example.org', 80)"],
        env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert control.returncode != 0 and "NETWORK ATTEMPT" in control.stderr
    report = tmp_path / "report.txt"
    result = subprocess.run(
        [sys.executable, "-m", "explorer", "--self-test", "--report", str(report)],
        env=env, capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    assert "NETWORK ATTEMPT" not in result.stderr
    assert result.returncode == 0, report.read_text() if report.exists() else result.stderr[-2000:]
