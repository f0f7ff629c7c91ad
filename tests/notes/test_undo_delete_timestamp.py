"""Undoing a note's deletion brings it back exactly as it was, its time stamp included."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from explorer.store import notes as notes_module

scenario = pytest.importorskip("notes_scenario_store")


@pytest.fixture
def pane(qtbot, session):
    from explorer.ui.notes import NotesPane

    widget = NotesPane(session)
    qtbot.addWidget(widget)
    widget.resize(1000, 650)
    widget.show()
    return widget


def test_undo_of_a_delete_keeps_the_notes_time_stamp(qtbot, pane, session, monkeypatch):
    session.state.select("episode", scenario.HUARAL)
    note = pane.new_note_on_selection()
    qtbot.keyClicks(pane.editor.body, "written before the delete")
    qtbot.waitUntil(lambda: session.notes.get(note.id).body == "written before the delete")
    written = session.notes.get(note.id)
    # The delete and its undo happen "a day later": neither may pass for an edit of the note.
    monkeypatch.setattr(notes_module, "now_iso", lambda: "2099-01-01T00:00:00.000+00:00")
    qtbot.mouseClick(pane.delete_button, Qt.MouseButton.LeftButton)
    assert session.notes.count() == 0
    qtbot.mouseClick(pane.undo_button, Qt.MouseButton.LeftButton)
    back = session.notes.get(note.id)
    assert not back.deleted and back.body == written.body
    assert back.updated == written.updated  # was 2099-01-01…: undo looked like a new edit
    assert back.created == written.created
    assert back.rev > written.rev  # other windows still learn that it changed
    # Redo deletes it again, now.
    pane.controller.undo_stack.redo()
    assert session.notes.count() == 0
