"""Figures and facts of "The rediscovery of Latin America and the Caribbean by the Japanese
public-private partnership (PPP)" (ppp2015, Revista Mundo Asia Pacífico, 2015) against the built store.

Expected values are typed from the document (seed 003), not read from data/.
"""

from __future__ import annotations

import re

import pytest

SOURCE = "ppp2015"


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


# series id, period, value, value_text, flag, words the passage locator must contain
FIGURES = [
    # Table 1-A (US$ millions; '.' thousands, ',' decimals as printed)
    (
        "ppp2015-t1a-japan-fdi-argentina",
        "2010",
        187,
        "187",
        None,
        ("Table 1-A", "row Argentina", "column 2010 Japan(A)"),
    ),
    (
        "ppp2015-t1a-world-fdi-brazil",
        "2011",
        69530,
        "69.530",
        None,
        ("Table 1-A", "row Brazil", "column 2011 World (B)"),
    ),
    (
        "ppp2015-t1a-japan-share-chile",
        "2013",
        34.7,
        "34,7",
        None,
        ("Table 1-A", "row Chile", "column 2013 (A)/(B)(%)"),
    ),
    (
        "ppp2015-t1a-japan-fdi-colombia",
        "2010",
        -13,
        "-13",
        None,
        ("Table 1-A", "row Colombia", "column 2010 Japan(A)"),
    ),
    (
        "ppp2015-t1a-japan-fdi-mexico",
        "2012",
        1812,
        "1.812",
        None,
        ("Table 1-A", "row Mexico", "column 2012 Japan(A)"),
    ),
    (
        "ppp2015-t1a-japan-fdi-peru",
        "2011",
        6,
        "6",
        None,
        ("Table 1-A", "row Peru", "column 2011 Japan(A)"),
    ),
    (
        "ppp2015-t1a-world-fdi-peru",
        "2013",
        201,
        "201",
        None,
        ("Table 1-A", "row Peru", "column 2013 World (B)"),
    ),
    (
        "ppp2015-t1a-japan-fdi-total-6-countries",
        "2011",
        9983,
        "9.983",
        None,
        ("Table 1-A", "row Total of the 6 countiries", "column 2011 Japan(A)"),
    ),
    # Table 1-B (US$ millions)
    (
        "ppp2015-t1b-china-fdi-peru",
        "1990/2009",
        2262,
        "2.262",
        None,
        ("Table 1-B", "row Peru", "column 1990-2009"),
    ),
    (
        "ppp2015-t1b-china-fdi-peru",
        "2013",
        4626,
        "4.626",
        None,
        ("Table 1-B", "row Peru", "column 2013"),
    ),
    (
        "ppp2015-t1b-china-fdi-trinidad-and-tobago",
        "2011",
        850,
        "850",
        None,
        ("Table 1-B", "row Trinidad and Tobago", "column 2011"),
    ),
    (
        "ppp2015-t1b-china-fdi-venezuela",
        "2011",
        None,
        "na",
        "missing",
        ("Table 1-B", "row Venezuela", "column 2011"),
    ),
    (
        "ppp2015-t1b-china-fdi-lac",
        "2010",
        13712,
        "13.712",
        None,
        ("Table 1-B", "row LAC", "column 2010"),
    ),
    # Figure 6 data label (chart value surviving in the extraction)
    (
        "ppp2015-f6-label-07",
        "2013",
        46.62615222,
        "46,62615222",
        None,
        ("Figure 6", "data label 7 of 14"),
    ),
    # figures in running text
    ("ppp2015-text-japan-exports-to-lac", "2014", 33.8, "US$33.8", None, ("§ Trade", "¶3")),
    ("ppp2015-text-japan-lac-trade-total", "2002", 23, "US$23 billion", None, ("§ Trade", "¶4")),
    ("ppp2015-text-japan-share-peru-exports", "1993", 8.7, "8.7%", None, ("§ Trade", "¶6")),
    (
        "ppp2015-text-japan-fdi-stock-lac",
        "2013",
        120,
        "US$120 billion",
        None,
        ("§ Foreign Direct Investment (FDI)", "¶5"),
    ),
    (
        "ppp2015-text-japanese-affiliates-lac",
        "2013",
        1251,
        "1,251",
        None,
        ("§ Foreign Direct Investment (FDI)", "¶8"),
    ),
    (
        "ppp2015-text-debt-to-japanese-banks-five-countries",
        "1986-09",
        28.6,
        "US$28.6 billion",
        None,
        ("§ Japanese finance to LAC", "¶7"),
    ),
    (
        "ppp2015-text-japan-oda-lac-accumulated",
        "1984/1994",
        7.1,
        "US$7.1 billion",
        None,
        ("§ Significance of LAC in Japan’s ODA", "¶2"),
    ),
    (
        "ppp2015-text-jica-disbursement-lac",
        "2013",
        277,
        "US$277 million",
        None,
        ("§ Significance of LAC in Japan’s ODA", "¶3"),
    ),
    (
        "ppp2015-text-jbic-commitments-lac-jpy",
        "2012",
        805,
        "805 billion yens",
        None,
        ("Footnote 10",),
    ),
    (
        "ppp2015-text-japan-peru-epa-exemptions",
        "2012",
        749,
        "749",
        None,
        ("§ BEYOND FREE TRADE", "¶12"),
    ),
    (
        "ppp2015-text-japan-climate-finance",
        "2013/2014",
        20,
        "approximately US$ 20 billion",
        "approximate",
        ("§ ACTIONS AND POLICIES", "¶12"),
    ),
    (
        "ppp2015-text-japanese-bank-financing-lac",
        "1982-08",
        30,
        "over US$30 billion",
        "lower_bound",
        ("§ Introduction", "¶3"),
    ),
    (
        "ppp2015-text-nikkei-population-lac",
        "2015",
        1.8,
        "Approximately 1.8 million",
        "approximate",
        ("§ Introduction", "¶10"),
    ),
]


