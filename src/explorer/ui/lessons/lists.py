"""The two lists of the lesson editor: the saved views, and a lesson's views in order.

Views are dragged from the library into a lesson and dragged within it to reorder; everything
the mouse does has a key too (Insert adds, Alt+↑/↓ moves, Delete removes). Item widgets are
fine here: a lesson holds a handful of views, a library a few dozen, never thousands.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from explorer.core.views import SavedView

ID_ROLE = Qt.ItemDataRole.UserRole


def view_item(view: SavedView | None, view_id: str) -> QListWidgetItem:
    if view is None:
        item = QListWidgetItem(
            "✕ " + QCoreApplication.translate("LessonLists", "Missing view (deleted)")
        )
        item.setToolTip(
            QCoreApplication.translate(
                "LessonLists", "This view was deleted; the presentation says so when it gets there."
            )
        )
    else:
        text = (
            view.title
            if not view.conflict_of
            else "⚠ "
            + QCoreApplication.translate(
                "LessonLists", "{title} (imported, differs from yours)"
            ).format(title=view.title)
        )
        item = QListWidgetItem(text)
        item.setToolTip(view.caption or view.title)
    item.setData(ID_ROLE, view_id)
    return item


class HintList(QListWidget):
    """A list that says, in muted words, what to do while it is still empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._placeholder = ""
        # A screen reader hears the hint too, for as long as the list is empty.
        self.model().rowsInserted.connect(self._describe)
        self.model().rowsRemoved.connect(self._describe)
        self.model().modelReset.connect(self._describe)

    def placeholder_text(self) -> str:
        return self._placeholder

    def set_placeholder_text(self, text: str) -> None:
        self._placeholder = text
        self._describe()
        self.viewport().update()

    def _describe(self, *_args) -> None:
        self.setAccessibleDescription("" if self.count() else self._placeholder)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().paintEvent(event)
        if self.count() or not self._placeholder:
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        area = self.viewport().rect().adjusted(12, 12, -12, -12)
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        painter.drawText(area, int(flags), self._placeholder)
        painter.end()


class LibraryList(HintList):
    """Saved views; drag them out, Enter shows one, Insert adds it to the lesson."""

    addRequested = Signal()
    showRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saved-views-list")
        self.setAccessibleName(self.tr("Saved views"))
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.itemActivated.connect(lambda _item: self.showRequested.emit())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Insert:
            self.addRequested.emit()
            return
        super().keyPressEvent(event)

    def selected_ids(self) -> list[str]:
        return [item.data(ID_ROLE) for item in self.selectedItems()]


class LessonList(QListWidget):
    """A lesson's views in order. Emits `orderChanged` after any drop, move or removal."""

    orderChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lesson-views-list")
        self.setAccessibleName(self.tr("Views in this lesson, in order"))
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.model().rowsMoved.connect(lambda *_: self.orderChanged.emit())
        self.model().rowsInserted.connect(lambda *_: self.orderChanged.emit())
        self.model().rowsRemoved.connect(lambda *_: self.orderChanged.emit())

    def ids(self) -> list[str]:
        return [self.item(row).data(ID_ROLE) for row in range(self.count())]

    def set_views(self, pairs: list[tuple[str, SavedView | None]]) -> None:
        self.blockSignals(True)
        self.model().blockSignals(True)
        current = self.currentRow()
        self.clear()
        for view_id, view in pairs:
            self.addItem(view_item(view, view_id))
        self.model().blockSignals(False)
        self.blockSignals(False)
        self.reset()  # the view missed the blocked signals
        if self.count():
            self.setCurrentRow(min(max(current, 0), self.count() - 1))

    def add_views(self, items: list[QListWidgetItem]) -> None:
        row = self.currentRow() + 1 if self.currentRow() >= 0 else self.count()
        for offset, item in enumerate(items):
            self.insertItem(row + offset, item)
        if items:
            self.setCurrentRow(row + len(items) - 1)

    def move_current(self, step: int) -> None:
        row = self.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.count():
            return
        item = self.takeItem(row)
        self.insertItem(target, item)
        self.setCurrentRow(target)

    def remove_current(self) -> None:
        row = self.currentRow()
        if row >= 0:
            self.takeItem(row)
            if self.count():
                self.setCurrentRow(min(row, self.count() - 1))

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt API
        # From the library: copy (the view stays there); within the lesson: move.
        if event.source() is not self:
            event.setDropAction(Qt.DropAction.CopyAction)
        super().dropEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_current(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        if event.key() == Qt.Key.Key_Delete:
            self.remove_current()
            return
        super().keyPressEvent(event)
