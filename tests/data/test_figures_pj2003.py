"""Figures and facts of source pj2003 ("Peru and Japan: an uneasy relationship", late 2003),
checked against the built store. Expected values are typed from the document itself."""

from __future__ import annotations

import pytest

SOURCE = "pj2003"


def observation(store, series_id: str, period: str):
    row = store.execute(
        "SELECT o.*, p.locator, p.quote, p.source_id, p.char_start, s.unit, s.scale, s.table_ref "
        "FROM observations o JOIN passages p ON p.id = o.passage_id JOIN series s ON s.id = o.series_id "
        "WHERE o.series_id = ? AND o.period = ?",
        (series_id, period),
    ).fetchone()
    assert row is not None, f"no observation {series_id}@{period}"
    assert row["source_id"] == SOURCE and row["char_start"] >= 0
    return row


# (series, period, value, value_text, unit, scale, locator fragments: table, row, column)
FIGURES = [
    # Table 3: the headline question - Japan's ODA loan aid to Peru in 1991, gross and net
    (
        "pj2003-t3-oda-loans-gross",
        "1991",
        304.57,
        "304.57",
        "USD",
        1e6,
        ("Table 3", "row 1991", "column Loan Aid Gross"),
    ),
    (
        "pj2003-t3-oda-loans-net",
        "1991",
        302.42,
        "302.42",
        "USD",
        1e6,
        ("Table 3", "row 1991", "column Loan Aid Net"),
    ),
    (
        "pj2003-t3-grant-aid",
        "1998",
        45.83,
        "45.83",
        "USD",
        1e6,
        ("Table 3", "row 1998", "column Grant Aid"),
    ),
    (
        "pj2003-t3-oda-total",
        "1989/2000",
        1382.33,
        "1382.33",
        "USD",
        1e6,
        ("Table 3", "row Total ac-", "column Total (grand total)"),
    ),
    # Table 1
    (
        "pj2003-t1-exports-total",
        "1971/1975",
        219.9,
        "219.9",
        "USD",
        1e6,
        ("Table 1", "row Exports to Japan", "column 1971-75"),
    ),
    (
        "pj2003-t1-balance",
        "1998",
        -90.0,
        "-90.0",
        "USD",
        1e6,
        ("Table 1", "row Balance", "column 1998"),
    ),
    (
        "pj2003-t1-imports-heavy-machinery",
        "1996",
        257.1,
        "(257.1)",
        "USD",
        1e6,
        ("Table 1", "row Imports from Japan > Heavy industry > Machinery", "column 1996"),
    ),
    # Table 2 (units exactly as printed: US$ millions; the LAC/World row is a percentage)
    (
        "pj2003-t2-fdi-peru",
        "1971/1975",
        378,
        "378",
        "USD",
        1e6,
        ("Table 2", "row Peru", "column 1971-1975"),
    ),
    (
        "pj2003-t2-fdi-world",
        "1986/1990",
        227157,
        "227,157",
        "USD",
        1e6,
        ("Table 2", "row World", "column 1986-1990"),
    ),
    (
        "pj2003-t2-lac-share-of-world",
        "1951/1965",
        29.6,
        "29.6",
        "percent",
        1,
        ("Table 2", "row LAC/World", "column To 1965"),
    ),
    # Table 4
    (
        "pj2003-t4-aid-from-jpn",
        "1991",
        352.9,
        "(352.9)",
        "USD",
        1e6,
        ("Table 4", "column 1991", "row 1st (Japan)"),
    ),
    (
        "pj2003-t4-aid-from-ita",
        "1990",
        80.60,
        "(80.60)",
        "USD",
        1e6,
        ("Table 4", "column 1990", "row 1st (Italy)"),
    ),
    # Table 5 (JEXIM) and Table 6 (OECF)
    (
        "pj2003-t5-san-gaban-hydroelectric-usd",
        "1995-03",
        155,
        "US$155 m.",
        "USD",
        1e6,
        ("Table 5", "row San Gaban Hydroelectric Power Plant Project", "column co-lender"),
    ),
    (
        "pj2003-t6-yuncan-hydroelectric-power-plant",
        "1996",
        33000,
        "33,000",
        "JPY",
        1e6,
        ("Table 6", "row Yuncan Hydroelectric Power Plant", "column Financing"),
    ),
    # Table 7 and Figure 1
    (
        "pj2003-t7-peruvians-registered-in-japan",
        "1991",
        26837,
        "26,837",
        "persons",
        1,
        ("Table 7", "row 1991", ""),
    ),
    (
        "pj2003-f1-jica-technical-cooperation",
        "1989",
        17909,
        "17,909",
        "USD",
        1e3,
        ("Figure 1", "row 1989", ""),
    ),
    # figures in the running text
    (
        "pj2003-text-japanese-immigrants-to-peru",
        "1941",
        33000,
        "more than 33,000",
        "persons",
        1,
        ("Developing a Relationship", "¶1", ""),
    ),
    (
        "pj2003-text-1999-credits-total",
        "1999",
        958,
        "$958 million",
        "USD",
        1e6,
        ("Development Assistance", "¶6", ""),
    ),
]


