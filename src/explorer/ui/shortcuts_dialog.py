"""Help ▸ Keyboard Shortcuts (F1, Ctrl+/): every key the window answers to, in one list.

The menu commands are not written down here: they are read from the window's actions (the
registry of ui/actions.py, plus the pane toggles the View menu adds) and listed under the menu
that shows each one, so a shortcut changed in the registry is changed here too. What cannot be
read from an action — the keys a pane handles itself (timeline, table, notes, presentation) — is
listed after them. A find field narrows the list as you type.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMainWindow,
    QMenu,
    QVBoxLayout,
)

from explorer.ui.safe_text import SafeBrowser

CONTEXT = "ShortcutsDialog"


class Words(str):
    """Keys described in words ("Mouse wheel"), translated; plain key names ("Home") are not."""


# (group, [(what it does, keys)]): keys a pane reads itself, so no QAction carries them.
PANE_KEYS = (
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Timeline"), (
        (QT_TRANSLATE_NOOP("ShortcutsDialog", "Zoom in or out at the pointer"),
         Words(QT_TRANSLATE_NOOP("ShortcutsDialog", "Mouse wheel"))),
        (QT_TRANSLATE_NOOP("ShortcutsDialog", "Pan (Shift: larger steps)"),
         Words(QT_TRANSLATE_NOOP("ShortcutsDialog", "Drag, or ← →"))),
        (QT_TRANSLATE_NOOP("ShortcutsDialog", "Zoom in / out"),
         Words(QT_TRANSLATE_NOOP("ShortcutsDialog", "+ or ↑ / − or ↓"))),
        (QT_TRANSLATE_NOOP("ShortcutsDialog", "Zoom to a span of years (Esc cancels)"),
         Words(QT_TRANSLATE_NOOP("ShortcutsDialog", "Shift+drag or right-drag"))),
        (QT_TRANSLATE_NOOP("ShortcutsDialog", "Zoom to an episode"),
         Words(QT_TRANSLATE_NOOP("ShortcutsDialog", "Double-click it"))),
        (QT_TRANSLATE_NOOP("ShortcutsDialog", "Show every episode"), "Home"),
        (QT_TRANSLATE_NOOP("ShortcutsDialog", "Zoom to the selected episode"), "Z"),
        (QT_TRANSLATE_NOOP("ShortcutsDialog", "Previous / next episode"), "[ ]  ,  ."),
    )),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Table and filters"), (
        (QT_TRANSLATE_NOOP("ShortcutsDialog", "Move between rows"),
         Words(QT_TRANSLATE_NOOP("ShortcutsDialog", "↑ ↓, Page Up / Page Down, Home / End"))),
        (QT_TRANSLATE_NOOP("ShortcutsDialog", "Select several rows"),
         Words(QT_TRANSLATE_NOOP("ShortcutsDialog", "Shift+↑ ↓, Ctrl+click, Shift+click"))),
        (QT_TRANSLATE_NOOP("ShortcutsDialog", "Read the row's details"),
         Words(QT_TRANSLATE_NOOP("ShortcutsDialog", "Enter or double-click"))),
        (QT_TRANSLATE_NOOP("ShortcutsDialog", "Copy the selected rows"), "Ctrl+C"),
        (QT_TRANSLATE_NOOP("ShortcutsDialog", "Clear the search; again: clear all filters"),
         Words(QT_TRANSLATE_NOOP("ShortcutsDialog", "Esc in the search box"))),
        (QT_TRANSLATE_NOOP("ShortcutsDialog", "Tick or untick a facet value"),
         Words(QT_TRANSLATE_NOOP("ShortcutsDialog", "Space or Enter"))),
        (QT_TRANSLATE_NOOP("ShortcutsDialog", "Move between controls"), "Tab, Shift+Tab"),
    )),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Notes"), (
        (QT_TRANSLATE_NOOP("ShortcutsDialog", "New note on the selected record"), "Ctrl+Shift+N"),
        (QT_TRANSLATE_NOOP("ShortcutsDialog", "Undo / redo in the notes"),
         "Ctrl+Z / Ctrl+Shift+Z, Ctrl+Y"),
        (QT_TRANSLATE_NOOP("ShortcutsDialog", "Search the notes"),
         Words(QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+F in the notes pane"))),
        (QT_TRANSLATE_NOOP("ShortcutsDialog", "Show a note formatted"), "Ctrl+Shift+V"),
    )),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Presentation"), (
        (QT_TRANSLATE_NOOP("ShortcutsDialog", "Next view"),
         Words(QT_TRANSLATE_NOOP("ShortcutsDialog", "→ ↓ Page Down Space"))),
        (QT_TRANSLATE_NOOP("ShortcutsDialog", "Previous view"),
         Words(QT_TRANSLATE_NOOP("ShortcutsDialog", "← ↑ Page Up Backspace"))),
        (QT_TRANSLATE_NOOP("ShortcutsDialog", "First / last view"), "Home / End"),
        (QT_TRANSLATE_NOOP("ShortcutsDialog", "Blank the screen (any key brings it back)"),
         Words(QT_TRANSLATE_NOOP("ShortcutsDialog", "B or ."))),
        (QT_TRANSLATE_NOOP("ShortcutsDialog", "Leave the presentation"), "Esc"),
    )),
)  # fmt: skip


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def plain(text: str) -> str:
    """A menu text without its mnemonic: '&Open Store…' -> 'Open Store…' ('&&' is an '&')."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def keys_text(action: QAction) -> str:
    """Every shortcut of `action` as the platform writes it: 'F1, Ctrl+/'."""
    native = QKeySequence.SequenceFormat.NativeText
    return ", ".join(s.toString(native) for s in action.shortcuts() if not s.isEmpty())


