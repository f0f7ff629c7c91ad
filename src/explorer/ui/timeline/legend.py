"""The timeline's legend: lane names with their colour and count, and a key to the glyphs."""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from explorer.ui.i18n import format_count
from explorer.ui.plotting.theme import NO_PEN, PlotColors, with_alpha
from explorer.ui.timeline import glyphs

WIDTH = 132  # at the reference type; wider in proportion to larger type
MAX_WIDTH = 230  # the widest the names' column grows to fit them, at the reference type


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
        # Called from the canvas's layout, inside its paint: the same lanes again must not
        # ask for another paint of the whole view (~10 ms at a million episodes, each filter).
        if (lanes, styles, colors) == (self.lanes, self.styles, self.colors):
            return
        self.lanes, self.styles, self.colors = lanes, styles, colors
        self._fit_width()
        # The number beside each name is explained, and every full name is a hover away.
        names = "\n".join(f"{title}: {format_count(count)}" for _k, title, _t, _h, count in lanes)
        self.setToolTip(self.tr(
            "The number beside each lane counts its episodes that the filters keep.") + (
            f"\n\n{names}" if names else ""))  # fmt: skip
        self.update()

    def set_font(self, font: QFont, scale: float) -> None:
        """Type of the canvas's labels; the column widens with it so names still fit."""
        self.label_font, self.scale = QFont(font), scale
        self._fit_width()
        self.update()

    def needed_width(self, names=None) -> int:
        """Width that shows every lane's whole name and its count (swatch and gaps included);
        `names`: (title, count) pairs to fit instead of the lanes shown."""
        if names is None:
            names = [(title, count) for _k, title, _t, _h, count in self.lanes]
        metrics = QFontMetricsF(self.label_font or QFont())
        widest = max((metrics.horizontalAdvance(title) + metrics.horizontalAdvance(
            format_count(count)) for title, count in names), default=0)  # fmt: skip
        return int(widest + 10 * self.scale + 11 + 17 + 8)

    def fit_to(self, names) -> None:
        """Take the width the coming lanes' (title, count) pairs need now, before the canvas
        lays them out: set with the lanes after the layout, a new width made the canvas lay
        every lane out a second time in the same paint (~25 ms at a million episodes)."""
        self._fit_width(names)

    def _fit_width(self, names=None) -> None:
        # As wide as the longest name needs, within limits: a long actor's name ("Overseas
        # Economic Cooperation Fund") is elided rather than taking the plot's width.
        width = max(round(WIDTH * self.scale),
                    min(self.needed_width(names), round(MAX_WIDTH * self.scale)))  # fmt: skip
        if width != self.fixedWidth:  # pyqtgraph re-lays the plot out even for the same width
            self.setWidth(width)

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


ICON_W = 30.0  # room for a glyph before each item's words
ITEM_GAP = 14.0  # between one item's words and the next glyph
LINE_PAD = 2.0  # above and below each line of the key (a second line costs little)


