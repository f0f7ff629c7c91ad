"""The listings' counts read from the store's precomputed table equal the counts made live."""

from __future__ import annotations

import sqlite3

import pytest

pytest.importorskip("edtf")  # the store builder's date parser (the build extra)

from explorer.build.synthetic import make_store
from explorer.store import speedups
from explorer.store.bundled import open_store
from explorer.store.tables import listing_ids, listing_rows


@pytest.fixture(scope="module")
def stores(tmp_path_factory):
    folder = tmp_path_factory.mktemp("counts")
    path = make_store(folder / "gen.db", 2000, seed=11)
    bare = folder / "bare.db"  # as a store written before the counts were kept
    with sqlite3.connect(path) as source, sqlite3.connect(bare) as copy:
        source.backup(copy)
        copy.execute("DROP TABLE speedup_counts")
    fast, slow = open_store(path), open_store(bare)
    yield fast, slow
    fast.close()
    slow.close()


@pytest.mark.parametrize(
    "name, order", [("actors", "episodes"), ("sources", "passages"), ("actors", "name")]
)
def test_precounted_listings_show_and_sort_as_counted_live(stores, name, order):
    fast, slow = stores
    for descending in (False, True):
        ids = listing_ids(fast, name, "", order, descending)
        assert ids == listing_ids(slow, name, "", order, descending)
    rows = listing_rows(fast, name, ids)
    assert rows == listing_rows(slow, name, ids)
    counted = "episodes" if name == "actors" else "passages"
    assert max(row[counted] for row in rows.values()) > 0


def test_an_older_store_gets_the_tables_it_lacks(stores, tmp_path):
    fast, _slow = stores
    old = tmp_path / "old.db"
    with sqlite3.connect(old) as copy:
        fast.backup(copy)
        copy.execute("DROP TABLE speedup_counts")
        copy.execute("DROP TABLE speedup_postings")
    with sqlite3.connect(old) as copy:
        assert speedups.add_missing(copy) == ["speedup_postings", "speedup_counts"]
        assert speedups.add_missing(copy) == []
        assert copy.execute("SELECT COUNT(*) FROM speedup_counts").fetchone()[0] > 0