@pytest.mark.parametrize(
    "series_id, period, value, value_text, flag, locator_words",
    FIGURES,
    ids=[f"{f[0]}@{f[1]}" for f in FIGURES],
)
def test_figure(store, series_id, period, value, value_text, flag, locator_words):
    row = store.execute(
        "SELECT o.value, o.value_text, o.flag, p.locator, p.quote, p.source_id, s.source_id AS s_source "
        "FROM observations o JOIN passages p ON p.id = o.passage_id JOIN series s ON s.id = o.series_id "
        "WHERE o.series_id = ? AND o.period = ?",
        (series_id, period),
    ).fetchone()
    assert row is not None, f"{series_id}@{period} missing"
    if value is None:
        assert row["value"] is None
    else:
        assert row["value"] == pytest.approx(value)
    assert row["value_text"] == value_text
    assert row["flag"] == flag
    assert row["source_id"] == SOURCE and row["s_source"] == SOURCE
    for word in locator_words:
        assert word in row["locator"], (word, row["locator"])
    assert value_text in squash(row["quote"])


def test_series_units_and_scale(store):
    t1a = store.execute(
        "SELECT unit, scale, reporter, partner, table_ref FROM series WHERE id = ?",
        ("ppp2015-t1a-japan-fdi-peru",),
    ).fetchone()
    assert tuple(t1a) == ("USD", 1_000_000, "JPN", "PER", "Table 1-A")
    share = store.execute(
        "SELECT unit, scale FROM series WHERE id = ?", ("ppp2015-t1a-japan-share-peru",)
    ).fetchone()
    assert tuple(share) == ("percent", 1)
    t1b = store.execute(
        "SELECT unit, scale, reporter, partner, table_ref FROM series WHERE id = ?",
        ("ppp2015-t1b-china-fdi-lac",),
    ).fetchone()
    assert tuple(t1b) == ("USD", 1_000_000, "CHN", "LAC", "Table 1-B")
    bn = store.execute(
        "SELECT unit, scale, table_ref FROM series WHERE id = ?",
        ("ppp2015-text-japan-fdi-stock-lac",),
    ).fetchone()
    assert tuple(bn) == ("USD", 1_000_000_000, "text")


