"""Presenting a view of the timeline with the table on a projector too low for both at large
type: one of them whole at a time, "Timeline | Table" in the presentation bar and the T key
switching; on a tall screen both, one over the other, and no switch (docs/layout.md)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from tests.conftest import STORE_PATH
from tests.gui.layout_walk import measure, settle
from tests.gui.windows import make_window_fixture  # noqa: F401 - provides make_window


def _present(make_window, qtbot, size):
    from explorer.ui.lessons import capture

    window = make_window(STORE_PATH, deferred=True, size=size)
    qtbot.waitUntil(lambda: window.session.notes is not None, timeout=5000)
    window.show_workspace("explore")
    settle()
    view = capture.capture(window, "Timeline and table", "", ["timeline", "table", "detail"])
    chart = capture.capture(window, "The chart", "", ["chart", "detail"])
    mode = window.classroom.presentation
    mode.scale = 1.8
    mode.start([view, chart], 0, "Lesson", fullscreen=False)
    qtbot.wait(60)
    settle()
    return window, mode


def _shown(window) -> tuple[bool, bool]:
    return window.panes["timeline"].isVisible(), window.table.isVisible()


def test_low_screen_shows_the_timeline_then_the_table_with_t_and_the_buttons(make_window, qtbot):
    window, mode = _present(make_window, qtbot, (1280, 720))
    buttons = mode.bar.face_buttons
    try:
        # The view starts as it was made, its timeline in front, every lane readable.
        assert mode.face == "timeline"
        assert _shown(window) == (True, False)
        assert buttons["timeline"].isVisible() and buttons["timeline"].isChecked()
        assert "(T)" in buttons["table"].toolTip()
        mode.key(Qt.Key.Key_T)
        settle()
        assert _shown(window) == (False, True)
        assert buttons["table"].isChecked() and not buttons["timeline"].isChecked()
        buttons["timeline"].click()
        settle()
        assert _shown(window) == (True, False)
        # A text field keeps its T for typing.
        field = QLineEdit(window.panes["detail"])
        field.show()
        field.setFocus()
        qtbot.keyClick(field, Qt.Key.Key_T)
        assert field.text() == "t"
        assert mode.face == "timeline"
        field.deleteLater()
        # The next view, a chart, has nothing to switch: the switch goes, T does nothing.
        mode.key(Qt.Key.Key_T)
        mode.next()
        settle()
        assert mode.face == "" and not buttons["table"].isVisible()
        assert not buttons["timeline"].isVisible()
        mode.key(Qt.Key.Key_T)
        assert window.workspaces.current() == "chart"
        # Back to the timeline's view: it starts with its timeline again.
        mode.previous()
        settle()
        assert mode.face == "timeline" and _shown(window) == (True, False)
    finally:
        mode.leave()
    settle()
    qtbot.wait(30)
    # Leaving gives back the window there was: the timeline over the table.
    assert _shown(window) == (True, True)
    assert window.workspaces.current() == "explore"


def test_tall_screen_shows_both_and_no_switch(make_window, qtbot):
    window, mode = _present(make_window, qtbot, (1920, 1080))
    try:
        # Once the window has its size (the share is done again after the first paint).
        qtbot.waitUntil(lambda: mode.face == "", timeout=3000)
        assert _shown(window) == (True, True)
        assert not mode.bar.face_buttons["table"].isVisible()
        mode.key(Qt.Key.Key_T)  # nothing to switch: T does nothing
        settle()
        assert _shown(window) == (True, True)
    finally:
        mode.leave()


def test_a_table_of_a_few_rows_fits_under_the_timeline_on_a_low_screen(make_window, qtbot):
    """Twelve rows are what a full table needs; a view searching for four episodes shows its
    four under the timeline even at 1280×720, with no switch."""
    from explorer.store.filters import Filters

    window = make_window(STORE_PATH, deferred=True, size=(1280, 720))
    qtbot.waitUntil(lambda: window.session.notes is not None, timeout=5000)
    window.session.state.set_filters(Filters(text="hostage OR MRTA"), origin="table")
    qtbot.waitUntil(lambda: 0 < window.table.table.model().rowCount() <= 6, timeout=5000)
    from explorer.ui.lessons import capture

    view = capture.capture(window, "The siege", "", ["timeline", "table", "detail"])
    mode = window.classroom.presentation
    mode.scale = 1.8
    mode.start([view], 0, "Lesson", fullscreen=False)
    try:
        qtbot.waitUntil(lambda: mode.face == "", timeout=3000)
        assert _shown(window) == (True, True)
        assert not mode.bar.face_buttons["table"].isVisible()
        qtbot.wait(30)
        m = measure(window)  # every row whole on screen, and every lane
        assert m.table_rows >= window.table.table.model().rowCount()
        assert m.lanes_shown == len(window.panes["timeline"].plot.lane_axis.lanes)
    finally:
        mode.leave()
