"""Work that waits until the window has painted: after the paint already asked for, with the
event loop come round in between (input and due timers handled first), once however often
it was asked for.

On the bundled store the facet counts follow a keystroke's rows that way, so the rows are
painted without waiting for the counts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QWidget

from explorer.core.views import apply_state, state_to_dict
from explorer.store.facets import facet_counts
from explorer.ui.after_paint import AfterPaint
from explorer.ui.filters.facet_list import KEY_ROLE
from tests.gui.helpers import PaintCounter, wait_for_query


class Pane(QWidget):
    def __init__(self, log: list[str]) -> None:
        super().__init__()
        self.log = log

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.log.append("paint")


def _quiet(qtbot, counters: dict) -> None:
    """Until nothing has painted for 150 ms (at most 5 s)."""
    for _ in range(50):
        before = [c.paints for c in counters.values()]
        qtbot.wait(150)
        if [c.paints for c in counters.values()] == before:
            return


def _shown_pane(qtbot, log: list[str]) -> Pane:
    pane = Pane(log)
    qtbot.addWidget(pane)
    pane.resize(200, 100)
    pane.show()
    qtbot.waitExposed(pane)
    qtbot.wait(50)
    log.clear()
    return pane


def test_the_work_runs_after_the_paint_and_after_a_timer_already_due(qtbot):
    log: list[str] = []
    pane = _shown_pane(qtbot, log)
    due = QTimer(singleShot=True, interval=0)
    due.timeout.connect(lambda: log.append("timer"))
    after = AfterPaint(pane, lambda: log.append("work"))
    pane.update()  # a change asks for a paint ...
    due.start()  # ... a timer is due (a key typed meanwhile would be handled likewise) ...
    after.request()  # ... and the work that can wait is asked for
    assert log == []  # nothing runs inside the request
    qtbot.waitUntil(lambda: "work" in log, timeout=1_000)
    # Posted straight after the paint, the work ran in the same pass as the paint, before the
    # timer: the loop did not come round between them.
    assert log == ["paint", "timer", "work"]


def test_asked_again_before_it_ran_it_runs_once(qtbot):
    log: list[str] = []
    pane = _shown_pane(qtbot, log)
    after = AfterPaint(pane, lambda: log.append("work"))
    for _ in range(3):
        after.request()
    assert after.waiting
    qtbot.waitUntil(lambda: not after.waiting, timeout=1_000)
    qtbot.wait(30)
    assert log.count("work") == 1


def test_cancelled_it_does_not_run_and_asked_again_it_does(qtbot):
    log: list[str] = []
    pane = _shown_pane(qtbot, log)
    after = AfterPaint(pane, lambda: log.append("work"))
    after.request()
    after.cancel()
    qtbot.wait(50)
    assert "work" not in log
    after.request()
    qtbot.waitUntil(lambda: "work" in log, timeout=1_000)


def test_flushed_it_runs_at_once_and_not_again(qtbot):
    log: list[str] = []
    pane = _shown_pane(qtbot, log)
    after = AfterPaint(pane, lambda: log.append("work"))
    after.request()
    after.flush()
    assert log == ["work"] and not after.waiting
    after.flush()  # nothing waiting: nothing runs
    qtbot.wait(50)
    assert log == ["work"]


def test_an_owner_deleted_meanwhile_takes_the_waiting_work_with_it(qtbot):
    log: list[str] = []
    owner = QObject()
    after = AfterPaint(owner, lambda: log.append("work"))
    after.request()
    owner.deleteLater()
    qtbot.wait(50)
    assert log == []


@pytest.fixture
def built(make_window, synthetic_path):
    """A window with every pane built, as it is once started."""
    return make_window(synthetic_path, deferred=True)


def test_typing_paints_the_rows_before_the_counts_follow(qtbot, window):
    """The table's rows for a keystroke are painted while the facet lists still show the
    counts they had; a turn of the event loop later the counts are the new filter's."""
    panel = window.panes["filters"]
    viewport = window.table.table.viewport()
    before, listed = panel.facets, list(window.table.model.ids)
    seen_at_paint: list[tuple[list[str], object]] = []

    class PaintSpy(QObject):
        def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
            if watched is viewport and event.type() == QEvent.Type.Paint:
                seen_at_paint.append((list(window.table.model.ids), panel.facets))
            return False

    spy = PaintSpy()
    viewport.installEventFilter(spy)
    try:
        qtbot.keyClicks(window.table.search, "hostage")
        wait_for_query(qtbot, window)  # the search's short delay, then the counts
    finally:
        viewport.removeEventFilter(spy)
    narrowed = list(window.table.model.ids)
    assert narrowed and len(narrowed) < len(listed)
    painted = [facets for ids, facets in seen_at_paint if ids == narrowed]
    assert painted and painted[0] is before  # the new rows were painted with the old counts
    expected = facet_counts(window.session.store, window.session.state.filters)
    assert panel.facets == expected
    assert {v.key: v.count for v in panel.facets.kinds} == {v.key: v.count for v in expected.kinds}
    assert panel.summary.text() == "Active filters: 1"


