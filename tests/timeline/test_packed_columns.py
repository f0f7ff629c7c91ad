"""The episodes the timeline and the chart draw: one packed, columnar read per store.

Packed arrays (written by the build and the generator) and arrays computed from the rows (a
store without them) are the same; lanes and the chart's strip computed from them with sorted
bounds and running counts give what an episode-by-episode scan gives; and on a large store
the panes draw their episodes once the loading thread has read them, filters included.
"""

from __future__ import annotations

import shutil
import sqlite3

import numpy as np
import pytest

from explorer.build.synthetic import make_store
from explorer.core import timeline_layout as tl
from explorer.core.episode_strip import StripClasses, StripIndex
from explorer.core.lod import LaneEntries, LaneIndex, lane_codes_of
from explorer.store.bundled import open_store
from explorer.store.filters import Filters
from explorer.store.timeline import EpisodeColumns
from explorer.store.timeline_columns import (
    _ARRAY_FIELDS,
    compute_arrays,
    load_arrays,
    read_arrays,
)
from explorer.ui.chart.episode_marks import EpisodeMarks, _strip_columns
from explorer.ui.worker import episode_queries
from tests.timeline.harness import PanesWindow, make_session

LARGE = 24_000  # above the size from which the panes load and filter off the UI thread


@pytest.fixture(scope="module")
def large_store(tmp_path_factory):
    return make_store(tmp_path_factory.mktemp("packed") / "large.db", LARGE)


def _same_arrays(a, b) -> None:
    for name in _ARRAY_FIELDS:
        assert np.array_equal(getattr(a, name), getattr(b, name)), name
    assert a.kinds == b.kinds and a.partner_ids == b.partner_ids


def test_a_generated_store_carries_packed_arrays_equal_to_its_rows(large_store):
    conn = open_store(large_store)
    packed = load_arrays(conn)
    assert packed is not None and packed.packed and len(packed) == LARGE
    _same_arrays(packed, compute_arrays(conn))
    conn.close()


def test_a_store_without_packed_arrays_gets_them_from_its_rows(large_store, tmp_path):
    copy = tmp_path / "old.db"
    shutil.copy(large_store, copy)
    with sqlite3.connect(copy) as writable:
        writable.execute("DROP TABLE speedup_timeline")
    conn = open_store(copy)
    assert load_arrays(conn) is None
    arrays = read_arrays(conn)
    assert not arrays.packed and len(arrays) == LARGE
    _same_arrays(arrays, load_arrays(open_store(large_store)))


def test_words_are_read_only_for_the_episodes_asked_for(large_store):
    conn = open_store(large_store)
    columns = EpisodeColumns(read_arrays(conn), lambda: conn)
    assert not columns._texts  # nothing read yet
    row = conn.execute("SELECT id, title FROM episodes WHERE rowid = 100").fetchone()
    position = columns.index_of(row[0])
    assert columns.rowids[position] == 100
    assert columns.titles[position] == row[1] and columns.ids[position] == row[0]
    assert len(columns._texts) == 1
    assert columns.index_of("no-such-episode") is None


@pytest.mark.parametrize("mode", tl.LANE_MODES)
def test_lanes_from_arrays_are_the_lanes_from_lists(mode, store):
    columns = EpisodeColumns(read_arrays(store), lambda: store)
    a = columns.arrays
    episode, codes, names = lane_codes_of(
        len(columns), a.kind_code, a.kinds, a.partner_pos, a.partner_code, a.partner_ids, mode
    )
    kinds = [columns.kind(i) for i in range(len(columns))]
    partners = [columns.partners_of(i) for i in range(len(columns))]
    indices, keys = tl.lane_entries(kinds, partners, mode)
    assert sorted(zip(episode.tolist(), (names[c] for c in codes), strict=True)) == sorted(
        zip(indices, keys, strict=True)
    )


def test_filtered_lane_counts_are_those_of_a_scan():
    rng = np.random.default_rng(5)
    n = 20_000
    lo = rng.uniform(1850, 2010, n)
    hi = lo + np.where(rng.random(n) < 0.3, rng.exponential(4, n), 0.01)
    codes = rng.integers(0, 3, n)
    entries = LaneEntries.build(np.arange(n), codes, ["a", "b", "c"], lo, hi)
    keep = rng.random(n) < 0.4
    index = LaneIndex((), (), lo, hi, "kind", keep, entries)
    edges = np.linspace(1900, 1950, 41)
    for code, key in enumerate(["a", "b", "c"]):
        mine = (codes == code) & keep
        assert index.count(key) == int(mine.sum())
        expected = [
            int((mine & (lo < b) & (hi >= a)).sum())
            for a, b in zip(edges[:-1], edges[1:], strict=True)
        ]
        assert index.count_between(key, edges[:-1], edges[1:]).tolist() == expected
        assert sorted(index.members(key).tolist()) == np.flatnonzero(mine).tolist()


def test_the_large_store_strip_is_the_episode_by_episode_strip():
    rng = np.random.default_rng(1)
    n = 40_000
    lo = rng.uniform(1850, 2015, n)
    hi = (
        lo
        + rng.choice([0, 1 / 365, 1 / 12, 1, 10], n)
        + np.where(rng.random(n) < 0.3, rng.exponential(3, n), 0)
    )
    keep = rng.random(n) < 0.6
    index = StripIndex(StripClasses.build(lo, hi), keep)
    chosen = np.flatnonzero(keep)
    marks = EpisodeMarks([], [], lo[chosen], hi[chosen])
    for view in ((1846, 2018), (1990, 1991), (1996.5, 1996.6), (1900, 1930), (1950, 2015.5)):
        covered, markers = _strip_columns(marks, *view, 60.5, 1200.0)
        fast_covered, fast_markers = index.columns(*view, 60.5, 1200.0)
        assert np.array_equal(fast_covered, covered if covered is not None else fast_covered * 0)
        # Markers agree inside the plot (at its very edges an episode just out of view may
        # still mark the column it would be drawn in, half clipped).
        inner = range(int(60.5 / 3) + 2, int(1260.5 / 3) - 1)
        assert {c for c in markers if c in inner} == {c for c in fast_markers if c in inner}


