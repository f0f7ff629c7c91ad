"""Where the timeline's words go: episode labels and "+N" counters, in viewport pixels.

Decided with the layout (not while painting) so the canvas paints exactly these rectangles and
tests can check them: labels are painted last in their lane on a plate of the background
colour, and a counter is moved along its run into free space, or left off, so it never covers
a label.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF

LABEL_PAD = 1.5  # plate margin either side of a label's text
COUNTER_GAP = 3.0  # between a counter and a label it steps around


@dataclass(frozen=True)
class LabelPlace:
    episode: int
    rect: QRectF  # the plate; the text is drawn inside it
    inside: bool  # on its own bar: a solid bar is its own backing, a soft one gets a plate


@dataclass(frozen=True)
class CounterPlace:
    text: str
    rect: QRectF  # the text's box; baseline is rect.bottom() - descent


def label_place(
    episode: int,
    glyph: QRectF,
    text_w: float,
    text_h: float,
    row_h: float,
    before: bool,
    gap: float = 4.0,
) -> LabelPlace:
    """The plate of an episode's label: on a bar wide enough to hold it, else beside the glyph
    (before it near the right edge), as tall as the text but never taller than its row."""
    height = min(text_h + 2, row_h)
    top = glyph.center().y() - height / 2
    width = text_w + 2 * LABEL_PAD
    inside = glyph.width() >= text_w + 12
    if inside:
        left = glyph.left() + 6 - LABEL_PAD
    elif before:
        left = glyph.left() - gap - width + LABEL_PAD
    else:
        left = glyph.right() + gap - LABEL_PAD
    return LabelPlace(episode, QRectF(left, top, width, height), inside)


def counter_place(
    text: str,
    text_w: float,
    text_h: float,
    x0: float,
    x1: float,
    baseline: float,
    descent: float,
    blocked: list[QRectF],
    clip_left: float,
    clip_right: float,
) -> CounterPlace | None:
    """A "+N" counter somewhere over its run [x0, x1] (at its start if free), clear of every
    blocked rectangle and inside the plot; None when there is no such place."""
    top = baseline - text_h + descent
    lo = max(x0 + 2, clip_left)
    hi = min(x1 - 4, clip_right) - text_w
    if hi < lo:
        return None
    candidates = [lo] + sorted(r.right() + COUNTER_GAP for r in blocked if lo < r.right() + 3 < hi)
    candidates.append(hi)
    for left in candidates:
        left = min(max(left, lo), hi)
        rect = QRectF(left, top, text_w, text_h)
        if not any(rect.intersects(other) for other in blocked):
            return CounterPlace(text, rect)
    return None


def fits_on_row(
    row: list[tuple[float, float]], extent: tuple[float, float], gap: float = 4
) -> bool:
    """True if a label over `extent` (px) keeps `gap` from every label already on the row."""
    return all(extent[1] + gap <= p0 or extent[0] >= p1 + gap for p0, p1 in row)
