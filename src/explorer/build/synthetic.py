"""Synthetic relations stores of any size: the one generator for tests, benchmarks and trials.

Episodes read like the real ones: a title and a two-sentence summary drawn from phrase pools
about trade, aid, visits, treaties, migration and security, two to four actors (Peru, a partner
country — Japan in nine episodes of ten, as in the sources — and often a person or an
organisation), a kind, a date of day/month/year/decade precision, spans for three in ten, and a
quoted passage with a citation. Words are chosen so that searches behave as on real text: a broad
word ("japan", ~90 % of episodes), a middling one ("fishmeal", a few %), a rare one ("hostage",
~0.5 %), and prefixes ("ja", "fuji").

The rows are inserted in date order (so `episodes.rowid` follows the default sort, which the query
layer relies on when a store says so) and the store gets the same indexes and derived columns as
a built one (`explorer.store.speedups`). Deterministic for a given (n, seed).

    python benchmarks/scale.py --make-store 1000000 --out /tmp/big.db
"""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

from explorer.build.write import _write_search_index as write_search_index
from explorer.build.write import schema_sql
from explorer.store.bundled import SCHEMA_VERSION
from explorer.store.speedups import add_speedups

KINDS = (
    ("trade", 18),
    ("diplomatic", 14),
    ("visit", 10),
    ("aid", 10),
    ("finance", 6),
    ("investment", 7),
    ("treaty", 5),
    ("trade_agreement", 4),
    ("migration", 8),
    ("immigration_policy", 3),
    ("multilateral", 5),
    ("security", 4),
    ("legal", 3),
    ("coup", 1),
    ("cultural", 2),
)
COUNTRIES = (
    ("PER", "Peru", ["Perú"]),
    ("JPN", "Japan", ["Nippon"]),
    ("CHN", "China", ["People's Republic of China"]),
    ("KOR", "South Korea", ["Republic of Korea"]),
    ("USA", "United States", []),
    ("TWN", "Taiwan", []),
    ("PRK", "North Korea", []),
)
PEOPLE = (
    "Alberto Fujimori", "Alan García", "Fernando Belaúnde", "Juan Velasco", "Augusto Leguía",
    "Manuel Prado", "Alejandro Toledo", "Ollanta Humala", "Keiko Fujimori", "Ryutaro Hashimoto",
    "Morihisa Aoki", "Zhou Enlai", "Hu Jintao", "Xi Jinping", "Park Chung-hee", "Lee Myung-bak",
)  # fmt: skip
ORGANISATIONS = (
    ("jica", "Japan International Cooperation Agency", ["JICA"]),
    ("mrta", "Túpac Amaru Revolutionary Movement", ["MRTA"]),
    ("apec", "Asia-Pacific Economic Cooperation", ["APEC"]),
    ("exim", "Export-Import Bank of Japan", []),
    ("mitsui", "Mitsui & Co.", []),
    ("shougang", "Shougang Corporation", []),
    ("minmetals", "China Minmetals", []),
    ("posco", "POSCO", []),
)
SUBJECTS = (
    "fishmeal exports", "copper concessions", "cotton shipments", "guano contracts",
    "a development loan", "technical cooperation", "a fisheries agreement", "port investment",
    "mining investment", "a cultural exchange", "debt rescheduling", "emergency relief",
    "immigrant labourers", "consular rights", "a trade mission", "tariff reductions",
    "a naval visit", "an embassy reopening", "a credit line", "a scholarship programme",
)  # fmt: skip
VERBS = (
    "sign", "negotiate", "announce", "suspend", "renew", "expand", "review", "ratify",
    "dispute", "celebrate", "finance", "propose",
)  # fmt: skip
PLACES = ("Lima", "Tokyo", "Beijing", "Seoul", "Callao", "Osaka", "Shanghai", "Arequipa",
          "Trujillo", "Yokohama", "Canton", "Iquitos")  # fmt: skip
CONTEXTS = (
    "amid falling commodity prices", "after a change of government", "during the oil crisis",
    "as the Nikkei community grew", "following years of tension", "with support from Congress",
    "despite opposition in the press", "under pressure from creditors",
    "while the economy recovered", "as exports to Asia rose", "after a cabinet reshuffle",
    "at the close of a state visit",
)  # fmt: skip
PRECISIONS = (("day", 0.003), ("day", 0.003), ("month", 1 / 12), ("year", 1.0),
              ("year", 1.0), ("decade", 10.0))  # fmt: skip
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")  # fmt: skip


def _slug(name: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in name.lower()).strip("-")


def actors() -> list[tuple[str, str, str, str | None, list[str]]]:
    """(id, name, kind, iso3, aliases) of every actor a generated store names."""
    rows = [(iso, name, "country", iso, aliases) for iso, name, aliases in COUNTRIES]
    rows += [(_slug(p), p, "person", None, []) for p in PEOPLE]
    rows += [(oid, name, "organisation", None, aliases) for oid, name, aliases in ORGANISATIONS]
    return rows


