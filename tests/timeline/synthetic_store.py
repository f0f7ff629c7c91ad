"""Synthetic relations stores for tests and benchmarks: known shapes, any size, no curators.

`build_demo_store` writes a small store shaped like the real one (presidencies, the embassy
hostage crisis, Japan's ODA to Peru with a period average and a flagged cell) so the panes can
be tested while the data is still being written. `build_large_store` adds n random episodes for
the level-of-detail benchmark. Both start from the real schema.sql.
"""

from __future__ import annotations

import random
import sqlite3
from importlib import resources
from pathlib import Path

from explorer.store.bundled import SCHEMA_VERSION

KINDS = (
    "migration",
    "immigration_policy",
    "diplomatic",
    "treaty",
    "trade_agreement",
    "visit",
    "multilateral",
    "coup",
    "security",
    "aid",
    "finance",
    "investment",
    "trade",
    "legal",
)
PARTNERS = ("JPN", "CHN", "KOR", "USA")

PRESIDENCIES = (
    ("presidency-castilla", "Ramón Castilla", 1845.3, 1851.3),
    ("presidency-echenique", "José Rufino Echenique", 1851.3, 1855.0),
    ("presidency-balta", "José Balta", 1868.6, 1872.6),
    ("presidency-pardo", "Manuel Pardo", 1872.6, 1876.6),
    ("presidency-leguia", "Augusto B. Leguía", 1919.5, 1930.6),
    ("presidency-prado-1", "Manuel Prado", 1939.6, 1945.6),
    ("military-government-1968", "Velasco (military government)", 1968.75, 1975.66),
    ("presidency-belaunde-2", "Fernando Belaúnde", 1980.55, 1985.57),
    ("presidency-garcia-1", "Alan García", 1985.57, 1990.57),
    ("presidency-fujimori", "Alberto Fujimori", 1990.57, 2000.89),
    ("presidency-toledo", "Alejandro Toledo", 2001.57, 2006.57),
    ("presidency-garcia-2", "Alan García", 2006.57, 2011.57),
    ("presidency-humala", "Ollanta Humala", 2011.57, 2016.57),
)

