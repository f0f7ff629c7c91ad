"""Plots made readable on a projector, and distinguishable without colour.

While a presentation runs, every pyqtgraph plot in the window gets larger tick labels, legend
text and warning marks, thicker lines and bigger markers, and each series in a plot a shape of
its own: lines a dash pattern and a marker symbol, bars a fill pattern. (Lanes of the timeline
already differ by position and title.) Panes redraw their plots whenever the data changes, so
new items are styled as they appear (the scene's `changed` signal, coalesced), and every item
keeps what it looked like before, to be given back when the presentation ends.

Only pyqtgraph's public item API is used; attributes of our own panes that are read here
(fonts of the timeline canvas, the hover card's label) are looked up defensively.
"""

from __future__ import annotations

import contextlib

import pyqtgraph as pg
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QBrush, QFont, QFontMetricsF, QPen
from PySide6.QtWidgets import QLabel, QWidget

DASHES = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine,
          Qt.PenStyle.DashDotLine, Qt.PenStyle.DashDotDotLine)  # fmt: skip
SYMBOLS = ("o", "s", "t", "d", "x", "+", "star")
# Bar fills after the first (solid). Diagonal hatching is left out: the chart uses it already
# for averages over a period.
FILLS = (Qt.BrushStyle.SolidPattern, Qt.BrushStyle.DiagCrossPattern, Qt.BrushStyle.HorPattern,
         Qt.BrushStyle.VerPattern, Qt.BrushStyle.CrossPattern)  # fmt: skip
# Painted items with fonts of their own that do not follow their widget's font get this scale.
# (The timeline's canvas does follow it — rows and bands included — so it is left alone: the
# presentation's larger application font already gives it the full scale.)
CANVAS_FONT_SCALE = 1.3
_ORIGINAL = "_presentation_original"


def _scaled(font: QFont, scale: float) -> QFont:
    out = QFont(font)
    size = font.pointSizeF() if font.pointSizeF() > 0 else 9.0
    out.setPointSizeF(size * scale)
    return out


def _legend_text_size(legend: pg.LegendItem, size: str) -> None:
    legend.setLabelTextSize(size)
    for _sample, label in legend.items:
        label.setText(label.text)  # a label lays its text out again only when given it
    legend.updateSize()


def _remember(item, **values) -> bool:
    """Store an item's original looks once; False if the item was styled already."""
    if getattr(item, _ORIGINAL, None) is not None:
        return False
    setattr(item, _ORIGINAL, values)
    return True


