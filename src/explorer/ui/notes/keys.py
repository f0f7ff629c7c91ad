"""Shortcuts that stay inside the notes pane.

PySide6's ``QShortcut(key, parent, slot, context=...)`` overload silently ignores ``context``
and leaves the shortcut window-wide: Ctrl+F then clashed with the main window's Find action
and Ctrl+Z in the episodes table undid (and deleted) notes. So the context is set explicitly.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWidget

LOCAL = Qt.ShortcutContext.WidgetWithChildrenShortcut


def add_shortcut(
    key: QKeySequence | QKeySequence.StandardKey | str,
    parent: QWidget,
    slot: Callable[[], object],
    context: Qt.ShortcutContext = LOCAL,
) -> QShortcut:
    sequence = key if isinstance(key, QKeySequence) else QKeySequence(key)
    shortcut = QShortcut(sequence, parent)
    shortcut.setContext(context)
    shortcut.activated.connect(slot)
    return shortcut


def has_focus_within(widget: QWidget) -> bool:
    """True when the keyboard focus is on `widget` or one of its children."""
    focus = QApplication.focusWidget()
    return focus is not None and (focus is widget or widget.isAncestorOf(focus))
