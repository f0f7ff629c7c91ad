"""A note that cannot be saved when the window closes is never dropped without asking."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QApplication

from explorer.ui.notes import unsaved

from ..conftest import STORE_PATH


@pytest.fixture
def window_with_failing_note(qtbot, make_window, monkeypatch):
    window = make_window(STORE_PATH, deferred=True)
    qtbot.waitUntil(lambda: getattr(window.session, "notes", None) is not None, timeout=5000)
    pane = window.panes["notes"]
    episode = window.session.store.execute("SELECT id FROM episodes LIMIT 1").fetchone()[0]
    window.session.state.select("episode", episode, origin="test")
    pane.new_note_on_selection()
    qtbot.keyClicks(pane.editor.body, "Aoki's account of the siege")

    def disk_full(*_args, **_kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(window.session.notes, "save", disk_full)
    return window, pane


def test_keeping_the_window_open_keeps_the_text(window_with_failing_note, monkeypatch):
    window, pane = window_with_failing_note
    asked = []
    monkeypatch.setattr(unsaved, "ask", lambda parent: asked.append(parent) or "keep")
    window.close()
    assert asked == [window]
    assert window.isVisible()
    assert "Aoki's account of the siege" in pane.editor.body.toPlainText()


def test_copying_puts_the_note_on_the_clipboard_before_closing(
    window_with_failing_note, monkeypatch
):
    window, _pane = window_with_failing_note
    monkeypatch.setattr(unsaved, "ask", lambda parent: "copy")
    window.close()
    assert not window.isVisible()
    assert "Aoki's account of the siege" in QApplication.clipboard().text()


def test_a_saved_note_closes_without_asking(qtbot, make_window, monkeypatch):
    window = make_window(STORE_PATH, deferred=True)
    monkeypatch.setattr(unsaved, "ask", lambda parent: pytest.fail("asked needlessly"))
    window.close()
    assert not window.isVisible()
