"""Help ▸ Keyboard Shortcuts: opened by F1 or Ctrl+/, it lists every shortcut of the action
registry under its menu, and the keys the timeline, table and presentation read themselves."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QTextBrowser

from explorer.ui import actions, dialogs, shortcuts_dialog


@pytest.fixture
def shown(window, monkeypatch):
    """Dialogs the window asks to show, answered at once."""
    opened = []
    monkeypatch.setattr(dialogs, "run", lambda dialog: opened.append(dialog) or 0)
    return opened


def _press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window.table.table, key, modifier)


def _text(dialog) -> str:
    return dialog.findChild(QTextBrowser, "shortcuts-text").toPlainText()


@pytest.mark.parametrize(
    "key, modifier",
    [(Qt.Key.Key_F1, Qt.KeyboardModifier.NoModifier),
     (Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)],
)  # fmt: skip
def test_the_shortcut_opens_the_list(qtbot, window, shown, key, modifier):
    _press(qtbot, window, key, modifier)
    assert len(shown) == 1 and shown[0].objectName() == "shortcuts"
    text = _text(shown[0])
    native = QKeySequence.SequenceFormat.NativeText
    find = QKeySequence(QKeySequence.StandardKey.Find).toString(native)
    for label, keys in (("Search Episodes", find), ("Present Lesson", "F5"),
                        ("Next Pane", "F6"), ("Keyboard Shortcuts", "F1, Ctrl+/")):  # fmt: skip
        assert f"{label}\t{keys}" in text or f"{label}\n{keys}" in text, label
    # The keys panes read themselves.
    for words in ("Zoom to the selected episode", "Copy the selected rows", "Leave the presentation",
                  "→ ↓ Page Down Space", "← ↑ Page Up Backspace", "B or ."):  # fmt: skip
        assert words in text


def test_every_registry_shortcut_is_listed_under_its_menu(window):
    groups = dict(shortcuts_dialog.command_groups(window))
    listed = {(command, keys) for rows in groups.values() for command, keys in rows}
    for spec in actions.SPECS:
        action = window.actions[spec.id]
        if not action.shortcuts():
            continue
        assert (shortcuts_dialog.plain(action.text()), shortcuts_dialog.keys_text(action)) in listed
    assert ("Export Table as CSV…", "Ctrl+E") in groups["File"]
    assert any(command == "Keyboard Shortcuts" for command, _ in groups["Help"])
    assert "Other commands" not in groups  # every command with a shortcut is in a menu


def test_a_changed_shortcut_shows_in_the_list(window):
    window.actions["view.reset_layout"].setShortcut(QKeySequence("Ctrl+Alt+R"))
    rows = dict(shortcuts_dialog.command_groups(window))["View"]
    assert ("Reset Layout", QKeySequence("Ctrl+Alt+R").toString(
        QKeySequence.SequenceFormat.NativeText)) in rows  # fmt: skip


def test_typing_narrows_the_list(qtbot, window):
    dialog = shortcuts_dialog.build(window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.find, "blank")
    text = _text(dialog)
    assert "Blank the screen" in text and "Search Episodes" not in text
    dialog.find.clear()
    qtbot.keyClicks(dialog.find, "no such key at all")
    assert "No shortcut matches" in _text(dialog)
