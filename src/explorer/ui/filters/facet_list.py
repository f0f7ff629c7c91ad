"""One facet: a checkable list of values with their counts drawn as numbers and as bars.

Facets hold tens to a few hundred values, so a small item model is right here (the episodes
themselves never go through one). Space or Enter toggles the current value.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QEvent, QRect, QSize, Qt, Signal
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
MIN_ROWS = 6  # values each facet shows before its list scrolls


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
        self._shown: tuple[list, frozenset] | None = None  # what set_values last showed
        self._hides_rows = False  # the find box has hidden some values
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
        # The same values as shown (typing often leaves a facet's counts as they were): the
        # list stays as it is. Rebuilding the actors' ~190 items took ~4 ms of each keystroke.
        shown = ([(v.key, v.count, self.label_for(v)) for v in values], frozenset(chosen))
        if shown == self._shown:
            return
        self._shown = shown
        current = self.view.currentIndex().data(KEY_ROLE)
        scroll = self.view.verticalScrollBar().value()
        self._updating = True
        self.model.clear()
        most = max((v.count for v in values), default=1) or 1
        # Translated once per call, not once per value.
        tip_one, tip_many = (
            self.tr("{label}: {count} episode"),
            self.tr("{label}: {count} episodes"),
        )
        said_one = self.tr("{label}, {count} episode{state}")
        said_many = self.tr("{label}, {count} episodes{state}")
        said_chosen = self.tr(", chosen")
        flags = (
            Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsUserCheckable
        )  # fmt: skip
        items = []
        for key, count, label in shown[0]:
            checked = key in chosen
            if self.hide_empty and count == 0 and not checked:
                continue
            item = QStandardItem(label)
            item.setFlags(flags)  # checkable, not editable
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            item.setData(key, KEY_ROLE)
            item.setData(count, COUNT_ROLE)
            item.setData(most, MAX_ROLE)
            item.setToolTip(plural(count, tip_one, tip_many).format(label=label, count=count))
            item.setData(
                plural(count, said_one, said_many).format(
                    label=label, count=count, state=said_chosen if checked else ""
                ),
                Qt.ItemDataRole.AccessibleTextRole,
            )
            items.append(item)
        if items:
            self.model.invisibleRootItem().appendRows(items)  # one insertion, not one per row
        self._updating = False
        self._apply_filter()
        self._fit_rows()
        for row in range(self.model.rowCount()):
            if self.model.item(row).data(KEY_ROLE) == current:
                self.view.setCurrentIndex(self.model.index(row, 0))
                break
        self.view.verticalScrollBar().setValue(scroll)
        # Laid out now, not on the view's zero timer after the first paint: the lists were
        # painted twice per keystroke.
        self.view.doItemsLayout()

    def _fit_rows(self) -> None:
        """Never fewer than MIN_ROWS values on show (or all of them, if fewer): the sidebar
        scrolls as a whole rather than each list three rows at a time."""
        rows = min(MIN_ROWS, max(1, self.model.rowCount()))
        row_h = self.view.sizeHintForRow(0) if self.model.rowCount() else -1
        if row_h <= 0:
            row_h = self.view.fontMetrics().height() + 8
        self.view.setMinimumHeight(rows * row_h + 2 * self.view.frameWidth())

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_rows()  # presentation type: taller rows

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
        if not needle and not self._hides_rows:
            return  # nothing hidden, nothing to hide (new values come in unhidden)
        self._hides_rows = bool(needle)
        for row in range(self.model.rowCount()):
            text = fold(self.model.item(row).text())
            self.view.setRowHidden(row, bool(needle) and needle not in text)
