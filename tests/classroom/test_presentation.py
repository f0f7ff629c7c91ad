"""Presentation mode as a teacher drives it: keys and clicker keys, large type, high contrast,
shapes as well as colours, and everything given back on leaving."""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from explorer.ui.lessons import capture
from explorer.ui.presentation.look import MIN_SCALE

Key = Qt.Key


@pytest.fixture
def three_views(window, qtbot):
    state = window.session.state
    conn = window.session.store
    # Two series in the same unit, so they share a panel and must differ by more than colour.
    series = [
        r[0]
        for r in conn.execute(
            "SELECT id FROM series s WHERE unit_label = 'US$ millions' AND (SELECT COUNT(*) FROM "
            "observations o WHERE o.series_id = s.id AND o.value IS NOT NULL) >= 4 ORDER BY id LIMIT 2"
        )
    ]
    views = [capture.capture(window, "Everything", "All episodes")]
    state.update_filters(text="Japan")
    views.append(
        capture.capture(window, "Japan", "Episodes mentioning Japan", ["table", "timeline"])
    )
    state.set_chart_series(series)
    window.panes["chart"].toolbar.style_box.setCurrentIndex(1)  # lines
    views.append(capture.capture(window, "Two series", "Lines with markers", ["chart"]))
    state.clear_filters()
    qtbot.wait(20)
    return views


def press(qtbot, window, key):
    qtbot.keyClick(window.focusWidget() or window, key)
    qtbot.wait(10)


def test_keys_and_clicker_keys_step_through_the_lesson(window, classroom, three_views, qtbot):
    mode = classroom.presentation
    mode.start(three_views, 0, "Lesson", fullscreen=False)
    assert mode.bar.position.text() == "1 / 3" and mode.bar.title.text() == "Everything"
    for key, position in ((Key.Key_PageDown, "2 / 3"), (Key.Key_Space, "3 / 3"),
                          (Key.Key_Right, "3 / 3"), (Key.Key_PageUp, "2 / 3"),
                          (Key.Key_Left, "1 / 3"), (Key.Key_End, "3 / 3"),
                          (Key.Key_Home, "1 / 3"), (Key.Key_Down, "2 / 3")):  # fmt: skip
        press(qtbot, window, key)
        assert mode.bar.position.text() == position, key
    assert mode.bar.caption.text() == "Episodes mentioning Japan"
    assert window.session.state.filters.text == "Japan"
    # Too low for both at large type: the timeline whole, the table one T away.
    assert window.panes["timeline"].isVisible() and not window.table.isVisible()
    press(qtbot, window, Key.Key_T)
    assert window.table.isVisible() and not window.panes["timeline"].isVisible()
    assert not window.panes["chart"].isVisible()
    press(qtbot, window, Key.Key_Escape)
    assert not mode.active


def test_a_view_shows_only_its_panes_and_the_table_gives_way(window, classroom, three_views, qtbot):
    classroom.presentation.start(three_views, 2, "Lesson", fullscreen=False)
    assert not window.table.isVisible() and window.workspaces.current() == "chart"
    assert window.panes["chart"].isVisible()
    assert [p for p, d in window.docks.items() if not d.isHidden()] == []
    classroom.presentation.leave()


def test_leaving_gives_back_the_window_as_it_was(window, classroom, three_views, qtbot):
    state = window.session.state
    state.update_filters(text="treaty")
    before = capture.capture(window, "")
    font = QFont(window.font())
    menu_visible = window.menuBar().isVisible()
    classroom.presentation.start(three_views, 1, "Lesson", fullscreen=False)
    assert not window.menuBar().isVisible()
    classroom.presentation.leave()
    qtbot.wait(20)
    after = capture.capture(window, "")
    if before.state["time_range"] is None:  # the timeline had not reported a range yet
        after.state["time_range"] = None
    assert after.state == before.state and after.panes == before.panes
    assert window.menuBar().isVisible() == menu_visible
    assert window.font().pointSizeF() == pytest.approx(font.pointSizeF())
    assert window.styleSheet() == ""


def test_type_is_at_least_one_and_a_half_times_larger(window, classroom, three_views, qtbot):
    normal_label = window.table.count.font().pointSizeF()
    classroom.presentation.start(three_views, 1, "Lesson", fullscreen=False)
    qtbot.wait(20)
    assert window.table.count.font().pointSizeF() >= MIN_SCALE * normal_label - 0.01
    title = classroom.presentation.bar.title.font().pointSizeF()
    assert title > window.table.count.font().pointSizeF()
    classroom.presentation.leave()
    assert window.table.count.font().pointSizeF() == pytest.approx(normal_label)


