"""Typing a broad word into a window on a large store: the UI never stalls while the answer
arrives in stages (first rows, then the order of every match, then the facet counts).

The store (100,000 generated episodes, by explorer.build.synthetic, the generator the benchmark
uses) is made once per test session in a temporary folder (~15 s). A QTimer heartbeat every
5 ms records how long the event loop went without running it: that is the longest stall a
user would feel. Speed figures live in benchmarks/scale.py; this checks responsiveness.
"""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QTimer

from explorer.build.synthetic import make_store
from tests.gui.windows import make_window_fixture  # noqa: F401 - provides make_window

EPISODES = 100_000
# The budget: the event loop is never blocked longer than 50 ms while the user types. Wall-clock
# gaps on a shared test machine (other test runs, two cores) reach 50–150 ms even in an idle
# window, so two measures are taken:
# - the UI thread's own CPU time (time.thread_time) in every delivery of a query stage to the
#   panes: the work we do per keystroke, which a loaded machine hardly inflates; it must stay
#   within the budget itself (BUDGET_MS);
# - the wall-clock heartbeat, which also catches what thread time cannot see (a worker holding
#   the GIL, a paint): it fails only on a stall clearly of our making, beyond the idle gaps plus
#   GUARD_MS. Before the worker, the same typing froze the window for 3.8 s.
# The budget at 1M is measured by `benchmarks/scale.py --window` (docs/performance.md).
BUDGET_MS = 50
GUARD_MS = 500  # a gross regression (the old 3.8 s freeze), not load noise


@pytest.fixture(scope="module")
def large_store(tmp_path_factory):
    return make_store(tmp_path_factory.mktemp("large") / "large.db", EPISODES)


class Heartbeat:
    """Counts the longest gap between ticks of a fast timer (a blocked loop delays them)."""

    def __init__(self, interval_ms: int = 5) -> None:
        self.gaps: list[float] = []
        self.cpu_gaps: list[float] = []  # the UI thread's CPU time within each gap
        self.last = time.perf_counter()
        self.last_cpu = time.thread_time()
        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.last, self.last_cpu = time.perf_counter(), time.thread_time()
        self.timer.start()

    def _tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        self.gaps.append((now - self.last) * 1000)
        self.cpu_gaps.append((cpu - self.last_cpu) * 1000)
        self.last, self.last_cpu = now, cpu

    def stop(self) -> float:
        self.timer.stop()
        return max(self.gaps, default=0.0)


@pytest.mark.slow
def test_typing_a_broad_word_keeps_the_window_responsive(qtbot, make_window, large_store):
    # The whole window as a user starts it (the timeline and the chart are built right after
    # the first paint).
    window = make_window(large_store)
    queries = window.table.queries
    assert queries.is_async, "a store this large is queried off the UI thread"
    qtbot.waitUntil(lambda: not queries.pending, timeout=60_000)  # the start-up query
    # The idle baseline is taken once every pane is built and drawn: measured while the
    # timeline was still being made, it held a 3 s gap and would have excused any stall.
    # The panes are built by the window's own steps, as for a user: their end freezes the heap
    # (ui/window_start.py), and built by hand here, a full collection of the test process's
    # large heap once landed in a stage's delivery (64 ms of UI-thread CPU in CI).
    from explorer.ui.docks import DOCKS

    everything = {spec.id for spec in DOCKS}
    qtbot.waitUntil(lambda: window.panes.keys() >= everything, timeout=60_000)
    qtbot.waitUntil(lambda: not queries.pending, timeout=60_000)
    qtbot.wait(300)
    facets = window.panes["filters"]
    total = facets.facets.total
    assert total == EPISODES

    idle = Heartbeat()
    idle.start()
    qtbot.wait(600)
    noise = idle.stop()

    queries.longest_ui_slice = 0.0  # measure the typing alone, not the start-up
    beat = Heartbeat()
    beat.start()
    box = window.table.search
    box.setFocus()
    seen_first_rows_before_counts = []
    queries.first_page.connect(lambda *_: seen_first_rows_before_counts.append(facets.updating))
    for key in "japan":
        qtbot.keyClicks(box, key)
        qtbot.wait(60)  # a quick typist: each key lands while the last query may still run
    qtbot.waitUntil(lambda: not box.pending() and not queries.pending, timeout=60_000)
    qtbot.wait(50)  # let the last stage's repaint happen under the heartbeat
    longest = beat.stop()

    # The answer is complete and right: Japan takes part in ~90 % of generated episodes.
    shown = len(window.table.model.ids)
    assert 0.85 * EPISODES < shown < 0.95 * EPISODES
    assert window.table.count.text().replace(",", "").startswith(f"{shown} of {EPISODES}")
    assert facets.facets.total == shown and not facets.updating
    assert "Updating" not in facets.summary.text()
    assert window.table.model.data(window.table.model.index(0, 2))  # a title on the first row
    # Rows came first, while the counts were still being made.
    assert True in seen_first_rows_before_counts
    slice_ms = queries.longest_ui_slice * 1000
    print(f"longest stall while typing: {longest:.0f} ms (idle gaps: {noise:.0f} ms); UI-thread"
          f" CPU: longest delivery {slice_ms:.0f} ms, longest gap {max(beat.cpu_gaps):.0f} ms")  # fmt: skip
    assert slice_ms <= BUDGET_MS, (
        f"handing a query stage to the panes took {slice_ms:.0f} ms of the UI thread's time"
    )
    assert longest <= GUARD_MS + noise, (
        f"the event loop stalled for {longest:.0f} ms (idle, it showed gaps of {noise:.0f} ms)"
    )

    other_lists_answer_from_the_last_result(window)


def other_lists_answer_from_the_last_result(window) -> None:
    """Part of the test above (one window: opening a 100k store is checked for seconds)."""
    queries, table = window.table.queries, window.table
    result = queries.result
    found = len(result.order)

    # The Actors tab: its rows at once, and the episodes' count for the search from the worker.
    table.tabs.setCurrentIndex(2)
    assert table.view_name == "actors" and table.model.rowCount() > 0
    assert f"{found:,}" in table.notice_text.replace("\u202f", ",").replace(".", ",")

    # Back on Episodes: the answer already made is shown again, nothing is asked anew.
    table.tabs.setCurrentIndex(0)
    assert queries.result is result and not queries.pending
    assert table.model.rowCount() == found

    # A pane's own rowids (a list, as a pane keeps them) map to the matches once.
    rowids = list(range(1, EPISODES + 1))
    kept = queries.keep_rows(result, rowids)
    assert int(kept.sum()) == found and kept.dtype == bool
    assert queries._positions_of(rowids) is queries._positions_of(rowids)
