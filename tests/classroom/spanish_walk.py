"""Walking a window for the texts a user sees (and hears: accessible names, tooltips), and
telling an English one from a Spanish one."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTabBar,
    QTableView,
    QWidget,
)

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "explorer_es.ts"
# Names and acronyms that are the same in both languages (the issue keeps EPA, ODA, JICA).
SAME_IN_BOTH = {
    "relations", "explorer", "peru", "japan", "china", "korea", "csv", "png", "svg", "json",
    "markdown", "edtf", "epa", "oda", "jica", "fujimori", "utf", "alt", "ctrl", "shift", "esc",
    "tab", "and", "not", "hostage", "aid", "exports",
}  # fmt: skip
WORD = re.compile(r"[A-Za-zÀ-ÿ]{3,}")
TAG = re.compile(r"<[^>]+>")


def english_only_words(ts_path: Path = TS) -> set[str]:
    """Words of the English source texts that no Spanish translation uses."""
    root = ET.parse(ts_path).getroot()
    english, spanish = set(), set()
    for message in root.iter("message"):
        english |= {w.lower() for w in WORD.findall(TAG.sub(" ", message.findtext("source") or ""))}
        for node in message.find("translation").iter():
            spanish |= {w.lower() for w in WORD.findall(TAG.sub(" ", node.text or ""))}
    return english - spanish - SAME_IN_BOTH


def data_texts(conn, store_path) -> list[str]:
    """What the store itself says (titles, names), which stays in English for now: removed
    from a text before it is judged. Longest first, so a title is taken out before its words."""
    texts = {str(store_path)}
    for sql in ("SELECT title FROM episodes", "SELECT title FROM series", "SELECT name FROM actors",
                "SELECT title FROM sources", "SELECT unit_label FROM series",
                "SELECT category FROM series", "SELECT name FROM periods"):  # fmt: skip
        try:
            texts |= {row[0] for row in conn.execute(sql) if row[0]}
        except Exception:  # noqa: BLE001 - a column another store version lacks
            continue
    return sorted(texts, key=len, reverse=True)


def _action_texts(action: QAction, where: str, out: list) -> None:
    if action.isSeparator() or not action.isVisible():
        return
    for kind, text in (("text", action.text()), ("tooltip", action.toolTip()),
                       ("status tip", action.statusTip())):  # fmt: skip
        if text:
            out.append((f"{where} ▸ {action.text()} ({kind})", text))
    if action.menu() is not None:
        for child in action.menu().actions():
            _action_texts(child, f"{where} ▸ {action.text()}", out)


def visible_texts(window: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text of the window's visible widgets, menus and actions."""
    out: list[tuple[str, str]] = []
    widgets = [window, *window.findChildren(QWidget)]
    for widget in widgets:
        if isinstance(widget, QMenu) or not widget.isVisibleTo(window):
            continue
        where = f"{type(widget).__name__}#{widget.objectName() or '?'}"
        texts = [("tooltip", widget.toolTip()), ("accessible name", widget.accessibleName()),
                 ("accessible description", widget.accessibleDescription())]  # fmt: skip
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(("text", widget.text()))
        if isinstance(widget, QLineEdit):
            texts.append(("placeholder", widget.placeholderText()))
        if isinstance(widget, QGroupBox):
            texts.append(("title", widget.title()))
        if isinstance(widget, QDockWidget):
            texts.append(("title", widget.windowTitle()))
        if isinstance(widget, QComboBox):
            texts += [("item", widget.itemText(i)) for i in range(widget.count())]
        if isinstance(widget, QTabBar):
            texts += [("tab", widget.tabText(i)) for i in range(widget.count())]
            texts += [("tab tooltip", widget.tabToolTip(i)) for i in range(widget.count())]
        if isinstance(widget, QTableView) and widget.model() is not None:
            header = widget.horizontalHeader()
            texts += [("column", str(widget.model().headerData(c, Qt.Orientation.Horizontal) or ""))
                      for c in range(header.count()) if not header.isSectionHidden(c)]  # fmt: skip
        out += [(f"{where} ({kind})", text) for kind, text in texts if text]
    if isinstance(window, QMainWindow):
        for menu_action in window.menuBar().actions():
            _action_texts(menu_action, "menu", out)
    for action in QWidget.actions(window):  # the main window's `actions` is its action registry
        _action_texts(action, "action", out)
    return out


def english_texts(window: QWidget, words: set[str] | None = None, data=()) -> list[str]:
    """The visible texts with an English word in them once the store's own texts (`data`,
    from data_texts) are taken out, each as 'where: “text” (english words)'."""
    words = english_only_words() if words is None else words
    found = []
    for where, text in visible_texts(window):
        plain = TAG.sub(" ", text)
        for item in data:
            if item in plain:
                plain = plain.replace(item, " ")
        hits = sorted({w for w in WORD.findall(plain) if w.lower() in words})
        if hits:
            found.append(f"{where}: “{text}” ({', '.join(hits)})")
    return sorted(set(found))
