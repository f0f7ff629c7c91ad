"""Painting search matches inside table cells, on the theme's marker colour."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from explorer.ui import theme
from explorer.ui.markup import match_spans

SPANS_KEPT = 4000  # texts whose matches are kept (a few pages of rows and their cut forms)


class HighlightDelegate(QStyledItemDelegate):
    """Draws the cell as usual, then its text with matches on a marker-coloured background."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.terms: list[str] = []
        # The matches of each text painted for the current terms: a result's rows are painted
        # again and again (its stages, the selection, scrolling back), and finding the matches
        # is a third of a cell's paint.
        self._spans: dict[str, list[tuple[int, int]]] = {}
        self._spans_for: list[str] = []

    def _matches(self, text: str) -> list[tuple[int, int]]:
        if self._spans_for != self.terms or len(self._spans) > SPANS_KEPT:
            self._spans, self._spans_for = {}, list(self.terms)
        spans = self._spans.get(text)
        if spans is None:
            spans = self._spans[text] = match_spans(text, self.terms)
        return spans

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        if not self.terms or not self._matches(text):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        rect = rect.adjusted(3, 0, -3, 0)  # Fusion's own text margin
        metrics = opt.fontMetrics
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        colors = theme.current()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        normal = QColor(colors.selection_text if selected else colors.text)
        painter.save()
        painter.setFont(opt.font)
        x = rect.left()
        position = 0
        for start, end in [*self._matches(shown), (len(shown), len(shown))]:
            x = self._draw(painter, rect, x, shown[position:start], normal, None)
            if end > start:
                x = self._draw(painter, rect, x, shown[start:end], QColor(colors.match_text),
                               QColor(colors.match))  # fmt: skip
            position = end
        painter.restore()

    @staticmethod
    def _draw(painter, rect: QRect, x: int, text: str, color: QColor, background) -> int:
        if not text:
            return x
        width = painter.fontMetrics().horizontalAdvance(text)
        box = QRect(x, rect.top() + 2, width, rect.height() - 4)
        if background is not None:
            painter.fillRect(box.adjusted(-1, 0, 1, 0), background)
        painter.setPen(color)
        painter.drawText(
            QRect(x, rect.top(), width + 1, rect.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            text,
        )
        return x + width
