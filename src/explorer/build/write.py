"""Writing a checked Dataset into a fresh SQLite store, deterministically."""

from __future__ import annotations

import os
import re
import sqlite3
from importlib import resources
from pathlib import Path

from explorer.build.dates import bounds, is_uncertain, precision
from explorer.build.load import Dataset, Row
from explorer.store.bundled import SCHEMA_VERSION
from explorer.store.fingerprint import content_hash
from explorer.store.speedups import add_speedups


def schema_sql() -> str:
    return resources.files("explorer.store").joinpath("schema.sql").read_text(encoding="utf-8")


class PassageIndex:
    """Gives each distinct (source, quote, locator) one passage row with its place in the text."""

    def __init__(self, conn: sqlite3.Connection, texts: dict[str, str]) -> None:
        self.conn = conn
        self.texts = texts
        self.ids: dict[tuple[str, str, str], int] = {}

    def passage_for(self, row: Row) -> int:
        quote = re.sub(r"\s+", " ", row["quote"]).strip()
        key = (row.source_id, quote, row["locator"])
        if key not in self.ids:
            start, end = self._locate(row.source_id, quote)
            passage_id = len(self.ids) + 1
            self.conn.execute(
                "INSERT INTO passages VALUES (?, ?, ?, ?, ?, ?)",
                (passage_id, row.source_id, row["locator"], quote, start, end),
            )
            self.ids[key] = passage_id
        return self.ids[key]

    def _locate(self, source_id: str, quote: str) -> tuple[int, int]:
        pattern = r"\s+".join(re.escape(word) for word in quote.split())
        match = re.search(pattern, self.texts.get(source_id, ""))
        return (match.start(), match.end()) if match else (-1, -1)


def _date_columns(start: str, end: str) -> tuple[float, float, float, float]:
    first = bounds(start)
    last = bounds(end) if end else first
    return first.lo, first.hi, last.lo, last.hi


def write(data: Dataset, out: Path) -> str:
    """Build the store at `out` (replacing it atomically) and return its content hash."""
    tmp = out.with_suffix(f".{os.getpid()}.tmp")  # parallel builds never share a file
    tmp.unlink(missing_ok=True)
    conn = sqlite3.connect(tmp)
    conn.execute("PRAGMA page_size = 4096")
    conn.executescript(schema_sql())
    with conn:
        _write_sources(conn, data)
        passages = PassageIndex(conn, data.texts)
        _write_actors(conn, data)
        _write_episodes(conn, data, passages)
        _write_periods(conn, data, passages)
        _write_series(conn, data, passages)
        _write_provenance(conn, data, passages)
        _write_search_index(conn)
        add_speedups(conn)  # every index and derived column for speed: one place, store.speedups
        conn.executemany(
            "INSERT INTO meta VALUES (?, ?)",
            [
                ("schema_version", SCHEMA_VERSION),
                ("dataset_version", data.version),
                ("title", "Peru's foreign relations with Japan, China and South Korea, 1849–2015"),
                *_citation_meta(data),
            ],
        )
        digest = content_hash(conn)
        conn.execute("INSERT INTO meta VALUES ('content_hash', ?)", (digest,))
    conn.execute("VACUUM")
    conn.close()
    tmp.replace(out)
    return digest


def _citation_meta(data: Dataset) -> list[tuple[str, str]]:
    """The repository's CITATION.cff, as it is, so the store says how to cite itself."""
    path = Path(data.root).parent / "CITATION.cff"
    return [("citation_cff", path.read_text(encoding="utf-8"))] if path.exists() else []


def _write_sources(conn: sqlite3.Connection, data: Dataset) -> None:
    for s in data.sources:
        full_text = data.texts.get(s["id"]) if s["full_text_in_store"] == "1" else None
        conn.execute(
            "INSERT INTO sources VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                s["id"],
                s["short_title"],
                s["title"],
                s["authors"] or None,
                int(s["year"]) if s["year"] else None,
                s["venue"],
                s["kind"],
                s["language"],
                s["rights"],
                s["rights_note"],
                full_text,
            ),
        )