# (id, title, kind, date_text, start_edtf, end_edtf, precision, uncertain, bounds, partners)
DEMO_EPISODES = (
    (
        "1849-chinese-immigration-law",
        "Chinese Immigration Law",
        "immigration_policy",
        "1849",
        "1849",
        None,
        "year",
        0,
        (1849.0, 1850.0, 1849.0, 1850.0),
        ("CHN",),
    ),
    (
        "1849-coolie-trade",
        "Coolie trade brings Chinese labourers",
        "migration",
        "1849–1874",
        "1849",
        "1874",
        "year",
        0,
        (1849.0, 1850.0, 1874.0, 1875.0),
        ("CHN",),
    ),
    (
        "1873-treaty-with-japan",
        "Treaty of friendship with Japan",
        "treaty",
        "1873",
        "1873-08-21",
        None,
        "day",
        0,
        (1873.636, 1873.639, 1873.636, 1873.639),
        ("JPN",),
    ),
    (
        "1899-japanese-immigration",
        "First Japanese immigrants arrive",
        "migration",
        "April 3, 1899",
        "1899-04-03",
        "1923",
        "day",
        0,
        (1899.252, 1899.255, 1923.0, 1924.0),
        ("JPN",),
    ),
    (
        "1935-mid-1930s-tensions",
        "Anti-Japanese sentiment grows",
        "domestic_politics",
        "mid-1930s",
        "1935~",
        None,
        "year",
        1,
        (1934.0, 1937.0, 1934.0, 1937.0),
        ("JPN",),
    ),
    (
        "1940-anti-japanese-riots",
        "Anti-Japanese riots in Lima",
        "security",
        "May 1940",
        "1940-05",
        None,
        "month",
        0,
        (1940.33, 1940.41, 1940.33, 1940.41),
        ("JPN",),
    ),
    (
        "1971-relations-with-china",
        "Diplomatic relations with the PRC",
        "diplomatic",
        "November 2, 1971",
        "1971-11-02",
        None,
        "day",
        0,
        (1971.836, 1971.839, 1971.836, 1971.839),
        ("CHN",),
    ),
    (
        "1989-late-1989-campaign",
        "Fujimori's campaign draws on Nikkei support",
        "election",
        "late 1989",
        "1989-41",
        None,
        "season",
        1,
        (1989.5, 1990.0, 1989.5, 1990.0),
        ("JPN",),
    ),
    (
        "1991-fujimori-visits-japan",
        "Fujimori visits Japan",
        "visit",
        "March 1991",
        "1991-03",
        None,
        "month",
        0,
        (1991.16, 1991.25, 1991.16, 1991.25),
        ("JPN",),
    ),
    (
        "1992-fujimori-self-coup",
        "Fujimori's self-coup (autogolpe)",
        "coup",
        "April 5, 1992",
        "1992-04-05",
        None,
        "day",
        0,
        (1992.26, 1992.263, 1992.26, 1992.263),
        (),
    ),
    (
        "1996-japanese-embassy-hostage-crisis",
        "Japanese embassy hostage crisis",
        "security",
        "December 17, 1996 – April 22, 1997",
        "1996-12-17",
        "1997-04-22",
        "day",
        0,
        (1996.958, 1996.961, 1997.304, 1997.307),
        ("JPN",),
    ),
    (
        "1998-apec-entry",
        "Peru joins APEC",
        "multilateral",
        "1997 or 1998",
        "1998",
        None,
        "year",
        1,
        (1997.0, 1999.0, 1997.0, 1999.0),
        ("JPN", "CHN"),
    ),
    (
        "2009-china-fta",
        "Peru–China free trade agreement",
        "trade_agreement",
        "April 28, 2009",
        "2009-04-28",
        None,
        "day",
        0,
        (2009.32, 2009.323, 2009.32, 2009.323),
        ("CHN",),
    ),
    (
        "2011-korea-fta",
        "Peru–Korea free trade agreement",
        "trade_agreement",
        "2011",
        "2011",
        None,
        "year",
        0,
        (2011.0, 2012.0, 2011.0, 2012.0),
        ("KOR",),
    ),
    (
        "2012-japan-peru-epa",
        "Japan–Peru Economic Partnership Agreement",
        "trade_agreement",
        "March 1, 2012",
        "2012-03-01",
        None,
        "day",
        0,
        (2012.16, 2012.163, 2012.16, 2012.163),
        ("JPN",),
    ),
)

# Japan's ODA to Peru (US$ millions): a 1971/1975 average, annual values, one flagged cell.
ODA = {
    "pj2003-t3-oda-grants": (
        "oda_grant",
        "Grants",
        [
            ("1971/1975", 1.2),
            *(
                (str(y), v)
                for y, v in zip(
                    range(1986, 2001),
                    (
                        20.1,
                        31.5,
                        40.2,
                        28.0,
                        25.3,
                        61.4,
                        33.7,
                        45.9,
                        52.6,
                        60.3,
                        48.8,
                        55.1,
                        40.2,
                        38.7,
                        35.9,
                    ),
                    strict=True,
                )
            ),
        ],
    ),
    "pj2003-t3-oda-loans": (
        "oda_loan",
        "Loans (gross)",
        [
            ("1971/1975", 8.4),
            *(
                (str(y), v)
                for y, v in zip(
                    range(1986, 2001),
                    (
                        10.0,
                        0.0,
                        5.5,
                        2.1,
                        0.0,
                        120.5,
                        15.2,
                        80.7,
                        95.1,
                        130.0,
                        210.3,
                        180.9,
                        90.4,
                        60.2,
                        70.8,
                    ),
                    strict=True,
                )
            ),
        ],
    ),
}


