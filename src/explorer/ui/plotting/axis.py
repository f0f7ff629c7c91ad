"""A time axis that labels decades, years or months depending on the zoom."""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import QLocale
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QApplication

from explorer.core.timeline_layout import tick_label, year_ticks


class YearAxis(pg.AxisItem):
    def __init__(self, orientation: str = "bottom", **kwargs) -> None:
        super().__init__(orientation, **kwargs)
        self._style = "year"
        self._fit_text_height(None)

    def setTickFont(self, font: QFont | None) -> None:  # noqa: N802 - pyqtgraph API
        super().setTickFont(font)
        self._fit_text_height(font)

    def _fit_text_height(self, font: QFont | None) -> None:
        """Room for the labels' whole height in their own type. pyqtgraph learns it only from
        texts it has drawn, and then too small for large type: the presentation's 1.8× labels
        were cut in half by the plot's bottom."""
        metrics = QFontMetricsF(font or QApplication.font())
        self.setStyle(autoExpandTextSpace=False, tickTextHeight=math.ceil(metrics.height()))

    def tickValues(self, minVal, maxVal, size):  # noqa: N802 - pyqtgraph API
        majors, minors, self._style = year_ticks(minVal, maxVal, max(size, 1.0))
        return [(1.0, majors), (0.5, minors)]

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph API
        if spacing != 1.0:
            return ["" for _ in values]
        months = month_names() if self._style == "month" else ()
        return [tick_label(v, self._style, months) if months else tick_label(v, self._style)
                for v in values]  # fmt: skip


def month_names(locale: QLocale | None = None) -> list[str]:
    """Short month names, January first, in the interface's language (i18n.install sets the
    default QLocale to it): "jul 1996" in Spanish, not "Jul 1996"."""
    locale = locale or QLocale()
    return [locale.monthName(month, QLocale.FormatType.ShortFormat).rstrip(".")
            for month in range(1, 13)]  # fmt: skip
