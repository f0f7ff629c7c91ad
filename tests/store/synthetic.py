"""A small, known relations store built from schema.sql, for tests that need exact data shapes.

The bundled store grows while curators work, so tests that assert particular titles, quotes or
counts use this one; `extra` adds generated episodes for tests and benchmarks of scale.
"""

from __future__ import annotations

import random
import sqlite3
from importlib import resources
from pathlib import Path

PUBLIC_TEXT = (
    "Foreign Relations Under Fujimori\n"
    "Relations with Japan warmed after the 1990 election. "
    "On December 17, 1996, MRTA guerrillas seized the Japanese ambassador's residence in Lima, "
    "taking hundreds of hostages. The siege ended on April 22, 1997.\n"
    "Peru exported fishmeal to Japan throughout the 1950s and 1960s.\n"
    "President Fujimori visited Tokyo in March 1991 to seek economic aid.\n"
)

SOURCES = [
    ("pd", "Public study", "A public-domain country study", None, 1992, "Library", "country_study",
     "en", "public_domain", "Public domain; the full text is included.", PUBLIC_TEXT),
    ("cr", "Copyright article", "A copyrighted article", "A. Author", 2003, "Journal", "article",
     "en", "copyrighted", "Copyrighted; short quotations only.", None),
]  # fmt: skip

ACTORS = [
    ("PER", "Peru", "country", "PER", None, ["Perú"]),
    ("JPN", "Japan", "country", "JPN", None, ["Nippon"]),
    ("CHN", "China", "country", "CHN", None, []),
    ("alberto-fujimori", "Alberto Fujimori", "person", None, "President of Peru 1990–2000", []),
    ("mrta", "Túpac Amaru Revolutionary Movement", "group", None, None, ["MRTA"]),
]

# id, title, kind, date_text, start_edtf, end_edtf, precision, bounds, summary, actors, quote
EPISODES = [
    ("1996-hostage-crisis", "Japanese embassy hostage crisis", "security",
     "December 17, 1996 – April 22, 1997", "1996-12-17", "1997-04-22", "day",
     (1996.958, 1996.961, 1997.304, 1997.307),
     "Guerrillas held the Japanese ambassador's residence for four months.",
     [("PER", "host"), ("JPN", "victim"), ("mrta", "perpetrator")],
     ("pd", "MRTA guerrillas seized the Japanese ambassador's residence in Lima", "§ Fujimori, ¶2")),
    ("195X-fishmeal-exports", "Fishmeal exports to Japan", "trade", "the 1950s and 1960s",
     "195X", "196X", "decade", (1950.0, 1960.0, 1960.0, 1970.0),
     "Peru sold fishmeal to Japan for two decades.",
     [("PER", "participant"), ("JPN", "participant")],
     ("pd", "Peru exported fishmeal to Japan throughout the 1950s and 1960s.", "§ Trade, ¶1")),
    ("1991-fujimori-visits-tokyo", "Fujimori visits Tokyo", "visit", "March 1991", "1991-03",
     None, "month", (1991.162, 1991.164, 1991.246, 1991.247),
     "The president sought aid in Japan.",
     [("alberto-fujimori", "visitor"), ("JPN", "host")],
     ("pd", "President Fujimori visited Tokyo in March 1991", "§ Fujimori, ¶3")),
    ("1971-china-relations", "Relations with China established", "diplomatic", "1971", "1971",
     None, "year", (1971.0, 1971.0, 1972.0, 1972.0),
     "Peru and the People's Republic of China opened relations.",
     [("PER", "participant"), ("CHN", "participant")],
     ("cr", "Peru recognised the People's Republic in 1971.", "p. 4")),
]  # fmt: skip

KINDS = ("trade", "visit", "aid", "diplomatic", "security", "migration")


def _passage(conn: sqlite3.Connection, source: str, quote: str, locator: str) -> int:
    start = PUBLIC_TEXT.find(quote) if source == "pd" else -1
    end = start + len(quote) if start >= 0 else -1
    cursor = conn.execute(
        "INSERT INTO passages (source_id, locator, quote, char_start, char_end) VALUES (?,?,?,?,?)",
        (source, locator, quote, start, end),
    )
    return cursor.lastrowid


