"""One rule for strings: a store whose every readable text is HTML shows it all as text, and
nothing in it makes the app read a file.

Found before: `<b>BOLD</b> japan` in the search box showed bold text in the status bar;
`<img src="file:///dev/zero">` in the search box, or as a store's dataset_version, killed the
app; titles and quotes with HTML rendered in tooltips, and the renderer opened the local images
they named; a note's `![x](file:///dev/zero)` killed the app on Preview and a click on
`[x](file:///etc/hostname)` showed that file inside the app."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QLabel, QToolTip

from explorer.ui import safe_text
from tests.hostile.figures import Tally
from tests.hostile.file_watch import FileWatch, hostile_strings, make_canaries
from tests.hostile.mutate_store import READABLE
from tests.hostile.walk import MARK, unsafe_renders
from tests.store.synthetic import build_synthetic_store

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def hostile_store(tmp_path):
    """The synthetic store with HTML naming canary files in every readable text column."""
    canaries = make_canaries(tmp_path / "canaries")
    path = build_synthetic_store(tmp_path / "hostile.db")
    text = hostile_strings(canaries)[0]  # '<img src="file:///…/canary.png"> <b>BOLD</b>'
    conn = sqlite3.connect(path)
    for table, columns in READABLE.items():
        for column in columns:
            conn.execute(f"UPDATE {table} SET {column} = ? || ' ' || rowid", (text,))
    conn.execute("UPDATE meta SET value = ? WHERE key IN ('title', 'dataset_version')", (text,))
    conn.commit()
    conn.close()
    return path, canaries


def _tooltip_at(widget, pos: QPoint) -> str:
    QToolTip.hideText()
    event = QHelpEvent(QEvent.Type.ToolTip, pos, widget.mapToGlobal(pos))
    QApplication.sendEvent(widget, event)
    return QToolTip.text() if QToolTip.isVisible() else ""


def test_every_pane_shows_store_html_as_text(qtbot, make_window, hostile_store):
    path, canaries = hostile_store
    watch = FileWatch(canaries)
    refused_before = len(safe_text.refused)
    window = make_window(path, deferred=True)
    state = window.session.state
    conn = window.session.store
    episodes = [row[0] for row in conn.execute("SELECT id FROM episodes")]
    for episode_id in episodes:
        state.select("episode", episode_id, origin="test")
        qtbot.wait(5)
    series = [row[0] for row in conn.execute("SELECT id FROM series")]
    state.set_chart_series(tuple(series), origin="test")
    state.set_compare_episodes(tuple(episodes[:2]), origin="test")
    others = 0
    for kind, sql in (("source", "SELECT id FROM sources"), ("actor", "SELECT id FROM actors"),
                      ("passage", "SELECT id FROM passages"), ("series", "SELECT id FROM series"),
                      ("period", "SELECT id FROM periods")):  # fmt: skip
        for (item_id,) in conn.execute(sql).fetchall()[:3]:
            others += 1
            state.select(kind, item_id, origin="test")
            qtbot.wait(5)
    for dock in window.docks.values():  # every pane shown once, so every label is laid out
        dock.show()
        dock.raise_()
        qtbot.wait(10)
    tips = []
    for view in ("episodes", "series", "actors", "sources"):
        window.table.show_view(view)
        qtbot.wait(10)
        table = window.table.table
        for column in range(table.model().columnCount()):
            rect = table.visualRect(table.model().index(0, column))
            tips.append(_tooltip_at(table.viewport(), rect.center()))
    window.table.search.setText("<b>BOLD</b> japan")
    window.table.search.apply()
    qtbot.wait(20)

    found = unsafe_renders()
    figures = Tally("store strings with HTML and links (every pane, tooltips)")
    for _ in range(len(episodes) + others + sum(MARK not in tip for tip in tips)):
        figures.add("shown as text")
    for where in found + [tip for tip in tips if MARK in tip]:
        figures.add("unsafe render", where)
    figures.file_reads = watch.count()
    figures.notes = (f"{len(episodes)} episodes and {others} other records selected, {len(tips)} "
                     f"table tooltips, every widget walked; {len(safe_text.refused) - refused_before}"
                     " resources asked for")  # fmt: skip
    figures.report()
    assert found == [], found
    assert any("BOLD" in tip for tip in tips)  # the tooltips did show the data...
    assert all(MARK not in tip for tip in tips)  # ...escaped, never as markup
    rich = [label.objectName() for label in window.findChildren(QLabel)
            if label.textFormat() != Qt.TextFormat.PlainText and MARK in label.text()]  # fmt: skip
    assert rich == []
    assert window.dataset_label.textFormat() == Qt.TextFormat.PlainText
    assert MARK in window.dataset_label.text()
    assert safe_text.refused[refused_before:] == []  # no resource was even asked for
    assert watch.count() == 0  # and no canary file was opened
    watch.close()


def test_note_preview_loads_nothing_and_follows_no_link(qtbot, tmp_path, monkeypatch):
    from explorer.ui.safe_text import SafeBrowser, open_external

    canaries = make_canaries(tmp_path / "canaries")
    watch = FileWatch(canaries)
    png, _css, txt = canaries
    preview = SafeBrowser()
    qtbot.addWidget(preview)
    preview.resize(400, 300)
    preview.show()
    preview.set_markdown(f"# Note\n\n![x]({png.as_uri()})\n\n[local]({txt.as_uri()})\n\n"
                         "[web](https://example.org/page)\n\n" + "x" * 1_000_000)  # fmt: skip
    qtbot.wait(20)
    assert png.as_uri() in safe_text.refused
    assert len(preview.toPlainText()) < 250_000  # the megabyte was cut before layout
    # A click on a local link shows nothing of that file; a web link asks first.
    shown, asked, opened = [], [], []
    monkeypatch.setattr(safe_text.QMessageBox, "information", lambda *a: shown.append(a[2]))
    monkeypatch.setattr(safe_text.QDesktopServices, "openUrl", lambda url: opened.append(url))
    preview.anchorClicked.connect(lambda url: open_external(preview, url.toString(),
                                                           lambda _p, a: asked.append(a)))  # fmt: skip
    preview.anchorClicked.emit(__import__("PySide6.QtCore").QtCore.QUrl(txt.as_uri()))
    preview.anchorClicked.emit(__import__("PySide6.QtCore").QtCore.QUrl("https://example.org/page"))
    assert shown and "http or https" in shown[0]
    assert asked == ["https://example.org/page"]
    assert opened == []  # the confirmation said no
    assert "secret" not in preview.toPlainText()
    assert watch.count() == 0
    figures = Tally("note preview: Markdown image, file:// link, web link, 1 MB body")
    figures.add("clean refusal", "the image")  # refused, never loaded
    figures.add("clean refusal", "the file:// link")  # explained, never shown
    figures.add("clean", "the web link")  # asked first
    figures.add("clean", "the 1 MB body")  # cut before layout
    figures.file_reads = watch.count()
    figures.report()
    watch.close()


CHILD = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
app = QApplication([])
from explorer.ui.safe_text import SafeBrowser
b = SafeBrowser(); b.resize(300, 200); b.show()
b.set_markdown("![x](file:///dev/zero) <img src='file:///dev/zero'>")
b.setHtml("<img src='file:///dev/zero'><table background='file:///dev/zero'><tr><td>x")
for _ in range(5):
    app.processEvents()
print("alive")
"""