def test_a_typed_search_paints_the_rows_and_each_facet_list_once(qtbot, built):
    """Their views laid out their new rows on a zero timer of their own, after the first
    paint, and so painted every row twice per keystroke."""
    panel = built.panes["filters"]
    viewports = {"table": built.table.table.viewport()} | {
        name: getattr(panel, name).view.viewport() for name in ("kinds", "decades", "actors")
    }
    counters = {name: PaintCounter(viewport) for name, viewport in viewports.items()}
    _quiet(qtbot, counters)  # a new built's first layout settles (its lists' widths)
    for counter in counters.values():
        counter.paints = 0
    listed = list(built.table.model.ids)
    qtbot.keyClicks(built.table.search, "hostage")
    wait_for_query(qtbot, built)
    qtbot.wait(200)  # anything painted late is counted too
    assert len(built.table.model.ids) < len(listed)
    assert {name: c.paints for name, c in counters.items()} == dict.fromkeys(counters, 1)


def test_a_facet_list_shown_again_with_the_same_values_is_left_as_it_is(qtbot, window):
    kinds = window.panes["filters"].kinds
    values = window.panes["filters"].facets.kinds
    first = kinds.model.item(0)
    kinds.set_values(values, set())
    assert kinds.model.item(0) is first  # not rebuilt
    key = kinds.model.item(0).data(KEY_ROLE)
    kinds.set_values(values, {key})  # a value chosen: shown ticked
    assert kinds.model.item(0).checkState() == Qt.CheckState.Checked
    assert [kinds.model.item(r).data(KEY_ROLE) for r in range(kinds.model.rowCount())] == [
        v.key for v in values if v.count
    ]


def test_the_lanes_follow_a_typed_search_after_the_rows(qtbot, built):
    timeline = built.panes["timeline"]
    viewport = built.table.table.viewport()
    shown_before = timeline.model.n_shown
    at_paint: list[int] = []

    class PaintSpy(QObject):
        def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
            if event.type() == QEvent.Type.Paint and len(built.table.model.ids) < shown_before:
                at_paint.append(timeline.model.n_shown)
            return False

    spy = PaintSpy()
    viewport.installEventFilter(spy)
    try:
        qtbot.keyClicks(built.table.search, "hostage")
        wait_for_query(qtbot, built)
        qtbot.waitUntil(lambda: not timeline.filters_follow, timeout=3_000)
    finally:
        viewport.removeEventFilter(spy)
    assert at_paint and at_paint[0] == shown_before  # the rows came first
    assert timeline.model.n_shown == len(built.table.model.ids) < shown_before


def test_a_saved_views_range_is_kept_over_the_fit_to_its_filters(qtbot, built):
    """A view's filters are applied before its time range. The lanes show the filters a
    turn later; they must not then fit the view to them and lose the range it saved."""
    timeline = built.panes["timeline"]
    state = built.session.state
    data = state_to_dict(state)
    data["filters"]["text"] = "hostage"
    data["time_range"] = [1905.0, 1935.0]  # far from the hostage crisis, 1996-1997
    apply_state(state, data)
    qtbot.waitUntil(lambda: not timeline.filters_follow, timeout=3_000)
    qtbot.wait(100)
    lo, hi = timeline.plot.x_range()
    assert (round(lo), round(hi)) == (1905, 1935)
    assert timeline.model.n_shown == len(built.table.model.ids) == 1