class GlyphKey(QWidget):
    """A key to the marks (exact, approximate, span, uncertain, disputed, noted) on as many
    lines as its footer gives it (`lines`; 0: as many as the whole words need), the longest
    words elided only as far as needed to keep to them; onto more lines only when eliding would
    leave too little to read. Short items ("exact date") keep their words: only the longest
    give up the same amount of theirs."""

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
        self.lines = 1  # the lines the key keeps to (its footer's choice); 0: words whole
        self._widths_font: QFont | None = None
        self._widths: dict[str, float] = {}
        # Arrangements by (width, lines): a footer lays itself out by asking for several
        # widths and line counts, on every new count (each filter) — ~8 ms a filter before.
        self._arranged: dict[tuple[float, int], list[tuple[str, str, QRectF]]] = {}

    def set_colors(self, colors: PlotColors) -> None:
        self.colors = colors
        self.update()

    def _metrics(self) -> QFontMetricsF:
        return QFontMetricsF(self.font())

    def _font_now(self) -> QFont:
        """The key's font; the measurements kept are dropped when it has changed. Asked once
        per layout question, not per word: `QWidget.font()` makes a copy each time (~4,600
        copies, 19 ms, over three filters at 100,000 episodes)."""
        font = self.font()
        if font != self._widths_font:
            self._widths_font, self._widths, self._arranged = QFont(font), {}, {}
        return self._widths_font

    def _advance(self, text: str) -> float:
        """Width of `text` in the key's font, kept: a layout pass asks the key for its height
        at several widths, each a binary search measuring every item (~7,000 measurements and
        ~40 ms over three filters at a million episodes)."""
        font = self._widths_font if self._widths_font is not None else self._font_now()
        if len(self._widths) > 512:  # elided words vary by width
            self._widths = {}
        width = self._widths.get(text)
        if width is None:
            width = self._widths[text] = QFontMetricsF(font).horizontalAdvance(text)
        return width

    def line_height(self) -> float:
        return self._metrics().height() + 2 * LINE_PAD

    def item_width(self, text: str) -> float:
        return ICON_W + self._advance(text)

    def one_line_width(self) -> float:
        self._font_now()
        return sum(self.item_width(t) for _, t in self.items) + ITEM_GAP * (len(self.items) - 1)

    def _min_text(self) -> float:
        """The least width an item's words may be elided to and still say something."""
        return self._advance("approx…")

    def one_line_min_width(self) -> float:
        """Narrowest width that still holds every item on one line, the longer words elided."""
        self._font_now()
        floor = self._min_text()
        texts = sum(min(self._advance(t), floor) for _, t in self.items)
        return len(self.items) * ICON_W + texts + ITEM_GAP * (len(self.items) - 1)

    def minimum_useful_width(self) -> float:
        """Below this the key cannot keep to one line, not even eliding its longer words."""
        return self.one_line_min_width()

    def _lines_with_cap(self, width: float, cap: float) -> int:
        """Lines the items take wrapped at `width`, their words cut to at most `cap` px."""
        x, lines = 0.0, 1
        for _, text in self.items:
            item_w = ICON_W + min(self._advance(text), cap)
            if x > 0 and x + item_w > width:
                x, lines = 0.0, lines + 1
            x += item_w + ITEM_GAP
        return lines

    def _text_cap(self, width: float, lines: int = 1) -> float:
        """The widest any item's words may be for the items to keep to `lines` lines of
        `width` (inf: no word is cut): the short ones keep their words, the longest give up
        the same amount of theirs."""
        widest = max((self._advance(t) for _, t in self.items), default=0.0)
        if lines <= 0 or self._lines_with_cap(width, widest) <= lines:
            return float("inf")
        lo, hi = 0.0, widest  # the cap is found to a pixel: lines fall as the cap falls
        while hi - lo > 0.5:
            mid = (lo + hi) / 2
            lo, hi = (mid, hi) if self._lines_with_cap(width, mid) <= lines else (lo, mid)
        return lo

    def arrange(self, width: float, lines: int | None = None) -> list[tuple[str, str, QRectF]]:
        """(kind, text as shown, rectangle of glyph and words) for each item at this width.
        On `lines` lines (the key's own choice by default; 0: as many as whole words need),
        eliding the longest words only as much as it must (the tooltip has them whole); on
        more lines when that would leave too little to read. Nothing is ever cut by the key's
        edge or hidden under the count."""
        font = self._font_now()
        lines = self.lines if lines is None else lines
        kept = self._arranged.get((width, lines))
        if kept is not None:
            return kept
        metrics = QFontMetricsF(font)
        line_h = self.line_height()
        cap = self._text_cap(width, lines)
        if cap < self._min_text():
            cap = self._min_text()  # too little to read: more lines instead
        out, x, line = [], 0.0, 0
        for kind, text in self.items:
            shown = text
            if self._advance(text) > cap:
                shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, cap)
            item_w = ICON_W + self._advance(shown)
            if x > 0 and x + item_w > width:
                x, line = 0.0, line + 1
            if item_w > width:
                shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width - ICON_W)
                item_w = ICON_W + self._advance(shown)
            out.append((kind, shown, QRectF(x, line * line_h, item_w, line_h)))
            x += item_w + ITEM_GAP
        if len(self._arranged) > 64:  # widths a resize passes through
            self._arranged = {}
        self._arranged[(width, lines)] = out
        return out

    def hidden_width(self, width: float, lines: int | None = None) -> float:
        """How much of the items' words eliding hides at this width, in px (0: none)."""
        full = dict(self.items)
        return sum(self._advance(full[kind]) - self._advance(shown)
                   for kind, shown, _ in self.arrange(width, lines) if shown != full[kind])  # fmt: skip

    def height_for(self, width: float, lines: int | None = None) -> int:
        arranged = self.arrange(width, lines)
        # Up, not to the nearest: a line 29.6 px tall twice must not lose its last 0.2 px.
        return math.ceil(arranged[-1][2].bottom() - 0.01) if arranged else 0

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        return self.height_for(width)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(int(self.one_line_width()) + 1, int(self.line_height()))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        self._font_now()
        return QSize(int(ICON_W + self._min_text()) + 1, int(self.line_height()))

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        style = glyphs.LaneStyle(self.colors.lane(0), self.colors)
        metrics = self._metrics()
        for kind, text, box in self.arrange(self.width()):
            x, mid = box.left(), box.center().y()
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
            baseline = mid + (metrics.ascent() - metrics.descent()) / 2
            p.drawText(QPointF(x + ICON_W, baseline), text)
        p.end()
