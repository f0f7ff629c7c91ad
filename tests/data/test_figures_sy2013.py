"""Figures and facts of Sanborn & Yong, c. 2013 (sy2013) against the built store.

Expected values are typed from the document (seed 001, its PDF tables read cell by cell),
not read from data/.
"""

from __future__ import annotations

import pytest

SOURCE = "sy2013"

# series id, period, value, value_text, flag, words the passage locator must name
FIGURES = [
    # Table 1: top exports/imports with China, 2011 (US$)
    (
        "sy2013-t1-exp-260300",
        "2011",
        2417569333,
        "2,417,569,333",
        None,
        ("Table 1", "260300", "Copper ores and concentrates", "Trade Value"),
    ),
    (
        "sy2013-t1-exp-230120",
        "2011",
        1042228645,
        "1,042,228,645",
        None,
        ("Table 1", "230120", "Trade Value"),
    ),
    (
        "sy2013-t1-imp-950390",
        "2011",
        109711716,
        "109,711,716",
        None,
        ("Table 1", "Imports", "950390", "Toys nes"),
    ),
    # Table 2: export shares by sector
    ("sy2013-t2-chn-fishery", "1997", 79.9, "79.9%", None, ("Table 2", "Fishery", "China 1997")),
    (
        "sy2013-t2-chn-mining-and-oil",
        "2011",
        78.5,
        "78.5%",
        None,
        ("Table 2", "Mining and Oil", "China 2011"),
    ),
    ("sy2013-t2-jpn-chemical", "2008", 8.0, "8.0%", None, ("Table 2", "Chemical", "Japan 2008")),
    ("sy2013-t2-kor-chemical", "2011", 13.7, "13.7%", None, ("Table 2", "Chemical", "Korea 2011")),
    (
        "sy2013-t2-wld-various-jewelry-crafts",
        "1997",
        3.6,
        "3.6%",
        None,
        ("Table 2", "Various (jewelry, crafts)", "World 1997"),
    ),
    (
        "sy2013-t2-kor-total",
        "2011",
        1694.9,
        "1,694.9",
        None,
        ("Table 2", "Total Peru exports", "Korea 2011"),
    ),
    (
        "sy2013-t2-wld-total",
        "2008",
        31288.2,
        "31,288.2",
        None,
        ("Table 2", "Total Peru exports", "World 2008"),
    ),
    # Table 3: export shares by technology level
    ("sy2013-t3-kor-nrbm", "2008", 89.2, "89.2%", None, ("Table 3", "NRBM", "Korea 2008")),
    ("sy2013-t3-wld-ltm", "1997", 10.3, "10.3%", None, ("Table 3", "LTM", "World 1997")),
    ("sy2013-t3-jpn-pg", "1997", 60.0, "60.0%", None, ("Table 3", "PG", "Japan 1997")),
    # Table 4: average annual growth rates
    (
        "sy2013-t4-jpn-htm",
        "1995/2000",
        1471.8,
        "1471.8%",
        None,
        ("Table 4", "HTM", "Japan 1995-2000"),
    ),
    (
        "sy2013-t4-chn-mtm",
        "1995/2000",
        -41.0,
        "-41.0%",
        None,
        ("Table 4", "MTM", "China 1995-2000"),
    ),
    ("sy2013-t4-kor-htm", "2005/2010", 40.9, "40.9%", None, ("Table 4", "HTM", "Korea 2005-2010")),
    (
        "sy2013-t4-wld-nrbm",
        "2000/2005",
        31.4,
        "31.4%",
        None,
        ("Table 4", "NRBM", "World 2000-2005"),
    ),
    # Tables 5-7: investment projects (US$ millions)
    ("sy2013-t5-huanzala", "2010", 38, "38 (in 2010)", None, ("Table 5", "Huanzala", "Investment")),
    ("sy2013-t5-quellaveco", "2013", 3300, "3300", None, ("Table 5", "Quellaveco", "Mitsubishi")),
    ("sy2013-t6-block-z46", "2013", 482.62, "482.62", None, ("Table 6", "Block Z46", "SK Energy")),
    (
        "sy2013-t6-mina-justa",
        "2013",
        744,
        "744",
        None,
        ("Table 6", "Mina Justa", "Korea Resources"),
    ),
    ("sy2013-t7-pampa-de-pongo", "2010/2014", 3005, "3005", None, ("Table 7", "Pampa de Pongo")),
    ("sy2013-t7-toromocho", "2013", 2150, "2150", None, ("Table 7", "Toromocho", "Chinalco")),
    ("sy2013-t7-block-1ab", "2013", None, "n.a.", "missing", ("Table 7", "Block 1AB", "CNPC")),
    ("sy2013-t7-cercana", "2013", None, "to be defined", "missing", ("Table 7", "Cercana")),
    # figures in the prose
    (
        "sy2013-text-chinese-coolies",
        "1849/1874",
        100000,
        "some 100,000",
        "approximate",
        ("China and Peru", "¶1", "some 100,000"),
    ),
    (
        "sy2013-text-japanese-share-foreign-population",
        "1936",
        45,
        "45%",
        None,
        ("Japan and Peru", "¶1"),
    ),
    (
        "sy2013-text-latam-japanese-internees",
        "1939/1945",
        2118,
        "the estimated 2,118",
        "estimate",
        ("Japan and Peru", "¶2"),
    ),
    (
        "sy2013-text-exports-to-china-adex",
        "2012",
        7.7,
        "US$7.7 billion",
        None,
        ("Part II: Peruvian Trade with Asia", "¶7"),
    ),
    (
        "sy2013-text-imports-from-china",
        "1993",
        90,
        "US$ 90 million",
        None,
        ("Part II: Peruvian Trade with Asia", "¶9"),
    ),
    (
        "sy2013-text-imports-from-china",
        "2012",
        7800,
        "nearly US$ 7.8 billion",
        "approximate",
        ("Part II: Peruvian Trade with Asia", "¶9"),
    ),
    (
        "sy2013-text-imports-from-china-growth-2001-2011",
        "2001/2011",
        33,
        "33%",
        "inconsistent",
        ("Part II: Peruvian Trade with Asia", "¶9"),
    ),
    (
        "sy2013-text-fdi-share-mining",
        "2012",
        23.9,
        "23,9%",
        None,
        ("Part III: Asian Investment in Peru", "¶2"),
    ),
    (
        "sy2013-text-shougang-hierro-peru-purchase",
        "1992",
        118,
        "US$118 million",
        None,
        ("Chinese investments in Peru", "¶1"),
    ),
]


