"""The heavy panes are built after the window's first paint of whatever is in front: a
window reopened on the Chart workspace never paints the table, and must still build them."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel

from explorer.ui.window_start import FirstPaintWatcher


class _Window(QObject):
    first_painted = Signal()


def test_the_first_paint_of_any_watched_widget_fires_once(qtbot):
    window = _Window()
    table, chart = QLabel("table"), QLabel("chart")  # the table stays hidden, as behind a tab
    qtbot.addWidget(table)
    qtbot.addWidget(chart)
    fired = []
    window.first_painted.connect(lambda: fired.append(True))
    FirstPaintWatcher(window.first_painted, (table, chart))
    chart.show()
    qtbot.waitUntil(lambda: fired == [True], timeout=2000)
    chart.repaint()
    table.show()
    qtbot.wait(50)
    assert fired == [True]
