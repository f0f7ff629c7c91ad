"""Turning typed text into FTS5 queries: valid queries pass, malformed ones fall back, none raise."""

from __future__ import annotations

import random
import sqlite3

import pytest

from explorer.store.search import fold, parse_search, plain_query, search_terms

MALFORMED = ['"unbalanced', "AND", "japan AND", "OR japan", "*", "-", "NEAR(", "NEAR(a b",
             "(japan", "japan)", "()", '""', "-japan", "title:japan", "a + b", "^x", "NOT japan",
             "japan NOT", "{x}", "'", "&&", "@#$"]  # fmt: skip


@pytest.fixture(scope="module")
def fts():
    conn = sqlite3.connect(":memory:")
    conn.execute(
        "CREATE VIRTUAL TABLE f USING fts5(body, tokenize='unicode61 remove_diacritics 2', "
        "prefix='2 3')"
    )
    conn.executemany("INSERT INTO f VALUES (?)", [
        ("Japanese embassy hostage crisis in Lima",), ("Fujimori visits Japan",),
        ("Fishmeal exports to Japan",), ("Relations with the People's Republic of China",),
        ("Perú y Japón",),
    ])  # fmt: skip
    yield conn
    conn.close()


def hits(conn, text):
    query, fallback = parse_search(text)
    if not query:
        return None, fallback
    rows = conn.execute("SELECT body FROM f WHERE f MATCH ? ORDER BY rowid", (query,)).fetchall()
    return [r[0] for r in rows], fallback


@pytest.mark.parametrize(
    "text, expected",
    [
        ("hostage", ["Japanese embassy hostage crisis in Lima"]),
        ("host", ["Japanese embassy hostage crisis in Lima"]),  # every word is a prefix
        ("Fujimori Japan", ["Fujimori visits Japan"]),  # words combine with AND
        (
            "fishmeal OR hostage",
            ["Japanese embassy hostage crisis in Lima", "Fishmeal exports to Japan"],
        ),
        ('"visits Japan"', ["Fujimori visits Japan"]),
        (
            "japan NOT fujimori",
            ["Japanese embassy hostage crisis in Lima", "Fishmeal exports to Japan"],
        ),
        ("japon", ["Perú y Japón"]),
        ("peru", ["Perú y Japón"]),  # accents are ignored
        ("People's", ["Relations with the People's Republic of China"]),
        ("(fishmeal OR fujimori) japan", ["Fujimori visits Japan", "Fishmeal exports to Japan"]),
    ],
)
def test_valid_queries_find_what_a_reader_expects(fts, text, expected):
    found, fallback = hits(fts, text)
    assert not fallback
    assert found == expected


@pytest.mark.parametrize("text", MALFORMED)
def test_malformed_queries_fall_back_and_still_run(fts, text):
    query, fallback = parse_search(text)
    assert fallback, f"{text!r} should be reported as a fallback"
    if query:
        fts.execute("SELECT count(*) FROM f WHERE f MATCH ?", (query,)).fetchone()


def test_fallback_searches_the_plain_words(fts):
    found, fallback = hits(fts, '"hostage crisis')
    assert fallback
    assert found == ["Japanese embassy hostage crisis in Lima"]
    assert parse_search("japan AND")[0] == plain_query("japan")


def test_random_text_never_produces_an_invalid_query(fts):
    rng = random.Random(1)
    alphabet = list("abc xyz\"()*-+:^AND OR NOT NEAR,.;'{}[]") + ["AND ", "OR ", "NEAR(", '"']
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 14)))
        query, _ = parse_search(text)
        if query:
            fts.execute("SELECT count(*) FROM f WHERE f MATCH ?", (query,)).fetchone()


def test_empty_text_means_no_restriction():
    assert parse_search("") == ("", False)
    assert parse_search("   ,; ") == ("", False)


def test_fold_keeps_length_and_strips_accents():
    for text in ("Perú", "Belaúnde Terry", "İstanbul", "Japón—Perú"):
        assert len(fold(text)) == len(text)
    assert fold("Belaúnde") == "belaunde"


def test_search_terms_leave_out_operators():
    assert search_terms('Perú AND "Japón" OR NEAR x') == ["peru", "japon", "x"]


def test_fold_of_plain_ascii_is_the_character_by_character_fold():
    """ASCII text takes a fast path (the table folds every highlighted cell it paints): it
    must fold exactly as each character would."""
    import string
    import unicodedata

    def by_character(text: str) -> str:
        out = []
        for ch in text:
            base = unicodedata.normalize("NFD", ch)[:1] or ch
            out.append(base.lower() if len(base.lower()) == 1 else base)
        return "".join(out)

    for text in (string.printable, "JAPAN Inc.", "OECF loan: Lima-Callao", "Perú, İzmir, ß"):
        assert fold(text) == by_character(text)
        assert len(fold(text)) == len(text)
