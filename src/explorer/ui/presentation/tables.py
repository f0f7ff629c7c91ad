"""Tables sized for large type while presenting: rows tall enough for the larger font.

Table panes fix their row height from the font when they are built (never ResizeToContents:
too slow on large tables), so a bigger font would be cut off. Presenting sets the row height
from the presentation font and gives it back afterwards. Column widths are mostly left alone:
wider fixed columns would squeeze out the stretching title column, the one worth reading. Only
a column whose title the large type cuts ("Sources" read "ource") is widened to show it, while
the widening takes no more than a sixth of the table's width; its width is given back after.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

ROW_PADDING = 8
TITLE_PADDING = 30  # a column title's margins and sort arrow, at presentation type
MAX_WIDENING = 1 / 6  # of the table's width, for all the titles widened together


class TableScaler:
    def __init__(self, window: QWidget, scale: float) -> None:
        self.window = window
        self.scale = scale
        self._saved: list[tuple[QTableView, int]] = []
        self._widths: list[tuple[QHeaderView, int, int]] = []  # header, section, width before

    def attach(self) -> None:
        for table in self.window.findChildren(QTableView):
            rows = table.verticalHeader()
            self._saved.append((table, rows.defaultSectionSize()))
            # 4 px above and below the large type (as at normal type, 5): at 1280×720 the
            # table under the timeline keeps a row more.
            rows.setDefaultSectionSize(QFontMetrics(table.font()).height() + ROW_PADDING)
            self._widen_cut_titles(table)

    def _widen_cut_titles(self, table: QTableView) -> None:
        header, model = table.horizontalHeader(), table.model()
        if model is None or not table.isVisible():
            return
        metrics = header.fontMetrics()
        budget = table.viewport().width() * MAX_WIDENING
        for section in range(header.count()):
            fixed = header.sectionResizeMode(section) != QHeaderView.ResizeMode.Stretch
            if header.isSectionHidden(section) or not fixed:
                continue
            text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
            missing = metrics.horizontalAdvance(text) + TITLE_PADDING - header.sectionSize(section)
            if 0 < missing <= budget:
                self._widths.append((header, section, header.sectionSize(section)))
                header.resizeSection(section, header.sectionSize(section) + missing)
                budget -= missing

    def detach(self) -> None:
        for table, height in self._saved:
            with contextlib.suppress(RuntimeError):  # deleted meanwhile
                table.verticalHeader().setDefaultSectionSize(height)
        for header, section, width in reversed(self._widths):
            with contextlib.suppress(RuntimeError):
                header.resizeSection(section, width)
        self._saved.clear()
        self._widths.clear()


def column_widths(window: QWidget) -> list[tuple[QTableView, object, list[int]]]:
    """(table, its model, every column's width) for each table, to give back on leaving."""
    out = []
    for table in window.findChildren(QTableView):
        header = table.horizontalHeader()
        out.append((table, table.model(), [header.sectionSize(s) for s in range(header.count())]))
    return out


def give_back_widths(saved) -> None:
    """The widths `column_widths` took, for tables showing the same model as then (leaving a
    presentation re-attaches models, which sets their default widths: the ✎ column came back
    45 px, not the 26 it had)."""
    for table, model, widths in saved or []:
        with contextlib.suppress(RuntimeError):  # a table deleted meanwhile
            header = table.horizontalHeader()
            if table.model() is model and header.count() == len(widths):
                for section, width in enumerate(widths):
                    if header.sectionSize(section) != width:
                        header.resizeSection(section, width)
