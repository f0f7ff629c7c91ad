"""Keys that belong to one pane act only there: Home and Z typed in the table leave the timeline."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ..conftest import STORE_PATH


def test_home_and_z_in_the_table_do_not_move_the_timeline(qtbot, make_window):
    window = make_window(STORE_PATH, deferred=True)
    timeline = window.panes["timeline"]
    timeline.plot.set_x_range(1990, 2000)
    table = window.table.table
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    table.setCurrentIndex(table.model().index(5, 1))
    before = timeline.plot.x_range()
    qtbot.keyClick(table, Qt.Key.Key_Z)
    qtbot.keyClick(table, Qt.Key.Key_Home)
    assert timeline.plot.x_range() == before
    assert table.currentIndex().column() == 0, "Home in the table goes to the row's start"


def test_home_in_the_timeline_fits_every_episode(qtbot, make_window):
    window = make_window(STORE_PATH, deferred=True)
    timeline = window.panes["timeline"]
    timeline.plot.set_x_range(1990, 2000)
    timeline.plot.setFocus()
    qtbot.waitUntil(timeline.plot.hasFocus)
    qtbot.keyClick(timeline.plot, Qt.Key.Key_Home)
    lo, hi = timeline.plot.x_range()
    assert lo < 1850 and hi > 2010