def build_synthetic_store(path: Path, extra: int = 0, seed: int = 7) -> Path:
    """Write the store at `path`: the hand-made records above plus `extra` generated episodes."""
    schema = resources.files("explorer.store").joinpath("schema.sql").read_text(encoding="utf-8")
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path)
    conn.executescript(schema)
    with conn:
        conn.executemany("INSERT INTO meta VALUES (?, ?)", [
            ("schema_version", "1"), ("dataset_version", "test.1"), ("title", "Synthetic store")])  # fmt: skip
        conn.executemany("INSERT INTO sources VALUES (?,?,?,?,?,?,?,?,?,?,?)", SOURCES)
        for aid, name, kind, iso3, note, aliases in ACTORS:
            conn.execute(
                "INSERT INTO actors (id, name, kind, iso3, note, aliases) VALUES (?,?,?,?,?,?)",
                (aid, name, kind, iso3, note, "; ".join(aliases)),
            )
            conn.executemany(
                "INSERT INTO actor_aliases (actor_id, alias) VALUES (?, ?)",
                [(aid, a) for a in aliases],
            )
        rows = list(EPISODES)
        rng = random.Random(seed)
        for i in range(extra):
            year = rng.uniform(1849, 2015)
            length = rng.choice((0.0, 0.0, 0.5, 3.0, 12.0))
            kind = rng.choice(KINDS)
            rows.append((
                f"{int(year)}-generated-{i:06d}", f"Generated {kind} episode {i}", kind,
                str(int(year)), str(int(year)), None, "year",
                (year, year, year + length, year + length + 0.01),
                f"Synthetic {kind} happening number {i} between Peru and partner {i % 3}.",
                [("PER", "participant"), (("JPN", "CHN")[i % 2], "participant")],
                ("cr", f"Generated quotation {i}.", f"p. {i}"),
            ))  # fmt: skip
        for eid, title, kind, text, s_edtf, e_edtf, prec, bounds, summary, actors, cite in rows:
            conn.execute(
                "INSERT INTO episodes (id, title, kind, date_text, start_edtf, end_edtf, precision,"
                " uncertain, start_lo, start_hi, end_lo, end_hi, summary) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (eid, title, kind, text, s_edtf, e_edtf, prec, 0, *bounds, summary),
            )
            conn.executemany(
                "INSERT INTO episode_actors VALUES (?,?,?)", [(eid, a, r) for a, r in actors]
            )
            passage_id = _passage(conn, *cite)
            conn.execute("INSERT INTO citations VALUES ('episode', ?, ?)", (eid, passage_id))
        _add_conflict(conn)
        _add_series(conn)
        _index(conn)
    conn.close()
    return path


def _add_conflict(conn: sqlite3.Connection) -> None:
    """Two sources date Fujimori's visit differently: a disputed episode with two claims."""
    eid = "1991-fujimori-visits-tokyo"
    other = _passage(conn, "cr", "Fujimori travelled to Tokyo in 1992.", "p. 9")
    conn.execute("INSERT INTO citations VALUES ('episode', ?, ?)", (eid, other))
    first = conn.execute(
        "SELECT passage_id FROM citations WHERE target_id = ? ORDER BY passage_id", (eid,)
    ).fetchone()[0]
    conn.executemany(
        "INSERT INTO claims (subject_type, subject_id, field, value, value_text, lo, hi,"
        " source_id, passage_id) VALUES ('episode', ?, 'start', ?, ?, ?, ?, ?, ?)",
        [(eid, "1991-03", "March 1991", 1991.162, 1991.247, "pd", first),
         (eid, "1992", "1992", 1992.0, 1993.0, "cr", other)],
    )  # fmt: skip
    conn.execute("UPDATE episodes SET disputed = 1 WHERE id = ?", (eid,))


def _add_series(conn: sqlite3.Connection) -> None:
    conn.execute(
        "INSERT INTO series VALUES ('cr-t1-exports', 'Peru exports to Japan', 'trade_exports',"
        " NULL, 'USD', 1000000, 'US$ millions', 'PER', 'JPN', 'cr', 'Table 1',"
        " 'Trade with Japan', NULL)"
    )
    for year, value in ((1990, 450.5), (1991, 512.0), (1992, 498.25)):
        passage_id = _passage(conn, "cr", f"{year} | {value}", f"Table 1, row {year}")
        oid = f"cr-t1-exports@{year}"
        conn.execute(
            "INSERT INTO observations VALUES (?, 'cr-t1-exports', ?, ?, ?, ?, ?, NULL, NULL, ?)",
            (oid, str(year), year, year + 1, value, str(value), passage_id),
        )
        conn.execute("INSERT INTO citations VALUES ('observation', ?, ?)", (oid, passage_id))
    passage_id = _passage(conn, "pd", "Relations with Japan warmed after the 1990 election.", "¶1")
    conn.execute(
        "INSERT INTO periods (id, name, kind, date_text, start_edtf, end_edtf, start_lo, start_hi,"
        " end_lo, end_hi, actor_id, country) VALUES ('presidency-fujimori', 'Fujimori presidency', 'presidency',"
        " '1990–2000', '1990-07-28', '2000-11-22', 1990.57, 1990.57, 2000.89, 2000.89,"
        " 'alberto-fujimori', 'PER')"
    )
    conn.execute("INSERT INTO citations VALUES ('period', 'presidency-fujimori', ?)", (passage_id,))


def _index(conn: sqlite3.Connection) -> None:
    # The indexes are external-content tables (as in the built store): fill the search text of
    # episodes, then let each index read its table.
    conn.execute("""
        UPDATE episodes SET
            actors = COALESCE((SELECT GROUP_CONCAT(a.name || ' ' || a.aliases, '; ')
                FROM episode_actors ea JOIN actors a ON a.id = ea.actor_id
                WHERE ea.episode_id = episodes.id), ''),
            quotes = COALESCE((SELECT GROUP_CONCAT(p.quote, ' ') FROM citations c
                JOIN passages p ON p.id = c.passage_id
                WHERE c.target_type = 'episode' AND c.target_id = episodes.id), '')""")
    for index in ("episodes_fts", "passages_fts", "actors_fts"):
        conn.execute(f"INSERT INTO {index} ({index}) VALUES ('rebuild')")


def open_readonly(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    return conn
