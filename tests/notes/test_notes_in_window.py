"""The notes pane inside the real main window: its keys stay in the pane, and it fits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from tests.conftest import STORE_PATH
from tests.gui.windows import make_window_fixture  # noqa: F401 - provides make_window


def _focus(qtbot, widget) -> None:
    widget.activateWindow()
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=2000)


@pytest.fixture
def window_with_note(qtbot, make_window):
    window = make_window(STORE_PATH, deferred=True)
    qtbot.waitUntil(lambda: getattr(window.session, "notes", None) is not None, timeout=5000)
    pane = window.panes["notes"]
    window.focus_pane("notes")  # the notes tab raised: its shortcuts are live
    episode = window.session.store.execute("SELECT id FROM episodes LIMIT 1").fetchone()[0]
    window.session.state.select("episode", episode, origin="test")
    note = pane.new_note_on_selection()
    assert note is not None
    qtbot.keyClicks(pane.editor.body, "Aoki's account of the siege")
    assert pane.editor.flush()
    return window, pane, note


def test_notes_shortcuts_are_local_to_the_pane(window_with_note):
    _window, pane, _note = window_with_note
    local = Qt.ShortcutContext.WidgetWithChildrenShortcut
    keys = {s.key().toString(): s.context() for s in pane.shortcuts}
    assert keys["Ctrl+Z"] == local
    assert "Ctrl+F" not in keys  # the pane claims Ctrl+F itself, only while focused
    assert keys["Ctrl+Y"] == local
    assert keys["Ctrl+Shift+N"] == Qt.ShortcutContext.WindowShortcut
    assert pane.editor.preview_shortcut.context() == local


def test_ctrl_z_in_the_table_leaves_the_note_alone(qtbot, window_with_note):
    window, pane, note = window_with_note
    table = window.table.table
    _focus(qtbot, table)
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    stored = window.session.notes.get(note.id)
    assert not stored.deleted
    assert stored.body == "Aoki's account of the siege"
    assert pane.editor.body.toPlainText() == "Aoki's account of the siege"
    # In the pane, Ctrl+Z still undoes the typing.
    _focus(qtbot, pane.list)
    qtbot.keyClick(pane.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.session.notes.get(note.id).body == ""


def test_ctrl_f_from_the_table_goes_to_the_table_search(qtbot, qtlog, window_with_note):
    window, pane, _note = window_with_note
    table = window.table.table
    _focus(qtbot, table)
    qtbot.keyClick(table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.table.search
    # From inside the notes pane, Ctrl+F searches the notes.
    for inside in (pane.list, pane.editor.body, pane.editor.tags):
        _focus(qtbot, inside)
        qtbot.keyClick(inside, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        assert QApplication.focusWidget() is pane.search
    assert not [r for r in qtlog.records if "Ambiguous shortcut" in r.message]


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_new_note_opens_a_roomy_editor_in_view(qtbot, make_window, size):
    window = make_window(STORE_PATH, deferred=True, size=size)
    qtbot.waitUntil(lambda: getattr(window.session, "notes", None) is not None, timeout=5000)
    pane = window.panes["notes"]
    window.focus_pane("notes")
    episode = window.session.store.execute("SELECT id FROM episodes LIMIT 1").fetchone()[0]
    window.session.state.select("episode", episode, origin="test")
    for _ in range(3):  # a few notes already in the list
        pane.new_note_on_selection()
    window.show_workspace("explore")  # the user is back at the table, the Notes behind it
    table = window.table.table
    _focus(qtbot, table)
    qtbot.keyClick(
        table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    body = pane.editor.body
    qtbot.waitUntil(lambda: QApplication.focusWidget() is body, timeout=2000)
    assert window.workspaces.current() == "notes" and body.isVisible()  # before any typing
    qtbot.keyClicks(body, "typed where I can see it")
    list_height, editor_height = pane.splitter.sizes()
    assert editor_height > 1.5 * list_height
    lines = body.fontMetrics().lineSpacing()
    assert body.height() >= 6 * lines  # six lines of text, not two to four
    # The whole text box is on screen: inside the dock's visible area, not scrolled away.
    area = window.slots["notes"].widget()
    viewport = area.viewport() if hasattr(area, "viewport") else area
    top_left = body.mapTo(viewport, body.rect().topLeft())
    bottom_right = body.mapTo(viewport, body.rect().bottomRight())
    assert viewport.rect().contains(top_left) and viewport.rect().contains(bottom_right)
    assert body.visibleRegion().boundingRect().height() == body.height()
