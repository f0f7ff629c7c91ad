"""Mean before, mean after and change, for each series and episode of the comparison."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from explorer.core.compare import EpisodeFacts
from explorer.core.compare_series import BeforeAfter, SeriesInfo
from explorer.ui.compare.names import series_name
from explorer.ui.i18n import format_count, format_number


def _tr(text: str) -> str:
    return QCoreApplication.translate("CompareSummary", text)


def number(value: float | None, signed: bool = False) -> str:
    """Two decimals, grouped the interface language's way; a true minus sign."""
    if value is None:
        return "—"
    text = format_number(abs(value), 2)
    if value < 0 and text.strip("0.,"):
        return "−" + text
    return ("+" if signed else "") + text


class SummaryTable(QTableWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(0, 6, parent)
        self.setAccessibleName(_tr("Means before and after each episode"))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().hide()
        self.setAlternatingRowColors(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def show_summary(
        self,
        series: Sequence[SeriesInfo],
        episodes: Sequence[EpisodeFacts],
        summaries: dict[tuple[str, str], BeforeAfter],
        window: tuple[int, int],
        colors: Sequence[QColor],
    ) -> None:
        lo, hi = window
        self.setHorizontalHeaderLabels(
            [
                _tr("Series"),
                _tr("Episode"),
                _tr("Mean, years {lo}…−1").format(lo=str(lo).replace("-", "−")),
                _tr("Mean, years 0…+{hi}").format(hi=hi),
                _tr("Change"),
                _tr("Change %"),
            ]
        )
        self.setRowCount(len(series) * len(episodes))
        row = 0
        for info in series:
            for index, episode in enumerate(episodes):
                summary = summaries.get((info.id, episode.id))
                before = summary.before if summary else None
                after = summary.after if summary else None
                cells = [
                    f"{series_name(info)} ({info.unit_label})",
                    f"{episode.title} ({episode.start_year})",
                    number(before)
                    + (
                        f"  (n={format_count(summary.before_n)})"
                        if summary and summary.before_n
                        else ""
                    ),
                    number(after)
                    + (
                        f"  (n={format_count(summary.after_n)})"
                        if summary and summary.after_n
                        else ""
                    ),
                    number(summary.change if summary else None, signed=True),
                    (number(summary.change_pct, signed=True) + " %")
                    if summary and summary.change_pct is not None
                    else "—",
                ]
                for column, text in enumerate(cells):
                    item = QTableWidgetItem(text)
                    if column >= 2:
                        item.setTextAlignment(
                            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                        )
                    if column == 1 and index < len(colors):
                        item.setForeground(colors[index])
                    self.setItem(row, column, item)
                row += 1

    def row_texts(self) -> list[list[str]]:
        return [
            [self.item(r, c).text() if self.item(r, c) else "" for c in range(self.columnCount())]
            for r in range(self.rowCount())
        ]

    def fitted_height(self) -> int:
        """Tall enough to show every row without scrolling (there are at most a few dozen)."""
        rows = sum(self.rowHeight(r) for r in range(self.rowCount()))
        return rows + self.horizontalHeader().height() + 2 * self.frameWidth() + 2
