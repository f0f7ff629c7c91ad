"""Datasette serves the built store out of the box: search, facets, labels and canned queries.

Runs Datasette in-process on data/ (its configuration-directory mode, the README's command) via
its test client: no socket is opened.
"""

from __future__ import annotations

import asyncio
import json
import re

import pytest

from ..conftest import DATA, STORE_PATH

datasette_app = pytest.importorskip("datasette.app", reason="datasette is in the test extra")
METADATA = json.loads((DATA / "metadata.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def get():
    # The README's command, `datasette data/`, is configuration-directory mode: it serves every
    # .db in the folder and reads data/metadata.json by itself. Nothing else is configured.
    ds = datasette_app.Datasette(config_dir=DATA)
    assert [db for db in ds.databases if not db.startswith("_")] == [STORE_PATH.stem]
    loop = asyncio.new_event_loop()

    def fetch(path: str):
        response = loop.run_until_complete(ds.client.get(path))
        assert response.status_code == 200, (path, response.status_code, response.text[:300])
        return response.json()

    yield fetch
    loop.close()


def test_search_on_episodes_returns_only_matching_rows(get, store):
    rows = get("/relations/episodes.json?_search=hostage&_shape=array&_size=max")
    total = store.execute("SELECT COUNT(*) FROM episodes").fetchone()[0]
    assert 0 < len(rows) < total
    for row in rows:
        text = " ".join(str(row[c]) for c in ("title", "summary", "actors", "quotes"))
        assert re.search(r"\bhostages?\b", text, re.I), row["id"]
    # ... and every episode that says "hostage" is found.
    saying = {
        r[0]
        for r in store.execute("SELECT id, title, summary, actors, quotes FROM episodes")
        if re.search(r"\bhostage\b", " ".join(r[1:]), re.I)
    }
    assert {row["id"] for row in rows} == saying


def test_search_on_passages_and_actors(get):
    passages = get("/relations/passages.json?_search=Tokyo&_shape=array&_size=max")
    assert passages and all("tokyo" in p["quote"].lower() + p["locator"].lower() for p in passages)
    actors = get("/relations/actors.json?_search=shining&_shape=array")
    assert [a["id"] for a in actors] == ["sendero-luminoso"]


def test_facets_labels_and_column_descriptions(get, store):
    page = get("/relations/episodes.json?_facet=kind")
    counts = {f["value"]: f["count"] for f in page["facet_results"]["kind"]["results"]}
    assert counts == dict(store.execute("SELECT kind, COUNT(*) FROM episodes GROUP BY kind"))
    # The label column makes a foreign key show the actor's name, not its id.
    expanded = get(
        "/relations/episode_actors.json?_labels=on&_shape=array&episode_id=1996-japanese-embassy-hostage-crisis"
    )
    labels = {row["actor_id"]["label"] for row in expanded}
    assert {"Peru", "Japan"} <= labels


def test_every_table_and_column_is_described(store):
    described = METADATA["databases"]["relations"]["tables"]
    objects = [
        r[0]
        for r in store.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"
            " AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%'"
        )
    ]
    missing = []
    for name in objects:
        columns = [r[1] for r in store.execute(f'PRAGMA table_xinfo("{name}")')]
        given = described.get(name, {}).get("columns", {})
        missing += [f"{name}.{c}" for c in columns if not given.get(c)]
        missing += [f"{name}.{c} (no such column)" for c in given if c not in columns]
    assert missing == []


def test_canned_query_answers(get):
    rows = get("/relations/oda_loan_aid_1991.json?_shape=array")
    assert {r["category"]: r["value_text"] for r in rows} == {"Gross": "304.57", "Net": "302.42"}
    hits = get("/relations/search_episodes.json?_shape=array&words=hostage*")
    assert "1996-japanese-embassy-hostage-crisis" in [r["episode_id"] for r in hits]


def test_every_table_and_canned_query_page_renders(store):
    ds = datasette_app.Datasette(config_dir=DATA)
    loop = asyncio.new_event_loop()
    tables = [
        r[0]
        for r in store.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"
            " AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%'"
        )
    ]
    queries = list(METADATA["databases"]["relations"]["queries"])
    try:
        for name in tables + queries:
            response = loop.run_until_complete(ds.client.get(f"/relations/{name}?words=japon"))
            assert response.status_code == 200, (name, response.text[:300])
        page = loop.run_until_complete(ds.client.get("/relations/episodes")).text
        described = METADATA["databases"]["relations"]["tables"]["episodes"]["columns"]
        assert described["date_note"].split(" (")[0].replace("'", "&#39;") in page
    finally:
        loop.close()