@pytest.mark.parametrize(
    "series_id, period, value, value_text, unit, scale, where",
    FIGURES,
    ids=[f"{f[0]}@{f[1]}" for f in FIGURES],
)
def test_figure(store, series_id, period, value, value_text, unit, scale, where):
    row = observation(store, series_id, period)
    assert row["value"] == pytest.approx(value)
    assert row["value_text"] == value_text
    assert row["unit"] == unit and row["scale"] == scale
    for fragment in where:
        assert fragment in row["locator"], (fragment, row["locator"])
    assert value_text in row["quote"]


def test_headline_question_1991_loans_are_one_row_of_table_3(store):
    gross = observation(store, "pj2003-t3-oda-loans-gross", "1991")
    net = observation(store, "pj2003-t3-oda-loans-net", "1991")
    assert (gross["quote"], gross["char_start"]) == (
        net["quote"],
        net["char_start"],
    )  # the same printed row
    assert gross["quote"] == "1991 | 31.60 | 18.79 | 50.39 | 304.57 | 302.42 | 352.85"
    assert gross["table_ref"] == "Table 3"


def test_metal_products_1997_is_flagged_inconsistent(store):
    row = observation(store, "pj2003-t1-exports-raw-metal-products", "1997")
    assert (row["value"], row["value_text"], row["flag"]) == (719.6, "(719.6)", "inconsistent")
    assert "218.0" in row["flag_reason"]
    assert "Table 1" in row["locator"] and "Raw materials > Metal products" in row["locator"]


@pytest.mark.parametrize(
    "series_id, period",
    [
        ("pj2003-t1-exports-manuf-metal-products", "1999"),
        ("pj2003-t1-exports-manuf-metal-products", "2000"),
        ("pj2003-t1-exports-manufactured", "2000"),
        ("pj2003-t1-imports-heavy-industry", "1991/1995"),
        ("pj2003-t1-balance", "1991/1995"),
        ("pj2003-t1-balance", "2000"),
        ("pj2003-t2-fdi-panama", "1951/2000"),
        ("pj2003-t2-fdi-cayman-is", "1951/2000"),
        ("pj2003-text-oda-loans-net-1989-1999", "1989/1999"),
    ],
)
def test_other_impossible_figures_are_flagged(store, series_id, period):
    row = observation(store, series_id, period)
    assert row["flag"] == "inconsistent" and row["flag_reason"]


def test_blank_and_dash_cells_are_kept_as_missing(store):
    blank = observation(store, "pj2003-t2-fdi-peru", "1991/1995")
    assert blank["value"] is None and blank["flag"] == "missing"
    dash = observation(store, "pj2003-t1-imports-heavy-industry", "1997")
    assert dash["value"] is None and dash["value_text"] == "--" and dash["flag"] == "missing"


