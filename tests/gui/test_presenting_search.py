"""Presenting hides the table's search while it is empty (a table row more under the timeline
at 1280×720), but a view that searches shows what it searches for."""

from __future__ import annotations

from tests.conftest import STORE_PATH
from tests.gui.layout_walk import settle
from tests.gui.windows import make_window_fixture  # noqa: F401 - provides make_window


def test_the_search_shows_only_when_a_view_searches(make_window, qtbot):
    from explorer.ui.lessons import capture

    window = make_window(STORE_PATH, deferred=True, size=(1280, 720))
    window.show_workspace("explore")
    settle()
    state = window.session.state
    plain = capture.capture(window, "All episodes", "", ["timeline", "table", "detail"])
    state.update_filters(origin="test", text="hostage")
    searching = capture.capture(window, "Hostage", "", ["timeline", "table", "detail"])
    state.clear_filters(origin="test")
    settle()
    search = window.table.search
    assert search.isVisible() and not search.text()
    mode = window.classroom.presentation
    mode.start([plain, searching], 0, "Lesson", fullscreen=False)
    try:
        settle()
        assert not search.isVisible()  # empty: hidden, the table gets the row
        mode.go(1)
        settle()
        assert search.isVisible() and search.text() == "hostage"
        mode.go(0)
        settle()
        assert not search.isVisible()
    finally:
        mode.leave()
    settle()
    assert search.isVisible()  # given back


def test_presenting_widens_a_column_whose_title_the_large_type_cuts(make_window, qtbot):
    from PySide6.QtCore import Qt

    from explorer.ui.lessons import capture

    window = make_window(STORE_PATH, deferred=True, size=(1280, 720))
    window.show_workspace("explore")
    settle()
    header = window.table.table.horizontalHeader()
    model = window.table.table.model()
    widths = [header.sectionSize(s) for s in range(header.count())]
    view = capture.capture(window, "Episodes", "", ["timeline", "table", "detail"])
    mode = window.classroom.presentation
    mode.scale = 1.8
    mode.start([view], 0, "Lesson", fullscreen=False)
    try:
        settle()
        metrics = header.fontMetrics()
        for section in range(header.count()):
            if header.sectionResizeMode(section) == header.ResizeMode.Stretch:
                continue
            text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
            assert metrics.horizontalAdvance(text) + 14 <= header.sectionSize(section), text
    finally:
        mode.leave()
    settle()
    assert [header.sectionSize(s) for s in range(header.count())] == widths  # given back
