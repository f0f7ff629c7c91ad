"""A saved view puts the whole window back: state, panes shown, and each pane's options."""

from __future__ import annotations

from explorer.core.state import AppState
from explorer.core.views import apply_state, state_to_dict
from explorer.ui.lessons import capture


def episode_and_series(conn):
    episode = conn.execute("SELECT id FROM episodes ORDER BY id LIMIT 1 OFFSET 3").fetchone()[0]
    series = [r[0] for r in conn.execute("SELECT id FROM series ORDER BY id LIMIT 2")]
    return episode, series


def set_up_a_busy_window(window, qtbot):
    state = window.session.state
    episode, series = episode_and_series(window.session.store)
    state.update_filters(text="Japan", date_from=1980.0, date_to=2001.0, decades=frozenset({1990}))
    state.set_chart_series(series)
    chart = window.panes["chart"]
    chart.toolbar.style_box.setCurrentIndex(chart.toolbar.style_box.findData("lines"))
    chart.toolbar.log_box.setChecked(True)
    chart.figure.plots[0].setXRange(1985.0, 2000.0, padding=0)
    timeline = window.panes["timeline"]
    timeline.toolbar.mode.setCurrentIndex(timeline.toolbar.mode.findData("partner"))
    # Selecting an episode out of view pans the timeline to it, and 250 ms later the pan
    # becomes the shared time range: select first and let that settle, then set the range, so
    # the view captured does not depend on how fast the machine is.
    state.select("episode", episode)
    qtbot.wait(400)
    state.set_time_range(1970.0, 2005.0)
    window.table.show_view("series")
    window.docks["notes"].hide()
    window.docks["filters"].hide()
    qtbot.wait(400)


def test_capture_then_restore_gives_the_same_window(window, qtbot):
    set_up_a_busy_window(window, qtbot)
    view = capture.capture(window, "Busy", "everything set")
    before_state = state_to_dict(window.session.state)
    assert view.state == before_state
    assert "notes" not in view.panes and "filters" not in view.panes and "chart" in view.panes
    assert view.options["chart"]["style"] == "lines" and view.options["chart"]["log"] is True
    assert view.options["table"]["view"] == "series"
    assert view.options["timeline"]["lanes"] == "partner"

    # Undo it all, then restore the view.
    apply_state(window.session.state, state_to_dict(AppState()))
    chart = window.panes["chart"]
    chart.toolbar.style_box.setCurrentIndex(chart.toolbar.style_box.findData("bars"))
    chart.toolbar.log_box.setChecked(False)
    window.panes["timeline"].toolbar.mode.setCurrentIndex(0)
    window.table.show_view("episodes")
    for dock in window.docks.values():
        dock.show()

    notices = capture.restore(window, view)
    qtbot.wait(50)
    assert notices == []
    assert state_to_dict(window.session.state) == before_state
    assert chart.toolbar.bars is False and chart.toolbar.log is True
    lo, hi = chart.figure.x_range()
    assert abs(lo - 1985.0) < 0.01 and abs(hi - 2000.0) < 0.01
    assert window.table.view_name == "series"
    assert window.panes["timeline"].toolbar.mode.currentData() == "partner"
    assert window.panes["timeline"].plot.x_range() == (1970.0, 2005.0)
    assert not window.docks["notes"].isVisible() and not window.docks["filters"].isVisible()
    assert window.docks["chart"].isVisible() and window.table.isVisible()


def test_a_view_of_items_this_dataset_lacks_still_opens_and_says_so(window, qtbot):
    view = capture.capture(window, "From elsewhere")
    state = dict(view.state, chart_series=["no-such-series"],
                 selection={"kind": "episode", "id": "no-such-episode"})  # fmt: skip
    notices = capture.restore(window, view.with_changes(state=state))
    assert len(notices) == 1 and "no-such-series" in notices[0] and "no-such-episode" in notices[0]
    assert window.session.state.selection.id == "no-such-episode"  # kept, not silently dropped
