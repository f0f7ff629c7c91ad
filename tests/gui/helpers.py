"""Driving the window as a user would: clicking facet boxes, rows, links in rich text."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem


class PaintCounter(QObject):
    """How many times `widget` has been painted."""

    def __init__(self, widget) -> None:
        super().__init__()
        self.paints = 0
        widget.installEventFilter(self)

    def eventFilter(self, _watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def wait_for_query(qtbot, window) -> None:
    """Let a typed search's short delay run out, and the facet counts follow the rows."""
    qtbot.waitUntil(lambda: not window.table.search.pending(), timeout=3000)
    wait_for_counts(qtbot, window.panes["filters"])


def wait_for_counts(qtbot, filter_pane) -> None:
    """The facet counts follow a change a turn of the event loop after the table's rows."""
    qtbot.waitUntil(lambda: not filter_pane.counts_follow, timeout=3000)


def _filter_pane_of(widget):
    while widget is not None and not hasattr(widget, "counts_follow"):
        widget = widget.parent()
    return widget


def click_facet(qtbot, facet, key) -> None:
    """Click the check box of `key` in a FacetList."""
    row = facet.row_for(key)
    assert row >= 0, f"{key!r} is not listed in {facet.objectName()}"
    view = facet.view
    index = facet.model.index(row, 0)
    view.scrollTo(index)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = view.visualRect(index)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    box = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=box.center())
    panel = _filter_pane_of(facet)
    if panel is not None:  # as a user sees it: the counts the click changed, a blink later
        wait_for_counts(qtbot, panel)


def click_row(qtbot, table_pane, row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    view = table_pane.table
    index = table_pane.model.index(row, 2 if table_pane.view_name == "episodes" else 0)
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, modifier, view.visualRect(index).center()
    )


def click_link_text(qtbot, browser, text: str) -> None:
    """Click the first occurrence of `text` (a link) in a QTextBrowser."""
    cursor = browser.document().find(text, 0, QTextDocument.FindFlag.FindCaseSensitively)
    assert not cursor.isNull(), f"{text!r} is not shown"
    browser.setTextCursor(cursor)
    browser.ensureCursorVisible()
    middle = cursor.selectionStart() + (cursor.selectionEnd() - cursor.selectionStart()) // 2
    cursor.setPosition(middle)
    point = browser.cursorRect(cursor).center() + QPoint(1, 0)
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=point)
