"""A small relations store with the issue's scenario, built from schema.sql for tests.

Two episodes (the 1991 Huaral killings of JICA experts, the 1996–97 hostage crisis) and the
pj2003 Table 3 / Figure 1 aid series with the numbers as printed, so notes and compare tests
do not depend on how far the curators have got with the real data.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

SCHEMA = Path(__file__).resolve().parents[2] / "src" / "explorer" / "store" / "schema.sql"

HUARAL = "1991-huaral-jica-experts-killed"
HOSTAGE = "1996-japanese-embassy-hostage-crisis"
FUJIMORI = "1990-fujimori-elected"
GRANT = "pj2003-t3-oda-grant-aid"
TECH = "pj2003-t3-technical-cooperation"
JICA_1979 = "pj2003-f1-jica-technical-cooperation"

TABLE3 = {  # year: (grant aid, technical cooperation), US$ millions
    1989: (6.11, 19.66), 1990: (20.35, 19.09), 1991: (31.60, 18.79), 1992: (40.13, 15.02),
    1993: (36.07, 11.08), 1994: (26.79, 9.81), 1995: (37.22, 12.78), 1996: (28.65, 13.65),
    1997: (16.17, 11.40), 1998: (45.83, 12.15), 1999: (6.63, 18.06), 2000: (26.13, 18.62),
}  # fmt: skip
FIGURE1 = {1979: 4464, 1980: 5023, 1981: 6391, 1982: 8284, 1983: 9393, 1984: 10490,
           1985: 10318, 1986: 11742, 1987: 15780, 1988: 15479, 1989: 17909}  # fmt: skip


def build_scenario_store(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.executescript(SCHEMA.read_text(encoding="utf-8"))
    conn.executemany(
        "INSERT INTO meta VALUES (?, ?)",
        [("schema_version", "1"), ("dataset_version", "test.1"), ("title", "scenario")],
    )
    conn.execute(
        "INSERT INTO sources VALUES ('pj2003', 'Peru and Japan', 'Peru and Japan: an "
        "uneasy relationship', 'Author', 2003, 'Journal', 'article', 'en', "
        "'copyrighted', 'quotes only', NULL)"
    )
    passages = [
        (
            1,
            "pj2003",
            "§ Fujimori and Japan, ¶1",
            "The first incident occurred in 1991 in Huaral, "
            "where three JICA agricultural experts were assassinated",
        ),
        (
            2,
            "pj2003",
            "§ Fujimori and Japan, ¶3",
            "guerrillas seized the residency of the "
            "Japanese ambassador, Morihisa Aoki, and held him ... for 127 days",
        ),
        (
            3,
            "pj2003",
            "§ Fujimori, ¶1",
            "culminating in the election as president in 1990 of Alberto Fujimori",
        ),
    ]
    conn.executemany(
        "INSERT INTO passages (id, source_id, locator, quote, char_start, char_end)"
        " VALUES (?, ?, ?, ?, 0, 10)",
        passages,
    )
    actors = [
        ("PER", "Peru", "country", "PER"),
        ("JPN", "Japan", "country", "JPN"),
        ("jica", "JICA", "organisation", None),
        ("sendero-luminoso", "Shining Path", "group", None),
        ("mrta", "MRTA", "group", None),
        ("alberto-fujimori", "Alberto Fujimori", "person", None),
    ]
    conn.executemany("INSERT INTO actors (id, name, kind, iso3) VALUES (?, ?, ?, ?)", actors)
    episodes = [
        (
            HUARAL,
            "Huaral killings of JICA experts",
            "security",
            "1991",
            "1991-07-12",
            None,
            "day",
            0,
            1991.53,
            1991.53,
            1991.53,
            1991.53,
            "Three JICA agricultural experts were killed by Shining Path in Huaral.",
            0,
        ),
        (
            HOSTAGE,
            "Japanese embassy hostage crisis",
            "security",
            "December 17, 1996 – April 22, 1997",
            "1996-12-17",
            "1997-04-22",
            "day",
            0,
            1996.96,
            1996.96,
            1997.30,
            1997.30,
            "MRTA held the ambassador's residence for 127 days.",
            0,
        ),
        (
            FUJIMORI,
            "Fujimori elected president",
            "election",
            "1990",
            "1990",
            None,
            "year",
            0,
            1990.0,
            1991.0,
            1990.0,
            1991.0,
            "Alberto Fujimori won the presidency.",
            0,
        ),
    ]
    conn.executemany(
        "INSERT INTO episodes (id, title, kind, date_text, start_edtf, end_edtf, precision,"
        " uncertain, start_lo, start_hi, end_lo, end_hi, summary, disputed)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        episodes,
    )
    conn.executemany(
        "INSERT INTO episode_actors VALUES (?, ?, ?)",
        [
            (HUARAL, "PER", "host"),
            (HUARAL, "JPN", "victim"),
            (HUARAL, "jica", "victim"),
            (HUARAL, "sendero-luminoso", "perpetrator"),
            (HOSTAGE, "PER", "host"),
            (HOSTAGE, "JPN", "target"),
            (HOSTAGE, "mrta", "perpetrator"),
            (FUJIMORI, "PER", "host"),
            (FUJIMORI, "alberto-fujimori", "subject"),
        ],
    )
    conn.executemany(
        "INSERT INTO citations VALUES ('episode', ?, ?)", [(HUARAL, 1), (HOSTAGE, 2), (FUJIMORI, 3)]
    )
    series = [
        (
            GRANT,
            "Japan's ODA to Peru: grant aid",
            "oda_grant",
            None,
            "USD",
            1e6,
            "US$ millions",
            "JPN",
            "PER",
            "pj2003",
            "Table 3",
            "Japan's ODA Disbursements to Peru",
            None,
        ),
        (
            TECH,
            "Japan's ODA to Peru: technical cooperation",
            "technical_cooperation",
            None,
            "USD",
            1e6,
            "US$ millions",
            "JPN",
            "PER",
            "pj2003",
            "Table 3",
            "Japan's ODA Disbursements to Peru",
            None,
        ),
        (
            JICA_1979,
            "Technical cooperation from JICA to Peru, 1979–1989",
            "technical_cooperation",
            None,
            "USD",
            1e3,
            "US$ thousands",
            "JPN",
            "PER",
            "pj2003",
            "Figure 1",
            "Technical Cooperation from Japan (JICA) to Peru",
            None,
        ),
    ]
    conn.executemany("INSERT INTO series VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", series)
    next_passage = 10
    observations = []
    for year, (grant, tech) in TABLE3.items():
        line = f"{year} {grant:.2f} {tech:.2f}"
        conn.execute(
            "INSERT INTO passages (id, source_id, locator, quote, char_start, char_end)"
            " VALUES (?, 'pj2003', ?, ?, 0, 10)",
            (next_passage, f"Table 3, row {year}", line),
        )
        observations.append(
            (
                f"{GRANT}@{year}",
                GRANT,
                str(year),
                year,
                year + 1,
                grant,
                f"{grant:.2f}",
                None,
                None,
                next_passage,
            )
        )
        observations.append(
            (
                f"{TECH}@{year}",
                TECH,
                str(year),
                year,
                year + 1,
                tech,
                f"{tech:.2f}",
                None,
                None,
                next_passage,
            )
        )
        next_passage += 1
    for year, value in FIGURE1.items():
        conn.execute(
            "INSERT INTO passages (id, source_id, locator, quote, char_start, char_end)"
            " VALUES (?, 'pj2003', ?, ?, 0, 10)",
            (next_passage, f"Figure 1, {year}", f"{year} {value:,}"),
        )
        observations.append(
            (
                f"{JICA_1979}@{year}",
                JICA_1979,
                str(year),
                year,
                year + 1,
                value,
                f"{value:,}",
                None,
                None,
                next_passage,
            )
        )
        next_passage += 1
    # A five-year average: must stay out of the aligned charts.
    observations.append(
        (f"{GRANT}@1989/1993", GRANT, "1989/1993", 1989, 1994, 26.85, "26.85", None, None, 10)
    )
    conn.executemany("INSERT INTO observations VALUES (?,?,?,?,?,?,?,?,?,?)", observations)
    for episode_id, actors in (
        (HUARAL, "Peru Japan JICA Shining Path"),
        (HOSTAGE, "Peru Japan MRTA"),
        (FUJIMORI, "Peru Alberto Fujimori"),
    ):
        conn.execute("UPDATE episodes SET actors = ? WHERE id = ?", (actors, episode_id))
    # episodes_fts is an external-content index (as in the built store): it reads episodes.
    conn.execute("INSERT INTO episodes_fts (episodes_fts) VALUES ('rebuild')")
    conn.commit()
    conn.close()
    return path


def open_scenario(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(
        f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True, check_same_thread=False
    )
    conn.row_factory = sqlite3.Row
    return conn
