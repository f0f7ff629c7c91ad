"""Driving the window as a user would: clicking facet boxes, rows, links in rich text."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem


def wait_for_query(qtbot, window) -> None:
    """Let a typed search's short delay run out."""
    qtbot.waitUntil(lambda: not window.table.search.pending(), timeout=3000)


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