def _connect(path: Path) -> sqlite3.Connection:
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path)
    schema = resources.files("explorer.store").joinpath("schema.sql").read_text(encoding="utf-8")
    conn.executescript(schema)
    conn.executemany(
        "INSERT INTO meta VALUES (?, ?)",
        [
            ("schema_version", SCHEMA_VERSION),
            ("dataset_version", "synthetic"),
            ("title", "Synthetic store"),
        ],
    )
    conn.execute(
        "INSERT INTO sources VALUES ('pj2003', 'Peru and Japan (2003)', 'Peru and Japan: "
        "an uneasy relationship', NULL, 2003, 'Journal', 'article', 'en', "
        "'copyrighted', 'Quoted under fair use', NULL)"
    )
    conn.execute(
        "INSERT INTO sources VALUES ('sy2013', 'Sanborn & Yong (c. 2013)', 'Relations', "
        "NULL, 2013, 'UP', 'report', 'en', 'copyrighted', 'fair use', NULL)"
    )
    for iso, name in (
        ("PER", "Peru"),
        ("JPN", "Japan"),
        ("CHN", "China"),
        ("KOR", "South Korea"),
        ("USA", "United States"),
    ):
        conn.execute(
            "INSERT INTO actors (id, name, kind, iso3) VALUES (?, ?, 'country', ?)",
            (iso, name, iso),
        )
    return conn


def _passage(conn: sqlite3.Connection, source: str, locator: str, quote: str) -> int:
    cur = conn.execute(
        "INSERT INTO passages (source_id, locator, quote, char_start, char_end) "
        "VALUES (?, ?, ?, 0, ?)",
        (source, locator, quote, len(quote)),
    )
    return int(cur.lastrowid)


def _insert_episode(conn, row, summary: str = "") -> None:
    eid, title, kind, text, s_edtf, e_edtf, prec, unc, (slo, shi, elo, ehi), partners = row
    conn.execute(
        "INSERT INTO episodes (id, title, kind, date_text, start_edtf, end_edtf, precision,"
        " uncertain, start_lo, start_hi, end_lo, end_hi, summary)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (eid, title, kind, text, s_edtf, e_edtf, prec, unc, slo, shi, elo, ehi, summary or title),
    )
    conn.execute("INSERT INTO episode_actors VALUES (?, 'PER', 'participant')", (eid,))
    for partner in partners:
        conn.execute("INSERT INTO episode_actors VALUES (?, ?, 'participant')", (eid, partner))


def _fill_fts(conn: sqlite3.Connection) -> None:
    # episodes_fts is an external-content index (as in the built store): it reads episodes.
    conn.execute("INSERT INTO episodes_fts (episodes_fts) VALUES ('rebuild')")


