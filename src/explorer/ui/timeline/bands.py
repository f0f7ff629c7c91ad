"""The timeline's period bands: governments and eras as header bars, shaded behind the lanes.

Kept beside the canvas (which calls these while painting) so the band rules (which label takes
its whole name, which is elided, which is left to the hover) can be read in one place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPen

from explorer.ui.plotting.theme import NO_PEN, blend, with_alpha
from explorer.ui.timeline.text_places import fits_on_row

if TYPE_CHECKING:
    from explorer.ui.timeline.canvas import TimelineCanvas

MIN_BAND_CHARS = 4  # a band label shorter than this (elided) says nothing: leave it off


def band_rects(
    canvas: TimelineCanvas, lo: float, hi: float
) -> list[tuple[float, float, float, float]]:
    """(left, right, top, height) in pixels of each period's header bar."""
    area = canvas.area
    ppu = area.width() / max(hi - lo, 1e-12)
    out = []
    for period in canvas.model.periods:
        left = area.left() + (period.start_lo - lo) * ppu
        right = area.left() + (period.end_hi - lo) * ppu
        if period.is_government:
            out.append((left, right, area.top() + 1, canvas.band_h - 2))
        elif canvas.show_eras:
            out.append((left, right, area.top() + canvas.band_h + 1, canvas.era_h - 3))
        else:
            out.append((left, right, area.top(), 0.0))  # not drawn, not pointed at
    return out


def paint_bands(canvas: TimelineCanvas, p: QPainter, lo: float, hi: float) -> None:
    area, colors = canvas.area, canvas.colors
    rects = band_rects(canvas, lo, hi)
    labels, positions, priorities = [], [], []
    shade = 0
    for i, (period, (left, right, top, height)) in enumerate(
        zip(canvas.model.periods, rects, strict=True)
    ):
        if right < area.left() or left > area.right() or height <= 0:
            if period.is_government:
                shade += 1
            continue
        is_government = period.is_government
        if is_government:
            if period.kind == "military_government":
                tint = blend(colors.background, colors.warning, 0.07)
            else:
                tint = blend(colors.background, colors.foreground, 0.045 if shade % 2 == 0 else 0.0)
            shade += 1
            p.fillRect(QRectF(left, area.top(), right - left, area.height()), tint)
            p.setPen(QPen(colors.band_line, 0))
            p.drawLine(QPointF(left, area.top()), QPointF(left, area.bottom()))
        bar = QRectF(left, top, right - left, height)
        selected = i == canvas.selected_period
        p.setPen(NO_PEN)
        p.setBrush(
            with_alpha(
                colors.selection if selected else colors.foreground,
                0.22 if selected else (0.10 if is_government else 0.16),
            )
        )
        p.drawRoundedRect(bar.adjusted(1, 0, -1, 0), 3, 3)
        visible = bar.intersected(area)
        metrics = canvas.metrics if is_government else canvas.small_metrics
        text_w = metrics.horizontalAdvance(period.name)
        # A narrow or half-hidden band still says whose it is, elided ("First García
        # gov…"), as long as a few characters fit.
        if visible.width() - 8 >= min(text_w, shortest_label(period.name, metrics)):
            labels.append((i, visible, period.name, text_w))
            center = visible.center().x()
            width = min(text_w, visible.width() - 8)
            positions.append((center - width / 2, center + width / 2))
            priorities.append(visible.width())
    # Governments and eras sit on rows of their own: only labels on one row can collide.
    # By priority (the widest band first), an era's label takes its whole name centred on
    # its band where the row is free around it ("Chinese indentured (coolie) labour era"
    # over an empty stretch); a government's stays within its band (its neighbours'
    # bands touch it), elided; else nothing (the hover names it).
    placed: dict[bool, list[tuple[float, float]]] = {True: [], False: []}
    chosen: dict[int, tuple[QRectF, str]] = {}
    for n in sorted(range(len(labels)), key=lambda n: -priorities[n]):
        i, visible, name, text_w = labels[n]
        government = canvas.model.periods[i].is_government
        metrics = canvas.metrics if government else canvas.small_metrics
        row = placed[government]
        center = visible.center().x()
        left = max(area.left() + 2, min(center - text_w / 2, area.right() - 2 - text_w))
        whole = (left, left + text_w)
        if fits_on_row(row, whole) and (not government or text_w <= visible.width() - 8):
            row.append(whole)
            chosen[n] = (QRectF(left, visible.top(), text_w, visible.height()), name)
        elif fits_on_row(row, positions[n]):
            row.append(positions[n])
            # elidedText may give up on a width it thinks too small: never below the
            # shortest label that was promised room.
            room = max(visible.width() - 8, shortest_label(name, metrics))
            chosen[n] = (visible, metrics.elidedText(name, Qt.TextElideMode.ElideRight, room))
    canvas.band_labels = []  # (period index, text) as last painted: what the reader sees
    p.setPen(colors.foreground)
    for n, (rect, text) in sorted(chosen.items()):
        i = labels[n][0]
        government = canvas.model.periods[i].is_government
        p.setFont(canvas.font if government else canvas.small)
        p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        canvas.band_labels.append((i, text))
    p.setFont(canvas.font)


def shortest_label(name: str, metrics: QFontMetricsF) -> float:
    """Width of the shortest elided label worth showing: four characters and '…'."""
    return metrics.horizontalAdvance(name[:MIN_BAND_CHARS].rstrip() + "…")
