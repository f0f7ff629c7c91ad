"""Detail records, citations, passages and listings."""

from __future__ import annotations

import pytest

from explorer.store import details, sources
from explorer.store.tables import LISTINGS, listing_ids, listing_rows
from tests.store.synthetic import PUBLIC_TEXT


def test_episode_detail_has_actors_roles_and_citations(synthetic):
    record = details.episode(synthetic, "1996-hostage-crisis")
    assert record["date_text"] == "December 17, 1996 – April 22, 1997"
    roles = {a["id"]: a["roles"] for a in record["actors"]}
    assert roles == {"PER": "host", "JPN": "victim", "mrta": "perpetrator"}
    (cite,) = record["citations"]
    assert cite["quote"] == "MRTA guerrillas seized the Japanese ambassador's residence in Lima"
    assert cite["locator"] == "§ Fujimori, ¶2"
    assert cite["short_title"] == "Public study" and cite["has_full_text"]


def test_disputed_episode_lists_both_claims(synthetic):
    record = details.episode(synthetic, "1991-fujimori-visits-tokyo")
    assert record["disputed"] == 1
    assert [(c["value_text"], c["source_id"]) for c in record["claims"]] == [
        ("March 1991", "pd"), ("1992", "cr")]  # fmt: skip


def test_unknown_ids_give_none(synthetic):
    assert details.episode(synthetic, "no-such") is None
    assert details.actor(synthetic, "no-such") is None
    assert sources.passage(synthetic, 99999) is None
    assert sources.source_record(synthetic, "no-such") is None


def test_passage_bounds_locate_the_quote_in_the_full_text(synthetic):
    record = details.episode(synthetic, "1996-hostage-crisis")
    passage = sources.passage(synthetic, record["citations"][0]["passage_id"])
    text = sources.full_text(synthetic, passage["source_id"])
    assert text == PUBLIC_TEXT
    assert text[passage["char_start"] : passage["char_end"]] == passage["quote"]


def test_copyrighted_source_has_no_full_text(synthetic):
    assert sources.full_text(synthetic, "cr") is None
    assert sources.source_record(synthetic, "cr")["has_full_text"] == 0


def test_passage_citers_name_what_rests_on_it(synthetic):
    record = details.episode(synthetic, "1996-hostage-crisis")
    citers = sources.passage_citers(synthetic, record["citations"][0]["passage_id"])
    assert citers == [("episode", "1996-hostage-crisis", "Japanese embassy hostage crisis")]


def test_series_observation_period_and_actor_details(synthetic):
    series = details.series(synthetic, "cr-t1-exports")
    assert [o["value_text"] for o in series["observations"]] == ["450.5", "512.0", "498.25"]
    observation = details.observation(synthetic, "cr-t1-exports@1991")
    assert observation["citations"][0]["locator"] == "Table 1, row 1991"
    period = details.period(synthetic, "presidency-fujimori")
    assert period["actor_name"] == "Alberto Fujimori" and period["citations"]
    actor = details.actor(synthetic, "JPN")
    assert actor["aliases"] == ["Nippon"]
    assert [e["id"] for e in actor["episodes"]][0] == "195X-fishmeal-exports"


@pytest.mark.parametrize("name", sorted(LISTINGS))
def test_listings_sort_by_every_column(synthetic, name):
    for key, _sql in LISTINGS[name].columns:
        ascending = listing_ids(synthetic, name, "", key, False)
        descending = listing_ids(synthetic, name, "", key, True)
        assert sorted(ascending) == sorted(descending)
        rows = listing_rows(synthetic, name, ascending)
        assert set(rows) == set(ascending)


def test_listings_search(synthetic):
    assert listing_ids(synthetic, "actors", "MRTA") == ["mrta"]
    assert listing_ids(synthetic, "actors", '"unbalanced') == []  # falls back, never raises
    assert listing_ids(synthetic, "series", "exports") == ["cr-t1-exports"]
    assert listing_ids(synthetic, "sources", "copyrighted") == ["cr"]


def test_bundled_listings_count_their_tables(store):
    for name in LISTINGS:
        total = store.execute(f"SELECT COUNT(*) FROM {name}").fetchone()[0]
        assert len(listing_ids(store, name)) == total
