"""A lane's colour belongs to the lane: filtering episodes away or hiding lanes never repaints
the lanes that remain (the swatch in the key and the marks in the lane)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QApplication

from explorer.ui.timeline import TimelinePane


@pytest.fixture
def pane(qtbot, store_path):
    from explorer.core.session import Session
    from explorer.store.bundled import open_store

    session = Session(open_store(store_path, immutable=True), store_path)
    widget = TimelinePane(session)
    qtbot.addWidget(widget)
    widget.resize(1366, 560)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.close()  # before its store: nothing may redraw on a closed connection
    session.store.close()


def _settle(pane) -> None:
    for _ in range(3):
        pane.plot.viewport().repaint()
        QApplication.processEvents()


def _swatches(pane) -> dict[str, str]:
    """The colour of each shown lane's swatch in the key, read from the screen."""
    _settle(pane)
    plot, axis = pane.plot, pane.plot.lane_axis
    image = plot.grab().toImage()
    origin = axis.mapToScene(QPointF(0, 0)).y()
    swatch = 10 * axis.scale
    found = {}
    for key, _title, top, height, _count in axis.lanes:
        point = plot.mapFromScene(
            axis.mapToScene(QPointF(6 + swatch / 2, top - origin + height / 2))
        )
        found[key] = image.pixelColor(point).name()
    return found


def test_lane_colours_stay_when_a_search_empties_lanes(pane):
    before = _swatches(pane)
    assert "other" in before and len(set(before.values())) == len(before)
    pane.session.state.update_filters(text="hostage")
    QApplication.processEvents()
    after = _swatches(pane)
    assert set(after) < set(before), "the search should leave some lanes empty"
    assert after == {key: before[key] for key in after}


def test_lane_colours_stay_when_lanes_are_hidden(pane):
    before = _swatches(pane)
    first = next(iter(before))
    pane.model.set_hidden({first})
    pane.plot.canvas.data_changed()
    after = _swatches(pane)
    assert first not in after and after
    assert after == {key: before[key] for key in after}


def test_lane_colours_are_the_lane_s_whatever_the_filter():
    from explorer.core.timeline_layout import FAMILY_ORDER, lane_color_index

    indices = [lane_color_index(key, "kind") for key in FAMILY_ORDER]
    assert len(set(indices)) == len(FAMILY_ORDER)
    assert lane_color_index("a-kind-from-a-newer-store", "kind") == lane_color_index(
        "a-kind-from-a-newer-store", "kind"
    )
