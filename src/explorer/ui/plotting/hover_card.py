"""A floating card that shows what is under the mouse, kept inside its parent's bounds."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


class HoverCard(QFrame):
    """Rich-text readout. `text()` returns the plain text a user reads, for tests and screen
    readers; the card never takes focus or the mouse, so it cannot get in the way."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("HoverCard")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self._label = QLabel(self)
        self._label.setTextFormat(Qt.TextFormat.RichText)
        self._label.setWordWrap(True)
        self._label.setMaximumWidth(380)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self._label)
        self.hide()

    def show_at(self, html: str, pos: QPoint) -> None:
        self._label.setText(html)
        self.setAccessibleDescription(self.text())
        self.adjustSize()
        parent = self.parentWidget()
        x, y = pos.x() + 16, pos.y() + 16
        if x + self.width() > parent.width():
            x = max(0, pos.x() - self.width() - 12)
        if y + self.height() > parent.height():
            y = max(0, pos.y() - self.height() - 12)
        self.move(x, y)
        self.show()
        self.raise_()

    def text(self) -> str:
        from explorer.ui.safe_text import SafeDocument

        doc = SafeDocument()
        doc.setHtml(self._label.text())
        return doc.toPlainText()
