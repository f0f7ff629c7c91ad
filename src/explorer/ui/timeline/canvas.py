"""The timeline's one graphics item: period bands, lanes and episodes, painted in pixels.

One item paints everything (not one item per episode) so the cost of a frame depends on what
is visible, not on how many episodes exist. Layout is decided in viewport pixels by
explorer.core.lod and cached until the view, the size or the data change; painting maps those
pixels onto whatever device is painted (screen, PNG, SVG). The layout also records where each
thing was drawn, so clicks and hovers are answered from the same geometry the user sees.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPen

from explorer.core.lod import LaneLayout, labelled_candidates, layout_lane
from explorer.core.timeline_layout import (
    TIME_MAX,
    TIME_MIN,
    lane_color_index,
    lane_heights,
    year_ticks,
)
from explorer.ui.i18n import format_count
from explorer.ui.plotting.theme import NO_PEN, PlotColors, blend, with_alpha
from explorer.ui.timeline import glyphs
from explorer.ui.timeline.bands import band_rects, paint_bands
from explorer.ui.timeline.model import TimelineModel
from explorer.ui.timeline.text_places import (
    LABEL_PAD,
    CounterPlace,
    LabelPlace,
    counter_place,
    label_place,
)

# Sizes at the reference type (8.5 pt, REFERENCE_TEXT_H pixels a line); the canvas multiplies
# them by how much taller its font's lines are, so a projector's large type gets rows to match.
ROW_H = 15.0
BAND_ROW_H = 20.0
ERA_ROW_H = 16.0
REFERENCE_TEXT_H = 12.8
LABEL_POINTS = 8.5 / 9.0  # episode labels: a little smaller than the widget's own type
INDIVIDUAL_BUDGET = 700  # most episodes drawn one by one per frame; beyond, lanes aggregate


@dataclass(frozen=True)
class Target:
    """Something the user can point at: kind is 'episode', 'period' or 'zoom'."""

    kind: str
    rect: QRectF
    index: int = -1  # episode or period index
    lo: float = 0.0
    hi: float = 0.0
    count: int = 0


@dataclass
class Lane:
    key: str
    top: float
    height: float
    rows: int
    layout: LaneLayout


class TimelineCanvas(pg.GraphicsObject):
    def __init__(self, model: TimelineModel, colors: PlotColors) -> None:
        super().__init__()
        self.model = model
        self.colors = colors
        self.lane_titles: dict[str, str] = {}
        self.lane_colors: dict[str, glyphs.LaneStyle] = {}
        self.selected: int | None = None
        self.selected_period: int | None = None
        # The canvas follows its widget's font (set_font): type, rows and bands scale together.
        self.follows_widget_font = True
        self._label_widths: dict[int, float] = {}
        self._count_texts: dict[int, tuple[str, float]] = {}  # bucket count -> (text, pill width)
        self.set_font(QFont())
        self._key = None
        self.lanes: list[Lane] = []
        self.targets: list[Target] = []
        # Per lane, as laid out: label plates and "+N" counters (never overlapping a label).
        self.label_places: list[list[LabelPlace]] = []
        self.counter_places: list[list[CounterPlace]] = []
        self.band_labels: list[tuple[int, str]] = []
        self.show_eras = True
        self.area = QRectF()
        self.on_lanes_changed = None  # callback(list[(key, top, height)]) for the lane axis
        self.on_data_changed = None  # callback() before the next layout: the axis's new width
        self._lane_signature = None
        self.set_colors(colors)

    # --- state -------------------------------------------------------------------------------

    def set_colors(self, colors: PlotColors) -> None:
        self.colors = colors
        self._restyle()
        self._lane_signature = None
        self._key = None
        self.update()

    def set_font(self, base: QFont) -> None:
        """Take the widget's font: labels a shade smaller, rows and bands as tall as it needs."""
        size = base.pointSizeF() if base.pointSizeF() > 0 else 9.0
        self.font = QFont(base)
        self.font.setPointSizeF(max(size * LABEL_POINTS, 8.0))
        self.small = QFont(self.font)
        self.small.setPointSizeF(self.font.pointSizeF() - 1)
        self.metrics = QFontMetricsF(self.font)
        self.small_metrics = QFontMetricsF(self.small)
        self.scale = max(1.0, self.metrics.height() / REFERENCE_TEXT_H)
        self.row_h = round(ROW_H * self.scale, 1)
        self.band_h = round(BAND_ROW_H * self.scale, 1)
        self.era_h = round(ERA_ROW_H * self.scale, 1)
        self.glyph_h = round(glyphs.GLYPH_H * self.scale, 1)
        self._label_widths.clear()
        self._count_texts.clear()
        self._key = None
        self._lane_signature = None
        self.update()

    def set_lane_titles(self, titles: dict[str, str]) -> None:
        self.lane_titles = titles
        self._restyle()

    def _restyle(self) -> None:
        # Keyed by the lane, not its place among the lanes shown: a search that empties some
        # lanes must not repaint the others ("Other" stays the colour it was).
        mode = self.model.mode
        self.lane_colors = {
            key: glyphs.LaneStyle(self.colors.lane(lane_color_index(key, mode)), self.colors)
            for key in self.model.index.keys
        }

    def data_changed(self) -> None:
        self._restyle()
        self._key = None
        self._lane_signature = None
        if self.on_data_changed is not None:
            self.on_data_changed()
        self.update()

    def set_selected(self, index: int | None) -> None:
        if index != self.selected:
            self.selected = index
            self._key = None
            self.update()

    def label_width(self, episode: int) -> float:
        width = self._label_widths.get(episode)
        if width is None:
            text = self.model.columns.titles[episode]
            width = self._label_widths[episode] = self.metrics.horizontalAdvance(text)
        return width

    # --- geometry ----------------------------------------------------------------------------

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt API
        # Everything the view can ever show; the view's y range is fixed at [0, 1].
        return QRectF(TIME_MIN - 5, -1.0, TIME_MAX - TIME_MIN + 10, 3.0)

    def _viewport_geometry(self):
        view = self.getViewWidget()
        box = self.getViewBox()
        if view is None or box is None:
            return None
        to_view = self.deviceTransform(view.viewportTransform())
        # The box's own rectangle and range, not the item transform: right after a range
        # change the transform is only updated at the next paint.
        area = view.viewportTransform().mapRect(box.sceneBoundingRect())
        (lo, hi), _ = box.viewRange()
        return to_view, area, lo, hi

    def ensure_layout(self) -> bool:
        geometry = self._viewport_geometry()
        if geometry is None:
            return False
        _, area, lo, hi = geometry
        key = (
            round(area.left(), 2),
            round(area.top(), 2),
            round(area.width(), 2),
            round(area.height(), 2),
            lo,
            hi,
            self.model.version,
            self.selected,
        )
        if key != self._key:
            self._key = key
            self._layout(area, lo, hi)
        return True

    def header_height(self, with_eras: bool | None = None) -> float:
        """Height of the period bands above the lanes; `with_eras` None: as last laid out."""
        with_eras = self.show_eras if with_eras is None else with_eras
        has_eras = with_eras and any(not p.is_government for p in self.model.periods)
        return self.band_h + (self.era_h if has_eras else 0.0) + 4.0

    def _layout(self, area: QRectF, lo: float, hi: float) -> None:
        self.area = QRectF(area)
        self.targets = []
        model = self.model
        keys = model.shown_lanes
        # A plot too short for a row in every lane (large type on a shared screen) gives up
        # the eras' row first: the lanes are what the view is about.
        self.show_eras = area.height() - self.header_height(True) >= len(keys) * self.row_h
        header = self.header_height()
        available = max(area.height() - header, 10.0)
        rows = glyphs_rows = lane_heights(len(keys), available, self.row_h)
        lane_h = available / max(len(keys), 1)
        counts = {
            key: model.index.count_between(key, np.array([lo]), np.array([hi]))[0] for key in keys
        }
        individual = _individual_lanes(counts, INDIVIDUAL_BUDGET)
        selected = self.selected
        # Every lane's labels read in one query (each lane asking for its own cost ~20 ms a
        # frame at a million episodes); words already read are kept across frames.
        wanted = [
            labelled_candidates(
                model.index, key, lo, hi, area.width(), rows, 250 if key in individual else 0
            )
            for key in keys
        ]
        if wanted:
            model.columns.prefetch(np.concatenate(wanted).tolist())
        self.lanes = []
        for n, key in enumerate(keys):
            top = area.top() + header + n * lane_h
            layout = layout_lane(
                model.index,
                key,
                lo,
                hi,
                area.width(),
                area.left(),
                rows,
                model.columns.titles,
                self.label_width,
                max_individual=250 if key in individual else 0,
                must_show=selected,
            )
            self.lanes.append(Lane(key, top, lane_h, glyphs_rows, layout))
        signature = (tuple(keys), round(area.top() + header, 1), round(lane_h, 1), model.version)
        if signature != self._lane_signature and self.on_lanes_changed is not None:
            self._lane_signature = signature
            self.on_lanes_changed([(lane.key, lane.top, lane.height) for lane in self.lanes])
        self._record_targets(lo, hi)
        self._place_texts()

    def _place_texts(self) -> None:
        """Labels where the layout promised them room; counters clear of every label."""
        self.label_places, self.counter_places = [], []
        text_h = self.metrics.height()
        small_h = self.small_metrics.height()
        for lane in self.lanes:
            labels = [
                label_place(
                    placed.episode,
                    self._row_rect(lane, placed.row, placed.x0, placed.x1),
                    self.label_width(placed.episode),
                    text_h,
                    self.row_h,
                    placed.label_left,
                )
                for placed in lane.layout.placed
                if placed.label
            ]
            # A lane squeezed shorter than a line of text (large type, a short window) keeps
            # its marks but not words that would spill over the lanes beside it.
            floor, ceiling = lane.top + lane.height + 2, lane.top - 2
            labels = [
                label
                for label in labels
                if label.rect.top() >= ceiling and label.rect.bottom() <= floor
            ]
            # Counters step around labels first of all, and around the glyphs too.
            blocked = [label.rect for label in labels] + [
                self._row_rect(lane, placed.row, placed.x0, placed.x1)
                for placed in lane.layout.placed
            ]
            counters = []
            for bucket in lane.layout.overflow:
                if bucket.count <= 1:
                    continue
                text = f"+{bucket.count}"
                place = counter_place(
                    text,
                    self.small_metrics.horizontalAdvance(text),
                    small_h,
                    bucket.x0,
                    bucket.x1,
                    lane.top + lane.height - 5,
                    self.small_metrics.descent(),
                    blocked,
                    self.area.left(),
                    self.area.right(),
                )
                if place is not None and place.rect.top() >= ceiling:  # inside its own lane
                    counters.append(place)
                    blocked.append(place.rect)
            self.label_places.append(labels)
            self.counter_places.append(counters)

    def _row_rect(self, lane: Lane, row: int, x0: float, x1: float) -> QRectF:
        y = lane.top + 3 + row * self.row_h + (self.row_h - self.glyph_h) / 2
        return QRectF(x0, y, max(x1 - x0, 1.0), self.glyph_h)

    def _record_targets(self, lo: float, hi: float) -> None:
        for i, (left, right, top, height) in enumerate(band_rects(self, lo, hi)):
            if height <= 0:
                continue
            self.targets.append(Target("period", QRectF(left, top, right - left, height), i))
        for lane in self.lanes:
            for placed in lane.layout.placed:
                rect = self._row_rect(lane, placed.row, placed.x0, placed.x1)
                self.targets.append(Target("episode", rect.adjusted(-2, -3, 2, 3), placed.episode))
            for bucket in lane.layout.overflow + lane.layout.buckets:
                rect = QRectF(bucket.x0, lane.top, max(bucket.x1 - bucket.x0, 8), lane.height)
                self.targets.append(
                    Target("zoom", rect, lo=bucket.lo, hi=bucket.hi, count=bucket.count)
                )

    def target_at(self, point: QPointF) -> Target | None:
        """The topmost thing at a viewport point (episodes before periods before counts)."""
        if not self.ensure_layout():
            return None
        best = None
        for target in self.targets:
            if target.rect.contains(point):
                if target.kind == "episode":
                    return target
                if best is None or (best.kind == "zoom" and target.kind == "period"):
                    best = target
        return best

    def episode_rect(self, episode: int) -> QRectF | None:
        for target in self.targets:
            if target.kind == "episode" and target.index == episode:
                return target.rect
        return None

    # --- painting ----------------------------------------------------------------------------

    def paint(self, p: QPainter, option, widget=None) -> None:
        geometry = self._viewport_geometry()
        if geometry is None:
            return
        to_view, area, lo, hi = geometry
        self.ensure_layout()
        inverse, ok = to_view.inverted()
        if not ok:
            return
        p.save()
        # From here on, draw in viewport pixels whatever device this is.
        p.setTransform(inverse * p.transform())
        p.setClipRect(area)
        # Axis-aligned fills and lines need no antialiasing (and cost several times more with it).
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.setFont(self.font)
        paint_bands(self, p, lo, hi)
        self._paint_grid(p, lo, hi)
        self._paint_lanes(p)
        p.restore()

    def _paint_grid(self, p: QPainter, lo: float, hi: float) -> None:
        area = self.area
        majors, _, _ = year_ticks(lo, hi, area.width())
        p.setPen(QPen(blend(self.colors.background, self.colors.foreground, 0.10), 0))
        top = area.top() + self.header_height()
        for year in majors:
            x = self._px(year)
            p.drawLine(QPointF(x, top), QPointF(x, area.bottom()))

    def _paint_lanes(self, p: QPainter) -> None:
        colors, model = self.colors, self.model
        area = self.area
        for n, lane in enumerate(self.lanes):
            style = self.lane_colors.get(lane.key) or glyphs.LaneStyle(
                colors.lane(lane_color_index(lane.key, model.mode)), colors
            )
            if n:
                p.setPen(QPen(colors.grid, 0))
                p.drawLine(QPointF(area.left(), lane.top), QPointF(area.right(), lane.top))
            layout = lane.layout
            if layout.aggregated:
                self._paint_density(p, lane, style)
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            selected_rect = None
            for placed in layout.placed:
                rect = self._row_rect(lane, placed.row, placed.x0, placed.x1)
                i = placed.episode
                core = None
                if not model.is_point[i]:
                    core = (self._px(model.start_hi[i]), self._px(model.end_lo[i]))
                glyphs.draw_episode(
                    p,
                    style,
                    rect,
                    core,
                    bool(model.is_point[i]),
                    bool(model.exact[i]),
                    bool(model.uncertain[i]),
                )
                if model.disputed[i]:
                    glyphs.draw_disputed(p, colors, rect.right() - 2, rect.top() - 5)
                if i in model.noted:
                    glyphs.draw_note(p, colors, rect.left() - 3, rect.top() - 5)
                if i == self.selected:
                    selected_rect = rect
            for bucket in layout.overflow:
                self._paint_more(p, lane, bucket)
            # Words last, over every mark of their lane, so nothing strikes them through.
            if n < len(self.label_places):
                for label in self.label_places[n]:
                    self._paint_label(p, style, label)
                self._paint_counters(p, self.counter_places[n])
            if selected_rect is not None:
                glyphs.draw_selection(p, colors, selected_rect)
            p.setRenderHint(QPainter.RenderHint.Antialiasing, False)

    def _px(self, x: float) -> float:
        key = self._key
        lo, hi = key[4], key[5]
        return self.area.left() + (x - lo) * self.area.width() / max(hi - lo, 1e-12)

    def _paint_label(self, p: QPainter, style: glyphs.LaneStyle, label: LabelPlace) -> None:
        i = label.episode
        title = self.model.columns.titles[i]
        text_rect = label.rect.adjusted(LABEL_PAD, -1, -LABEL_PAD + 1, 1)
        # On a solid bar, contrasting text with the bar as its backing. Anywhere else (beside
        # its glyph, or on a soft approximate bar with a dashed edge) a plate of the plot's own
        # background: whatever runs under the words (a span, a year line, a marker, the
        # dashes of an uncertain edge) steps back behind them.
        solid = label.inside and not self.model.is_point[i] and not self.model.uncertain[i]
        if solid:
            p.setPen(style.text_on_fill)
        else:
            p.setPen(NO_PEN)
            p.setBrush(with_alpha(self.colors.background, 0.86))
            p.drawRoundedRect(label.rect, 3, 3)
            p.setPen(self.colors.foreground)
        p.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, title)

    def _paint_more(self, p: QPainter, lane: Lane, bucket) -> None:
        """Episodes with no room at this zoom: a quiet tick on the lane's floor (hover says how
        many; a click zooms in). The count, if any, is painted with the labels."""
        y = lane.top + lane.height - 3
        x0 = max(bucket.x0, self.area.left())
        p.setPen(QPen(self.colors.muted, 2))
        p.drawLine(QPointF(x0, y), QPointF(x0 + min(max(bucket.x1 - x0, 6), 24), y))

    def _paint_counters(self, p: QPainter, counters: list[CounterPlace]) -> None:
        if not counters:
            return
        p.setFont(self.small)
        p.setPen(self.colors.muted)
        for counter in counters:
            p.drawText(counter.rect, Qt.AlignmentFlag.AlignCenter, counter.text)
        p.setFont(self.font)

    def _paint_density(self, p: QPainter, lane: Lane, style: glyphs.LaneStyle) -> None:
        layout = lane.layout
        counts = layout.density_counts.astype(np.float64)
        peak = counts.max() if len(counts) else 0
        if peak <= 0:
            return
        inner = lane.height - 8
        heights = np.sqrt(counts / peak) * inner  # sqrt keeps sparse years visible
        edges = layout.density_edges
        base = lane.top + lane.height - 3
        xs = np.repeat(edges, 2)[1:-1]
        ys = base - np.repeat(heights, 2)
        xs = np.concatenate(([edges[0]], xs, [edges[-1]]))
        ys = np.concatenate(([base], ys, [base]))
        path = pg.arrayToQPath(xs, ys, connect="all")
        p.setPen(NO_PEN)
        p.setBrush(style.density)
        p.drawPath(path)
        # Counts per bucket, decluttered: the numbers a reader can act on (click to zoom in).
        # Plates first, then words, each with one brush or pen: a frame of a dense store paints
        # a hundred of these, and switching the painter's state per pill cost ~10 ms.
        p.setFont(self.small)
        height = self.small_metrics.height() + 1
        pills = []
        for bucket in layout.buckets:
            text, width = self._count_text(bucket.count)
            center = (bucket.x0 + bucket.x1) / 2
            pills.append((QRectF(center - width / 2, lane.top + 2, width, height), text))
        p.setPen(NO_PEN)
        p.setBrush(with_alpha(self.colors.background, 0.8))
        for pill, _ in pills:
            p.drawRoundedRect(pill, height / 2, height / 2)
        p.setPen(self.colors.foreground)
        for pill, text in pills:
            p.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
        p.setFont(self.font)

    def _count_text(self, count: int) -> tuple[str, float]:
        """A bucket's count as shown, and its pill's width (kept: counts repeat frame to frame)."""
        found = self._count_texts.get(count)
        if found is None:
            if len(self._count_texts) > 4096:
                self._count_texts.clear()
            text = format_count(count)
            found = self._count_texts[count] = (
                text,
                self.small_metrics.horizontalAdvance(text) + 8,
            )
        return found


def _individual_lanes(counts: dict[str, int], budget: int) -> set[str]:
    """Lanes drawn episode by episode: the sparsest first, until the budget is spent."""
    chosen, spent = set(), 0
    for key in sorted(counts, key=lambda k: counts[k]):
        if spent + counts[key] > budget:
            break
        chosen.add(key)
        spent += counts[key]
    return chosen