def test_every_table_cell_is_an_observation(store):
    def count(prefix):
        return store.execute(
            "SELECT COUNT(*) FROM observations WHERE series_id LIKE ?", (prefix + "%",)
        ).fetchone()[0]

    assert count("pj2003-t1-") == 20 * 10  # 20 rows x 10 period columns
    assert count("pj2003-t2-") == 13 * 9  # 13 rows x 9 columns (blanks included, flagged missing)
    assert count("pj2003-t3-") == 13 * 6  # 12 years + total row, 6 value columns
    assert count("pj2003-t4-") == 5 * 11  # 5 ranks x 11 years
    assert count("pj2003-t6-") == 24 + 1  # 24 OECF projects + the 1991 structural-adjustment note
    assert count("pj2003-t7-") == 10 and count("pj2003-f1-") == 11


EPISODES = [  # id, start, end, kind, (actor, role)
    ("1968-velasco-military-coup", "1968-10", None, "coup", ("juan-velasco-alvarado", "leader")),
    ("1973-first-japanese-oda-loan-to-peru", "1973", None, "finance", ("electroperu", "borrower")),
    (
        "1991-huaral-killing-of-jica-experts",
        "1991",
        None,
        "security",
        ("sendero-luminoso", "perpetrator"),
    ),
    ("1991-support-group-for-peru-formed", "1991", None, "finance", ("JPN", "member")),
    ("1996-hashimoto-visits-peru", "1996", None, "visit", ("ryutaro-hashimoto", "visitor")),
    (
        "1996-japanese-embassy-hostage-crisis",
        "1996-12",
        "[1997-04-07..1997-05-07]",
        "security",
        ("mrta", "perpetrator"),
    ),
    (
        "2000-fujimori-flees-to-japan-and-resigns",
        "2000-11",
        None,
        "domestic_politics",
        ("alberto-fujimori", "subject"),
    ),
    ("2003-peru-formal-extradition-request", "2003-08", None, "legal", ("JPN", "target")),
    (
        "1999-oecf-loan-el-nino-affected-highway-rehabilitation",
        "1999",
        None,
        "finance",
        ("oecf", "lender"),
    ),
    ("1997-jexim-imf-eff-parallel-lending", "1997-02", None, "finance", ("imf", "lender")),
]


@pytest.mark.parametrize(
    "eid, start, end, kind, actor_role", EPISODES, ids=[e[0] for e in EPISODES]
)
def test_episode(store, eid, start, end, kind, actor_role):
    row = store.execute("SELECT * FROM episodes WHERE id = ?", (eid,)).fetchone()
    assert row is not None, eid
    assert (row["start_edtf"], row["end_edtf"], row["kind"]) == (start, end, kind)
    assert store.execute(
        "SELECT 1 FROM episode_actors WHERE episode_id = ? AND actor_id = ? AND role = ?",
        (eid, *actor_role),
    ).fetchone()
    cited = store.execute(
        "SELECT 1 FROM citations c JOIN passages p ON p.id = c.passage_id "
        "WHERE c.target_type = 'episode' AND c.target_id = ? AND p.source_id = ?",
        (eid, SOURCE),
    ).fetchone()
    assert cited


def test_first_oda_loan_date_claims_of_text_and_table_6_are_both_kept(store):
    claims = {
        r["value"]
        for r in store.execute(
            "SELECT value FROM claims WHERE subject_type = 'episode' AND subject_id = ? AND field = 'start' "
            "AND source_id = ?",
            ("1973-first-japanese-oda-loan-to-peru", SOURCE),
        )
    }
    assert claims == {"1973", "1979"}


def test_passages_hold_no_hosting_site_gloss(store):
    quotes = [
        r[0] for r in store.execute("SELECT quote FROM passages WHERE source_id = ?", (SOURCE,))
    ]
    assert quotes
    for marker in (
        "RETRIBUTION",
        "MEDIATE, POWERS",
        "Open Document Architecture",
        "Noun 1.",
        "IPA",
        "Farlex",
    ):
        assert not any(marker in q for q in quotes), marker
    assert all(
        p >= 0
        for (p,) in store.execute("SELECT char_start FROM passages WHERE source_id = ?", (SOURCE,))
    )
