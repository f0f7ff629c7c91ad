"""The bundled store is sound: rebuildable, referentially whole, and every record cited."""

from __future__ import annotations

import re
import sqlite3

import pytest

from explorer.build.load import load
from explorer.store.bundled import open_store
from explorer.store.fingerprint import content_hash

from ..conftest import DATA


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.mark.slow
def test_rebuild_equals_committed_store(tmp_path, store):
    from explorer.build.write import write

    data = load(DATA)
    assert data.errors == [], "the reviewed files have errors:\n" + "\n".join(data.errors[:20])
    rebuilt = tmp_path / "relations.db"
    digest = write(data, rebuilt)
    assert digest == content_hash(store), (
        "data/relations.db is stale: run `python -m explorer.build` and commit the result"
    )
    meta = dict(store.execute("SELECT key, value FROM meta").fetchall())
    assert meta["content_hash"] == digest


def test_opens_read_only_and_immutable(store_path):
    conn = open_store(store_path)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        conn.execute("DELETE FROM episodes")
    conn.close()


def test_the_store_holds_what_the_documents_give(store):
    counts = {
        t: store.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
        for t in (
            "sources",
            "episodes",
            "periods",
            "actors",
            "series",
            "observations",
            "passages",
            "citations",
        )
    }
    assert counts["sources"] == 5
    assert counts["episodes"] > 100, counts
    assert counts["observations"] > 300, counts
    assert counts["periods"] >= 5, counts
    span = store.execute("SELECT MIN(start_lo), MAX(end_hi) FROM episodes").fetchone()
    assert span[0] < 1850 and span[1] > 2012, "episodes must cover 1849 to the 2010s"


@pytest.mark.parametrize(
    "table, kind", [("episodes", "episode"), ("periods", "period"), ("observations", "observation")]
)
def test_every_record_has_a_citation(store, table, kind):
    uncited = store.execute(
        f"SELECT id FROM {table} WHERE id NOT IN "
        "(SELECT target_id FROM citations WHERE target_type = ?)",
        (kind,),
    ).fetchall()
    assert [r[0] for r in uncited] == []


@pytest.mark.parametrize(
    "child, column, parent",
    [
        ("passages", "source_id", "sources"),
        ("episode_actors", "episode_id", "episodes"),
        ("episode_actors", "actor_id", "actors"),
        ("actor_aliases", "actor_id", "actors"),
        ("periods", "actor_id", "actors"),
        ("series", "source_id", "sources"),
        ("series", "reporter", "actors"),
        ("series", "partner", "actors"),
        ("observations", "series_id", "series"),
        ("observations", "passage_id", "passages"),
        ("citations", "passage_id", "passages"),
        ("claims", "passage_id", "passages"),
        ("claims", "source_id", "sources"),
    ],
)
def test_references_resolve(store, child, column, parent):
    dangling = store.execute(
        f"SELECT {column} FROM {child} WHERE {column} IS NOT NULL "
        f"AND {column} NOT IN (SELECT id FROM {parent})"
    ).fetchall()
    assert [r[0] for r in dangling] == []


def test_citation_targets_exist(store):
    for kind, table in (
        ("episode", "episodes"),
        ("period", "periods"),
        ("observation", "observations"),
    ):
        dangling = store.execute(
            f"SELECT target_id FROM citations WHERE target_type = ? "
            f"AND target_id NOT IN (SELECT id FROM {table})",
            (kind,),
        ).fetchall()
        assert [r[0] for r in dangling] == []


def test_every_quote_occurs_in_its_cleaned_source_text(store):
    texts = {p.stem: squash(p.read_text(encoding="utf-8")) for p in (DATA / "texts").glob("*.txt")}
    missing = [
        (r["source_id"], r["quote"][:60])
        for r in store.execute("SELECT source_id, quote FROM passages")
        if squash(r["quote"]) not in texts[r["source_id"]]
    ]
    assert missing == []


def test_passages_point_at_their_words(store):
    """char_start/char_end let the detail pane scroll to and highlight the passage."""
    for row in store.execute(
        "SELECT p.quote, p.char_start, p.char_end, s.full_text FROM passages p "
        "JOIN sources s ON s.id = p.source_id WHERE s.full_text IS NOT NULL"
    ):
        assert squash(row["full_text"][row["char_start"] : row["char_end"]]) == squash(row["quote"])


def test_no_lost_characters_anywhere(store):
    for table in (
        "sources",
        "passages",
        "actors",
        "actor_aliases",
        "episodes",
        "periods",
        "series",
        "observations",
        "claims",
    ):
        columns = [r[1] for r in store.execute(f"PRAGMA table_info({table})")]
        for column in columns:
            hits = store.execute(
                f"SELECT COUNT(*) FROM {table} WHERE CAST({column} AS TEXT) LIKE ?", ("%\ufffd%",)
            ).fetchone()[0]
            assert hits == 0, f"U+FFFD in {table}.{column}"