def test_high_contrast_theme_has_no_grey_text(window, classroom, three_views, qtbot):
    text_before = window.palette().text().color().name()
    classroom.presentation.start(three_views, 0, "Lesson", fullscreen=False)
    palette = window.palette()
    text, base = palette.text().color(), palette.base().color()
    assert {text.name(), base.name()} == {"#000000", "#ffffff"}
    assert palette.placeholderText().color().lightness() < 60  # even hints are near black
    classroom.presentation.leave()
    qtbot.waitUntil(lambda: window.palette().text().color().name() == text_before)


def test_series_differ_by_shape_not_only_colour_and_lines_are_thicker(
    window, classroom, three_views, qtbot
):
    chart = window.panes["chart"]
    classroom.presentation.start(three_views, 2, "Lesson", fullscreen=False)
    qtbot.wait(50)
    assert len(chart.figure.plots) == 1
    lines = [i for plot in chart.figure.plots for i in plot.items if isinstance(i, pg.PlotDataItem)]
    assert len(lines) >= 2
    styles = {(pg.mkPen(i.opts["pen"]).style(), i.opts["symbol"]) for i in lines[:2]}
    assert len(styles) == 2  # two series, two dash/marker pairs
    assert all(pg.mkPen(i.opts["pen"]).widthF() >= 3 for i in lines)
    assert all(i.opts["symbolSize"] >= 10 for i in lines if i.opts["symbol"])
    classroom.presentation.leave()
    qtbot.wait(50)
    lines = [i for plot in chart.figure.plots for i in plot.items if isinstance(i, pg.PlotDataItem)]
    assert all(pg.mkPen(i.opts["pen"]).widthF() < 3 for i in lines)


def test_hover_readout_is_a_large_label(window, classroom, three_views, qtbot):
    classroom.presentation.start(three_views, 2, "Lesson", fullscreen=False)
    qtbot.wait(50)
    chart = window.panes["chart"]
    drawn = chart.figure.panels[0].drawn[0]
    chart._on_observation_hovered(drawn, chart.figure.rect().center())
    card = chart.figure.hover_card
    assert card.isVisible() and card.text()
    label_size = card.findChildren(QLabel)[0].font().pointSizeF()
    assert label_size >= MIN_SCALE * 9 - 0.01
    classroom.presentation.leave()


def test_a_text_field_keeps_its_arrow_keys(window, classroom, three_views, qtbot):
    mode = classroom.presentation
    mode.start(three_views, 0, "Lesson", fullscreen=False)
    edit = window.table.findChildren(QLineEdit)[0]
    edit.setFocus()
    edit.setText("abc")
    qtbot.keyClick(edit, Key.Key_Left)
    assert mode.bar.position.text() == "1 / 3" and edit.cursorPosition() == 2
    qtbot.keyClick(edit, Key.Key_PageDown)  # a clicker still moves on
    assert mode.bar.position.text() == "2 / 3"
    mode.leave()


def test_blank_screen_and_back(window, classroom, three_views, qtbot):
    mode = classroom.presentation
    mode.start(three_views, 0, "Lesson", fullscreen=False)
    press(qtbot, window, Key.Key_B)
    blank = window.findChild(QWidget, "presentation-blank")
    assert blank is not None and blank.isVisible()
    press(qtbot, window, Key.Key_PageDown)  # any key brings the picture back, without moving
    assert mode.bar.position.text() == "1 / 3"
    mode.leave()


def test_f5_with_no_lesson_presents_the_window_as_it_is(window, classroom, qtbot):
    classroom.present(fullscreen=False)
    mode = classroom.presentation
    assert mode.active and mode.bar.position.text() == "1 / 1"
    mode.leave()


def test_on_a_small_projector_the_timeline_keeps_a_row_for_every_lane(window, classroom, qtbot):
    """At 1280×720 and presentation type, a view of the timeline with the table below it still
    shows every lane: the timeline's share follows what its lanes need, not a fixed fraction."""
    window.resize(1280, 720)
    view = capture.capture(window, "Lanes", "Timeline and table", ["timeline", "table"])
    mode = classroom.presentation
    mode.start([view], 0, "Lesson", fullscreen=False)
    plot = window.panes["timeline"].plot
    qtbot.waitUntil(lambda: plot.height() >= 0.8 * plot.preferred_height(), timeout=3000)
    assert mode.face == "timeline"  # the table is one T away (test_presenting_timeline_or_table)
    mode.leave()
