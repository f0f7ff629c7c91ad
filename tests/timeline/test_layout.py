"""Qt-free rules of the timeline: typed ranges, rows, decluttering, ticks, level of detail."""

from __future__ import annotations

import numpy as np
import pytest

from explorer.core import timeline_layout as tl
from explorer.core.lod import LaneIndex, labelled_candidates, layout_lane


@pytest.mark.parametrize(
    "text, expected",
    [
        ("1985–1990", (1985.0, 1991.0)),
        ("1985-1990", (1985.0, 1991.0)),
        ("1985 to 1990", (1985.0, 1991.0)),
        ("1990s", (1990.0, 2000.0)),
        ("1996", (1996.0, 1997.0)),
        ("1996-12", (1996 + 11 / 12, 1997.0)),
        ("1850s–1870s", (1850.0, 1880.0)),
    ],
)
def test_typed_ranges(text, expected):
    assert tl.parse_range(text) == pytest.approx(expected)


@pytest.mark.parametrize(
    "text, message",
    [
        ("", "Type a year"),
        ("soon", "not a range"),
        ("1990-1980", "ends before"),
        ("1996-13", "not a month"),
        ("2500", "covers"),
    ],
)
def test_bad_ranges_say_why(text, message):
    with pytest.raises(tl.RangeError, match=message):
        tl.parse_range(text)


def test_format_range_reads_back():
    assert tl.format_range(1985.0, 1991.0) == "1985–1990"
    assert tl.parse_range(tl.format_range(1985.0, 1991.0)) == (1985.0, 1991.0)


def test_pack_rows_never_overlaps():
    extents = [(0, 10), (5, 20), (12, 30), (40, 50)]
    rows = tl.pack_rows(extents, 2)
    assert rows == [0, 1, -1, 0]


def test_declutter_prefers_priority_and_avoids_overlap():
    shown = tl.declutter([(0, 50), (40, 90), (100, 120)], priorities=[1, 5, 1])
    assert shown == [False, True, True]


def test_ticks_follow_zoom():
    majors, _, style = tl.year_ticks(1849, 2015, 1200)
    assert style == "year" and all(y % 10 == 0 for y in majors)
    majors, _, style = tl.year_ticks(1996.5, 1997.5, 1200)
    assert style == "month" and tl.tick_label(majors[0], style).split()[0] in (
        "Jul",
        "Aug",
        "Sep",
        "Oct",
    )


def test_lanes_by_partner_repeat_shared_episodes():
    indices, keys = tl.lane_entries(["treaty", "visit"], [("JPN", "CHN"), ()], "partner")
    assert list(zip(indices, keys, strict=True)) == [(0, "JPN"), (0, "CHN"), (1, tl.NO_PARTNER)]
    assert tl.lane_order(keys, "partner") == ["JPN", "CHN", tl.NO_PARTNER]


def test_zoom_keeps_the_anchor_and_clamps():
    lo, hi = tl.zoom_about(1900, 2000, 1950, 0.5)
    assert (lo, hi) == (1925, 1975)
    lo, hi = tl.clamp_range(1800, 1810)
    assert lo == tl.TIME_MIN and hi == pytest.approx(tl.TIME_MIN + 10)


def _index(n, rng):
    lo = rng.uniform(1850, 2010, n)
    return LaneIndex(["trade"] * n, [()] * n, lo, lo + 0.01, "kind"), lo


def test_sparse_lane_is_drawn_episode_by_episode():
    index, lo = _index(20, np.random.default_rng(1))
    layout = layout_lane(index, "economy", 1849, 2015, 1200, 0, 3, ["x"] * 20, lambda i: 30)
    assert not layout.aggregated
    assert len(layout.placed) + sum(b.count for b in layout.overflow) == 20


def test_labels_to_read_are_known_before_the_layout():
    # The canvas reads every lane's labels in one query before laying any out: the episodes
    # it is told of must be exactly those the layout then measures.
    index, lo = _index(200, np.random.default_rng(4))
    for view, rows in (((1849, 2015), 3), ((1900, 1930), 3), ((1849, 2015), 0)):
        told: list[int] = []
        measured: list[int] = []

        def measure(episode: int, measured=measured) -> float:
            measured.append(episode)
            return 30.0

        layout = layout_lane(
            index, "economy", *view, 1200, 0, rows, ["x"] * 200, measure,
            prefetch=lambda episodes, told=told: told.extend(episodes.tolist()),
        )  # fmt: skip
        wanted = labelled_candidates(index, "economy", *view, 1200, rows)
        assert sorted(wanted.tolist()) == sorted(told) == sorted(measured)
        assert len(measured) == (0 if layout.aggregated else layout.visible)
    dense, _ = _index(50_000, np.random.default_rng(2))
    assert len(labelled_candidates(dense, "economy", 1900, 1950, 1000, 3)) == 0  # aggregated


def test_dense_lane_is_aggregated_with_exact_counts():
    index, lo = _index(50_000, np.random.default_rng(2))
    layout = layout_lane(index, "economy", 1900, 1950, 1000, 0, 3, [""] * 50_000, lambda i: 30)
    assert layout.aggregated
    assert layout.visible == int(((lo < 1950) & (lo + 0.01 >= 1900)).sum())
    for bucket in layout.buckets:  # each count: the episodes overlapping that bucket
        assert bucket.count == int(((lo < bucket.hi) & (lo + 0.01 >= bucket.lo)).sum())


def test_selected_episode_is_always_drawn():
    index, lo = _index(50_000, np.random.default_rng(3))
    chosen = int(np.argmin(np.abs(lo - 1925)))
    layout = layout_lane(
        index, "economy", 1900, 1950, 1000, 0, 3, [""] * 50_000, lambda i: 30, must_show=chosen
    )
    assert [p.episode for p in layout.placed] == [chosen]