class PlotPresenter(QObject):
    """Attach to a window to restyle all its plots; detach to give them their looks back."""

    def __init__(self, window: QWidget, scale: float, point_size: float) -> None:
        super().__init__(window)
        self.window = window
        self.scale = scale
        self.font = QFont(window.font())
        self.font.setPointSizeF(point_size)
        self.point_size = point_size
        self._views: list[pg.GraphicsView] = []
        self._styled: list = []  # items changed, to restore
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.restyle)

    def attach(self) -> None:
        self._views = self.window.findChildren(pg.GraphicsView)
        for view in self._views:
            view.scene().changed.connect(self._schedule)
        self.restyle()

    def detach(self) -> None:
        self._timer.stop()
        for view in self._views:
            with contextlib.suppress(RuntimeError, TypeError):
                view.scene().changed.disconnect(self._schedule)
        for item in self._styled:
            with contextlib.suppress(RuntimeError):  # the pane may have deleted it since
                self._restore(item)
        self._styled.clear()
        self._views = []

    def _schedule(self, *_args) -> None:
        self._timer.start()

    # --- styling -------------------------------------------------------------------------------

    def restyle(self) -> None:
        for view in self._views:
            try:
                scene = view.scene()
            except RuntimeError:
                continue
            for child in view.findChildren(QLabel):  # hover cards: let the large text breathe
                if child.maximumWidth() < 10000 and _remember(child, width=child.maximumWidth()):
                    child.setMaximumWidth(int(child.maximumWidth() * self.scale))
                    self._styled.append(child)
            plots = [i for i in scene.items() if isinstance(i, pg.PlotItem)]
            for plot in plots:
                self._style_plot(plot)
            for item in scene.items():
                self._style_other(item)

    def _style_plot(self, plot: pg.PlotItem) -> None:
        lines = bars = 0
        for item in list(plot.items):
            if isinstance(item, pg.PlotDataItem):
                self._style_line(item, lines)
                lines += 1
            elif isinstance(item, pg.BarGraphItem) and self._style_bars(item, bars):
                bars += 1
        for name in ("left", "bottom", "right", "top"):
            axis = plot.getAxis(name) if name in plot.axes else None
            # An axis that paints itself (the timeline's lane names) lays out its own rows.
            custom = axis is not None and type(axis).paint is not pg.AxisItem.paint
            if axis is not None and axis.isVisible() and not custom:
                self._style_axis(axis)
        legend = plot.legend
        if legend is not None and _remember(legend, size=legend.opts.get("labelTextSize")):
            _legend_text_size(legend, f"{self.point_size:.0f}pt")
            self._styled.append(legend)

    def _style_line(self, item: pg.PlotDataItem, index: int) -> None:
        opts = item.opts
        if not _remember(item, pen=opts.get("pen"), symbol=opts.get("symbol"),
                         size=opts.get("symbolSize"), symbolPen=opts.get("symbolPen")):  # fmt: skip
            return
        pen = QPen(pg.mkPen(opts.get("pen")))
        pen.setWidthF(max(pen.widthF(), 1.0) * self.scale + 1)
        pen.setStyle(DASHES[index % len(DASHES)])
        pen.setCosmetic(True)
        item.setPen(pen)
        if opts.get("symbol") is not None:
            item.setSymbol(SYMBOLS[index % len(SYMBOLS)])
            item.setSymbolSize(float(opts.get("symbolSize") or 6) * self.scale + 2)
            item.setSymbolPen(pg.mkPen(pen.color().darker(150), width=1.5))
        self._styled.append(item)

    def _style_bars(self, item: pg.BarGraphItem, index: int) -> bool:
        """Series bars (solid fills) get a fill pattern; other bars (averages, the selection
        outline) only a thicker edge. True if `item` was a series."""
        opts = item.opts
        brush = pg.mkBrush(opts.get("brush")) if opts.get("brush") is not None else QBrush()
        series = brush.style() == Qt.BrushStyle.SolidPattern
        if not _remember(item, brush=opts.get("brush"), pen=opts.get("pen")):
            return series
        pen = QPen(pg.mkPen(opts.get("pen")))
        pen.setWidthF(max(pen.widthF(), 1.0) * self.scale)
        pen.setCosmetic(True)
        changes = {"pen": pen}
        if series:
            pattern = QBrush(brush.color(), FILLS[index % len(FILLS)])
            changes["brush"] = pattern
            pen.setColor(brush.color().darker(160))
        item.setOpts(**changes)
        self._styled.append(item)
        return series

    def _style_axis(self, axis: pg.AxisItem) -> None:
        if not _remember(axis, font=axis.style.get("tickFont"), width=axis.fixedWidth,
                         height=axis.fixedHeight, label=dict(axis.labelStyle)):  # fmt: skip
            return
        axis.setTickFont(self.font)
        # Larger labels need fewer ticks, or the axis drops its labels as overlapping: let the
        # axis choose its ticks as if it were `scale` times shorter.
        choose = type(axis).tickValues
        axis.tickValues = lambda lo, hi, size, a=axis: choose(a, lo, hi, size / self.scale)
        axis.picture = None
        if axis.orientation in ("left", "right") and axis.fixedWidth:
            axis.setWidth(int(axis.fixedWidth * self.scale))
        if axis.orientation in ("top", "bottom") and axis.fixedHeight and axis.fixedHeight > 10:
            axis.setHeight(int(axis.fixedHeight * self.scale))
        if axis.labelText:
            axis.setLabel(axis.labelText, units=axis.labelUnits or None,
                          **{**axis.labelStyle, "font-size": f"{self.point_size:.0f}pt"})  # fmt: skip
        self._styled.append(axis)

    def _style_other(self, item) -> None:
        if isinstance(item, pg.TextItem):
            if _remember(item, font=QFont(item.textItem.font())):
                item.setFont(_scaled(item.textItem.font(), self.scale))
                self._styled.append(item)
        elif isinstance(item, pg.ScatterPlotItem) and not isinstance(
            item.parentItem(), pg.PlotDataItem
        ):
            if _remember(item, size=item.opts.get("size")):
                item.setSize(float(item.opts.get("size") or 7) * self.scale)
                self._styled.append(item)
        elif isinstance(getattr(item, "font", None), QFont) and not getattr(
            item, "follows_widget_font", False
        ):  # our own painted items that keep their own fonts
            fonts = {
                n: getattr(item, n)
                for n in ("font", "small")
                if isinstance(getattr(item, n, None), QFont)
            }
            if _remember(item, fonts={n: QFont(f) for n, f in fonts.items()}):
                full = getattr(item, "presented_at_type_scale", False)
                for name, font in fonts.items():
                    setattr(item, name, _scaled(font, self.scale if full else CANVAS_FONT_SCALE))
                self._after_font_change(item)
                self._styled.append(item)

    @staticmethod
    def _after_font_change(item) -> None:
        if isinstance(getattr(item, "metrics", None), QFontMetricsF):
            item.metrics = QFontMetricsF(item.font)
        if isinstance(getattr(item, "_label_widths", None), dict):
            item._label_widths.clear()
        item.update()

    # --- giving the looks back ----------------------------------------------------------------

    def _restore(self, item) -> None:
        original = getattr(item, _ORIGINAL, None)
        if original is None:
            return
        setattr(item, _ORIGINAL, None)
        if isinstance(item, QLabel):
            item.setMaximumWidth(original["width"])
        elif isinstance(item, pg.LegendItem):
            _legend_text_size(item, original["size"] or "9pt")
        elif isinstance(item, pg.PlotDataItem):
            item.setPen(original["pen"])
            item.setSymbol(original["symbol"])
            item.setSymbolSize(original["size"])
            item.setSymbolPen(original["symbolPen"])
        elif isinstance(item, pg.BarGraphItem):
            item.setOpts(brush=original["brush"], pen=original["pen"])
        elif isinstance(item, pg.AxisItem):
            item.__dict__.pop("tickValues", None)
            item.setTickFont(original["font"])
            if original["width"]:
                item.setWidth(original["width"])
            if original["height"]:
                item.setHeight(original["height"])
            if item.labelText:
                item.labelStyle = dict(original["label"])  # setLabel() keeps it when given none
                item.setLabel(item.labelText, units=item.labelUnits or None)
        elif isinstance(item, pg.TextItem):
            item.setFont(original["font"])
        elif isinstance(item, pg.ScatterPlotItem):
            item.setSize(original["size"])
        elif "fonts" in original:
            for name, font in original["fonts"].items():
                setattr(item, name, font)
            self._after_font_change(item)