def _write_actors(conn: sqlite3.Connection, data: Dataset) -> None:
    first: dict[str, Row] = {}
    aliases: dict[str, set[str]] = {}
    for row in data.rows["actors"]:
        aid = row["id"]
        if aid in first:
            kept = first[aid]
            if (kept["name"], kept["kind"]) != (row["name"], row["kind"]):
                data.warnings.append(
                    f"{row.where}: actor {aid} named {row['name']!r}/{row['kind']} here but "
                    f"{kept['name']!r}/{kept['kind']} at {kept.where}; keeping the first"
                )
                aliases[aid].add(row["name"])
        else:
            first[aid] = row
            aliases[aid] = set()
        aliases[aid].update(a.strip() for a in row["aliases"].split(";") if a.strip())
    # The curators' Spanish names, so a Spanish-speaking class finds what the English names find.
    spanish = {(r["actor_id"], r["alias"]) for r in data.spanish_aliases if r["actor_id"] in first}
    for aid, alias in spanish:
        aliases[aid].add(alias)
    for aid in sorted(first):
        row = first[aid]
        iso3 = aid if row["kind"] == "country" and len(aid) == 3 else None
        others = sorted(aliases[aid] - {row["name"]})
        conn.execute(
            "INSERT INTO actors (id, name, kind, iso3, note, aliases) VALUES (?, ?, ?, ?, ?, ?)",
            (aid, row["name"], row["kind"], iso3, row["note"] or None, "; ".join(others)),
        )
        for alias in others:
            conn.execute(
                "INSERT INTO actor_aliases (actor_id, alias, language) VALUES (?, ?, ?)",
                (aid, alias, "es" if (aid, alias) in spanish else None),
            )


def _is_vague(edtf_text: str) -> bool:
    return any(mark in edtf_text for mark in "X?~%[")


def _latest_writing_year(data: Dataset) -> dict[str, float]:
    """For each episode, the end of the year its most recent citing source was written."""
    years = {s["id"]: float(s["year"]) + 1.0 for s in data.sources if s["year"]}
    latest: dict[str, float] = {}
    for r in data.rows["episodes"]:
        eid = r["same_as"] or r["id"]
        if r.source_id in years:
            latest[eid] = max(latest.get(eid, 0.0), years[r.source_id])
    return latest


def _write_episodes(conn: sqlite3.Connection, data: Dataset, passages: PassageIndex) -> None:
    rows = data.rows["episodes"]
    defining = {r["id"]: r for r in rows if not r["same_as"]}
    written = _latest_writing_year(data)
    for eid in sorted(defining):
        r = defining[eid]
        start_lo, start_hi, end_lo, end_hi = _date_columns(r["start"], r["end"])
        if _is_vague(r["start"]) or _is_vague(r["end"]):
            # "Recently" (201X) in a 2015 article cannot reach past 2015: a document reports
            # only what happened before it was written.
            limit = max(written.get(eid, end_hi), start_lo)
            start_hi, end_lo, end_hi = min(start_hi, limit), min(end_lo, limit), min(end_hi, limit)
        conn.execute(
            "INSERT INTO episodes (id, title, kind, date_text, start_edtf, end_edtf, precision,"
            " uncertain, start_lo, start_hi, end_lo, end_hi, summary, date_note)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                eid,
                r["title"],
                r["kind"],
                r["date_text"],
                r["start"],
                r["end"] or None,
                precision(r["start"]),
                int(is_uncertain(r["start"]) or is_uncertain(r["end"])),
                start_lo,
                start_hi,
                end_lo,
                end_hi,
                r["summary"],
                r["date_note"] or None,
            ),
        )
    for r in rows:
        eid = r["same_as"] or r["id"]
        passage_id = passages.passage_for(r)
        conn.execute("INSERT OR IGNORE INTO citations VALUES ('episode', ?, ?)", (eid, passage_id))
        for item in filter(None, (p.strip() for p in r["actors"].split(";"))):
            actor, _, role = item.partition(":")
            conn.execute(
                "INSERT OR IGNORE INTO episode_actors VALUES (?, ?, ?)", (eid, actor, role)
            )
        for field_name in ("start", "end"):
            if r[field_name]:
                claim = bounds(r[field_name])
                conn.execute(
                    "INSERT INTO claims (subject_type, subject_id, field, value, value_text, "
                    "lo, hi, source_id, passage_id) VALUES ('episode', ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        eid,
                        field_name,
                        r[field_name],
                        r["date_text"] or r[field_name],
                        claim.lo,
                        claim.hi,
                        r.source_id,
                        passage_id,
                    ),
                )
    # An episode whose sources give different dates is drawn and listed as disputed.
    conn.execute(
        "UPDATE episodes SET disputed = 1 WHERE id IN "
        "(SELECT subject_id FROM conflicts WHERE subject_type = 'episode')"
    )


