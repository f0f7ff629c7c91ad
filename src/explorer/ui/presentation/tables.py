"""Tables sized for large type while presenting: rows tall enough for the larger font.

Table panes fix their row height from the font when they are built (never ResizeToContents:
too slow on large tables), so a bigger font would be cut off. Presenting sets the row height
from the presentation font and gives it back afterwards. Column widths are left alone: wider
fixed columns would squeeze out the stretching title column, the one worth reading.
"""

from __future__ import annotations

import contextlib

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QTableView, QWidget

ROW_PADDING = 8


class TableScaler:
    def __init__(self, window: QWidget, scale: float) -> None:
        self.window = window
        self.scale = scale
        self._saved: list[tuple[QTableView, int]] = []

    def attach(self) -> None:
        for table in self.window.findChildren(QTableView):
            rows = table.verticalHeader()
            self._saved.append((table, rows.defaultSectionSize()))
            # 4 px above and below the large type (as at normal type, 5): at 1280×720 the
            # table under the timeline keeps a row more.
            rows.setDefaultSectionSize(QFontMetrics(table.font()).height() + ROW_PADDING)

    def detach(self) -> None:
        for table, height in self._saved:
            with contextlib.suppress(RuntimeError):  # deleted meanwhile
                table.verticalHeader().setDefaultSectionSize(height)
        self._saved.clear()
