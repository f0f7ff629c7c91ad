"""The notes pane as a user drives it: write while reading, autosave, search, tags, undo."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from explorer.store.notes import NotesStore

scenario = pytest.importorskip("notes_scenario_store")


@pytest.fixture
def pane(qtbot, session):
    from explorer.ui.notes import NotesPane

    widget = NotesPane(session)
    qtbot.addWidget(widget)
    widget.resize(1000, 650)
    widget.show()
    return widget


def _saved(pane) -> bool:
    return pane.editor.status.text().startswith("Saved") and not pane.editor.is_dirty()


def test_new_note_follows_the_selection_and_saves_while_typing(qtbot, pane, session):
    changes = []
    session.notes_changed.connect(lambda *args: changes.append(args))
    assert not pane.new_button.isEnabled()
    session.state.select("episode", scenario.HOSTAGE)
    assert "Japanese embassy hostage crisis" in pane.new_button.text()
    qtbot.mouseClick(pane.new_button, Qt.MouseButton.LeftButton)
    assert pane.editor.body.hasFocus() or pane.editor.body.isEnabled()
    qtbot.keyClicks(pane.editor.body, "Aid fell after the crisis")
    qtbot.waitUntil(lambda: _saved(pane), timeout=3000)
    (note,) = session.notes.notes_for("episode", scenario.HOSTAGE)
    assert note.body == "Aid fell after the crisis" and note.target_label.startswith("Japanese")
    assert ("episode", scenario.HOSTAGE) in changes
    assert session.notes.noted_ids("episode") == {scenario.HOSTAGE}


def test_notes_on_series_observations_and_passages(pane, session, scenario_conn):
    from explorer.store.notes_targets import passage_id_for_key

    session.state.select("series", scenario.GRANT)
    series_note = pane.new_note_on_selection()
    session.state.select("observation", f"{scenario.GRANT}@1997")
    figure_note = pane.new_note_on_selection()
    session.state.select("passage", "2")
    passage_note = pane.new_note_on_selection()
    assert series_note.target_id == scenario.GRANT
    assert figure_note.target_label.endswith("1997")
    assert passage_note.target_type == "passage" and ":" in passage_note.target_id
    assert passage_id_for_key(scenario_conn, passage_note.target_id) == 2
    session.state.select("actor", "JPN")
    assert not pane.new_button.isEnabled()  # actors cannot carry notes


def test_search_and_tag_filter(qtbot, pane, session):
    notes = session.notes
    notes.add("episode", scenario.HUARAL, body="Technical cooperation froze", tags=["aid"])
    notes.add("episode", scenario.HOSTAGE, body="Ambassador Aoki resigned", tags=["diplomacy"])
    notes.add("series", scenario.GRANT, body="Grant aid jumped", tags=["aid", "table 3"])
    pane.refresh()
    assert pane.model.rowCount() == 3
    qtbot.keyClicks(pane.search, "coop")
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1)
    assert pane.model.note(0).body == "Technical cooperation froze"
    pane.search.clear()
    qtbot.waitUntil(lambda: pane.model.rowCount() == 3)
    labels = [pane.tag_filter.itemText(i) for i in range(pane.tag_filter.count())]
    assert labels[:2] == ["All tags", "aid (2)"]
    pane.tag_filter.setCurrentIndex(labels.index("table 3 (1)"))
    assert pane.model.rowCount() == 1 and pane.count_label.text() == "1 of 3 notes"


def test_tags_typed_in_the_editor_are_saved(qtbot, pane, session):
    session.state.select("episode", scenario.HUARAL)
    pane.new_note_on_selection()
    qtbot.keyClicks(pane.editor.tags, "security, JICA")
    qtbot.keyClick(pane.editor.tags, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _saved(pane))
    assert pane.editor.note.tags == ("JICA", "security")
    assert dict(session.notes.tag_counts()) == {"JICA": 1, "security": 1}


def test_undo_and_redo_of_typing_and_of_deleting(qtbot, pane, session):
    session.state.select("episode", scenario.HUARAL)
    note = pane.new_note_on_selection()
    qtbot.keyClicks(pane.editor.body, "first")
    qtbot.waitUntil(lambda: _saved(pane))
    qtbot.keyClicks(pane.editor.body, " second")
    qtbot.waitUntil(lambda: _saved(pane))
    qtbot.keyClick(pane.editor.body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert pane.editor.body.toPlainText() == "first"
    assert session.notes.get(note.id).body == "first"  # undo is saved too
    qtbot.keyClick(
        pane.editor.body,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert session.notes.get(note.id).body == "first second"
    qtbot.mouseClick(pane.delete_button, Qt.MouseButton.LeftButton)
    assert session.notes.count() == 0 and pane.editor.note is None
    assert "Undo" in pane.message.text()
    qtbot.mouseClick(pane.undo_button, Qt.MouseButton.LeftButton)
    assert session.notes.count() == 1 and pane.editor.note.id == note.id


def test_a_note_written_in_another_window_appears(qtbot, pane, session):
    other = NotesStore.open(session.notes.path)
    other.add("episode", scenario.HUARAL, body="from the other window")
    other.close()
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1, timeout=4000)
    assert pane.model.note(0).body == "from the other window"


def test_two_windows_typing_in_the_same_note_keep_both(
    qtbot, session, scenario_path, scenario_conn
):
    from explorer.core.session import Session
    from explorer.ui.notes import NotesPane

    first = NotesPane(session)
    qtbot.addWidget(first)
    session.state.select("episode", scenario.HUARAL)
    note = first.new_note_on_selection()
    second_session = Session(scenario_conn, scenario_path)
    second_session.notes = NotesStore.open(session.notes.path)
    second = NotesPane(second_session)
    qtbot.addWidget(second)
    second.open_note(note.id)
    qtbot.keyClicks(first.editor.body, "typed in window one")
    qtbot.keyClicks(second.editor.body, "typed in window two")
    first.editor.flush()
    second.editor.flush()
    bodies = sorted(n.body for n in session.notes.get_many(session.notes.search().ids).values())
    assert bodies == ["typed in window one", "typed in window two"]
    assert "another window" in second.message.text()
    assert second.editor.conflict_banner.isVisibleTo(second)
    second_session.notes.close()


def test_export_and_import_through_the_pane(qtbot, pane, session, tmp_path):
    session.notes.add("episode", scenario.HOSTAGE, body="For the seminar", tags=["seminar"])
    pane.refresh()
    assert pane.export_to(tmp_path / "mine.json")
    assert json.loads((tmp_path / "mine.json").read_text())["notes"][0]["body"] == "For the seminar"
    assert pane.export_to(tmp_path / "handout.md", markdown=True)
    handout = (tmp_path / "handout.md").read_text()
    assert "Japanese embassy hostage crisis" in handout and "127 days" in handout
    assert pane.import_from(tmp_path / "mine.json") is False
    assert "nothing new" in pane.message.text()


def test_preview_renders_markdown(qtbot, pane, session):
    session.state.select("episode", scenario.HUARAL)
    pane.new_note_on_selection()
    qtbot.keyClicks(pane.editor.body, "**bold** claim")
    qtbot.mouseClick(pane.editor.preview_button, Qt.MouseButton.LeftButton)
    assert pane.editor.pages.currentWidget() is pane.editor.preview
    assert pane.editor.preview.toPlainText().strip() == "bold claim"
    assert session.notes.get(pane.editor.note.id).body == "**bold** claim"  # preview saves first


def test_fits_a_narrow_dock_and_shortens_the_button(qtbot, pane, session):
    session.state.select("episode", scenario.HOSTAGE)
    pane.resize(400, 700)
    qtbot.wait(30)
    assert pane.minimumSizeHint().width() <= 400
    assert pane.splitter.orientation() == Qt.Orientation.Vertical
    text = pane.new_button.text()
    assert text.startswith("New note on") and ("…" in text or "crisis" in text)


def test_the_line_on_what_a_note_is_on_names_the_kind_in_the_interface_language(
    qapp, pane, session, scenario_conn
):
    """The episode's kind was shown as the store's code ("security") in a Spanish window."""
    from explorer.ui import i18n, labels

    kind, date_text = scenario_conn.execute(
        "SELECT kind, date_text FROM episodes WHERE id = ?", (scenario.HOSTAGE,)
    ).fetchone()
    try:
        i18n.install(qapp, "es")
        session.state.select("episode", scenario.HOSTAGE)
        pane.new_note_on_selection()
        shown = pane.editor.detail_label.text()
        assert shown == f"{date_text} · {labels.episode_kind(kind)}"
        assert labels.episode_kind(kind) != kind  # translated, not the code
    finally:
        i18n.install(qapp, "en")
