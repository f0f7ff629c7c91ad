"""Writing a checked Dataset into a fresh SQLite store, deterministically."""

from __future__ import annotations

import math
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


class Inserts:
    """Rows waiting to be inserted, kept per statement and written with executemany: a
    million-row import makes six inserts a row, and one call per batch costs a fraction of one
    call per row. Statements keep their order within a table; `flush()` before anything reads
    the tables back (the store has no triggers, and foreign keys are not enforced while it is
    built, so the order between tables does not matter)."""

    BATCH = 20_000

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.pending: dict[str, list[tuple]] = {}
        self.count = 0

    def add(self, sql: str, values: tuple) -> None:
        rows = self.pending.get(sql)
        if rows is None:
            rows = self.pending[sql] = []
        rows.append(values)
        self.count += 1
        if self.count >= self.BATCH:
            self.flush()

    def flush(self) -> None:
        for sql, rows in self.pending.items():
            self.conn.executemany(sql, rows)
        self.pending.clear()
        self.count = 0


class PassageIndex:
    """Gives each distinct (source, quote, locator) one passage row with its place in the text."""

    # Past this many passages (a large import) they are remembered by a 64-bit hash of their
    # key rather than the key itself, so memory grows by a few dozen bytes a passage, not by
    # its quote and locator; a hash that matches is checked against the row it names.
    IN_MEMORY = 50_000

    def __init__(self, conn: sqlite3.Connection, texts: dict[str, str], inserts: Inserts) -> None:
        self.conn = conn
        self.texts = texts
        self.inserts = inserts
        self.ids: dict[tuple[str, str, str], int] = {}
        self.hashed: dict[int, int] = {}
        self.count = 0

    def passage_for(self, row: Row) -> int:
        quote = row["quote"]
        if quote:  # event rows cite a URL, with no quote
            quote = re.sub(r"\s+", " ", quote).strip()
        key = (row.source_id, quote, row["locator"])
        found = self.ids.get(key) if self.count < self.IN_MEMORY else self._look_up(key)
        if found is not None:
            return found
        start, end = self._locate(row.source_id, quote, row)
        self.count += 1
        self.inserts.add(
            "INSERT INTO passages VALUES (?, ?, ?, ?, ?, ?)",
            (self.count, row.source_id, row["locator"], quote, start, end),
        )
        if self.count < self.IN_MEMORY:
            self.ids[key] = self.count
        else:
            if self.ids:  # from now on by hash
                self.hashed = {hash(k): pid for k, pid in self.ids.items()}
                self.ids.clear()
            self.hashed.setdefault(hash(key), self.count)
        return self.count

    def forget(self) -> None:
        """Every row is in: the keys are let go (a million-row import's hashes) before the store
        is completed."""
        self.ids, self.hashed = {}, {}

    def _look_up(self, key: tuple[str, str, str]) -> int | None:
        if self.ids:
            return self.ids.get(key)
        candidate = self.hashed.get(hash(key))
        if candidate is None:
            return None
        self.inserts.flush()
        row = self.conn.execute(
            "SELECT source_id, quote, locator FROM passages WHERE id = ?", (candidate,)
        ).fetchone()
        if row is not None and tuple(row) == key:
            return candidate
        # Two keys with one hash (about one chance in 10^19 a pair): look for it the slow way.
        found = self.conn.execute(
            "SELECT id FROM passages WHERE source_id = ? AND quote = ? AND locator = ? LIMIT 1",
            key,
        ).fetchone()
        return found[0] if found else None

    def _locate(self, source_id: str, quote: str, row: Row | None = None) -> tuple[int, int]:
        if not quote:
            return -1, -1
        if row is not None and row["char_start"].lstrip("-").isdigit():
            # A re-imported template carries the place its export found (texts not shipped).
            return int(row["char_start"]), int(row["char_end"] or -1)
        pattern = r"\s+".join(re.escape(word) for word in quote.split())
        match = re.search(pattern, self.texts.get(source_id, ""))
        return (match.start(), match.end()) if match else (-1, -1)


def _date_columns(start: str, end: str) -> tuple[float, float, float, float]:
    first = bounds(start)
    last = bounds(end) if end else first
    return first.lo, first.hi, last.lo, last.hi


