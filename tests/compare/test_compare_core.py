"""Comparing episodes without Qt: facts, durations, differences, aligned series, means, CSV."""

from __future__ import annotations

import csv
import io

import pytest

from explorer.core.compare import (
    Comparison,
    clamp_window,
    default_name,
    differences,
    duration,
    find_episodes,
    load_facts,
)
from explorer.core.compare_series import (
    aligned_points,
    before_after,
    comparison_csv,
    suggest_series,
)

scenario = pytest.importorskip("notes_scenario_store")


def _facts(conn):
    return load_facts(conn, [scenario.HUARAL, "no-such-episode", scenario.HOSTAGE])


def test_facts_in_the_order_asked_skipping_unknown_ids(scenario_conn):
    huaral, hostage = _facts(scenario_conn)
    assert (huaral.id, hostage.id) == (scenario.HUARAL, scenario.HOSTAGE)
    assert huaral.start_year == 1991 and hostage.start_year == 1996
    assert {a.name for a in hostage.actors} == {"Peru", "Japan", "MRTA"}
    assert hostage.citations[0].locator.startswith("§ Fujimori and Japan")


def test_durations_exact_to_the_day_when_known(scenario_conn):
    huaral, hostage = _facts(scenario_conn)
    assert duration(huaral).point
    assert duration(hostage).days == 127  # 17 December 1996 to 22 April 1997, both included


def test_differences_name_the_rows_and_the_shared_actors(scenario_conn):
    facts = _facts(scenario_conn)
    diff = differences(facts, note_counts=[1, 0])
    assert {"start", "duration", "actors", "notes"} <= diff.rows
    assert "kind" not in diff.rows  # both are security episodes
    assert diff.shared_actors == {"PER", "JPN"}
    assert differences(facts[:1]).rows == frozenset()


def test_aligned_points_in_the_window_and_yearly_only(scenario_conn):
    huaral, hostage = _facts(scenario_conn)
    points = aligned_points(scenario_conn, scenario.GRANT, hostage, (-5, 5))
    expected = {year - 1996: v[0] for year, v in scenario.TABLE3.items() if 1991 <= year <= 2001}
    assert {p.offset: p.value for p in points} == expected
    assert all("/" not in p.period for p in points)  # the 1989/1993 average is left out
    assert points[0].locator == "Table 3, row 1991" and points[0].source == "Peru and Japan"
    narrow = aligned_points(scenario_conn, scenario.GRANT, huaral, (-1, 1))
    assert [p.offset for p in narrow] == [-1.0, 0.0, 1.0]


def test_mean_before_and_after(scenario_conn):
    _, hostage = _facts(scenario_conn)
    summary = before_after(
        scenario.GRANT, hostage.id, aligned_points(scenario_conn, scenario.GRANT, hostage, (-5, 5))
    )
    before = [scenario.TABLE3[y][0] for y in range(1991, 1996)]
    after = [scenario.TABLE3[y][0] for y in range(1996, 2001)]
    assert summary.before_n == 5 and abs(summary.before - sum(before) / 5) < 1e-9
    assert summary.after_n == 5 and abs(summary.after - sum(after) / 5) < 1e-9
    assert abs(summary.change - (summary.after - summary.before)) < 1e-9
    assert summary.change_pct < 0  # grant aid fell after the hostage crisis
    empty = before_after("s", "e", [])
    assert empty.before is None and empty.change is None and empty.change_pct is None


def test_suggested_series_have_data_around_every_episode(scenario_conn):
    facts = _facts(scenario_conn)
    suggested = suggest_series(scenario_conn, facts, (-5, 5))
    assert set(suggested) == {scenario.GRANT, scenario.TECH}  # Figure 1 ends in 1989
    assert suggest_series(scenario_conn, [], (-5, 5)) == []


def test_csv_has_every_value_with_citation_and_the_means(scenario_conn):
    facts = _facts(scenario_conn)
    rows = list(
        csv.DictReader(io.StringIO(comparison_csv(scenario_conn, facts, [scenario.GRANT], (-5, 5))))
    )
    values = [r for r in rows if r["measure"] == "value"]
    assert len(values) == 8 + 10  # 1989–1996 around Huaral, 1991–2000 around the crisis
    row = next(r for r in values if r["episode_id"] == scenario.HOSTAGE and r["period"] == "1997")
    assert row["years_from_start"] == "1" and row["value_text"] == "16.17"
    assert row["locator"] == "Table 3, row 1997"
    measures = [r["measure"] for r in rows if r["measure"] != "value"]
    assert measures == ["mean_before", "mean_after", "change"] * 2


def test_comparison_payload_round_trip_and_window_limits():
    comparison = Comparison(("a", "b"), ("s",), (-3, 7))
    assert Comparison.from_payload(comparison.to_payload()) == comparison
    assert Comparison.from_payload({"episodes": list("abcdef"), "window": "bad"}).window == (-5, 5)
    assert len(Comparison.from_payload({"episodes": list("abcdef")}).episodes) == 4
    assert clamp_window(3, -2) == (0, 1) and clamp_window(-99, 99) == (-30, 30)


def test_find_episodes_and_default_name(scenario_conn):
    found = find_episodes(scenario_conn, "hostage")
    assert [f[0] for f in found] == [scenario.HOSTAGE]
    assert len(find_episodes(scenario_conn, "")) == 3
    assert default_name(_facts(scenario_conn)) == (
        "Huaral killings of JICA experts (1991) vs Japanese embassy hostage crisis (1996)"
    )