@pytest.mark.parametrize("series, period, value, value_text, flag, locator_words", FIGURES)
def test_figure(store, series, period, value, value_text, flag, locator_words):
    row = store.execute(
        "SELECT o.value, o.value_text, o.flag, p.locator, p.quote, p.source_id, p.char_start "
        "FROM observations o JOIN passages p ON p.id = o.passage_id "
        "WHERE o.series_id = ? AND o.period = ?",
        (series, period),
    ).fetchone()
    assert row is not None, f"{series}@{period} missing"
    if value is None:
        assert row["value"] is None
    else:
        assert row["value"] == pytest.approx(value)
    assert row["value_text"] == value_text
    assert row["flag"] == flag
    assert row["source_id"] == SOURCE
    for words in locator_words:
        assert words in row["locator"], (words, row["locator"])
    assert value_text.split(" (")[0] in row["quote"]
    assert row["char_start"] >= 0  # the quote was found in the cleaned text


def test_table_rows_are_quoted_whole(store):
    """A table cell cites its whole reassembled row, cells in printed order."""
    quote = store.execute(
        "SELECT p.quote FROM observations o JOIN passages p ON p.id = o.passage_id "
        "WHERE o.series_id = 'sy2013-t2-jpn-fishery' AND o.period = '1997'"
    ).fetchone()[0]
    assert quote == (
        "Fishery | 79.9% | 22.5% | 17.5% | 24.6% | 9.7% | 8.7% | 10.1% | 7.3% | "
        "4.3% | 20.8% | 7.7% | 6.9%"
    )


@pytest.mark.parametrize("partner", ["chn", "jpn", "kor"])
@pytest.mark.parametrize("year", ["1997", "2008", "2011"])
def test_table2_sector_shares_sum_to_100(store, partner, year):
    total = store.execute(
        "SELECT SUM(value) FROM observations WHERE series_id LIKE ? AND period = ? "
        "AND series_id NOT LIKE '%-total'",
        (f"sy2013-t2-{partner}-%", year),
    ).fetchone()[0]
    assert total == pytest.approx(100, abs=0.35)


