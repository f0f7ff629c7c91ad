"""Reading a field's provenance: from the bundled store, and from a store that predates it."""

from __future__ import annotations

import sqlite3

from explorer.store.provenance import for_subject


def test_a_curators_note_comes_with_its_reference(store):
    found = for_subject(store, "actor", "ollanta-humala")
    assert found["note"]["basis"] == "curator" and "2011–16" in found["note"]["reference"]


def test_a_source_basis_comes_with_the_words(store):
    found = for_subject(store, "source", "pj2003")
    assert found["year"]["quote"] == "This article was written in late 2003."
    assert found["year"]["short_title"] and found["year"]["locator"]


def test_a_store_without_the_table_has_no_provenance():
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE actors (id TEXT)")
    assert for_subject(conn, "actor", "PER") == {}
