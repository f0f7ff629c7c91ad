"""Leaving presentation mode gives the chart back exactly the fonts it had before."""

from __future__ import annotations

import pytest

from tests.classroom.conftest import leave_any_presentation, open_window
from tests.classroom.test_presentation import three_views  # noqa: F401 - a fixture


@pytest.fixture
def window(qtbot, store_path):
    win = open_window(qtbot, store_path, size=(1920, 1080))
    win.show_workspace("chart")  # the chart in view
    yield win
    leave_any_presentation(win)
    win.close()


@pytest.fixture
def classroom(window):
    from explorer.ui.lessons.controller import ClassroomController

    controller = getattr(window, "classroom", None)
    return controller if controller is not None else ClassroomController(window, window.settings)


def axis_fonts(chart):
    """Per plot and axis: the label's font size, its html and the tick font size."""
    out = []
    for plot in chart.figure.plots:
        for name in ("left", "bottom"):
            axis = plot.getAxis(name)
            tick = axis.style.get("tickFont")
            out.append((name, axis.label.font().pointSizeF(), axis.labelString(),
                        tick.pointSizeF() if tick is not None else None,
                        axis.width() if name == "left" else None))  # fmt: skip
    return out


def test_leaving_presentation_gives_the_axis_titles_their_size_back(
    window,
    classroom,
    three_views,  # noqa: F811 - the fixture imported above
    qtbot,
):
    chart = window.panes["chart"]
    qtbot.wait(50)
    before = axis_fonts(chart)
    assert before
    classroom.presentation.start(three_views, 2, "Lesson", fullscreen=False)
    qtbot.wait(100)
    during = axis_fonts(chart)
    assert during != before  # the presentation did enlarge them
    classroom.presentation.leave()
    qtbot.wait(100)
    assert axis_fonts(chart) == before