@pytest.mark.slow
def test_dev_zero_kills_nothing(tmp_path):
    """What once killed the app, in child processes: a preview naming /dev/zero, and a store
    whose dataset_version is <img src="file:///dev/zero"> opened with --store."""
    env = {"PYTHONPATH": str(REPO / "src"), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path),
           "RELATIONS_EXPLORER_HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen"}  # fmt: skip
    done = subprocess.run([sys.executable, "-c", CHILD], env=env, capture_output=True,
                          text=True, timeout=120)  # fmt: skip
    figures = Tally("<img src=file:///dev/zero>: preview, and a store's dataset_version")
    figures.add("clean" if done.returncode == 0 else "death", done.stderr[-200:])
    figures.report()
    assert done.returncode == 0 and "alive" in done.stdout, done.stderr[-500:]
    store = build_synthetic_store(tmp_path / "devzero.db")
    conn = sqlite3.connect(store)
    conn.execute("UPDATE meta SET value = '<img src=\"file:///dev/zero\">' "
                 "WHERE key = 'dataset_version'")  # fmt: skip
    conn.commit()
    conn.close()
    report = tmp_path / "report.txt"
    done = subprocess.run(
        [sys.executable, "-m", "explorer", "--store", str(store), "--self-test", "--report",
         str(report)], env=env, capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    figures.add("clean" if done.returncode in (0, 1) else "death", done.stderr[-200:])
    figures.report()
    assert done.returncode in (0, 1), (done.returncode, done.stderr[-800:])
    assert report.exists()


def test_a_record_that_cannot_be_read_is_said_so(qtbot, make_window, tmp_path, monkeypatch):
    """An error reading one record is shown for that record; the window carries on."""
    from explorer.ui.detail import pane as detail_pane

    path = build_synthetic_store(tmp_path / "store.db")
    window = make_window(path, deferred=True)

    def damaged(conn, item_id):
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setitem(detail_pane.RENDERERS, "episode", (damaged, lambda record, terms: ""))
    window.session.state.select("episode", "1996-hostage-crisis", origin="test")
    qtbot.wait(10)
    text = window.detail.browser.toPlainText()
    assert "cannot be read" in text and "malformed" in text
    assert window.isVisible()
