"""The search indexes are external-content FTS5 tables over the tables they index.

Datasette links an FTS table to its table only through `content="<table>"` in the DDL; that is
what makes `episodes?_search=` search instead of silently returning every row.
"""

from __future__ import annotations

import shutil
import sqlite3

import pytest

INDEXES = {"episodes_fts": "episodes", "passages_fts": "passages", "actors_fts": "actors"}


@pytest.mark.parametrize(("index", "table"), INDEXES.items())
def test_index_names_its_content_table_as_datasette_expects(store, index, table):
    sql = store.execute("SELECT sql FROM sqlite_master WHERE name = ?", (index,)).fetchone()[0]
    assert f'content="{table}"' in sql
    indexed = store.execute(f"SELECT COUNT(*) FROM {index}").fetchone()[0]
    assert indexed == store.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] > 0


def test_indexes_agree_with_their_tables(store_path, tmp_path):
    # integrity-check with rank 1 also compares the index with the content table's rows.
    copy = tmp_path / "copy.db"
    shutil.copy(store_path, copy)
    conn = sqlite3.connect(copy)
    for index in INDEXES:
        conn.execute(f"INSERT INTO {index} ({index}, rank) VALUES ('integrity-check', 1)")
    conn.close()


def test_ids_read_through_the_index_are_the_matching_rows(store):
    hits = store.execute(
        "SELECT f.episode_id, e.title FROM episodes_fts f JOIN episodes e ON e.rowid = f.rowid"
        " WHERE episodes_fts MATCH 'hostage' ORDER BY rank"
    ).fetchall()
    assert hits, "no episode matches 'hostage'"
    for episode_id, title in hits:
        text = store.execute(
            "SELECT title || ' ' || summary || ' ' || actors || ' ' || quotes FROM episodes"
            " WHERE id = ?",
            (episode_id,),
        ).fetchone()[0]
        assert "hostage" in text.lower(), title
    actor = store.execute(
        "SELECT actor_id FROM actors_fts WHERE actors_fts MATCH '\"shining path\"'"
    ).fetchall()
    assert [row[0] for row in actor] == ["sendero-luminoso"]
