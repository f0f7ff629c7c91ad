"""A filter lays the timeline's lanes out once: the names' column takes the width of the new
counts, and the footer its new height, before the lanes are laid out (at a million episodes a
second layout in the same paint cost ~25 ms of a 50 ms budget)."""

from __future__ import annotations

import pytest
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
    qtbot.waitUntil(lambda: bool(widget.plot.canvas.lanes))
    yield widget
    widget.close()  # before its store: nothing may redraw on a closed connection
    session.store.close()


def _record_layouts(canvas, monkeypatch) -> list[tuple[int, tuple[float, ...]]]:
    """(model version, plot area) of every lane layout from now on."""
    seen: list[tuple[int, tuple[float, ...]]] = []
    lay_out = canvas._layout

    def recording(area, lo, hi):
        seen.append((canvas.model.version, (area.left(), area.top(), area.width(), area.height())))
        lay_out(area, lo, hi)

    monkeypatch.setattr(canvas, "_layout", recording)
    return seen


@pytest.mark.parametrize("text", ["hostage", "japan"])
def test_a_filter_lays_the_lanes_out_once(pane, qtbot, monkeypatch, text):
    canvas, axis = pane.plot.canvas, pane.plot.lane_axis
    width_before = axis.width()
    layouts = _record_layouts(canvas, monkeypatch)
    pane.session.state.update_filters(text=text)
    qtbot.waitUntil(lambda: pane.model.n_shown < len(pane.model.columns))
    for _ in range(5):
        QApplication.processEvents()
    versions = [version for version, _ in layouts]
    assert layouts, "the filtered lanes were never drawn"
    assert len(versions) == len(set(versions)), f"a version laid out twice: {layouts}"
    if text == "hostage":  # fewer, smaller counts: the names' column narrows
        assert axis.width() < width_before
    # That one layout is the one on screen: made for the plot as it is now.
    area = canvas._viewport_geometry()[1]
    assert layouts[-1][1] == (area.left(), area.top(), area.width(), area.height())