def native_keys(text: str) -> str:
    """Key names written as the platform and language write them ("Ctrl+C" is "Control+C" in
    Spanish), piece by piece in "Home / End" or "Tab, Shift+Tab"; anything else is kept."""
    portable, native = (
        QKeySequence.SequenceFormat.PortableText,
        QKeySequence.SequenceFormat.NativeText,
    )

    def one(piece: str) -> str:
        sequence = QKeySequence.fromString(piece, portable)
        if sequence.count() == 1 and sequence.toString(portable) == piece:
            return sequence.toString(native)
        return piece

    return re.sub(r"[^ ,/]+(?:\+[^ ,/]+)*", lambda m: one(m.group(0)), text)


def _menu_actions(menu: QMenu) -> Iterator[QAction]:
    for action in menu.actions():
        if action.menu() is not None:
            yield from _menu_actions(action.menu())
        elif not action.isSeparator():
            yield action


def command_groups(window: QMainWindow) -> list[tuple[str, list[tuple[str, str]]]]:
    """(menu title, [(command, keys)]) for every command of the window that has a shortcut,
    in menu order; registry actions that no menu shows come last, under "Other commands"."""
    groups, listed = [], set()
    for top in window.menuBar().actions():
        menu = top.menu()
        if menu is None:
            continue
        rows = []
        for action in _menu_actions(menu):
            keys = keys_text(action)
            if keys and action not in listed:
                rows.append((plain(action.text()), keys))
                listed.add(action)
        if rows:
            groups.append((plain(menu.title()), rows))
    registry = getattr(window, "actions", None) or ()
    rest = [(plain(a.text()), keys_text(a)) for a in registry if keys_text(a) and a not in listed]
    if rest:
        groups.append((_tr("Other commands"), rest))
    return groups


def pane_groups() -> list[tuple[str, list[tuple[str, str]]]]:
    return [
        (_tr(title), [(_tr(what), _tr(keys) if isinstance(keys, Words) else native_keys(keys))
                      for what, keys in rows])
        for title, rows in PANE_KEYS
    ]  # fmt: skip


def groups_html(groups: list[tuple[str, list[tuple[str, str]]]], find: str = "") -> str:
    """The groups as HTML tables; with `find`, only the rows whose command or keys contain it."""
    needle = find.strip().casefold()
    parts = []
    for title, rows in groups:
        shown = [(what, keys) for what, keys in rows
                 if not needle or needle in what.casefold() or needle in keys.casefold()
                 or needle in title.casefold()]  # fmt: skip
        if not shown:
            continue
        # One table for every group, so the keys line up in one column down the whole list.
        parts.append(
            f"<tr><th colspan='2' align='left' class='group'>{html.escape(title)}</th></tr>"
        )
        parts += [
            f"<tr><td width='62%'>{html.escape(what)}</td><td><b>{html.escape(keys)}</b></td></tr>"
            for what, keys in shown
        ]
    if not parts:
        message = _tr("No shortcut matches “{text}”.").format(text=find.strip())
        return f"<p>{html.escape(message)}</p>"
    return f"<table width='100%' cellpadding='3' cellspacing='0'>{''.join(parts)}</table>"


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("shortcuts")
        self.setWindowTitle(_tr("Keyboard Shortcuts"))
        self.groups = command_groups(window) + pane_groups()
        self.find = QLineEdit(self)
        self.find.setObjectName("shortcuts-find")
        self.find.setPlaceholderText(_tr("Find a command or a key…"))
        self.find.setAccessibleName(_tr("Find a shortcut"))
        self.find.setClearButtonEnabled(True)
        self.text = SafeBrowser(self)
        self.text.setObjectName("shortcuts-text")
        self.text.setAccessibleName(_tr("Keyboard shortcuts"))
        self.text.setOpenLinks(False)
        self.text.document().setDefaultStyleSheet(
            "th.group { font-size: large; padding-top: 10px; }"  # relative to the dialog's font
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.find)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.find.textChanged.connect(self._show)
        self._show("")
        # Sized in lines of text, so the list fits the large type of a presentation too.
        line = self.fontMetrics().height()
        self.resize(line * 46, line * 40)
        self.find.setFocus()

    def _show(self, find: str) -> None:
        self.text.setHtml(groups_html(self.groups, find))


def build(window: QMainWindow) -> ShortcutsDialog:
    """The dialog for `window`: its commands are read from the window's own actions."""
    return ShortcutsDialog(window)
