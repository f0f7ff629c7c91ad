"""Year 0 of a comparison is the year the source names, not the fuzzy lower bound."""

from __future__ import annotations

import dataclasses

import pytest

# The store builder's date parser: the build extra (the minimum-versions check runs without it).
pytest.importorskip("edtf")

from explorer.build.dates import bounds
from explorer.core.compare import load_facts, named_year
from explorer.core.compare_series import aligned_points

scenario = pytest.importorskip("notes_scenario_store")


@pytest.mark.parametrize(
    ("edtf", "year"),
    [
        ("1990~", 1990),
        ("1990?", 1990),
        ("1990%", 1990),
        ("1992-03~", 1992),
        ("2015-05?", 2015),
        ("1963-04-01", 1963),
        ("196X", 1960),
        ("19XX", 1900),
        ("196X/198X", 1960),
        ("1991/1992-04-05", 1991),
        ("[1900..1939]", 1900),
        ("{1968,1970}", 1968),
        ("-0050", -50),
        ("", None),
        ("unknown", None),
    ],
)
def test_named_year_of_an_edtf(edtf, year):
    assert named_year(edtf) == year


def test_a_circa_episode_is_aligned_on_the_year_it_names(scenario_conn):
    (hostage,) = load_facts(scenario_conn, [scenario.HOSTAGE])
    circa = dataclasses.replace(hostage, start_edtf="1996~", end_edtf=None, start_lo=1995.0)
    assert circa.start_year == 1996  # "c. 1996": not 1995, the fuzzy lower bound
    exact = {
        p.offset: p.value for p in aligned_points(scenario_conn, scenario.GRANT, hostage, (-5, 5))
    }
    fuzzy = {
        p.offset: p.value for p in aligned_points(scenario_conn, scenario.GRANT, circa, (-5, 5))
    }
    assert fuzzy == exact and 0 in fuzzy


def test_year_zero_of_every_stored_episode_is_the_year_its_date_names(store):
    """Derived from the bundled store: never before the named year (a '~' or '?' start)."""
    rows = store.execute("SELECT id, start_edtf, start_lo FROM episodes").fetchall()
    facts = load_facts(store, [r[0] for r in rows])
    for fact, (_id, edtf, start_lo) in zip(facts, rows, strict=True):
        named = named_year(edtf)
        assert fact.start_year == (named if named is not None else int(start_lo // 1))
        if edtf.endswith(("~", "?")) and "/" not in edtf:
            # The bound is widened below the date named (a month for "c. Mar 1992", a year for
            # "c. 1990"); year 0 stays the year named, not the bound's.
            named_start = bounds(edtf).strict_lo
            assert start_lo < named_start
            assert fact.start_year == int(named_start // 1)
