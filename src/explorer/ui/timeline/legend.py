"""The timeline's legend: lane names with their colour and count, and a key to the glyphs."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from explorer.ui.i18n import format_count
from explorer.ui.plotting.theme import NO_PEN, PlotColors, with_alpha
from explorer.ui.timeline import glyphs

WIDTH = 132  # at the reference type; wider in proportion to larger type


class LaneAxis(pg.AxisItem):
    """The left axis, drawn as a legend: a colour swatch, the lane's name and its count."""

    def __init__(self) -> None:
        super().__init__("left")
        self.setWidth(WIDTH)
        self.label_font: QFont | None = None
        self.scale = 1.0
        self.lanes: list[tuple[str, str, float, float, int]] = []  # key, title, top, h, count
        self.styles: dict[str, glyphs.LaneStyle] = {}
        self.colors: PlotColors | None = None

    def set_lanes(self, lanes, styles, colors: PlotColors) -> None:
        self.lanes, self.styles, self.colors = lanes, styles, colors
        self.update()

    def set_font(self, font: QFont, scale: float) -> None:
        """Type of the canvas's labels; the column widens with it so names still fit."""
        self.label_font, self.scale = QFont(font), scale
        self.setWidth(round(WIDTH * scale))
        self.update()

    def lane_at(self, scene_y: float) -> str | None:
        for key, _, top, height, _ in self.lanes:
            if top <= scene_y < top + height:
                return key
        return None

    def paint(self, p: QPainter, option, widget=None) -> None:
        if self.colors is None:
            return
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        # The item's own origin, not its bounding rectangle: pyqtgraph pads an axis's bounds
        # 15 px above and below for tick labels that overhang.
        origin = self.mapToScene(QPointF(0, 0)).y()
        width = self.boundingRect().width()
        font = self.label_font or p.font()
        p.setFont(font)
        metrics = QFontMetricsF(font)
        swatch = 10 * self.scale
        for key, title, top, height, count in self.lanes:
            style = self.styles.get(key)
            y = top - origin
            center = y + height / 2
            if style is not None:
                p.setPen(NO_PEN)
                p.setBrush(style.fill)
                p.drawRoundedRect(QRectF(6, center - swatch / 2, swatch, swatch), 2, 2)
            p.setPen(self.colors.foreground)
            text_rect = QRectF(11 + swatch, y, width - 17 - swatch, height)
            count_text = format_count(count)
            count_w = metrics.horizontalAdvance(count_text) + 4
            title_rect = text_rect.adjusted(0, 0, -count_w, 0)
            elided = metrics.elidedText(title, Qt.TextElideMode.ElideRight, title_rect.width())
            p.drawText(
                title_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, elided
            )
            p.setPen(self.colors.muted)
            p.drawText(
                text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, count_text
            )


class GlyphKey(QWidget):
    """One line explaining the marks: exact, approximate, span, uncertain, disputed, noted."""

    def __init__(self, colors: PlotColors, parent=None) -> None:
        super().__init__(parent)
        self.colors = colors
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Key to the timeline's marks"))
        self.items = [
            ("exact", self.tr("exact date")),
            ("approximate", self.tr("approximate (month, year, decade)")),
            ("span", self.tr("span, fading where its ends are uncertain")),
            ("uncertain", self.tr("uncertain (?, ~)")),
            ("disputed", self.tr("sources disagree")),
            ("note", self.tr("your note")),
        ]
        self.setToolTip("\n".join(text for _, text in self.items))

    def set_colors(self, colors: PlotColors) -> None:
        self.colors = colors
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        metrics = QFontMetricsF(self.font())
        width = sum(metrics.horizontalAdvance(t) + 44 for _, t in self.items)
        return QSize(int(width), int(metrics.height() + 8))

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        style = glyphs.LaneStyle(self.colors.lane(0), self.colors)
        metrics = QFontMetricsF(self.font())
        x, mid = 4.0, self.height() / 2
        for kind, text in self.items:
            rect = QRectF(x, mid - glyphs.GLYPH_H / 2, 26, glyphs.GLYPH_H)
            if kind == "exact":
                glyphs.draw_episode(
                    p, style, QRectF(x + 8, rect.top(), 9, rect.height()), None, True, True, False
                )
            elif kind == "approximate":
                glyphs.draw_episode(p, style, rect, None, True, False, False)
            elif kind == "span":
                glyphs.draw_episode(p, style, rect, (x + 7, x + 19), False, True, False)
            elif kind == "uncertain":
                glyphs.draw_episode(p, style, rect, None, True, False, True)
            elif kind == "disputed":
                glyphs.draw_disputed(p, self.colors, x + 8, mid - 4)
            else:
                glyphs.draw_note(p, self.colors, x + 9, mid - 4)
            p.setPen(QPen(with_alpha(self.colors.foreground, 0.8)))
            p.drawText(QPointF(x + 30, mid + metrics.ascent() / 2 - 1), text)
            x += 30 + metrics.horizontalAdvance(text) + 14
        p.end()
