"""One rule for strings: what comes from a store, a file, a note or the user is plain text.

Qt guesses: a QLabel or a tooltip whose text starts like HTML is rendered as HTML, and the
renderer then loads whatever `<img src=...>` names — `file:///dev/zero` exhausts memory and
kills the app. So nothing is left to the guess:

- `install(app)` (done by the main window) makes every QLabel that was not explicitly given a
  text format plain text when it is polished, and shows every tooltip through `tip()`, escaped:
  a label or tooltip can render markup only where the code asked for it, with data escaped;
- `text()` caps a data string before it reaches a layout (a megabyte-long unbroken line takes
  minutes to lay out) and makes it safe to encode;
- `escape()` is the one way to put data into deliberate rich text;
- `set_label()` is the one way to put data into a QLabel built elsewhere.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QGraphicsView,
    QHeaderView,
    QLabel,
    QMenu,
    QTabBar,
    QToolTip,
    QWidget,
)

# A label or a tooltip shows at most this much of one string; a line at most LINE_CHARS before
# it is broken (text layout is quadratic in the length of an unbroken line).
LABEL_CHARS = 2_000
TIP_CHARS = 1_500
LINE_CHARS = 400
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_LONG_RUN = re.compile(rf"\S{{{LINE_CHARS}}}")


def text(value: object, limit: int = LABEL_CHARS) -> str:
    """`value` as a string fit to lay out: at most `limit` characters (then "…"), lone
    surrogates as U+FFFD, no unbroken run longer than LINE_CHARS."""
    if value is None:
        return ""
    string = str(value)
    if len(string) > limit:
        string = string[:limit] + "…"
    string = _LONE_SURROGATE.sub("\ufffd", string)
    if len(string) > LINE_CHARS:
        string = _LONG_RUN.sub(lambda m: m.group(0) + "\u200b", string)
    return string


def has_long_run(value: str) -> bool:
    """True when `value` holds a run of more than LINE_CHARS characters without a space."""
    return len(value) > LINE_CHARS and _LONG_RUN.search(value) is not None


def escape(value: object, limit: int = LABEL_CHARS) -> str:
    """`value` capped and escaped for rich text: shows as its characters, never as markup."""
    return html.escape(text(value, limit), quote=True)


def tip(value: object) -> str:
    """A tooltip that shows `value` as text (Qt renders tooltips as HTML when they look like it).
    Rich on purpose so that long tips wrap; the data in it is escaped."""
    plain = text(value, TIP_CHARS)
    if not plain.strip():
        return ""
    return f'<p style="white-space:pre-wrap">{html.escape(plain, quote=True)}</p>'


def set_label(label: QLabel, value: object, limit: int = LABEL_CHARS) -> None:
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text(value, limit))


def _tooltip_text(obj: QObject, event) -> str | None:
    """The tooltip Qt would show for a ToolTip event on `obj`, or None to leave it to Qt."""
    parent = obj.parent() if isinstance(obj, QWidget) else None
    pos = event.pos()
    if isinstance(parent, QHeaderView) and obj is parent.viewport():
        section = parent.logicalIndexAt(pos)
        model = parent.model()
        if section < 0 or model is None:
            return ""
        value = model.headerData(section, parent.orientation(), Qt.ItemDataRole.ToolTipRole)
        return "" if value is None else str(value)
    if isinstance(parent, QAbstractItemView) and obj is parent.viewport():
        index = parent.indexAt(pos)
        value = index.data(Qt.ItemDataRole.ToolTipRole) if index.isValid() else None
        return "" if value is None else str(value)
    if isinstance(parent, QGraphicsView) and obj is parent.viewport():
        for item in parent.items(pos):
            if item.toolTip():
                return item.toolTip()
        return ""
    if isinstance(obj, QTabBar):
        index = obj.tabAt(pos)
        return obj.tabToolTip(index) if index >= 0 else ""
    if isinstance(obj, QMenu):
        action = obj.actionAt(pos)
        if action is None or not obj.toolTipsVisible():
            return None
        return action.toolTip()
    if isinstance(obj, QWidget):
        return obj.toolTip()
    return None


def _should_be_plain(obj: QObject) -> bool:
    # The tooltip's own label is left to guess: every tooltip reaches it through tip(), escaped.
    return (
        isinstance(obj, QLabel)
        and obj.textFormat() == Qt.TextFormat.AutoText
        and obj.metaObject().className() != "QTipLabel"
    )


class _PlainGuard(QObject):
    def eventFilter(self, obj: QObject, event) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind == QEvent.Type.Polish:
            if _should_be_plain(obj):
                obj.setTextFormat(Qt.TextFormat.PlainText)
            return False
        if kind == QEvent.Type.ToolTip:
            shown = _tooltip_text(obj, event)
            if shown is None:
                return False
            if shown:
                QToolTip.showText(event.globalPos(), tip(shown), obj)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return False


_guard: _PlainGuard | None = None


def install(app: QApplication | None = None) -> None:
    """Apply the rule to every widget of `app` from now on (idempotent)."""
    global _guard
    app = app or QApplication.instance()
    if app is None or _guard is not None:
        return
    _guard = _PlainGuard(app)
    app.installEventFilter(_guard)
    # Labels polished before the guard was installed.
    for widget in app.allWidgets():
        if _should_be_plain(widget):
            widget.setTextFormat(Qt.TextFormat.PlainText)
