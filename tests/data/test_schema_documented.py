"""docs/schema.md documents every table, column and vocabulary term the store uses."""

from __future__ import annotations

import re

import pytest

from ..conftest import REPO

SCHEMA_DOC = (REPO / "docs" / "schema.md").read_text(encoding="utf-8")


def documented(term: str) -> bool:
    return re.search(rf"`{re.escape(term)}`", SCHEMA_DOC) is not None


def test_every_table_is_documented(store):
    tables = [
        r[0]
        for r in store.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
            "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts_%'"
        )
    ]
    assert [t for t in tables if not documented(t)] == []


@pytest.mark.parametrize(
    "query",
    [
        "SELECT DISTINCT kind FROM episodes",
        "SELECT DISTINCT role FROM episode_actors",
        "SELECT DISTINCT kind FROM actors",
        "SELECT DISTINCT kind FROM periods",
        "SELECT DISTINCT indicator FROM series",
        "SELECT DISTINCT unit FROM series",
        "SELECT DISTINCT flag FROM observations WHERE flag IS NOT NULL",
    ],
)
def test_every_vocabulary_term_in_use_is_documented(store, query):
    terms = [r[0] for r in store.execute(query)]
    assert [t for t in terms if not documented(t)] == []


def test_the_oda_example_query_answers_the_question(store):
    """The doc's first example: Japan's ODA loan aid to Peru in 1991, gross and net, with source."""
    query = SCHEMA_DOC.split("```sql", 1)[1].split("```", 1)[0]
    rows = store.execute(query).fetchall()
    by_category = {r["category"]: r for r in rows}
    assert by_category["Gross"]["value_text"] == "304.57"
    assert by_category["Net"]["value_text"] == "302.42"
    assert all(r["table_ref"] == "Table 3" and "1991" in r["locator"] for r in rows)
    assert {r["unit_label"] for r in rows} == {"US$ millions"}
