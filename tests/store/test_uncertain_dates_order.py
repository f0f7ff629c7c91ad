"""Approximate dates sort and count where they most likely lie, not at their fuzzy edges."""

from __future__ import annotations

from explorer.core.state import Filters
from explorer.store.episodes import matching_ids
from explorer.store.facets import decade_counts


def _approximate_in(store, year: int) -> str:
    row = store.execute(
        "SELECT id FROM episodes WHERE start_edtf = ? AND end_edtf IS NULL LIMIT 1", (f"{year}~",)
    ).fetchone()
    assert row, f"the store has a point episode dated c. {year}"
    return row["id"]


def test_circa_1997_sorts_after_episodes_of_1996(store):
    circa = _approximate_in(store, 1997)
    ordered = matching_ids(store, Filters(), order_by="start")
    plain_1996 = [
        r["id"]
        for r in store.execute("SELECT id FROM episodes WHERE start_edtf LIKE '1996%'")
        if r["id"] in ordered
    ]
    assert plain_1996, "the store has episodes dated 1996"
    assert all(ordered.index(circa) > ordered.index(e) for e in plain_1996)


def test_circa_1990_is_in_the_1990s_not_the_1980s(store):
    circa = _approximate_in(store, 1990)
    assert circa in matching_ids(store, Filters(decades=frozenset({1990})))
    assert circa not in matching_ids(store, Filters(decades=frozenset({1980})))


def test_decade_counts_agree_with_the_decade_filter(store):
    for facet in decade_counts(store, Filters(), ""):
        if facet.count:
            assert facet.count == len(
                matching_ids(store, Filters(decades=frozenset({facet.key})))
            ), facet
