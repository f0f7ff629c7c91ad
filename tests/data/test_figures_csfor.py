"""Figures and facts of "Peru – Foreign Relations" (csfor) against the built store.

Expected values are typed from the document (seed 004), not read from data/.
"""

from __future__ import annotations

import re

import pytest

SOURCE = "csfor"


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


# series id, period, value, value_text, flag, words the locator must name
FIGURES = [
    (
        "csfor-text-debt-payment-cap",
        "1985",
        10,
        "10 percent",
        None,
        ("Foreign Relations Under García", "¶3", "10 percent"),
    ),
    (
        "csfor-text-debt-payments-actual",
        "1985/1987~",
        20,
        "approximately 20 percent",
        "approximate",
        ("Foreign Relations Under García", "¶3", "approximately 20 percent"),
    ),
    (
        "csfor-text-peruvians-crossing-to-chile",
        "1989-41",
        6000,
        "over 6,000",
        "lower_bound",
        ("Foreign Relations Under García", "¶6", "over 6,000"),
    ),
    (
        "csfor-text-bridge-loan",
        "1991~",
        800,
        "US$800-million",
        None,
        ("Foreign Relations Under Fujimori", "¶7", "US$800-million"),
    ),
    (
        "csfor-text-debt-payments-due",
        "1991~",
        600,
        "US$600 million",
        None,
        ("Foreign Relations Under Fujimori", "¶7", "US$600 million"),
    ),
    (
        "csfor-text-imf-arrears-clearance",
        "1992",
        1.3,
        "US$1.3 billion",
        None,
        ("Foreign Relations Under Fujimori", "¶7", "US$1.3 billion"),
    ),
]


@pytest.mark.parametrize("series, period, value, value_text, flag, locator_words", FIGURES)
def test_figure(store, series, period, value, value_text, flag, locator_words):
    row = store.execute(
        "SELECT o.value, o.value_text, o.flag, p.locator, p.quote, p.source_id, "
        "p.char_start, p.char_end FROM observations o JOIN passages p ON p.id = o.passage_id "
        "WHERE o.series_id = ? AND o.period = ?",
        (series, period),
    ).fetchone()
    assert row is not None, f"{series}@{period} missing"
    assert row["value"] == pytest.approx(value)
    assert row["value_text"] == value_text
    assert row["flag"] == flag
    assert row["source_id"] == SOURCE
    for words in locator_words:
        assert words in row["locator"], (words, row["locator"])
    assert value_text in row["quote"]
    text = store.execute("SELECT full_text FROM sources WHERE id = ?", (SOURCE,)).fetchone()[0]
    assert squash(text[row["char_start"] : row["char_end"]]) == row["quote"]


@pytest.mark.parametrize(
    "series, unit, scale, unit_label, table",
    [
        ("csfor-text-debt-payment-cap", "percent", 1, "% of export earnings", "text"),
        ("csfor-text-peruvians-crossing-to-chile", "persons", 1, "persons", "text"),
        ("csfor-text-bridge-loan", "USD", 1e6, "US$ millions", "text"),
        ("csfor-text-imf-arrears-clearance", "USD", 1e9, "US$ billions", "text"),
    ],
)
def test_series_units(store, series, unit, scale, unit_label, table):
    row = store.execute(
        "SELECT unit, scale, unit_label, table_ref, source_id FROM series WHERE id = ?", (series,)
    ).fetchone()
    assert tuple(row) == (unit, scale, unit_label, table, SOURCE)


