"""Plot colours derived from the widget's palette, so light and dark themes both look right.

The main window owns the theme (palette + stylesheet); plots follow whatever palette they are
given and recompute these colours when it changes (QEvent.PaletteChange).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPalette, QPen

# Okabe–Ito, colour-blind safe, then a few more distinct hues for many lanes.
_LIGHT_SERIES = (
    "#0072B2",
    "#D55E00",
    "#009E73",
    "#CC79A7",
    "#E69F00",
    "#56B4E9",
    "#8C6D31",
    "#7F3C8D",
    "#3969AC",
    "#E73F74",
    "#11A579",
    "#80BA5A",
    "#A5AA99",
    "#F2B701",
)
_DARK_SERIES = (
    "#56B4E9",
    "#FF8C42",
    "#3DDC97",
    "#F49AC2",
    "#F0C419",
    "#9AD0F5",
    "#D4A373",
    "#C39BD3",
    "#7EA8F8",
    "#FF7AA2",
    "#48D1A5",
    "#B5E48C",
    "#C9CCBD",
    "#FFD166",
)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


@dataclass(frozen=True)
class PlotColors:
    dark: bool
    background: QColor
    foreground: QColor
    muted: QColor
    grid: QColor
    band_a: QColor
    band_b: QColor
    band_line: QColor
    selection: QColor
    warning: QColor
    note: QColor
    series: tuple[QColor, ...]

    def lane(self, index: int) -> QColor:
        return self.series[index % len(self.series)]


def plot_colors(palette: QPalette) -> PlotColors:
    dark = is_dark(palette)
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    muted = QColor(text)
    muted.setAlphaF(0.6)
    grid = QColor(text)
    grid.setAlphaF(0.12 if dark else 0.10)
    band_a = QColor(text)
    band_a.setAlphaF(0.07 if dark else 0.05)
    band_b = QColor(text)
    band_b.setAlphaF(0.0)
    band_line = QColor(text)
    band_line.setAlphaF(0.25)
    return PlotColors(
        dark=dark,
        background=base,
        foreground=text,
        muted=muted,
        grid=grid,
        band_a=band_a,
        band_b=band_b,
        band_line=band_line,
        selection=QColor("#FFB000") if dark else QColor("#C2185B"),
        warning=QColor("#FF6B6B") if dark else QColor("#C62828"),
        note=QColor("#FFD54F") if dark else QColor("#F9A825"),
        series=tuple(QColor(c) for c in (_DARK_SERIES if dark else _LIGHT_SERIES)),
    )


def blend(under: QColor, over: QColor, alpha: float) -> QColor:
    """The opaque colour of `over` at `alpha` on `under` (opaque fills paint much faster)."""
    return QColor.fromRgbF(
        under.redF() + (over.redF() - under.redF()) * alpha,
        under.greenF() + (over.greenF() - under.greenF()) * alpha,
        under.blueF() + (over.blueF() - under.blueF()) * alpha,
    )


def with_alpha(color: QColor, alpha: float) -> QColor:
    out = QColor(color)
    out.setAlphaF(alpha)
    return out


# Shared pen/brush objects: passing the Qt.NoPen enum to QPainter.setPen thousands of times
# per frame trips a reference-counting bug in PySide6 6.12 ("deallocating None").
NO_PEN = QPen(Qt.PenStyle.NoPen)
NO_BRUSH = QBrush(Qt.BrushStyle.NoBrush)