@pytest.mark.parametrize(
    "series, unit, scale, unit_label, reporter, partner, table",
    [
        ("sy2013-t1-exp-260300", "USD", 1, "US$", "PER", "CHN", "Table 1"),
        ("sy2013-t1-imp-847120", "USD", 1, "US$", "CHN", "PER", "Table 1"),
        (
            "sy2013-t2-chn-fishery",
            "percent",
            1,
            "% of Peru's exports to the destination",
            "PER",
            "CHN",
            "Table 2",
        ),
        ("sy2013-t3-wld-total", "USD", 1e6, "US$ millions", "PER", "WLD", "Table 3"),
        ("sy2013-t4-kor-htm", "percent", 1, "% per year", "PER", "KOR", "Table 4"),
        ("sy2013-t5-bayovar", "USD", 1e6, "US$ millions", "JPN", "PER", "Table 5"),
        ("sy2013-t6-block-8", "USD", 1e6, "US$ millions", "KOR", "PER", "Table 6"),
        ("sy2013-t7-el-galeno", "USD", 1e6, "US$ millions", "CHN", "PER", "Table 7"),
        ("sy2013-text-fdi-total", "USD", 1e9, "US$ billions", "WLD", "PER", "text"),
    ],
)
def test_series_units(store, series, unit, scale, unit_label, reporter, partner, table):
    row = store.execute("SELECT * FROM series WHERE id = ?", (series,)).fetchone()
    assert row is not None, series
    assert (row["unit"], row["scale"], row["unit_label"]) == (unit, scale, unit_label)
    assert (row["reporter"], row["partner"], row["table_ref"]) == (reporter, partner, table)
    assert row["source_id"] == SOURCE


def test_inconsistent_figure_explains_itself(store):
    reason = store.execute(
        "SELECT flag_reason FROM observations WHERE series_id = "
        "'sy2013-text-imports-from-china-growth-2001-2011'"
    ).fetchone()[0]
    assert "87-fold" in reason


def test_investment_projects_have_company_episodes(store):
    actors = {
        r["actor_id"]: r["role"]
        for r in store.execute(
            "SELECT actor_id, role FROM episode_actors WHERE episode_id = "
            "'2013-chinalco-toromocho-project'"
        )
    }
    assert actors["chinalco"] == "investor"
    assert actors["PER"] == "host"
    kind = store.execute("SELECT kind FROM actors WHERE id = 'chinalco'").fetchone()[0]
    assert kind == "company"


@pytest.mark.parametrize(
    "episode, start, end, kind",
    [
        ("1849-chinese-coolie-migration", "1849", "1874", "migration"),
        ("1874-peru-china-treaty-of-friendship", "1874", None, "treaty"),
        ("1971-peru-recognises-prc", "1971", None, "diplomatic"),
        ("1873-peru-japan-diplomatic-relations", "1873", None, "diplomatic"),
        ("1963-peru-korea-diplomatic-relations", "1963-04-01", None, "diplomatic"),
        ("2009-peru-china-fta", "2009", None, "trade_agreement"),
        ("2011-peru-korea-fta-signed", "2011-03-21", None, "trade_agreement"),
        ("2012-humala-visits-seoul", "2012-05", None, "visit"),
        ("1992-shougang-buys-hierro-peru", "1992", None, "investment"),
    ],
)
def test_episode_dates(store, episode, start, end, kind):
    row = store.execute(
        "SELECT start_edtf, end_edtf, kind FROM episodes WHERE id = ?", (episode,)
    ).fetchone()
    assert row is not None, episode
    assert (row["start_edtf"], row["end_edtf"], row["kind"]) == (start, end, kind)
    cited = store.execute(
        "SELECT COUNT(*) FROM citations c JOIN passages p ON p.id = c.passage_id "
        "WHERE c.target_type = 'episode' AND c.target_id = ? AND p.source_id = ?",
        (episode, SOURCE),
    ).fetchone()[0]
    assert cited >= 1


def test_apec_entry_claim_is_1997(store):
    """This document dates Peru's APEC entry to 1997 (another source says 1998)."""
    claims = {
        r["value"]
        for r in store.execute(
            "SELECT value FROM claims WHERE subject_type = 'episode' AND field = 'start' "
            "AND source_id = ? AND subject_id LIKE '%peru-joins-apec%'",
            (SOURCE,),
        )
    }
    assert claims == {"1997"}
