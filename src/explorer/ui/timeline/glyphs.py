"""How one episode looks: exact dates are sharp, approximate ones soft, uncertain ones dashed.

exact day, point       filled diamond
approximate point      soft bar over the whole possible range (a circle when too narrow)
span                   solid bar over the certain part, fading ends where the bounds are fuzzy
uncertain (? or ~)     dashed outline
disputed               a warning mark: the sources disagree on the date
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QLinearGradient, QPainter, QPen, QPolygonF

from explorer.ui.plotting.theme import NO_BRUSH, NO_PEN, PlotColors, blend, with_alpha

GLYPH_H = 10.0


class LaneStyle:
    """Pens and brushes of one lane colour, made once per theme (not once per episode)."""

    def __init__(self, color: QColor, colors: PlotColors) -> None:
        self.color = color
        self.fill = QBrush(color)
        self.soft = QBrush(with_alpha(color, 0.32))
        self.outline = QPen(color.darker(140) if not colors.dark else color.lighter(130), 1.0)
        self.outline.setCosmetic(True)
        self.dashed = QPen(with_alpha(self.outline.color(), 0.7), 1.0)
        self.dashed.setCosmetic(True)
        self.dashed.setStyle(Qt.PenStyle.DashLine)
        self.density = QBrush(blend(colors.background, color, 0.55 if colors.dark else 0.45))
        self.text_on_fill = QColor("#111111") if color.lightness() > 150 else QColor("#FFFFFF")


def _fade(color: QColor, x0: float, x1: float, rising: bool) -> QBrush:
    gradient = QLinearGradient(x0, 0, x1, 0)
    faint, strong = with_alpha(color, 0.05), with_alpha(color, 0.85)
    gradient.setColorAt(0.0, faint if rising else strong)
    gradient.setColorAt(1.0, strong if rising else faint)
    return QBrush(gradient)


def draw_episode(
    p: QPainter,
    style: LaneStyle,
    rect: QRectF,
    core: tuple[float, float] | None,
    is_point: bool,
    exact: bool,
    uncertain: bool,
) -> None:
    """Draw one episode into `rect` (pixels). `core` is the certain part of a span in pixels."""
    y, h = rect.top(), rect.height()
    narrow = rect.width() <= h - 0.5
    pen = style.dashed if uncertain else style.outline
    if is_point and (exact or narrow):
        cx, cy = rect.center().x(), rect.center().y()
        if exact:
            r = h / 2
            diamond = QPolygonF(
                [QPointF(cx, cy - r), QPointF(cx + r, cy), QPointF(cx, cy + r), QPointF(cx - r, cy)]
            )
            p.setPen(pen)
            p.setBrush(style.fill)
            p.drawPolygon(diamond)
        else:
            # Known only to the month/year/decade and zoomed out: a hollow ring, not a point.
            p.setPen(QPen(style.color, 2.0))
            p.setBrush(NO_BRUSH)
            p.drawEllipse(QPointF(cx, cy), h * 0.35, h * 0.35)
        return
    if is_point:
        # Somewhere in this range: a soft bar with fading ends and no sharp edge.
        p.setPen(NO_PEN)
        third = min(rect.width() / 3, 24)
        p.setBrush(_fade(style.color, rect.left(), rect.left() + third, True))
        p.drawRect(QRectF(rect.left(), y, third, h))
        p.setBrush(style.soft)
        p.drawRect(QRectF(rect.left() + third, y, rect.width() - 2 * third, h))
        p.setBrush(_fade(style.color, rect.right() - third, rect.right(), False))
        p.drawRect(QRectF(rect.right() - third, y, third, h))
        if uncertain:
            p.setPen(style.dashed)
            p.setBrush(NO_BRUSH)
            p.drawRect(rect)
        return
    left, right = rect.left(), rect.right()
    c0, c1 = core if core else (left, right)
    c0, c1 = max(c0, left), min(c1, right)
    p.setPen(NO_PEN)
    if c0 - left > 1.5:
        p.setBrush(_fade(style.color, left, c0, True))
        p.drawRect(QRectF(left, y, c0 - left, h))
    if right - c1 > 1.5:
        p.setBrush(_fade(style.color, c1, right, False))
        p.drawRect(QRectF(c1, y, right - c1, h))
    if c1 > c0:
        p.setBrush(style.fill)
        p.setPen(pen)
        p.drawRoundedRect(QRectF(c0, y, c1 - c0, h), 2.0, 2.0)
    elif uncertain:
        p.setPen(style.dashed)
        p.setBrush(NO_BRUSH)
        p.drawRect(rect)


def draw_disputed(p: QPainter, colors: PlotColors, x: float, y: float) -> None:
    """A small warning triangle with '!' at (x, y), its top-left corner."""
    tri = QPolygonF([QPointF(x + 4.5, y), QPointF(x + 9, y + 8), QPointF(x, y + 8)])
    p.setPen(NO_PEN)
    p.setBrush(colors.warning)
    p.drawPolygon(tri)
    p.setPen(QPen(QColor("#FFFFFF"), 1.2))
    p.drawLine(QPointF(x + 4.5, y + 2.5), QPointF(x + 4.5, y + 5.2))
    p.drawPoint(QPointF(x + 4.5, y + 6.6))


def draw_note(p: QPainter, colors: PlotColors, x: float, y: float) -> None:
    """A folded-corner note mark: this item has a note of the user's."""
    p.setPen(QPen(colors.note.darker(150), 1.0))
    p.setBrush(colors.note)
    p.drawPolygon(
        QPolygonF(
            [
                QPointF(x, y),
                QPointF(x + 5, y),
                QPointF(x + 7, y + 2),
                QPointF(x + 7, y + 7),
                QPointF(x, y + 7),
            ]
        )
    )


def draw_selection(p: QPainter, colors: PlotColors, rect: QRectF) -> None:
    pen = QPen(colors.selection, 2.5)
    p.setPen(pen)
    p.setBrush(NO_BRUSH)
    p.drawRoundedRect(rect.adjusted(-3, -3, 3, 3), 4, 4)
