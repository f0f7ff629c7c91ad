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


def test_presenting_the_episode_title_follows_the_large_type_and_legends_use_the_width(
    window,
    classroom,
    three_views,  # noqa: F811 - the fixture imported above
    qtbot,
):
    """The selected episode's title above the bars is read from the back of the room: it takes
    the whole 1.8× (it stayed near 10 pt); a legend entry that would be cut takes the width
    over the value axis too, and keeps which table it is from when it must be shortened."""
    chart = window.panes["chart"]
    episode = window.session.store.execute(
        "SELECT id FROM episodes WHERE start_lo BETWEEN 1996 AND 1997 ORDER BY id LIMIT 1"
    ).fetchone()[0]
    window.session.state.select("episode", episode)
    qtbot.wait(50)
    normal = chart.figure.title_item.font.pointSizeF()
    mode = classroom.presentation
    mode.scale = 1.8
    mode.start(three_views, 2, "Lesson", fullscreen=False)
    window.session.state.set_chart_series(
        ["pj2003-t3-grants-and-technical-cooperation", "pj2003-t3-oda-total"]
    )
    window.session.state.select("episode", episode)  # the view shown chose none
    chart.fit()
    qtbot.wait(100)
    title = chart.figure.title_item
    assert title.font.pointSizeF() >= normal * 1.8 - 0.01
    assert title.title_layout() is not None  # drawn, in the plot
    legend = chart.figure.plots[0].legend
    texts = [label.text for _sample, label in legend.items]
    assert all(text.endswith("Peru and Japan (2003), Table 3") for text in texts), texts
    for _sample, label in legend.items:
        if "…" in label.text:
            assert legend.contentsMargins()[0] == 0  # the room over the axis, taken first
            assert label.toolTip().startswith("Japan's ODA to Peru")
    mode.leave()
    qtbot.wait(100)
    assert chart.figure.title_item.font.pointSizeF() == normal