def _date_text(year: float, precision: str) -> str:
    whole = int(year)
    if precision == "day":
        month = min(11, int((year - whole) * 12))
        return f"{MONTHS[month]} {1 + int((year - whole) * 365) % 28}, {whole}"
    if precision == "month":
        return f"{MONTHS[min(11, int((year - whole) * 12))]} {whole}"
    if precision == "decade":
        return f"the {whole // 10 * 10}s"
    return str(whole)


def generate_episodes(n: int, seed: int = 7, first_year: float = 1849, last_year: float = 2015):
    """Yield n episodes as dicts (id, title, kind, date_text, start/end EDTF, precision,
    uncertain, the four bounds, summary, actors [(id, role)], quote). Deterministic."""
    rng = random.Random(seed)
    kinds = [k for k, _ in KINDS]
    weights = [w for _, w in KINDS]
    partners = ("JPN", "CHN", "KOR", "USA", "TWN", "PRK")
    people = [_slug(p) for p in PEOPLE]
    organisations = [o[0] for o in ORGANISATIONS]
    names = {a[0]: a[1] for a in actors()}
    for i in range(n):
        kind = rng.choices(kinds, weights)[0]
        precision, width = rng.choice(PRECISIONS)
        # Relations thicken towards the present, as in the sources.
        year = (
            rng.uniform(first_year, last_year)
            if rng.random() < 0.4
            else rng.triangular(first_year, last_year, last_year - 15)
        )
        if precision == "decade":
            year = max(year // 10 * 10, first_year // 10 * 10 + 10)
        elif precision == "year":
            year = float(int(year))
        spans = rng.random() < 0.3
        end = min(last_year, year + rng.expovariate(1 / 3)) if spans else year
        uncertain = int(rng.random() < 0.08)
        # Japan takes part in ~90 % of episodes; a second partner sometimes joins.
        partner = "JPN" if rng.random() < 0.9 else rng.choice(partners[1:])
        involved = [("PER", "participant"), (partner, "participant")]
        if rng.random() < 0.15:
            other = rng.choice(partners)
            if other != partner:
                involved.append((other, "participant"))
        if rng.random() < 0.35:
            involved.append((rng.choice(people), "leader"))
        if rng.random() < 0.2:
            involved.append((rng.choice(organisations), "participant"))
        subject = rng.choice(SUBJECTS)
        verb = rng.choice(VERBS)
        place = rng.choice(PLACES)
        context = rng.choice(CONTEXTS)
        partner_name = names[partner]
        title = f"Peru and {partner_name} {verb} {subject}"
        summary = (
            f"Officials in {place} {verb} {subject} with {partner_name} {context}. "
            f"The {kind.replace('_', ' ')} involved {', '.join(names[a] for a, _ in involved[2:]) or 'both governments'}"
            f" and was reported in the press in {int(year)}."
        )
        if rng.random() < 0.005:
            summary += " Hostages were taken during the negotiations."
        start_edtf = str(int(year))
        yield {
            "id": f"{int(year)}-gen-{i:07d}",
            "title": title,
            "kind": kind,
            "date_text": _date_text(year, precision)
            + (f" – {int(end)}" if spans and int(end) != int(year) else ""),
            "start_edtf": start_edtf + ("~" if uncertain else ""),
            "end_edtf": str(int(end)) if spans else None,
            "precision": precision,
            "uncertain": uncertain,
            "bounds": (year, year + width, end, end + width),
            "summary": summary,
            "actors": involved,
            "quote": f"In {int(year)}, {place} and {partner_name} agreed on {subject}.",
        }


def write_episodes(conn: sqlite3.Connection, episodes, source_id: str) -> None:
    """Insert generated episodes in date order (see the module docstring), with their actors,
    a passage and citation each."""
    episodes = sorted(episodes, key=lambda e: ((e["bounds"][0] + e["bounds"][1]) / 2, e["id"]))
    next_passage = (conn.execute("SELECT COALESCE(MAX(id), 0) FROM passages").fetchone()[0]) + 1
    rows, links, passages, citations = [], [], [], []
    for number, e in enumerate(episodes):
        rows.append(
            (e["id"], e["title"], e["kind"], e["date_text"], e["start_edtf"], e["end_edtf"],
             e["precision"], e["uncertain"], *e["bounds"], e["summary"])
        )  # fmt: skip
        links.extend((e["id"], actor, role) for actor, role in e["actors"])
        passage_id = next_passage + number
        passages.append((passage_id, source_id, f"p. {1 + number // 40}", e["quote"], -1, -1))
        citations.append(("episode", e["id"], passage_id))
    conn.executemany(
        "INSERT INTO episodes (id, title, kind, date_text, start_edtf, end_edtf, precision,"
        " uncertain, start_lo, start_hi, end_lo, end_hi, summary) VALUES"
        " (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        rows,
    )
    conn.executemany("INSERT OR IGNORE INTO episode_actors VALUES (?,?,?)", links)
    conn.executemany(
        "INSERT INTO passages (id, source_id, locator, quote, char_start, char_end)"
        " VALUES (?,?,?,?,?,?)",
        passages,
    )
    conn.executemany("INSERT INTO citations VALUES (?,?,?)", citations)


SERIES = (
    # (id, title, indicator, unit label, base value, yearly growth)
    ("synthetic-jpn-oda", "Japan's ODA to Peru (generated)", "oda_total", "US$ millions", 4.0,
     0.045),
    ("synthetic-jpn-exports", "Japan's exports to Peru (generated)", "exports", "US$ millions",
     12.0, 0.06),
)  # fmt: skip


def write_series(conn: sqlite3.Connection, source_id: str, seed: int = 7) -> None:
    """Two yearly series (1950–2015, Japan → Peru), each value cited, so that the chart has
    something to draw its episode strip over, as on the real store. Deterministic."""
    rng = random.Random(seed + 1)
    next_passage = (conn.execute("SELECT COALESCE(MAX(id), 0) FROM passages").fetchone()[0]) + 1
    for sid, title, indicator, unit_label, base, growth in SERIES:
        conn.execute(
            "INSERT INTO series (id, title, indicator, category, unit, scale, unit_label,"
            " reporter, partner, source_id, table_ref, table_title, note)"
            " VALUES (?, ?, ?, NULL, 'USD', 1000000, ?, 'JPN', 'PER', ?, 'Table 1', NULL, NULL)",
            (sid, title, indicator, unit_label, source_id),
        )
        for year in range(1950, 2016):
            value = round(base * (1 + growth) ** (year - 1950) * rng.uniform(0.7, 1.3), 1)
            conn.execute(
                "INSERT INTO passages (id, source_id, locator, quote, char_start, char_end)"
                " VALUES (?, ?, 'Table 1', ?, -1, -1)",
                (next_passage, source_id, f"{title}, {year}: {value}"),
            )
            oid = f"{sid}@{year}"
            conn.execute(
                "INSERT INTO observations VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?)",
                (oid, sid, str(year), float(year), float(year + 1), value, str(value),
                 next_passage),
            )  # fmt: skip
            conn.execute("INSERT INTO citations VALUES ('observation', ?, ?)", (oid, next_passage))
            next_passage += 1


def make_store(path: Path, n: int, seed: int = 7) -> Path:
    """Write a store of n generated episodes at `path` (replacing it) and return the path."""
    path = Path(path)
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA page_size = 4096")
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    conn.executescript(schema_sql())
    with conn:
        conn.executemany(
            "INSERT INTO meta VALUES (?, ?)",
            [("schema_version", SCHEMA_VERSION), ("dataset_version", f"synthetic-{n}-{seed}"),
             ("title", f"Synthetic store of {n:,} episodes")],
        )  # fmt: skip
        conn.execute(
            "INSERT INTO sources VALUES ('synthetic', 'Generated sources', 'Generated sources for"
            " a synthetic store', NULL, 2015, 'Generator', 'report', 'en', 'copyrighted',"
            " 'Generated text, not a real source.', NULL)"
        )
        for aid, name, kind, iso3, aliases in actors():
            conn.execute(
                "INSERT INTO actors (id, name, kind, iso3, note, aliases) VALUES (?,?,?,?,NULL,?)",
                (aid, name, kind, iso3, "; ".join(aliases)),
            )
            conn.executemany(
                "INSERT INTO actor_aliases (actor_id, alias) VALUES (?,?)",
                [(aid, a) for a in aliases],
            )
        for pid, name, lo, hi in (
            ("presidency-fujimori", "Alberto Fujimori", 1990.57, 2000.89),
            ("presidency-garcia-1", "Alan García", 1985.57, 1990.57),
            ("presidency-toledo", "Alejandro Toledo", 2001.57, 2006.57),
        ):
            conn.execute(
                "INSERT INTO periods (id, name, kind, date_text, start_edtf, end_edtf, start_lo,"
                " start_hi, end_lo, end_hi, actor_id, country)"
                " VALUES (?,?,'presidency',?,?,NULL,?,?,?,?,NULL,'PER')",
                (pid, name, f"{int(lo)}–{int(hi)}", str(int(lo)), lo, lo, hi, hi),
            )
        write_episodes(conn, generate_episodes(n, seed), "synthetic")
        write_series(conn, "synthetic", seed)
        write_search_index(conn)  # the build's own: same search text, same external-content FTS
        add_speedups(conn)
    conn.close()
    return path
