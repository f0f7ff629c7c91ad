"""A pan or zoom step of the timeline or the chart is painted once, showing the new range.

pyqtgraph left alone moved the data-to-pixel transform (and the chart's value axis) inside the
paint, so Qt painted every view a second time; see explorer.ui.plotting.view_box.
"""

from __future__ import annotations

import os
import time

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

from explorer.ui.chart import ChartPane
from explorer.ui.plotting import raster
from explorer.ui.timeline import TimelinePane
from tests.gui.helpers import PaintCounter
from tests.timeline.gui import drag, wheel


def _idle(seconds: float = 0.15) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        QApplication.processEvents()
        time.sleep(0.005)


def _shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(1366, 480)
    widget.show()
    qtbot.waitExposed(widget)
    _idle(0.3)
    return widget


@pytest.mark.parametrize("kind", ["timeline", "chart"])
def test_each_wheel_step_and_drag_move_paints_the_view_once(qtbot, demo_session, kind):
    if kind == "timeline":
        pane = _shown(qtbot, TimelinePane(demo_session))
        view, box = pane.plot, pane.plot.box
    else:
        pane = _shown(qtbot, ChartPane(demo_session))
        view, box = pane.figure, pane.figure.plots[0].getViewBox()
    counter = PaintCounter(view.viewport())
    middle = view.viewport().rect().center()
    for _ in range(3):
        before_range, before = box.viewRange()[0], counter.paints
        wheel(view, middle, 1)
        _idle()
        assert box.viewRange()[0] != before_range  # the step zoomed in
        assert counter.paints - before == 1
    before_range, before = box.viewRange()[0], counter.paints
    drag(view, middle, middle + QPoint(-200, 0), steps=4)
    _idle()
    assert box.viewRange()[0][0] > before_range[0]  # dragged left: later years came in
    assert 1 <= counter.paints - before <= 5  # at most one paint per move (4) and the release


def test_the_app_paints_on_one_thread(monkeypatch):
    monkeypatch.delenv(raster.QT_SWITCH, raising=False)
    monkeypatch.delenv(raster.KEEP_POOL, raising=False)
    raster.paint_on_one_thread()
    assert os.environ[raster.QT_SWITCH] == "1"
    monkeypatch.delenv(raster.QT_SWITCH)
    monkeypatch.setenv(raster.KEEP_POOL, "1")  # kept, to measure the difference
    raster.paint_on_one_thread()
    assert raster.QT_SWITCH not in os.environ


@pytest.mark.parametrize("text", ["hostage", "japan", ""])
def test_a_new_filter_paints_the_timeline_once_with_the_new_counts(qtbot, demo_session, text):
    """The lanes are laid out for a filter before the paint: laid out inside it, the lane
    names' new counts asked Qt for a second paint of the whole view (and a resized plot moved
    the transform inside it, a third)."""
    from explorer.store.filters import Filters

    pane = _shown(qtbot, TimelinePane(demo_session))
    demo_session.state.set_filters(Filters(text="peru"), origin="test")
    _idle()
    counter = PaintCounter(pane.plot.viewport())
    demo_session.state.set_filters(Filters(text=text), origin="test")
    _idle()
    assert counter.paints == 1
    # What that one paint showed: the lane names beside the counts the filter keeps.
    index = pane.model.index
    shown = {key: count for key, _title, _top, _h, count in pane.plot.lane_axis.lanes}
    assert shown == {key: index.count(key) for key in pane.model.shown_lanes}
    assert sum(shown.values()) >= pane.model.n_shown > 0
