"""The footer's key and count never overlap or clip each other (English and Spanish, laptop and
projector type), and episode labels in a busy decade stay clear of "+N" counters."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from explorer.ui import i18n
from explorer.ui.timeline.text_places import counter_place, label_place
from tests.timeline.harness import PanesWindow, make_session


@pytest.fixture
def real_window(qtbot, store_path, qapp):
    made = []

    def build(width: int, height: int, language: str = "en", scale: float = 1.0):
        i18n.install(qapp, language)  # before the widgets: they translate when built
        session = make_session(store_path)
        window = PanesWindow(session, panes=("timeline",))
        qtbot.addWidget(window)
        made.append(session)
        if scale != 1.0:  # presentation type: the pane's font ×1.8, as presenting does
            font = QFont(window.font())
            font.setPointSizeF(font.pointSizeF() * scale)
            window.setFont(font)
        window.resize(width, height)
        window.show()
        qtbot.waitExposed(window)
        QApplication.processEvents()
        return window

    yield build
    i18n.install(qapp, "en")
    for session in made:
        session.store.close()


def _footer_rects(footer):
    key = footer.key
    items = [
        (text, full, rect.translated(key.pos().x(), key.pos().y()))
        for (_, text, rect), (_, full) in zip(key.arrange(key.width()), key.items, strict=True)
    ]
    return items, QRectF(footer.status.geometry())


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("width", [1366, 1920])
@pytest.mark.parametrize("scale", [1.0, 1.8])
def test_footer_key_and_count_never_overlap(real_window, language, width, scale):
    window = real_window(width, 560, language, scale)
    pane = window.timeline
    total = len(pane.model.columns)  # every episode of the store
    footer = pane.footer
    footer.set_counts(min(23, total), total, (1988.0, 2004.0))  # the longest kind of count
    QApplication.processEvents()
    items, status = _footer_rects(footer)
    bounds = QRectF(footer.rect())
    full_text = footer.status_text()
    assert str(total) in full_text
    if language == "es":
        assert "episodios" in full_text  # the Spanish interface, not the English one
    # The count is whole, not elided or garbled, and it has room for every letter.
    assert footer.status.text() == full_text
    metrics = footer.status.fontMetrics()
    assert metrics.horizontalAdvance(full_text) <= status.width()
    assert bounds.contains(status)
    # The footer got the height it asked for: nothing falls off its bottom.
    assert footer.height() >= footer.sizeHint().height()
    for shown, full, rect in items:
        assert not rect.intersects(status), f"{shown!r} under the count"
        assert bounds.contains(rect), f"{shown!r} cut by the footer's edge"
        # Elided at most, never cut to nothing: each item still begins with its own words.
        assert shown == full or (shown.endswith("…") and full.startswith(shown[:-1]))
        assert len(shown) >= 4
    # Laptop type: the key is whole, on one line, with the count beside it.
    if scale == 1.0 and width == 1920:
        assert all(shown == full for shown, full, _ in items)
        assert len({rect.top() for _, _, rect in items}) == 1


def test_footer_goes_to_a_line_of_its_own_when_narrow(real_window):
    window = real_window(700, 520)
    footer = window.timeline.footer
    footer.set_counts(23, 356, (1988.0, 2004.0))
    QApplication.processEvents()
    items, status = _footer_rects(footer)
    assert footer.count_below
    assert all(status.top() >= rect.bottom() - 0.5 for _, _, rect in items)
    assert status.right() <= footer.width()


def _busy_layouts(pane):
    pane.plot.set_x_range(1989.0, 1999.0)
    QApplication.processEvents()
    canvas = pane.plot.canvas
    assert canvas.ensure_layout()
    return canvas


@pytest.mark.parametrize(("height", "scale"), [(360, 1.0), (560, 1.0), (768, 1.0), (260, 1.8)])
def test_labels_and_counters_never_overlap_in_a_busy_decade(real_window, height, scale):
    window = real_window(1366, height, scale=scale)
    canvas = _busy_layouts(window.timeline)
    labels = [label for lane in canvas.label_places for label in lane]
    counters = [c for lane in canvas.counter_places for c in lane]
    if height >= 360:
        assert labels, "the 1990s of the real store have labelled episodes"
    plates = [label.rect.adjusted(0.25, 0.25, -0.25, -0.25) for label in labels]
    lane_of = {id(label): lane for lane, row in zip(canvas.lanes, canvas.label_places,
                                                    strict=True) for label in row}  # fmt: skip
    for label in labels:  # words stay inside their own lane, whatever its height
        lane = lane_of[id(label)]
        assert (
            lane.top - 2 <= label.rect.top() and label.rect.bottom() <= lane.top + lane.height + 2
        )
    for n, plate in enumerate(plates):
        for other in plates[n + 1 :]:
            assert not plate.intersects(other)
    for lane, row in zip(canvas.lanes, canvas.counter_places, strict=True):
        for counter in row:
            assert counter.rect.top() >= lane.top - 2  # not up in the lane above
    for counter in counters:
        assert counter.text.startswith("+")
        assert canvas.area.contains(counter.rect)
        for plate in plates:
            assert not counter.rect.intersects(plate), counter.text
    # Every overflow with more than one episode got its counter, or had no free space.
    for lane, placed in zip(canvas.lanes, canvas.counter_places, strict=True):
        assert len(placed) <= sum(bucket.count > 1 for bucket in lane.layout.overflow)


def test_label_plates_are_painted_over_the_marks_beneath(real_window):
    """A year line running under a label beside its glyph is covered by the plate."""
    window = real_window(1366, 768)
    pane = window.timeline
    canvas = _busy_layouts(pane)
    image = pane.plot.grab().toImage()
    background = canvas.colors.background
    checked = 0
    for lane in canvas.label_places:
        for label in lane:
            if label.inside:
                continue
            # The thin strip along the plate's top edge holds no glyph of text: only plate.
            y = int(label.rect.top() + 1)
            for x in range(int(label.rect.left() + 3), int(label.rect.right() - 3), 7):
                color = image.pixelColor(x, y)
                assert abs(color.lightness() - background.lightness()) < 40, (x, y)
                checked += 1
    assert checked > 0


def test_a_counter_steps_around_a_label_or_is_left_off():
    label = QRectF(100, 90, 60, 14)
    place = counter_place("+3", 14, 12, 95, 200, 100, 3, [label], 0, 1000)
    assert place is not None and not place.rect.intersects(label)
    assert place.rect.left() >= label.right()
    assert counter_place("+3", 14, 12, 95, 150, 100, 3, [label], 0, 1000) is None
    free = counter_place("+3", 14, 12, 300, 400, 100, 3, [label], 0, 1000)
    assert free is not None and free.rect.left() == pytest.approx(302)


def test_a_label_beside_its_glyph_or_on_its_bar():
    beside = label_place(7, QRectF(100, 50, 10, 10), 80, 13, 15, before=False)
    assert not beside.inside and beside.rect.left() > 105 and beside.rect.height() <= 15
    before = label_place(7, QRectF(300, 50, 10, 10), 80, 13, 15, before=True)
    assert before.rect.right() < 300
    inside = label_place(7, QRectF(100, 50, 200, 10), 80, 13, 15, before=False)
    assert inside.inside and inside.rect.left() >= 100 and inside.rect.right() <= 300
