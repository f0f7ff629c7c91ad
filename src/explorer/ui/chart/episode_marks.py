"""Episodes of the current filter drawn on a chart: ticks and bands under a marker strip.

Painted in pixels like the timeline canvas (one item, not one per episode). Only the strip at
the top answers the mouse, so bars below stay clickable.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPen, QPolygonF

from explorer.core.episode_strip import StripIndex, covered_columns
from explorer.ui.plotting.theme import NO_PEN, PlotColors, blend, with_alpha

STRIP_H = 14.0


class Picked(Sequence[str]):
    """Some entries of a long list, by position, without copying them (a million titles)."""

    def __init__(self, base: Sequence[str], positions: np.ndarray) -> None:
        self.base, self.positions = base, positions

    def __len__(self) -> int:
        return len(self.positions)

    def __getitem__(self, item):  # type: ignore[override]
        if isinstance(item, slice):
            return [self.base[int(i)] for i in self.positions[item]]
        return self.base[int(self.positions[item])]

    def index(self, value, start: int = 0, stop: int | None = None) -> int:  # type: ignore[override]
        where = self.base.index(value)
        found = int(np.searchsorted(self.positions, where))
        if found < len(self.positions) and self.positions[found] == where:
            return found
        raise ValueError(value)


@dataclass
class EpisodeMarks:
    ids: Sequence[str]
    titles: Sequence[str]
    lo: np.ndarray
    hi: np.ndarray
    strip: StripIndex | None = None  # a large store's marks, by pixel column (same picture)


def _strip_columns(
    marks: EpisodeMarks, lo: float, hi: float, area_left: float, area_width: float
) -> tuple[np.ndarray | None, np.ndarray]:
    """(covered pixel columns or None, occupied 3-pixel marker columns), episode by episode."""
    visible = np.nonzero((marks.hi >= lo) & (marks.lo <= hi))[0]
    ppu = area_width / max(hi - lo, 1e-12)
    x0s = area_left + (marks.lo[visible] - lo) * ppu
    x1s = area_left + (marks.hi[visible] - lo) * ppu
    wide = (x1s - x0s) >= 3
    left, width = int(area_left), max(int(area_width) + 2, 1)
    covered = covered_columns(x0s[wide], x1s[wide], left, width) if wide.any() else None
    columns = np.zeros(0, dtype=np.int64)
    if (~wide).any():
        # One marker per occupied 3-pixel column: a bincount, not a sort of every episode.
        marked = np.rint((x0s[~wide] + x1s[~wide]) / 2 / 3).astype(np.int64)
        lowest = int(marked.min())
        columns = np.flatnonzero(np.bincount(marked - lowest)) + lowest
    return covered, columns


class EpisodeMarksItem(pg.GraphicsObject):
    # The selected episode's title is read from the back of the room: presenting gives it the
    # whole 1.8× of the type, not the smaller step of the painted items (it stayed 10 pt).
    presented_at_type_scale = True

    def __init__(self, colors: PlotColors) -> None:
        super().__init__()
        self.colors = colors
        self.marks: EpisodeMarks | None = None
        self.selected: str | None = None
        self.setZValue(-5)
        self.font = QFont()
        self.font.setPointSizeF(max(self.font.pointSizeF() - 1, 7.5))

    def set_marks(self, marks: EpisodeMarks | None, selected: str | None) -> None:
        if marks is self.marks and selected == self.selected and marks is not None:
            # The same marks again (a new filter whose marks are still being made on a large
            # store): a repaint would draw what is there (~5–9 ms a chart paint, twice a filter).
            return
        self.marks, self.selected = marks, selected
        self._chosen: int | None = None
        if marks is not None and selected is not None:
            try:
                self._chosen = marks.ids.index(selected)
            except ValueError:
                self._chosen = None
        self.update()

    def _selected_index(self) -> int | None:
        return getattr(self, "_chosen", None)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt API
        box = self.getViewBox()
        return box.viewRect() if box is not None else QRectF()

    def viewRangeChanged(self) -> None:  # noqa: N802 - pyqtgraph hook
        self.prepareGeometryChange()

    def _to_pixels(self):
        view, box = self.getViewWidget(), self.getViewBox()
        if view is None or box is None or self.marks is None:
            return None
        to_view = self.deviceTransform(view.viewportTransform())
        area = view.viewportTransform().mapRect(box.sceneBoundingRect())
        (lo, hi), _ = box.viewRange()
        return to_view, area, lo, hi

    def hit(self, point: QPointF, tolerance: float = 5.0) -> str | None:
        """The episode whose marker is at a viewport point (in the strip only)."""
        geometry = self._to_pixels()
        if geometry is None:
            return None
        _, area, lo, hi = geometry
        if not (area.top() <= point.y() <= area.top() + STRIP_H + 2):
            return None
        year = lo + (point.x() - area.left()) * (hi - lo) / max(area.width(), 1)
        slack = tolerance * (hi - lo) / max(area.width(), 1)
        inside = np.nonzero((self.marks.lo - slack <= year) & (self.marks.hi + slack >= year))[0]
        if not len(inside):
            return None
        # The shortest episode there is the most specific answer.
        best = inside[np.argmin(self.marks.hi[inside] - self.marks.lo[inside])]
        return self.marks.ids[int(best)]

    def title_rect(self, area: QRectF, x0: float, x1: float, title: str) -> tuple[QRectF, str]:
        """Where the selected episode's title goes, and the text (elided only if it must be):
        just below the marker strip, right of the band if it fits there, else left of it,
        else across the plot's width, but always wholly inside the plot."""
        metrics = QFontMetricsF(self.font)
        height = metrics.height() + 2
        top = area.top() + STRIP_H
        wanted = metrics.horizontalAdvance(title) + 8
        right_room = area.right() - (x1 + 4)
        left_room = (x0 - 4) - area.left()
        if wanted <= right_room:
            return QRectF(x1 + 4, top, wanted, height), title
        if wanted <= left_room:
            return QRectF(x0 - 4 - wanted, top, wanted, height), title
        room = max(area.width() - 4, 0.0)
        if wanted > room:
            title = metrics.elidedText(title, Qt.TextElideMode.ElideRight, room - 8)
            wanted = metrics.horizontalAdvance(title) + 8
        left = min(max(x1 + 4, area.left() + 2), area.right() - 2 - wanted)
        return QRectF(left, top, wanted, height), title

    def paint(self, p: QPainter, option, widget=None) -> None:
        geometry = self._to_pixels()
        if geometry is None:
            return
        to_view, area, lo, hi = geometry
        inverse, ok = to_view.inverted()
        if not ok:
            return
        marks, colors = self.marks, self.colors
        p.save()
        p.setTransform(inverse * p.transform())
        p.setClipRect(area)
        ppu = area.width() / max(hi - lo, 1e-12)
        # Opaque, so that a hundred overlapping episodes read as one grey run, not a black bar.
        strip = blend(colors.background, colors.foreground, 0.3)
        selected_rect = None
        # Every episode in view is drawn, aggregated by pixel: the bands of spans a few pixels
        # wide and more merge into runs (one rectangle per run), and point-like ones into one
        # marker per 3-pixel column. On a large store the columns come from sorted bounds
        # (core.episode_strip), so a paint costs the same for 1,000 or 1,000,000 episodes.
        if marks.strip is not None:
            covered, columns = marks.strip.columns(lo, hi, area.left(), area.width())
        else:
            covered, columns = _strip_columns(marks, lo, hi, area.left(), area.width())
        left = int(area.left())
        if covered is not None and covered.any():
            edges = np.flatnonzero(np.diff(np.concatenate(([0], covered.view(np.int8), [0]))))
            for run_start, run_end in zip(edges[::2], edges[1::2], strict=True):
                p.fillRect(QRectF(left + run_start, area.top() + 2, run_end - run_start, 5), strip)
        if len(columns):
            p.setPen(NO_PEN)
            p.setBrush(strip)
            top = area.top()
            for mid in (columns * 3.0).tolist():
                p.drawPolygon(
                    QPolygonF(
                        [
                            QPointF(mid - 4, top + 2),
                            QPointF(mid + 4, top + 2),
                            QPointF(mid, top + 9),
                        ]
                    )
                )
        chosen = self._selected_index()
        if chosen is not None and marks.hi[chosen] >= lo and marks.lo[chosen] <= hi:
            x0 = area.left() + (marks.lo[chosen] - lo) * ppu
            x1 = area.left() + (marks.hi[chosen] - lo) * ppu
            selected_rect = (x0, x1, marks.titles[chosen])
        if selected_rect is not None:
            x0, x1, title = selected_rect
            mid = (x0 + x1) / 2
            width = max(x1 - x0, 3.0)
            p.fillRect(
                QRectF(mid - width / 2, area.top(), width, area.height()),
                with_alpha(colors.selection, 0.18),
            )
            p.setPen(QPen(colors.selection, 2))
            p.drawLine(
                QPointF(mid - width / 2, area.top()), QPointF(mid - width / 2, area.bottom())
            )
            if x1 - x0 >= 3:
                p.drawLine(
                    QPointF(mid + width / 2, area.top()), QPointF(mid + width / 2, area.bottom())
                )
        p.restore()


