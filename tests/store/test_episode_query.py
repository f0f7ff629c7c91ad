"""The packed-column query layer answers exactly what the SQL reference (store.episodes and
store.facets) answers, on a generated store, for every kind of filter and sort."""

from __future__ import annotations

import re
import sqlite3

import numpy as np
import pytest

# The store builder's date parser: the build extra (the minimum-versions check runs without it).
pytest.importorskip("edtf")

from explorer.build.synthetic import make_store
from explorer.store import speedups
from explorer.store.bundled import open_store
from explorer.store.episode_index import EpisodeIndex
from explorer.store.episode_query import (
    EpisodeIds,
    EpisodeRequest,
    expand_prefixes,
    facet_counts_fast,
    facets_for,
    rows_at,
    run_episode_query,
)
from explorer.store.episodes import episode_rows, matching_ids
from explorer.store.facets import facet_counts
from explorer.store.filters import Filters

CASES = [
    Filters(),
    Filters(text="hostage"),
    Filters(text="japan"),
    Filters(text="ja"),
    Filters(text="fishmeal OR copper"),
    Filters(text="Japan NOT china"),
    Filters(text='"trade mission"'),
    Filters(text='"unbalanced'),  # malformed: searched as plain words
    Filters(kinds=frozenset({"trade", "aid"})),
    Filters(actors=frozenset({"JPN", "alberto-fujimori"})),
    Filters(decades=frozenset({1980, 1990})),
    Filters(date_from=1985.0, date_to=1991.0),
    Filters(
        text="loan",
        kinds=frozenset({"finance", "aid"}),
        decades=frozenset({1990}),
        actors=frozenset({"JPN"}),
        date_from=1985.0,
        date_to=2001.0,
    ),  # fmt: skip
    Filters(kinds=frozenset({"no-such-kind"})),
]


def _case_id(filters: Filters) -> str:
    """A test id that is the same in every process: a set's repr follows the hash seed, and
    pytest-xdist's workers must collect the same ids."""
    text = repr(filters)
    for found in re.findall(r"frozenset\(\{[^}]*\}\)", text):
        text = text.replace(found, "{" + ", ".join(sorted(found[11:-2].split(", "))) + "}")
    return text[8:60]


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    path = make_store(tmp_path_factory.mktemp("gen") / "gen.db", 3000, seed=3)
    conn = open_store(path)
    yield conn, EpisodeIndex(conn)
    conn.close()


def _ids(conn, index, positions) -> list[str]:
    return EpisodeIds(conn, index, np.asarray(positions)).__getitem__(slice(None))


@pytest.mark.parametrize("filters", CASES, ids=_case_id)
@pytest.mark.parametrize("order", [("date", False), ("title", True), ("end", False),
                                   ("kind", True), ("actors", False), ("citations", True)])  # fmt: skip
def test_order_matches_the_sql_reference(generated, filters, order):
    conn, index = generated
    result = run_episode_query(conn, index, EpisodeRequest(filters, *order))
    assert _ids(conn, index, result.order) == matching_ids(conn, filters, *order)


@pytest.mark.parametrize("filters", CASES, ids=_case_id)
def test_facets_match_the_sql_reference(generated, filters):
    conn, index = generated
    reference = facet_counts(conn, filters)
    result = run_episode_query(conn, index, EpisodeRequest(filters))
    assert facets_for(index, result) == reference
    assert facet_counts_fast(conn, index, filters) == reference


def test_first_page_comes_before_the_rest_and_agrees_with_it(generated):
    conn, index = generated
    assert index.rowid_is_date_order and index.fts_rowids_aligned
    pages = []
    request = EpisodeRequest(Filters(text="japan", kinds=frozenset({"trade"})), "date", True)
    result = run_episode_query(conn, index, request, pages.append, page=50)
    assert len(pages) == 1 and len(pages[0].positions) == 50
    assert list(pages[0].positions) == list(result.order[:50])
    assert len(result.order) > 50


def test_rows_read_by_position_are_the_table_rows(generated):
    conn, index = generated
    result = run_episode_query(conn, index, EpisodeRequest(Filters(text="hostage")))
    rows = rows_at(conn, index, result.order[:20])
    by_id = episode_rows(conn, [r["id"] for r in rows])
    assert rows == [by_id[r["id"]] for r in rows]
    ids = EpisodeIds(conn, index, result.order)
    assert ids.index(ids[7]) == 7 and list(ids)[:20] == [r["id"] for r in rows]


def test_a_prefix_becomes_its_few_words(generated):
    conn, _ = generated
    assert expand_prefixes(conn, '"Japa"*') == '("japan")'
    assert expand_prefixes(conn, '"zzz"*') == '"zzz"*'  # no such word: left to FTS5


def test_a_store_without_speedups_is_answered_the_same(generated, tmp_path):
    conn, index = generated
    bare = tmp_path / "bare.db"
    copy = sqlite3.connect(bare)
    conn.backup(copy)
    copy.execute("DROP TABLE speedup_columns")
    copy.execute("DROP TABLE speedup_terms")
    copy.commit()
    copy.close()
    plain = open_store(bare)
    computed = EpisodeIndex(plain)
    assert not computed.precomputed
    filters = Filters(text="ja", decades=frozenset({1990}))
    a = run_episode_query(plain, computed, EpisodeRequest(filters))
    b = run_episode_query(conn, index, EpisodeRequest(filters))
    assert list(a.order) == list(b.order)
    assert speedups.load_columns(plain) is None
    plain.close()


def test_counting_facets_stops_between_facets_when_asked(generated):
    """A newer query stops the counts of an obsolete one at the next facet (numpy cannot be
    interrupted as SQLite is); left alone, the counts are those of the reference."""
    conn, index = generated
    filters = Filters(text="japan")
    result = run_episode_query(conn, index, EpisodeRequest(filters, "date", False))
    calls: list[int] = []

    class Newer(Exception):
        pass

    def superseded_after_one() -> None:
        calls.append(1)
        if len(calls) > 1:
            raise Newer

    with pytest.raises(Newer):
        facets_for(index, result, superseded_after_one)
    assert len(calls) == 2  # the first facet was counted, the second never started
    counted = facets_for(index, result, lambda: None)
    assert counted.total == len(result.order)
    assert counted == facet_counts(conn, filters)
