"""Figures and facts of "Foreign Relations Under Fujimori" (csfuji) against the built store.

Expected values are typed from the document (seed 002), not read from data/. The document has
only three figures; the episode facts below carry the rest of the check.
"""

from __future__ import annotations

import re

import pytest

SOURCE = "csfuji"


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


FIGURES = [
    ("csfuji-text-bridge-loan", "1991~", 800, "US$800-million", "USD", 1e6),
    ("csfuji-text-debt-payments-due", "1991~", 600, "US$600 million", "USD", 1e6),
    ("csfuji-text-imf-arrears-clearance", "1992", 1.3, "US$1.3 billion", "USD", 1e9),
]


@pytest.mark.parametrize("series, period, value, value_text, unit, scale", FIGURES)
def test_figure(store, series, period, value, value_text, unit, scale):
    row = store.execute(
        "SELECT o.value, o.value_text, o.flag, p.locator, p.quote, p.source_id, p.char_start, "
        "p.char_end, s.unit, s.scale, s.table_ref FROM observations o "
        "JOIN passages p ON p.id = o.passage_id JOIN series s ON s.id = o.series_id "
        "WHERE o.series_id = ? AND o.period = ?",
        (series, period),
    ).fetchone()
    assert row is not None, f"{series}@{period} missing"
    assert row["value"] == pytest.approx(value)
    assert row["value_text"] == value_text
    assert row["flag"] is None
    assert (row["unit"], row["scale"], row["table_ref"]) == (unit, scale, "text")
    assert row["source_id"] == SOURCE
    assert "Foreign Relations Under Fujimori" in row["locator"] and "¶7" in row["locator"]
    assert value_text in row["locator"]
    text = store.execute("SELECT full_text FROM sources WHERE id = ?", (SOURCE,)).fetchone()[0]
    assert squash(text[row["char_start"] : row["char_end"]]) == row["quote"]


# ¶2 dates the self-coup (April 5) but none of the reactions to it: "The international
# community's reaction was appropriately negative. [...] Argentina withdrew its ambassador."
# Some time from April 1992 on, reported by a study written in 1992 -- no month.
AFTER_COUP = "[1992-04-05..1992-12-31]"

EPISODES = [
    ("1992-fujimori-self-coup", "coup", "1992-04-05", "¶2"),
    ("1992-us-suspends-aid", "aid", AFTER_COUP, "¶2"),
    ("1992-germany-spain-suspend-aid", "aid", AFTER_COUP, "¶2"),
    ("1992-venezuela-breaks-relations", "diplomatic", AFTER_COUP, "¶2"),
    ("1992-argentina-withdraws-ambassador", "diplomatic", AFTER_COUP, "¶2"),
    ("1991-us-peru-drug-accord", "treaty", "1991-05", "¶3"),
    ("1990-andean-pact-common-market", "multilateral", "1990-41", "¶5"),
    ("1990-fujimori-misses-group-of-eight", "multilateral", "1990-41", "¶5"),
    ("1992-imf-arrears-funds-nearly-raised", "finance", "1991/1992-04-05", "¶7"),
    ("1970-soviet-military-relationship", "security", "197X", "¶8"),
]


@pytest.mark.parametrize("episode, kind, start, paragraph", EPISODES)
def test_episode(store, episode, kind, start, paragraph):
    row = store.execute("SELECT kind, start_edtf FROM episodes WHERE id = ?", (episode,)).fetchone()
    assert row is not None, episode
    assert (row["kind"], row["start_edtf"]) == (kind, start)
    locators = [
        r[0]
        for r in store.execute(
            "SELECT p.locator FROM citations c JOIN passages p ON p.id = c.passage_id "
            "WHERE c.target_type = 'episode' AND c.target_id = ? AND p.source_id = ?",
            (episode, SOURCE),
        )
    ]
    assert any(paragraph in loc for loc in locators), locators


def test_japan_emphasis_names_fujimori_and_japan(store):
    actors = {
        r[0]
        for r in store.execute(
            "SELECT actor_id FROM episode_actors WHERE episode_id = "
            "'1990-new-importance-of-japan-and-us'"
        )
    }
    assert {"JPN", "USA", "alberto-fujimori"} <= actors


def test_full_text_is_clean(store):
    text = store.execute("SELECT full_text FROM sources WHERE id = ?", (SOURCE,)).fetchone()[0]
    assert "\ufffd" not in text
    assert text.startswith("Foreign Relations Under Fujimori\n")
    assert text.count("cooperating with the United States on the drug issue") == 1
    assert "drug-related assistance" in text
    assert "Mercado Común del Sur—Mercosur; see Glossary" in text
    assert text.rstrip().endswith("until democratic government was restored.")


def test_reactions_to_the_coup_share_one_dating_without_a_month(store):
    """Every episode whose passage gives only "after the April 5 self-coup" is dated alike:
    uncertain, year precision, never before the coup."""
    rows = store.execute(
        "SELECT id, start_edtf, precision, uncertain, start_lo, date_text FROM episodes"
        " WHERE date_text = 'with the April 5 self-coup' OR id IN"
        " ('1992-argentina-withdraws-ambassador', '1992-credit-withheld-until-democracy')"
    ).fetchall()
    assert len(rows) >= 8
    for row in rows:
        assert (row["start_edtf"], row["precision"], row["uncertain"]) == (AFTER_COUP, "year", 1)
        assert row["start_lo"] >= 1992.2595, row["id"]  # 5 April 1992
