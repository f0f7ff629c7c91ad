"""One facet: a checkable list of values with their counts drawn as numbers and as bars.

Facets hold tens to a few hundred values, so a small item model is right here (the episodes
themselves never go through one). Space or Enter toggles the current value.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListView,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from explorer.store.facets import FacetValue
from explorer.store.search import fold
from explorer.ui import theme
from explorer.ui.i18n import format_count, plural

KEY_ROLE = Qt.ItemDataRole.UserRole
COUNT_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_ROLE = Qt.ItemDataRole.UserRole + 2


class CountDelegate(QStyledItemDelegate):
    """Paints a faint bar for the count behind the row, and the count at the right."""

    def paint(self, painter, option, index) -> None:
        count = index.data(COUNT_ROLE) or 0
        most = index.data(MAX_ROLE) or 1
        colors = theme.current()
        rect = option.rect
        count_text = format_count(count)
        count_width = option.fontMetrics.horizontalAdvance(count_text) + 12
        if count:
            bar = QColor(colors.accent)
            bar.setAlpha(40)
            width = max(2, int((rect.width() - 4) * count / most))
            painter.fillRect(QRect(rect.left() + 2, rect.bottom() - 3, width, 3), bar)
        label_option = type(option)(option)
        label_option.rect = rect.adjusted(0, 0, -count_width, 0)
        super().paint(painter, label_option, index)
        painter.save()
        painter.setPen(QColor(colors.muted if count else colors.border))
        painter.drawText(
            rect.adjusted(0, 0, -6, 0),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            count_text,
        )
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 40, max(size.height(), option.fontMetrics.height() + 8))


class FacetView(QListView):
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            item_index = self.currentIndex()
            if item_index.isValid():
                model = self.model()
                state = model.data(item_index, Qt.ItemDataRole.CheckStateRole)
                checked = Qt.CheckState(state) == Qt.CheckState.Checked
                new = Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked
                model.setData(item_index, new, Qt.ItemDataRole.CheckStateRole)
                event.accept()
                return
        super().keyPressEvent(event)


class FacetList(QWidget):
    """A titled facet. `toggled(key, checked)` fires when the user ticks or unticks a value."""

    toggled = Signal(object, bool)

    def __init__(
        self,
        title: str,
        hint: str,
        label_for: Callable[[FacetValue], str],
        hide_empty: bool = True,
        with_filter: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.label_for = label_for
        self.hide_empty = hide_empty
        self._updating = False
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.RichText)  # our markup around our own words
        self.heading.setText(
            f"{html.escape(title)}  <span style='font-weight:normal'>· {html.escape(hint)}</span>"
        )
        self.heading.setProperty("role", "heading")
        self.model = QStandardItemModel(self)
        self.view = FacetView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(CountDelegate(self.view))
        self.view.setUniformItemSizes(True)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setAccessibleName(title)
        self.view.setAccessibleDescription(hint)
        self.heading.setBuddy(self.view)
        self.filter = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.heading)
        if with_filter:
            self.filter = QLineEdit(self)
            self.filter.setPlaceholderText(self.tr("Find in {title}…").format(title=title.lower()))
            self.filter.setAccessibleName(self.tr("Find in {title}").format(title=title.lower()))
            self.filter.setClearButtonEnabled(True)
            self.filter.textChanged.connect(self._apply_filter)
            layout.addWidget(self.filter)
        layout.addWidget(self.view, 1)
        self.model.itemChanged.connect(self._on_item_changed)

    def set_values(self, values: list[FacetValue], chosen: set) -> None:
        """Show `values`; keep the current row and scroll position where they were."""
        current = self.view.currentIndex().data(KEY_ROLE)
        scroll = self.view.verticalScrollBar().value()
        self._updating = True
        self.model.clear()
        most = max((v.count for v in values), default=1) or 1
        for value in values:
            checked = value.key in chosen
            if self.hide_empty and value.count == 0 and not checked:
                continue
            item = QStandardItem(self.label_for(value))
            item.setEditable(False)
            item.setCheckable(True)
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            item.setData(value.key, KEY_ROLE)
            item.setData(value.count, COUNT_ROLE)
            item.setData(most, MAX_ROLE)
            item.setToolTip(plural(value.count, self.tr("{label}: {count} episode"),
                                   self.tr("{label}: {count} episodes")).format(
                label=self.label_for(value), count=value.count))  # fmt: skip
            item.setData(
                plural(
                    value.count,
                    self.tr("{label}, {count} episode{state}"),
                    self.tr("{label}, {count} episodes{state}"),
                ).format(
                    label=self.label_for(value),
                    count=value.count,
                    state=self.tr(", chosen") if checked else "",
                ),
                Qt.ItemDataRole.AccessibleTextRole,
            )
            self.model.appendRow(item)
        self._updating = False
        self._apply_filter()
        for row in range(self.model.rowCount()):
            if self.model.item(row).data(KEY_ROLE) == current:
                self.view.setCurrentIndex(self.model.index(row, 0))
                break
        self.view.verticalScrollBar().setValue(scroll)

    def keys(self) -> list:
        return [self.model.item(r).data(KEY_ROLE) for r in range(self.model.rowCount())]

    def row_for(self, key) -> int:
        keys = self.keys()
        return keys.index(key) if key in keys else -1

    def _on_item_changed(self, item: QStandardItem) -> None:
        if not self._updating:
            self.toggled.emit(item.data(KEY_ROLE), item.checkState() == Qt.CheckState.Checked)

    def _apply_filter(self, *_args) -> None:
        needle = fold(self.filter.text().strip()) if self.filter else ""
        for row in range(self.model.rowCount()):
            text = fold(self.model.item(row).text())
            self.view.setRowHidden(row, bool(needle) and needle not in text)
