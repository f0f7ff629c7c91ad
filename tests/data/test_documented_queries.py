"""Every query the documentation shows runs as written and gives the answer it promises.

The answers are checked against the store's tables by other means (Python over plain SELECTs,
the printed table row), not against numbers copied from the query's own output.
"""

from __future__ import annotations

import json
import re
import shutil
import sqlite3

import pytest

from ..conftest import DATA, REPO

DOCS = sorted((REPO / "docs").glob("*.md"))


def sql_blocks() -> dict[str, str]:
    """Every ```sql block in docs/, keyed by the canned-query name given just before it."""
    blocks = {}
    for path in DOCS:
        text = path.read_text(encoding="utf-8")
        for match in re.finditer(r"```sql\n(.*?)```", text, re.S):
            before = text[: match.start()].rsplit("**", 1)[-1]
            name = re.search(r"\(`(\w+)`", before)
            key = name.group(1) if name else f"{path.name}@{match.start()}"
            blocks[key] = match.group(1).strip()
    return blocks


BLOCKS = sql_blocks()


def rows(store, name: str, **params) -> list[sqlite3.Row]:
    return store.execute(BLOCKS[name], params).fetchall()


def test_every_documented_query_has_its_answer_checked():
    checked = {
        "oda_loan_aid_1991",
        "peru_japan_garcia_first_presidency",
        "disagreements",
        "search_episodes",
    }
    assert set(BLOCKS) == checked, "a query in docs/ has no test of its answer here"


def test_canned_queries_are_the_documented_ones():
    queries = json.loads((DATA / "metadata.json").read_text(encoding="utf-8"))["databases"][
        "relations"
    ]["queries"]
    assert {name: q["sql"] for name, q in queries.items()} == BLOCKS


def test_oda_loans_1991_are_the_printed_table_row(store):
    answer = rows(store, "oda_loan_aid_1991")
    assert {r["category"] for r in answer} == {"Gross", "Net"}
    for r in answer:
        assert r["table_ref"] == "Table 3" and "1991" in r["locator"]
        passage = store.execute(
            "SELECT p.quote FROM observations o JOIN passages p ON p.id = o.passage_id"
            " JOIN series s ON s.id = o.series_id"
            " WHERE s.category = ? AND s.indicator = 'oda_loan' AND o.period = '1991'"
            " AND s.reporter = 'JPN' AND s.partner = 'PER'",
            (r["category"],),
        ).fetchone()[0]
        assert passage.startswith("1991") and r["value_text"] in passage.split()


def test_garcia_query_lists_what_involves_both_peru_and_japan(store):
    answer = rows(store, "peru_japan_garcia_first_presidency")
    start, end = store.execute(
        "SELECT start_lo, end_hi FROM periods WHERE id = 'presidency-garcia-1'"
    ).fetchone()
    actors: dict[str, set[str]] = {}
    for eid, aid in store.execute("SELECT episode_id, actor_id FROM episode_actors"):
        actors.setdefault(eid, set()).add(aid)
    expected = [
        title
        for _, title, s, e in sorted(
            (r[2], r[1], r[2], r[3])
            for r in store.execute("SELECT id, title, start_lo, end_hi FROM episodes")
            if {"PER", "JPN"} <= actors.get(r[0], set())
        )
        if s < end and e > start
    ]
    assert sorted(r["title"] for r in answer) == sorted(expected)
    assert len(answer) > 5
    # Ordered by start: the presidency's own start among them is not after later episodes.
    starts = [
        store.execute("SELECT start_lo FROM episodes WHERE title = ?", (r["title"],)).fetchone()[0]
        for r in answer
    ]
    assert starts == sorted(starts)


def test_disagreements_show_both_sides(store):
    answer = rows(store, "disagreements")
    by_subject: dict[str, set[str]] = {}
    for r in answer:
        by_subject.setdefault(r["subject_id"], set()).add(r["value_text"])
    # The schema's own example: Peru's APEC entry, 1997 in one document and 1998 in another.
    apec = [r for r in answer if r["subject_id"] == "1997-peru-joins-apec"]
    assert {r["source_id"] for r in apec} == {"sy2013", "ppp2015"}
    for subject, texts in by_subject.items():
        assert len(texts) >= 2, subject
        spans = store.execute(
            "SELECT MIN(hi), MAX(lo) FROM claims WHERE subject_id = ?", (subject,)
        ).fetchone()
        assert spans[0] <= spans[1], f"{subject}: its claims overlap, no disagreement"
    for r in answer:
        assert r["quote"] and r["locator"]


@pytest.mark.parametrize(
    ("words", "one_of_them"),
    [
        ("hostage*", "1996-japanese-embassy-hostage-crisis"),
        ('"hostage crisis"', "1996-hostage-crisis-damages-peru-image-in-japan"),
    ],
)
def test_search_query_finds_episodes_saying_the_words(store, words, one_of_them):
    answer = rows(store, "search_episodes", words=words)
    assert one_of_them in [r["episode_id"] for r in answer]
    word = re.compile(r"\bhostage" if words.endswith("*") else r"\bhostage crisis\b", re.I)
    for r in answer:
        text = store.execute(
            "SELECT title || ' ' || summary || ' ' || actors || ' ' || quotes FROM episodes"
            " WHERE id = ?",
            (r["episode_id"],),
        ).fetchone()[0]
        assert word.search(text), r["episode_id"]


def test_documented_rebuild_statement_leaves_indexes_whole(store_path, tmp_path):
    doc = (REPO / "docs" / "schema.md").read_text(encoding="utf-8")
    statement = re.search(
        r"`(INSERT INTO episodes_fts \(episodes_fts\) VALUES \('rebuild'\))`", doc
    )
    assert statement, "docs/schema.md no longer shows how to fill the index"
    copy = tmp_path / "copy.db"
    shutil.copy(store_path, copy)
    conn = sqlite3.connect(copy)
    before = conn.execute(
        "SELECT rowid FROM episodes_fts WHERE episodes_fts MATCH 'japan'"
    ).fetchall()
    conn.execute(statement.group(1))
    conn.execute("INSERT INTO episodes_fts (episodes_fts, rank) VALUES ('integrity-check', 1)")
    after = conn.execute(
        "SELECT rowid FROM episodes_fts WHERE episodes_fts MATCH 'japan'"
    ).fetchall()
    assert before == after and before
    conn.close()