class EpisodeTitleItem(EpisodeMarksItem):
    """The selected episode's title alone, drawn above the data (the bands stay under it)."""

    def __init__(self, colors: PlotColors) -> None:
        super().__init__(colors)
        self.setZValue(40)

    def hit(self, point: QPointF, tolerance: float = 5.0) -> str | None:
        return None

    def title_layout(self) -> tuple[QRectF, str, QRectF] | None:
        """(title rectangle, text as drawn, plot area), in viewport pixels; None when no
        selected episode is in view."""
        geometry = self._to_pixels()
        i = self._selected_index()
        if geometry is None or i is None:
            return None
        _, area, lo, hi = geometry
        if self.marks.hi[i] < lo or self.marks.lo[i] > hi:
            return None
        ppu = area.width() / max(hi - lo, 1e-12)
        x0 = area.left() + (self.marks.lo[i] - lo) * ppu
        x1 = area.left() + (self.marks.hi[i] - lo) * ppu
        mid, width = (x0 + x1) / 2, max(x1 - x0, 3.0)
        rect, text = self.title_rect(area, mid - width / 2, mid + width / 2, self.marks.titles[i])
        return rect, text, area

    def paint(self, p: QPainter, option, widget=None) -> None:
        layout = self.title_layout()
        if layout is None:
            return
        to_view = self._to_pixels()[0]
        inverse, ok = to_view.inverted()
        if not ok:
            return
        rect, text, area = layout
        p.save()
        p.setTransform(inverse * p.transform())
        p.setClipRect(area)
        p.setFont(self.font)
        # A background, so that the title stays readable over gridlines and bars.
        p.fillRect(rect, with_alpha(self.colors.background, 0.85))
        p.setPen(self.colors.selection)
        p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        p.restore()