def test_full_text_only_where_rights_allow(store):
    rows = store.execute("SELECT id, rights, full_text IS NOT NULL AS shipped FROM sources")
    for row in rows:
        assert bool(row["shipped"]) == (row["rights"] == "public_domain"), row["id"]


def test_flagged_figures_say_why(store):
    unexplained = store.execute(
        "SELECT id FROM observations WHERE flag IN ('inconsistent', 'conflict') "
        "AND COALESCE(flag_reason, '') = ''"
    ).fetchall()
    assert unexplained == []


def test_metal_products_1997_is_kept_and_flagged(store):
    """000 Table 1 prints 'Metal products (719.6)' for 1997, above its category total of 218.0."""
    row = store.execute(
        "SELECT o.value_text, o.flag, o.flag_reason FROM observations o "
        "JOIN series s ON s.id = o.series_id "
        "WHERE s.source_id = 'pj2003' AND s.table_ref = 'Table 1' AND o.period = '1997' "
        "AND o.value_text LIKE '%719.6%'"
    ).fetchone()
    assert row is not None, "the printed figure must be kept"
    assert row["flag"] == "inconsistent"
    assert "218" in row["flag_reason"]


def test_apec_entry_dates_disagree_and_both_claims_are_kept(store):
    """One document dates Peru's APEC entry to 1997, another to 1998: both stand, marked."""
    episodes = store.execute(
        "SELECT id FROM episodes WHERE disputed = 1 AND title LIKE '%APEC%'"
    ).fetchall()
    assert len(episodes) == 1, episodes
    claims = store.execute(
        "SELECT value, source_id FROM claims WHERE subject_type = 'episode' AND field = 'start' "
        "AND subject_id = ?",
        (episodes[0]["id"],),
    ).fetchall()
    assert {c["value"][:4] for c in claims} == {"1997", "1998"}
    assert len({c["source_id"] for c in claims}) == 2
    conflict = store.execute(
        "SELECT summary FROM conflicts WHERE subject_id = ?", (episodes[0]["id"],)
    ).fetchone()
    assert "1997" in conflict["summary"] and "1998" in conflict["summary"]


def test_compatible_dates_are_not_conflicts(store):
    """'mid-1980s' and 'in the 1980s' overlap: both are kept, neither marks a dispute."""
    for row in store.execute("SELECT subject_id, field FROM conflicts"):
        ranges = store.execute(
            "SELECT lo, hi FROM claims WHERE subject_id = ? AND field = ?",
            (row["subject_id"], row["field"]),
        ).fetchall()
        assert any(a["hi"] <= b["lo"] or b["hi"] <= a["lo"] for a in ranges for b in ranges)


def test_full_text_search_finds_episodes_passages_and_actors(store):
    assert (
        store.execute(
            "SELECT COUNT(*) FROM episodes_fts WHERE episodes_fts MATCH 'hostage'"
        ).fetchone()[0]
        >= 1
    )
    assert (
        store.execute(
            "SELECT COUNT(*) FROM passages_fts WHERE passages_fts MATCH 'fujimori'"
        ).fetchone()[0]
        >= 1
    )
    assert (
        store.execute(
            "SELECT COUNT(*) FROM actors_fts WHERE actors_fts MATCH '\"shining path\"'"
        ).fetchone()[0]
        == 1
    )


def test_vague_dates_stop_when_their_documents_were_written(store):
    """'In the 21st century' (20XX) in a 2013 paper is drawn up to 2013, not to 2099."""
    rows = store.execute(
        "SELECT e.id, e.end_hi, MAX(s.year) + 1 AS written FROM episodes e "
        "JOIN citations c ON c.target_type = 'episode' AND c.target_id = e.id "
        "JOIN passages p ON p.id = c.passage_id JOIN sources s ON s.id = p.source_id "
        "WHERE e.start_edtf LIKE '%X%' OR e.start_edtf LIKE '%~%' OR e.start_edtf LIKE '%?%' "
        "GROUP BY e.id"
    ).fetchall()
    assert rows, "the store has vaguely dated episodes to check"
    beyond = [(r["id"], r["end_hi"]) for r in rows if r["end_hi"] > r["written"] + 1e-6]
    assert beyond == []
    century = store.execute("SELECT end_hi FROM episodes WHERE start_edtf = '20XX'").fetchall()
    assert all(r["end_hi"] <= 2014.0 for r in century)
