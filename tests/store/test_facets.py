"""Facet counts say exactly how many episodes choosing that value would show."""

from __future__ import annotations

import pytest

from explorer.core.state import Filters
from explorer.store.episodes import matching_ids
from explorer.store.facets import facet_counts


def _with(filters: Filters, facet: str, key) -> Filters:
    return filters.with_changes(**{facet: getattr(filters, facet) | {key}})


FILTER_CASES = [
    Filters(),
    Filters(text="japan"),
    Filters(date_from=1980.0, date_to=2000.0),
    Filters(text="peru", date_from=1900.0, date_to=2016.0),
]


@pytest.mark.parametrize("filters", FILTER_CASES)
def test_bundled_counts_agree_with_the_table(store, filters):
    facets = facet_counts(store, filters)
    assert facets.total == len(matching_ids(store, filters))
    for value in facets.kinds:
        assert value.count == len(matching_ids(store, _with(filters, "kinds", value.key)))
    for value in facets.decades:
        assert value.count == len(matching_ids(store, _with(filters, "decades", value.key)))
    for value in facets.actors[:25]:
        assert value.count == len(matching_ids(store, _with(filters, "actors", value.key)))


def test_any_of_facets_leave_their_own_choice_out(synthetic):
    chosen = Filters(kinds=frozenset({"trade"}))
    kinds = {v.key: v.count for v in facet_counts(synthetic, chosen).kinds}
    # Other kinds still show what adding them would bring.
    assert kinds == {"trade": 1, "visit": 1, "security": 1, "diplomatic": 1}


def test_actor_facet_drills_down(synthetic):
    actors = {
        v.key: v.count for v in facet_counts(synthetic, Filters(actors=frozenset({"JPN"}))).actors
    }
    assert actors["JPN"] == 3
    assert actors["PER"] == 2  # episodes involving both Japan and Peru
    assert "CHN" not in actors


def test_chosen_values_stay_listed_when_nothing_matches(synthetic):
    facets = facet_counts(synthetic, Filters(text="hostage", kinds=frozenset({"trade"}),
                                              actors=frozenset({"CHN"})))  # fmt: skip
    assert facets.total == 0
    assert ("trade", 0) in [(v.key, v.count) for v in facets.kinds] or any(
        v.key == "trade" for v in facets.kinds
    )
    assert any(v.key == "CHN" and v.count == 0 for v in facets.actors)


def test_decades_span_the_store(synthetic):
    decades = facet_counts(synthetic, Filters()).decades
    assert [v.key for v in decades] == list(range(1950, 2000, 10))
    assert {v.key: v.count for v in decades}[1960] == 1


def test_malformed_text_still_counts(synthetic):
    facets = facet_counts(synthetic, Filters(text='"hostage'))
    assert facets.total == 1