class StoreWriter:
    """Writes a store row by row into a temporary file beside `out`, and moves it into place
    only in `finish()`: a build that fails or is cancelled (`abort()`) leaves no store behind.

    The curated build (`write`) and every import feed their rows through these same methods, so
    a schema change here reaches both. Rows arrive in the data/ template format (load.Row)."""

    def __init__(self, out: Path, texts: dict[str, str] | None = None) -> None:
        self.out = Path(out)
        self.tmp = self.out.with_suffix(f".{os.getpid()}.tmp")  # parallel builds never share
        self.tmp.unlink(missing_ok=True)
        self.conn = sqlite3.connect(self.tmp)
        self.conn.execute("PRAGMA page_size = 4096")
        # The file is temporary until finish() moves it into place, so a crash can only lose
        # it: no journal, no fsync, and a cache large enough for a million-row import's indexes.
        self.conn.execute("PRAGMA journal_mode = OFF")
        self.conn.execute("PRAGMA synchronous = OFF")
        self.conn.execute("PRAGMA cache_size = -65536")
        self.conn.executescript(schema_sql())
        self.conn.execute("BEGIN")
        self.inserts = Inserts(self.conn)
        self.passages = PassageIndex(self.conn, texts if texts is not None else {}, self.inserts)
        self.source_years: dict[str, float] = {}
        self.warnings: list[str] = []
        self._actors: dict[str, Row] = {}
        self._aliases: dict[str, set[str]] = {}
        self._spanish: set[tuple[str, str]] = set()  # (actor, alias): the curators' Spanish

    # -- rows ----------------------------------------------------------------------------
    def source(self, s: Row, full_text: str | None = None) -> None:
        if s["year"]:
            self.source_years[s["id"]] = float(s["year"]) + 1.0
        self.conn.execute(
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

    def actor(self, row: Row) -> None:
        """Actors are few: they are merged in memory (aliases joined) and written at the end."""
        aid = row["id"]
        if aid in self._actors:
            kept = self._actors[aid]
            if (kept["name"], kept["kind"]) != (row["name"], row["kind"]):
                self.warnings.append(
                    f"{row.where}: actor {aid} named {row['name']!r}/{row['kind']} here but "
                    f"{kept['name']!r}/{kept['kind']} at {kept.where}; keeping the first"
                )
                self._aliases[aid].add(row["name"])
        else:
            self._actors[aid] = row
            self._aliases[aid] = set()
        self._aliases[aid].update(a.strip() for a in row["aliases"].split(";") if a.strip())
        # A template row carries its Spanish names apart (data/ keeps them in aliases_es.csv).
        self.spanish_aliases((aid, a.strip()) for a in row["aliases_es"].split(";") if a.strip())

    def spanish_aliases(self, pairs) -> None:
        """(actor id, alias) pairs of Spanish names, so a Spanish-speaking class finds what the
        English names find."""
        self._spanish.update(pairs)

    def provenance(self, rows: list[Row]) -> None:
        """Where curators' knowledge of actors and sources comes from (docs/schema.md)."""
        self.inserts.flush()
        _write_provenance_rows(self.conn, rows, self.passages)

    def _passage(self, row: Row) -> int | None:
        # An imported row that names no source, quote, locator or URL is kept uncited.
        return self.passages.passage_for(row) if row.source_id else None

    def episode(self, r: Row, written: float | None = None) -> None:
        """The row that defines an episode. `written`: the end of the year its latest citing
        source was written, which caps a vague date (see below)."""
        start_lo, start_hi, end_lo, end_hi = _date_columns(r["start"], r["end"])
        if _is_vague(r["start"]) or _is_vague(r["end"]):
            # "Recently" (201X) in a 2015 article cannot reach past 2015: a document reports
            # only what happened before it was written.
            if written is None:
                written = self.source_years.get(r.source_id, end_hi)
            limit = max(written, start_lo)
            start_hi, end_lo, end_hi = min(start_hi, limit), min(end_lo, limit), min(end_hi, limit)
        self.inserts.add(
            "INSERT INTO episodes (id, title, kind, date_text, start_edtf, end_edtf, precision,"
            " uncertain, start_lo, start_hi, end_lo, end_hi, summary, date_note)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                r["id"],
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

    def episode_citation(self, r: Row) -> None:
        """What every episode row adds, defining or same_as: its citation, actors and claims."""
        eid = r["same_as"] or r["id"]
        passage_id = self._passage(r)
        if passage_id is not None:
            self.inserts.add(
                "INSERT OR IGNORE INTO citations VALUES ('episode', ?, ?)", (eid, passage_id)
            )
        for item in filter(None, (p.strip() for p in r["actors"].split(";"))):
            actor, _, role = item.partition(":")
            self.inserts.add(
                "INSERT OR IGNORE INTO episode_actors VALUES (?, ?, ?)", (eid, actor, role)
            )
        if passage_id is None:
            return  # a claim is what a source says: an uncited row makes none
        for field_name in ("start", "end"):
            if r[field_name]:
                claim = bounds(r[field_name])
                self.inserts.add(
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

    def period(self, r: Row) -> None:
        self.inserts.add(
            "INSERT INTO periods (id, name, kind, date_text, start_edtf, end_edtf, start_lo,"
            " start_hi, end_lo, end_hi, actor_id, country, date_note)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                r["id"],
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

    def period_citation(self, r: Row) -> None:
        passage_id = self._passage(r)
        if passage_id is not None:
            self.inserts.add(
                "INSERT OR IGNORE INTO citations VALUES ('period', ?, ?)",
                (r["same_as"] or r["id"], passage_id),
            )

    def series(self, r: Row) -> None:
        self.conn.execute(
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

    def observation(self, r: Row) -> None:
        period = bounds(r["period"])
        oid = f"{r['series']}@{r['period']}"
        passage_id = self._passage(r)
        self.inserts.add(
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
                passage_id or 0,  # 0: uncited (no passage has id 0)
            ),
        )
        if passage_id is not None:
            self.inserts.add(
                "INSERT INTO citations VALUES ('observation', ?, ?)", (oid, passage_id)
            )

    # -- completing ----------------------------------------------------------------------
    def cap_vague_dates(self) -> None:
        """The cap `episode(written=…)` applies, for rows that streamed in without knowing
        every source citing them: a vague date reaches no later than the end of the year its
        latest citing source was written."""
        self.inserts.flush()
        self.conn.execute("""
            UPDATE episodes SET start_hi = MIN(start_hi, lim), end_lo = MIN(end_lo, lim),
                                end_hi = MIN(end_hi, lim)
            FROM (SELECT e.id AS eid, MAX(MAX(s.year + 1.0), e.start_lo) AS lim
                  FROM episodes e
                  JOIN citations c ON c.target_type = 'episode' AND c.target_id = e.id
                  JOIN passages p ON p.id = c.passage_id
                  JOIN sources s ON s.id = p.source_id
                  WHERE s.year IS NOT NULL AND (
                      e.start_edtf GLOB '*[X?~%[]*' OR COALESCE(e.end_edtf, '') GLOB '*[X?~%[]*')
                  GROUP BY e.id)
            WHERE episodes.id = eid""")

    def drop_orphans(self) -> None:
        """Remove what rows citing a record that was never defined (a refused same_as) left."""
        self.inserts.flush()
        for target, table in (("episode", "episodes"), ("period", "periods")):
            self.conn.execute(
                f"DELETE FROM citations WHERE target_type = ? AND target_id NOT IN "
                f"(SELECT id FROM {table})",
                (target,),
            )
        self.conn.execute(
            "DELETE FROM episode_actors WHERE episode_id NOT IN (SELECT id FROM episodes)"
        )
        self.conn.execute(
            "DELETE FROM claims WHERE subject_type = 'episode' "
            "AND subject_id NOT IN (SELECT id FROM episodes)"
        )

    def _write_actors(self) -> None:
        spanish = {(aid, alias) for aid, alias in self._spanish if aid in self._actors}
        for aid, alias in spanish:
            self._aliases[aid].add(alias)
        for aid in sorted(self._actors):
            row = self._actors[aid]
            iso3 = aid if row["kind"] == "country" and len(aid) == 3 else None
            others = sorted(self._aliases[aid] - {row["name"]})
            self.conn.execute(
                "INSERT INTO actors (id, name, kind, iso3, note, aliases) VALUES (?, ?, ?, ?, ?, ?)",
                (aid, row["name"], row["kind"], iso3, row["note"] or None, "; ".join(others)),
            )
            for alias in others:
                self.conn.execute(
                    "INSERT INTO actor_aliases (actor_id, alias, language) VALUES (?, ?, ?)",
                    (aid, alias, "es" if (aid, alias) in spanish else None),
                )

    def finish(self, meta: list[tuple[str, str]], step=None) -> str:
        """Complete the store (actors, search index, meta, content hash), move it into place
        and return its content hash. `step(fraction)` hears how far it is, after each part
        (an exception it raises, such as a Cancel, aborts the store)."""
        conn = self.conn
        tell = step or (lambda _done: None)  # after each part, its share of the time so far
        try:
            self.inserts.flush()
            self.passages.forget()
            self._write_actors()
            # An episode whose sources give different dates is drawn and listed as disputed.
            conn.execute(
                "UPDATE episodes SET disputed = 1 WHERE id IN "
                "(SELECT subject_id FROM conflicts WHERE subject_type = 'episode')"
            )
            tell(0.05)  # (the shares a 100,000-event import measures)
            _write_search_index(conn)
            tell(0.4)
            # Every index and derived column for speed, in one place (store.speedups): the
            # curated build and every import get the same ones.
            add_speedups(conn)
            tell(0.6)
            conn.executemany("INSERT INTO meta VALUES (?, ?)", meta)
            digest = content_hash(conn)
            conn.execute("INSERT INTO meta VALUES ('content_hash', ?)", (digest,))
            conn.commit()
            tell(0.9)
            conn.execute("VACUUM")
            conn.close()
            tell(1.0)  # the last moment a Cancel can still leave nothing behind
            self.tmp.replace(self.out)
        except BaseException:
            self.abort()
            raise
        return digest

    def abort(self) -> None:
        """Throw the half-built file away."""
        try:
            self.conn.close()
        finally:
            self.tmp.unlink(missing_ok=True)


DATASET_TITLE = "Peru's foreign relations with Japan, China and South Korea, 1849–2015"


def write(data: Dataset, out: Path) -> str:
    """Build the store at `out` (replacing it atomically) and return its content hash."""
    writer = StoreWriter(out, data.texts)
    try:
        for s in data.sources:
            full_text = data.texts.get(s["id"]) if s["full_text_in_store"] == "1" else None
            writer.source(s, full_text)
        for row in data.rows["actors"]:
            writer.actor(row)
        writer.spanish_aliases((r["actor_id"], r["alias"]) for r in data.spanish_aliases)
        rows = data.rows["episodes"]
        defining = {r["id"]: r for r in rows if not r["same_as"]}
        written = _latest_writing_year(data)
        for eid in sorted(defining):
            writer.episode(defining[eid], written.get(eid, math.inf))
        for r in rows:
            writer.episode_citation(r)
        periods = data.rows["periods"]
        defining_periods = {r["id"]: r for r in periods if not r["same_as"]}
        for pid in sorted(defining_periods):
            writer.period(defining_periods[pid])
        for r in periods:
            writer.period_citation(r)
        for r in sorted(data.rows["series"], key=lambda r: r["id"]):
            writer.series(r)
        for r in data.rows["observations"]:
            writer.observation(r)
        writer.provenance(data.provenance)
    except BaseException:
        writer.abort()
        raise
    meta = [
        ("schema_version", SCHEMA_VERSION),
        ("dataset_version", data.version),
        ("title", DATASET_TITLE),
        *_citation_meta(data),
    ]
    digest = writer.finish(meta)
    data.warnings.extend(writer.warnings)
    return digest


def _citation_meta(data: Dataset) -> list[tuple[str, str]]:
    """The repository's CITATION.cff, as it is, so the store says how to cite itself."""
    path = Path(data.root).parent / "CITATION.cff"
    return [("citation_cff", path.read_text(encoding="utf-8"))] if path.exists() else []


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


def _write_provenance_rows(
    conn: sqlite3.Connection, rows: list[Row], passages: PassageIndex
) -> None:
    for r in sorted(rows, key=lambda r: (r["subject_type"], r["subject_id"], r["field"])):
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


SEARCH_CHUNK = 20_000  # episodes filled at a time: a million-row import stays in memory bounds


def _write_search_index(conn: sqlite3.Connection) -> None:
    """Fill the search text of episodes, then each external-content index from its table."""
    names = {
        aid: f"{name} ({aliases})" if aliases else name
        for aid, name, aliases in conn.execute("SELECT id, name, aliases FROM actors")
    }
    after = ""
    while True:
        ids = [row[0] for row in conn.execute(
            "SELECT id FROM episodes WHERE id > ? ORDER BY id LIMIT ?", (after, SEARCH_CHUNK)
        )]  # fmt: skip
        if not ids:
            break
        span = (after, ids[-1])
        actors: dict[str, list[str]] = {}
        for eid, aid in conn.execute(
            "SELECT DISTINCT ea.episode_id, ea.actor_id FROM episode_actors ea"
            " JOIN actors a ON a.id = ea.actor_id WHERE ea.episode_id > ? AND ea.episode_id <= ?"
            " ORDER BY ea.episode_id, a.name, a.id",
            span,
        ):
            actors.setdefault(eid, []).append(names[aid])
        quotes: dict[str, list[str]] = {}
        for eid, quote in conn.execute(
            "SELECT c.target_id, p.quote FROM citations c JOIN passages p ON p.id = c.passage_id"
            " WHERE c.target_type = 'episode' AND c.target_id > ? AND c.target_id <= ?"
            " ORDER BY c.target_id, p.id",
            span,
        ):
            quotes.setdefault(eid, []).append(quote)
        conn.executemany(
            "UPDATE episodes SET actors = ?, quotes = ? WHERE id = ?",
            [("; ".join(actors.get(eid, [])), " … ".join(quotes.get(eid, [])), eid) for eid in ids],
        )
        after = ids[-1]
    for index in ("episodes_fts", "passages_fts", "actors_fts"):
        conn.execute(f"INSERT INTO {index} ({index}) VALUES ('rebuild')")
