"""Which episodes match which filters, in which order — on the known synthetic store, and
against plain-Python recomputation on the bundled store (whose contents keep growing)."""

from __future__ import annotations

import pytest

from explorer.core.state import Filters
from explorer.store.episodes import ORDERS, episode_rows, matching_ids, search_episodes

HOSTAGE, FISHMEAL = "1996-hostage-crisis", "195X-fishmeal-exports"
VISIT, CHINA = "1991-fujimori-visits-tokyo", "1971-china-relations"


def ids(conn, **filters):
    return matching_ids(conn, Filters(**filters))


def test_no_filters_lists_every_episode_by_start(synthetic):
    assert ids(synthetic) == [FISHMEAL, CHINA, VISIT, HOSTAGE]


def test_text_is_prefix_matched_over_title_summary_actors_and_quotes(synthetic):
    assert ids(synthetic, text="hostage") == [HOSTAGE]
    assert ids(synthetic, text="fuji") == [VISIT]  # prefix of Fujimori
    assert ids(synthetic, text="MRTA") == [HOSTAGE]  # an actor's alias
    assert ids(synthetic, text="guerrillas seized") == [HOSTAGE]  # words of the quote
    assert ids(synthetic, text="Japan fishmeal") == [FISHMEAL]


def test_kinds_are_any_of_and_actors_all_of(synthetic):
    assert ids(synthetic, kinds=frozenset({"trade", "visit"})) == [FISHMEAL, VISIT]
    assert ids(synthetic, actors=frozenset({"JPN"})) == [FISHMEAL, VISIT, HOSTAGE]
    assert ids(synthetic, actors=frozenset({"JPN", "PER"})) == [FISHMEAL, HOSTAGE]
    assert ids(synthetic, actors=frozenset({"JPN", "CHN"})) == []


def test_decades_count_every_decade_a_span_overlaps(synthetic):
    assert ids(synthetic, decades=frozenset({1960})) == [FISHMEAL]  # 1950s–1960s
    assert ids(synthetic, decades=frozenset({1970, 1990})) == [CHINA, VISIT, HOSTAGE]


@pytest.mark.parametrize(
    "date_from, date_to, expected",
    [
        (1985.0, 1991.0, []),  # "active during 1985–1990": nothing overlaps
        (1991.0, 1992.0, [VISIT]),
        (1997.0, 1998.0, [HOSTAGE]),  # the siege began in 1996 but was active in 1997
        (1965.0, 1966.0, [FISHMEAL]),  # inside a long span
        (None, 1960.0, [FISHMEAL]),  # open start
        (1996.5, None, [HOSTAGE]),  # open end
        (
            1972.0,
            1991.0,
            [],
        ),  # CHINA ends at the start of 1972 exactly: touching is not overlapping
    ],
)
def test_date_range_uses_overlap(synthetic, date_from, date_to, expected):
    assert ids(synthetic, date_from=date_from, date_to=date_to) == expected


def test_filters_combine(synthetic):
    assert ids(synthetic, text="japan", kinds=frozenset({"trade", "security"}),
               date_from=1990.0, date_to=2000.0) == [HOSTAGE]  # fmt: skip


@pytest.mark.parametrize("order", sorted(ORDERS))
def test_every_order_runs_and_descending_reverses_it(synthetic, order):
    filters = Filters(text="japan") if order == "relevance" else Filters()
    ascending = matching_ids(synthetic, filters, order, False)
    descending = matching_ids(synthetic, filters, order, True)
    assert sorted(ascending) == sorted(descending)
    if order in ("title", "start", "end"):
        assert ascending == list(reversed(descending))


def test_title_order_is_alphabetical(synthetic):
    rows = episode_rows(synthetic, ids(synthetic))
    titles = [rows[i]["title"] for i in matching_ids(synthetic, Filters(), "title")]
    assert titles == sorted(titles, key=str.lower)


def test_malformed_search_reports_fallback_and_searches_words(synthetic):
    result = search_episodes(synthetic, Filters(text='"hostage crisis'))
    assert result.fallback
    assert result.ids == [HOSTAGE]
    assert not search_episodes(synthetic, Filters(text="hostage crisis")).fallback


def test_rows_carry_what_the_table_shows(synthetic):
    row = episode_rows(synthetic, [HOSTAGE])[HOSTAGE]
    assert row["title"] == "Japanese embassy hostage crisis"
    assert row["actors"] == "Japan, Peru, Túpac Amaru Revolutionary Movement"
    assert row["citations"] == 1


# --- the bundled store: expectations recomputed in Python from its own rows -----------------


def _all(store):
    return store.execute("SELECT id, kind, start_lo, end_hi FROM episodes").fetchall()


def test_bundled_date_range_matches_overlap_recomputed(store):
    rows = _all(store)
    if not rows:
        pytest.skip("the bundled store has no episodes yet")
    for lo, hi in ((1985.0, 1991.0), (1900.0, 1901.0), (1849.0, 1880.0), (2000.0, 2016.0)):
        expected = {r[0] for r in rows if r[2] < hi and r[3] > lo}
        assert set(matching_ids(store, Filters(date_from=lo, date_to=hi))) == expected


def test_bundled_kind_filter_matches_recount(store):
    rows = _all(store)
    for kind in {r[1] for r in rows}:
        expected = {r[0] for r in rows if r[1] == kind}
        assert set(matching_ids(store, Filters(kinds=frozenset({kind})))) == expected


@pytest.mark.parametrize("text", ['"unbalanced', "AND", "*", "-", "NEAR(", "japan AND", "(", ")"])
def test_bundled_malformed_searches_never_raise(store, text):
    result = search_episodes(store, Filters(text=text))
    assert result.fallback