# episode id, start EDTF, words of the quote that cites it from csfor
EPISODES = [
    ("1985-baker-plan", "1985-10", "presented the Baker debt-reduction plan in October 1985"),
    (
        "1985-finance-minister-visits-quito",
        "1985-10",
        "minister of finance to Quito in October 1985",
    ),
    ("1986-peru-ineligible-for-imf-funds", "1986-08", "ineligible for IMF funds in August 1986"),
    (
        "1989-imf-threatens-to-expel-peru",
        "1989-10",
        "expulsion from the organization in October 1989",
    ),
    (
        "1989-peruvians-cross-to-chile-for-bread",
        "1989-41",
        "over 6,000 Peruvians crossed the border",
    ),
    ("1988-pinochet-cites-peru-in-plebiscite-campaign", "1988", "prior to the 1988 plebiscite"),
    ("1960-nationalist-turn-in-foreign-policy", "196X", "during the 1960s"),
    ("1970-peru-leading-third-world-voice", "1970~", "during the early 1970s"),
    # The Fujimori section is defined from csfuji and cited again from csfor.
    ("1992-fujimori-self-coup", "1992-04-05", "the April 5 self-coup"),
    ("1991-us-peru-drug-accord", "1991-05", "signed the accord in May 1991"),
    ("1990-andean-pact-common-market", "1990-41", "common market in late 1990"),
]


@pytest.mark.parametrize("episode, start, words", EPISODES)
def test_episode_dates_and_citation(store, episode, start, words):
    row = store.execute(
        "SELECT start_edtf, disputed FROM episodes WHERE id = ?", (episode,)
    ).fetchone()
    assert row is not None, episode
    assert row["start_edtf"] == start
    quotes = [
        r[0]
        for r in store.execute(
            "SELECT p.quote FROM citations c JOIN passages p ON p.id = c.passage_id "
            "WHERE c.target_type = 'episode' AND c.target_id = ? AND p.source_id = ?",
            (episode, SOURCE),
        )
    ]
    assert any(words in q for q in quotes), quotes


def test_self_coup_reactions_have_their_actors(store):
    def actors(episode):
        return {
            (r[0], r[1])
            for r in store.execute(
                "SELECT actor_id, role FROM episode_actors WHERE episode_id = ?", (episode,)
            )
        }

    assert ("USA", "donor") in actors("1992-us-suspends-aid")
    assert {("DEU", "donor"), ("ESP", "donor")} <= actors("1992-germany-spain-suspend-aid")
    assert ("VEN", "participant") in actors("1992-venezuela-breaks-relations")
    assert ("ARG", "participant") in actors("1992-argentina-withdraws-ambassador")


def test_periods_named_by_the_text(store):
    reagan = store.execute(
        "SELECT start_edtf, end_edtf FROM periods WHERE id = 'us-presidency-reagan'"
    ).fetchone()
    assert tuple(reagan) == ("1981", "1989")
    pinochet = store.execute(
        "SELECT start_edtf, end_edtf FROM periods WHERE id = 'chile-pinochet-regime'"
    ).fetchone()
    assert tuple(pinochet) == ("1973", "1990")
    belaunde = store.execute(
        "SELECT end_edtf, actor_id FROM periods WHERE id = 'presidency-belaunde-2'"
    ).fetchone()
    assert tuple(belaunde) == ("1985", "fernando-belaunde-terry")
    for period in ("presidency-garcia-1", "presidency-fujimori", "presidency-velasco"):
        cited = store.execute(
            "SELECT COUNT(*) FROM citations c JOIN passages p ON p.id = c.passage_id "
            "WHERE c.target_type = 'period' AND c.target_id = ? AND p.source_id = ?",
            (period, SOURCE),
        ).fetchone()[0]
        assert cited >= 1, period


def test_full_text_is_repaired(store):
    text = store.execute("SELECT full_text FROM sources WHERE id = ?", (SOURCE,)).fetchone()[0]
    assert "\ufffd" not in text
    assert text.count("García") == 16
    assert text.count("Belaúnde") == 2
    assert "Mercado Común del Sur" in text
    assert "military attaché in La Paz" in text
    for chrome in (
        "Country Studies",
        "You can read more",
        "Wikipedia",
        "About",
        "Contact",
        "More about the Government of Peru",
    ):
        assert chrome not in text, chrome
    assert text.startswith("Peru – Foreign Relations\n")
    assert text.rstrip().endswith("until democratic government was restored.")