def test_every_table_cell_is_an_observation(store):
    n1a = store.execute(
        "SELECT COUNT(*) FROM observations WHERE series_id LIKE 'ppp2015-t1a-%'"
    ).fetchone()[0]
    n1b = store.execute(
        "SELECT COUNT(*) FROM observations WHERE series_id LIKE 'ppp2015-t1b-%'"
    ).fetchone()[0]
    assert n1a == 7 * 12  # six countries + total, 4 years x (Japan, World, ratio)
    assert n1b == 11 * 5  # ten destinations + LAC, 1990-2009 and 2010-2013
    missing = store.execute(
        "SELECT COUNT(*) FROM observations WHERE series_id LIKE 'ppp2015-t1b-%' "
        "AND flag = 'missing' AND value IS NULL"
    ).fetchone()[0]
    assert (
        missing == 10
    )  # the ten 'na' cells (Chile 1, Guyana 3, Trinidad and Tobago 4, Venezuela 2)


def test_table_1a_totals_add_up(store):
    for year in ("2010", "2011", "2012", "2013"):
        parts = store.execute(
            "SELECT SUM(value) FROM observations WHERE period = ? AND series_id LIKE 'ppp2015-t1a-japan-fdi-%' "
            "AND series_id != 'ppp2015-t1a-japan-fdi-total-6-countries'",
            (year,),
        ).fetchone()[0]
        total = store.execute(
            "SELECT value FROM observations WHERE id = ?",
            (f"ppp2015-t1a-japan-fdi-total-6-countries@{year}",),
        ).fetchone()[0]
        assert parts == pytest.approx(total)


def test_oecf_share_is_flagged_inconsistent(store):
    row = store.execute(
        "SELECT value, flag, flag_reason FROM observations WHERE id = ?",
        ("ppp2015-text-oecf-lac-share-governments@1993",),
    ).fetchone()
    assert row["value"] == pytest.approx(6.2)
    assert row["flag"] == "inconsistent"
    assert "67 billion" in row["flag_reason"]


@pytest.mark.parametrize(
    "episode_id, start, kind, actor",
    [
        ("2012-japan-peru-epa", "2012", "trade_agreement", "PER"),
        ("2007-japan-chile-epa", "2007", "trade_agreement", "CHL"),
        ("2014-abe-tour-of-latin-america", "2014-05", "visit", "shinzo-abe"),
        ("2015-kishida-visits-cuba", "2015", "visit", "CUB"),
        ("2013-japan-pacific-alliance-observer", "2013-01", "multilateral", "pacific-alliance"),
        ("1999-jbic-created", "1999-10-01", "institution", "jbic"),
        (
            "2015-japan-brazil-joint-economic-committee",
            "2015-09-01",
            "trade_agreement",
            "keidanren",
        ),
        ("2015-japan-green-climate-fund-arrangement", "2015-05?", "aid", "green-climate-fund"),
        ("1982-latin-american-debt-crisis-outbreak", "1982-08", "finance", "JPN"),
        ("2015-japan-approves-peruvian-avocado-protocol", "2015-03-05", "trade", "PER"),
    ],
)
def test_central_episodes(store, episode_id, start, kind, actor):
    row = store.execute(
        "SELECT start_edtf, kind FROM episodes WHERE id = ?", (episode_id,)
    ).fetchone()
    assert row is not None, episode_id
    assert row["start_edtf"] == start and row["kind"] == kind
    actors = {
        r[0]
        for r in store.execute(
            "SELECT actor_id FROM episode_actors WHERE episode_id = ?", (episode_id,)
        )
    }
    assert actor in actors
    cited = store.execute(
        "SELECT COUNT(*) FROM citations c JOIN passages p ON p.id = c.passage_id "
        "WHERE c.target_type = 'episode' AND c.target_id = ? AND p.source_id = ?",
        (episode_id, SOURCE),
    ).fetchone()[0]
    assert cited >= 1


def test_this_document_dates_perus_apec_entry_to_1998(store):
    claims = {
        r["value"]
        for r in store.execute(
            "SELECT value FROM claims WHERE subject_type = 'episode' AND subject_id = '1997-peru-joins-apec' "
            "AND field = 'start' AND source_id = ?",
            (SOURCE,),
        )
    }
    assert claims == {"1998"}


def test_japan_mexico_epa_cited_for_2005(store):
    claims = {
        r["value"]
        for r in store.execute(
            "SELECT value FROM claims WHERE subject_type = 'episode' AND subject_id = '2005-japan-mexico-epa' "
            "AND field = 'start' AND source_id = ?",
            (SOURCE,),
        )
    }
    assert claims == {"2005"}
