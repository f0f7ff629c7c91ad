"""Looking at every widget for data rendered as markup.

Hostile texts carry "<b>BOLD</b>". Shown as text, a widget's visible text holds those very
characters; rendered as markup it holds "BOLD" without them. That is the test, for labels,
text browsers, graphics text items and the tooltip being shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsTextItem,
    QGraphicsView,
    QLabel,
    QTextEdit,
    QToolTip,
)

MARK = "<b>BOLD</b>"


def _rendered(visible: str) -> bool:
    return "BOLD" in visible and MARK not in visible


def _label_visible(label: QLabel) -> str:
    text = label.text()
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    )
    return QTextDocumentFragment.fromHtml(text).toPlainText() if rich else text


def unsafe_renders(skip_names: tuple[str, ...] = ()) -> list[str]:
    """Where data shows as markup, as "class 'object name': text" (empty when nowhere)."""
    found = []
    for widget in QApplication.allWidgets():
        name = widget.objectName()
        if any(skip in name for skip in skip_names):
            continue
        if isinstance(widget, QLabel):
            visible = _label_visible(widget)
        elif isinstance(widget, QTextEdit):
            visible = widget.document().toPlainText()
        elif isinstance(widget, QGraphicsView) and widget.scene() is not None:
            visible = "\n".join(
                item.toPlainText()
                for item in widget.scene().items()
                if isinstance(item, QGraphicsTextItem)
            )
        else:
            continue
        if _rendered(visible):
            found.append(f"{type(widget).__name__} {name!r}: {visible[:80]!r}")
    if QToolTip.isVisible() and _rendered(
        QTextDocumentFragment.fromHtml(QToolTip.text()).toPlainText()
    ):
        found.append(f"tooltip: {QToolTip.text()[:80]!r}")
    return found