def build_demo_store(path: Path) -> Path:
    """A small store with the shapes the panes must handle; returns its path."""
    conn = _connect(Path(path))
    with conn:
        for pid, name, lo, hi in PRESIDENCIES:
            kind = "military_government" if pid.startswith("military") else "presidency"
            conn.execute(
                "INSERT INTO periods (id, name, kind, date_text, start_edtf, end_edtf, start_lo,"
                " start_hi, end_lo, end_hi, actor_id, country)"
                " VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, NULL, 'PER')",
                (pid, name, kind, f"{int(lo)}–{int(hi)}", str(int(lo)), lo, lo, hi, hi),
            )
        conn.execute(
            "INSERT INTO periods (id, name, kind, date_text, start_edtf, end_edtf, start_lo,"
            " start_hi, end_lo, end_hi, actor_id, country)"
            " VALUES ('era-guano', 'Guano era', 'era', '1840s–1870s',"
            " '184X', '187X', 1840, 1850, 1870, 1880, NULL, 'PER')"
        )
        for row in DEMO_EPISODES:
            _insert_episode(conn, row)
            passage = _passage(conn, "pj2003", "§ test", f"Passage about {row[1]}.")
            conn.execute("INSERT INTO citations VALUES ('episode', ?, ?)", (row[0], passage))
        # APEC entry: the sources disagree, so it is disputed.
        conn.execute("UPDATE episodes SET disputed = 1 WHERE id = '1998-apec-entry'")
        for source, year in (("pj2003", "1997"), ("sy2013", "1998")):
            passage = _passage(conn, source, "§ APEC", f"Peru entered APEC in {year}.")
            conn.execute(
                "INSERT INTO claims (subject_type, subject_id, field, value, value_text,"
                " lo, hi, source_id, passage_id) VALUES ('episode', '1998-apec-entry',"
                " 'start', ?, ?, ?, ?, ?, ?)",
                (year, year, float(year), float(year) + 1, source, passage),
            )
        for sid, (indicator, category, values) in ODA.items():
            conn.execute(
                "INSERT INTO series VALUES (?, ?, ?, ?, 'USD', 1000000, 'US$ millions', 'JPN', "
                "'PER', 'pj2003', 'Table 3', 'Japan''s ODA to Peru', NULL)",
                (sid, f"Japan's ODA to Peru: {category.lower()}", indicator, category),
            )
            for period, value in values:
                first, _, last = period.partition("/")
                start, end = float(first), float(last or first) + 1.0
                oid = f"{sid}@{period}"
                row_text = f"{period} | {value:,.1f}"
                passage = _passage(
                    conn, "pj2003", f"Table 3, row {period}, column {category}", row_text
                )
                flag = reason = None
                if sid.endswith("loans") and period == "1996":
                    flag, reason = "inconsistent", "exceeds its category total of 200.0"
                conn.execute(
                    "INSERT INTO observations VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (oid, sid, period, start, end, value, f"{value:,.1f}", flag, reason, passage),
                )
                conn.execute("INSERT INTO citations VALUES ('observation', ?, ?)", (oid, passage))
        # A series in another unit, so the chart must not share one axis.
        conn.execute(
            "INSERT INTO series VALUES ('sy2013-t1-nikkei', 'Nikkei population in Peru',"
            " 'migrants', NULL, 'persons', 1, 'persons', 'JPN', 'PER', 'sy2013', "
            "'text', NULL, NULL)"
        )
        for year, value in ((1940, 17598), (1989, 45000), (2000, 80000)):
            oid = f"sy2013-t1-nikkei@{year}"
            passage = _passage(conn, "sy2013", "§ Migration", f"about {value} persons")
            conn.execute(
                "INSERT INTO observations VALUES (?, 'sy2013-t1-nikkei', ?, ?, ?, ?, ?,"
                " 'approximate', NULL, ?)",
                (oid, str(year), year, year + 1.0, value, f"about {value:,}", passage),
            )
        _fill_fts(conn)
    conn.close()
    return Path(path)


def build_large_store(path: Path, n_episodes: int = 100_000, seed: int = 7) -> Path:
    """The demo store plus n random episodes over 1849–2015 (points and spans, all precisions)."""
    build_demo_store(path)
    rng = random.Random(seed)
    conn = sqlite3.connect(path)
    precisions = ("day", "day", "day", "month", "season", "year", "year", "decade")
    widths = {"day": 0.003, "month": 1 / 12, "season": 0.25, "year": 1.0, "decade": 10.0}
    with conn:
        rows, actors = [], []
        for i in range(n_episodes):
            kind = rng.choice(KINDS)
            precision = rng.choice(precisions)
            start = (
                rng.uniform(1849, 2015) if rng.random() < 0.5 else rng.triangular(1849, 2015, 2005)
            )
            width = widths[precision]
            spans = rng.random() < 0.3
            end = start + rng.expovariate(1 / 3) if spans else start
            uncertain = int(rng.random() < 0.1)
            eid = f"{int(start)}-synthetic-{i:06d}"
            rows.append(
                (
                    eid,
                    f"Synthetic episode {i}",
                    kind,
                    f"about {int(start)}",
                    str(int(start)),
                    str(int(end)) if spans else None,
                    precision,
                    uncertain,
                    start,
                    start + width,
                    end,
                    end + width,
                    "synthetic",
                    0,
                )
            )
            actors.append((eid, rng.choice(PARTNERS), "participant"))
        conn.executemany(
            "INSERT INTO episodes (id, title, kind, date_text, start_edtf, end_edtf, precision,"
            " uncertain, start_lo, start_hi, end_lo, end_hi, summary, disputed)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        conn.executemany("INSERT INTO episode_actors VALUES (?, ?, ?)", actors)
        _fill_fts(conn)
    conn.close()
    return Path(path)