def shown_panes(qtbot, store) -> tuple:
    """A session on `store` and the timeline and the chart shown on it, at 1366×768."""
    session = make_session(store)
    window = PanesWindow(session)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return session, window


@pytest.mark.slow
def test_a_large_store_is_drawn_once_its_episodes_arrive(qtbot, large_store):
    session, window = shown_panes(qtbot, large_store)
    timeline, chart = window.timeline, window.chart
    # The panes are up before the episodes: they arrive from the loading thread.
    qtbot.waitUntil(lambda: len(timeline.model.columns) == LARGE, timeout=30_000)
    qtbot.waitUntil(lambda: chart.marks is not None and len(chart.marks.ids) == LARGE)
    assert timeline.footer.status_text().startswith("24,000 episodes")
    canvas = timeline.plot.canvas
    qtbot.waitUntil(lambda: bool(canvas.lanes))
    assert {lane.key for lane in canvas.lanes} >= {"economy", "diplomacy"}
    assert sum(lane.layout.visible for lane in canvas.lanes) >= LARGE * 0.9

    # A filter: the worker answers, the panes map its mask onto their rows off the UI thread.
    session.state.set_filters(Filters(text="hostage"), origin="test")
    queries = episode_queries(session)
    qtbot.waitUntil(lambda: queries.result_for(session.state.filters) is not None)
    expected = len(queries.result.order)
    assert 0 < expected < LARGE / 50  # hostages are taken in ~0.5 % of generated episodes
    conn = session.store
    qtbot.waitUntil(lambda: timeline.model.n_shown == expected, timeout=30_000)
    qtbot.waitUntil(lambda: chart.marks is not None and len(chart.marks.ids) == expected)
    assert timeline.footer.status_text().startswith(f"{expected} of 24,000 episodes")

    # Labels and hover cards read only the shown episodes' words, from the store.
    timeline.fit_all()
    qtbot.waitUntil(lambda: any(lane.layout.placed for lane in canvas.lanes))
    placed = next(p for lane in canvas.lanes for p in lane.layout.placed)
    rowid = int(timeline.model.columns.rowids[placed.episode])
    title = conn.execute("SELECT title FROM episodes WHERE rowid = ?", (rowid,)).fetchone()[0]
    assert timeline.model.columns.titles[placed.episode] == title
    assert len(timeline.model.columns._texts) < 1_000
    window.close()


def test_a_lanes_extent_is_that_of_its_kept_episodes():
    rng = np.random.default_rng(8)
    n = 5_000
    lo = rng.uniform(1850, 2010, n)
    hi = lo + rng.exponential(2, n)
    codes = rng.integers(0, 2, n)
    entries = LaneEntries.build(np.arange(n), codes, ["a", "b"], lo, hi)
    for keep in (None, rng.random(n) < 0.01, np.zeros(n, dtype=bool)):
        index = LaneIndex((), (), lo, hi, "kind", keep, entries)
        for code, key in enumerate(["a", "b"]):
            mine = (codes == code) & (True if keep is None else keep)
            expected = (lo[mine].min(), hi[mine].max()) if mine.any() else None
            assert index.extent(key) == expected


def test_pane_arrays_deliver_only_the_newest_job(qtbot):
    from explorer.ui.episode_columns import PaneArrays

    arrays = PaneArrays()
    delivered: list[int] = []
    for n in range(5):
        arrays.run("timeline", lambda n=n: n * n, delivered.append)
    qtbot.waitUntil(lambda: 16 in delivered, timeout=5_000)
    qtbot.wait(50)
    assert delivered == [16]  # the four older answers were dropped


def test_a_pane_behind_another_does_its_filter_work_when_shown(qtbot, large_store):
    """The chart behind the Timeline workspace makes no marks while the user types; shown, it
    makes them for the filter of that moment, and the timeline meanwhile follows each one."""
    session, window = shown_panes(qtbot, large_store)
    timeline, chart = window.timeline, window.chart
    qtbot.waitUntil(lambda: chart.marks is not None and len(chart.marks.ids) == LARGE,
                    timeout=30_000)  # fmt: skip
    arrays = chart.shared.arrays
    chart.hide()
    made: list[str] = []
    chart_marks = chart._on_marks_ready
    chart._on_marks_ready = lambda *args: (made.append("chart"), chart_marks(*args))
    queries = episode_queries(session)
    for text in ("hostage", "treaty"):
        session.state.set_filters(Filters(text=text), origin="test")
        qtbot.waitUntil(lambda: queries.result_for(session.state.filters) is not None)
        expected = len(queries.result.order)
        qtbot.waitUntil(lambda n=expected: timeline.model.n_shown == n, timeout=30_000)
    qtbot.wait(100)
    assert made == [] and arrays.waiting == {"chart"}
    assert len(chart.marks.ids) == LARGE  # still the marks of before the filters

    chart.show()
    qtbot.waitUntil(lambda: len(chart.marks.ids) == expected, timeout=30_000)
    assert made == ["chart"]  # once, for the newest filter only
    assert arrays.waiting == set()
    window.close()
