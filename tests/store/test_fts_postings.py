"""A search answered from the common words' bitmaps finds exactly what FTS5 finds."""

from __future__ import annotations

import sqlite3

import numpy as np
import pytest

pytest.importorskip("edtf")  # the store builder's date parser (the build extra)

from explorer.build.synthetic import make_store
from explorer.store import fts_postings, speedups
from explorer.store.bundled import open_store
from explorer.store.episode_index import EpisodeIndex
from explorer.store.episode_query import EpisodeRequest, expand_prefixes, run_episode_query
from explorer.store.filters import Filters
from explorer.store.search import parse_search

SEARCHES = ["japan", "ja", "japan trade", "japan OR hostage", "japan NOT trade",
            "trade NOT japan OR aid", "japan OR korea AND aid", "peru NOT japan NOT trade",
            "japan AND (aid OR trade) NOT visit", '"trade mission"', "Perú", "fuji", "a",
            "nippon NOT japan", "(japan)", '"unbalanced', "j", "t", "p NOT japan",
            "fish OR a"]  # fmt: skip


@pytest.fixture(scope="module")
def with_bitmaps(tmp_path_factory):
    """A generated store whose common words (in 300+ of its 3,000 episodes) have bitmaps:
    the real threshold (20,000 episodes) would give a store this small none."""
    path = make_store(tmp_path_factory.mktemp("postings") / "gen.db", 3000, seed=5)
    conn = sqlite3.connect(path)
    with conn:
        rowids = np.asarray([r[0] for r in conn.execute("SELECT rowid FROM episodes")])
        speedups.save_postings(conn, np.sort(rowids), least=300)
    conn.close()
    conn = open_store(path)
    yield conn, EpisodeIndex(conn)
    conn.close()


@pytest.mark.parametrize("text", SEARCHES)
def test_a_search_over_bitmaps_matches_fts5(with_bitmaps, text):
    conn, index = with_bitmaps
    assert "japan" in index.posting_words and "hostages" not in index.posting_words
    fts_query = expand_prefixes(conn, parse_search(text)[0])
    by_fts = index._read_fts_list(conn, fts_query)
    assert np.array_equal(index._read_fts_mask(conn, fts_query), by_fts)


def test_the_query_layer_gives_the_same_answer_with_and_without_bitmaps(with_bitmaps):
    conn, index = with_bitmaps
    request = EpisodeRequest(Filters(text="japan NOT trade", decades=frozenset({1990})))
    with_bits = run_episode_query(conn, index, request)
    index._text_cache.clear()
    words, index.posting_words = index.posting_words, {}
    try:
        without = run_episode_query(conn, index, request)
    finally:
        index.posting_words = words
    assert len(with_bits.order) and list(with_bits.order) == list(without.order)


def test_operators_bind_as_in_fts5():
    tree = fts_postings.parse('"a" OR "b" AND "c" NOT "d"')
    assert tree == fts_postings.Op(
        "OR",
        fts_postings.Term('"a"'),
        fts_postings.Op("AND", fts_postings.Term('"b"'),
                        fts_postings.Op("NOT", fts_postings.Term('"c"'), fts_postings.Term('"d"'))),
    )  # fmt: skip
    assert fts_postings.parse('"a" AND') is None and fts_postings.parse('("a"') is None
    # Only a plain ASCII word is looked up as a word; the rest is FTS5's to read.
    tree = fts_postings.parse('"Japan" AND "ja"* AND "Perú" AND "a b"')
    assert [t.word for t in fts_postings.terms(tree)] == ["japan", None, None, None]
    assert fts_postings.parse('"a" "b"') is None  # an implicit AND: never written by us


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("text", ["japan", "a", "j NOT trade"])
def test_the_first_page_from_bitmaps_is_the_start_of_the_answer(with_bitmaps, text, descending):
    conn, index = with_bitmaps
    assert index.answers_from_bitmaps(expand_prefixes(conn, parse_search(text)[0]))
    pages = []
    request = EpisodeRequest(Filters(text=text, kinds=frozenset({"trade", "aid"})), "date",
                             descending)  # fmt: skip
    result = run_episode_query(conn, index, request, pages.append, page=40)
    assert len(pages) == 1 and list(pages[0].positions) == list(result.order[:40])


def test_bitmaps_that_do_not_fit_the_store_are_not_used(with_bitmaps, tmp_path):
    conn, index = with_bitmaps
    odd = tmp_path / "odd.db"
    copy = sqlite3.connect(odd)
    conn.backup(copy)
    with copy:  # a bitmap of the wrong size, and a word that is not text
        copy.execute("UPDATE speedup_postings SET bits = x'00ff' WHERE term = 'japan'")
        copy.execute("INSERT INTO speedup_postings VALUES (7, 1, x'00')")
    copy.close()
    reopened = open_store(odd)
    other = EpisodeIndex(reopened)
    assert 7 not in other.posting_words
    expected = index._read_fts_list(conn, '("japan")')
    assert np.array_equal(other._read_fts_mask(reopened, '("japan")'), expected)
    reopened.close()