def _write_periods(conn: sqlite3.Connection, data: Dataset, passages: PassageIndex) -> None:
    rows = data.rows["periods"]
    defining = {r["id"]: r for r in rows if not r["same_as"]}
    for pid in sorted(defining):
        r = defining[pid]
        conn.execute(
            "INSERT INTO periods (id, name, kind, date_text, start_edtf, end_edtf, start_lo,"
            " start_hi, end_lo, end_hi, actor_id, country, date_note)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                pid,
                r["name"],
                r["kind"],
                r["date_text"],
                r["start"],
                r["end"] or None,
                *_date_columns(r["start"], r["end"]),
                r["actor"] or None,
                r["country"] or None,
                r["date_note"] or None,
            ),
        )
    for r in rows:
        conn.execute(
            "INSERT OR IGNORE INTO citations VALUES ('period', ?, ?)",
            (r["same_as"] or r["id"], passages.passage_for(r)),
        )


def _write_series(conn: sqlite3.Connection, data: Dataset, passages: PassageIndex) -> None:
    for r in sorted(data.rows["series"], key=lambda r: r["id"]):
        conn.execute(
            "INSERT INTO series VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                r["id"],
                r["title"],
                r["indicator"],
                r["category"] or None,
                r["unit"],
                float(r["scale"]),
                r["unit_label"],
                r["reporter"] or None,
                r["partner"] or None,
                r.source_id,
                r["table"],
                r["table_title"] or None,
                r["note"] or None,
            ),
        )
    for r in data.rows["observations"]:
        period = bounds(r["period"])
        oid = f"{r['series']}@{r['period']}"
        passage_id = passages.passage_for(r)
        conn.execute(
            "INSERT INTO observations VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                oid,
                r["series"],
                r["period"],
                period.strict_lo,
                period.strict_hi,
                float(r["value"]) if r["value"] else None,
                r["value_text"],
                r["flag"] or None,
                r["flag_reason"] or None,
                passage_id,
            ),
        )
        conn.execute("INSERT INTO citations VALUES ('observation', ?, ?)", (oid, passage_id))


def _write_provenance(conn: sqlite3.Connection, data: Dataset, passages: PassageIndex) -> None:
    for r in sorted(
        data.provenance, key=lambda r: (r["subject_type"], r["subject_id"], r["field"])
    ):
        passage_id = passages.passage_for(r) if r["basis"] == "source" else None
        conn.execute(
            "INSERT INTO provenance VALUES (?, ?, ?, ?, ?, ?)",
            (
                r["subject_type"],
                r["subject_id"],
                r["field"],
                r["basis"],
                r["reference"] or None,
                passage_id,
            ),
        )


def _write_search_index(conn: sqlite3.Connection) -> None:
    """Fill the search text of episodes, then each external-content index from its table."""
    names = {
        aid: f"{name} ({aliases})" if aliases else name
        for aid, name, aliases in conn.execute("SELECT id, name, aliases FROM actors")
    }
    actors: dict[str, list[str]] = {}
    for eid, aid in conn.execute(
        "SELECT DISTINCT ea.episode_id, ea.actor_id FROM episode_actors ea"
        " JOIN actors a ON a.id = ea.actor_id ORDER BY ea.episode_id, a.name, a.id"
    ):
        actors.setdefault(eid, []).append(names[aid])
    quotes: dict[str, list[str]] = {}
    for eid, quote in conn.execute(
        "SELECT c.target_id, p.quote FROM citations c JOIN passages p ON p.id = c.passage_id"
        " WHERE c.target_type = 'episode' ORDER BY c.target_id, p.id"
    ):
        quotes.setdefault(eid, []).append(quote)
    conn.executemany(
        "UPDATE episodes SET actors = ?, quotes = ? WHERE id = ?",
        [
            ("; ".join(actors.get(eid, [])), " … ".join(quotes.get(eid, [])), eid)
            for (eid,) in conn.execute("SELECT id FROM episodes ORDER BY id").fetchall()
        ],
    )
    for index in ("episodes_fts", "passages_fts", "actors_fts"):
        conn.execute(f"INSERT INTO {index} ({index}) VALUES ('rebuild')")
