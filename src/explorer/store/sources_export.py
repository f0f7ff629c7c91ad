"""What a citation rests on, read from a relations store: source records, locators, meta.

Every SQL query that citing needs lives here; the formats (BibTeX, RIS, CSL-JSON, the styled
citations) are built from the plain dicts this module returns (explorer.core.citation*).

Stores differ in which bibliographic columns their `sources` table has (a newer build may add
provenance columns such as `publisher` or `year_basis`): `source_records` returns every column
the table has except the full text, so the formats can honour what is there and invent nothing
that is not.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence

from explorer.store.bundled import store_meta

# Targets a citation can rest on directly (rows in `citations`), and those resolved through them.
CITED_KINDS = ("episode", "period", "observation")


def _dicts(cursor: sqlite3.Cursor) -> list[dict]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, tuple(row), strict=True)) for row in cursor]


def source_columns(conn: sqlite3.Connection) -> list[str]:
    return [row[1] for row in conn.execute("PRAGMA table_info(sources)")]


def source_records(conn: sqlite3.Connection, ids: Iterable[str] | None = None) -> list[dict]:
    """Every source (or those in `ids`), oldest first, with all columns but the full text.
    `has_full_text` says whether the store ships the document's text."""
    columns = [c for c in source_columns(conn) if c != "full_text"]
    select = ", ".join(f'"{c}"' for c in columns)
    sql = f"SELECT {select}, full_text IS NOT NULL AS has_full_text FROM sources"
    rows = _dicts(conn.execute(f"{sql} ORDER BY year, id"))
    known = source_provenance(conn)
    if known is not None:
        for row in rows:
            row["provenance"] = known.get(row["id"], {})
    if ids is None:
        return rows
    wanted = set(ids)
    return [row for row in rows if row["id"] in wanted]


def source_provenance(conn: sqlite3.Connection) -> dict[str, dict[str, dict]] | None:
    """{source id: {field: {basis, reference, quote, locator}}} from the store's `provenance`
    table (docs/schema.md): which of a source's bibliographic fields are the curators'
    knowledge and which a document's words. None for a store built before the table existed."""
    has_table = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'provenance'"
    ).fetchone()
    if has_table is None:
        return None
    found: dict[str, dict[str, dict]] = {}
    for row in _dicts(conn.execute(
        """SELECT pr.subject_id, pr.field, pr.basis, pr.reference, p.quote, p.locator
           FROM provenance pr LEFT JOIN passages p ON p.id = pr.passage_id
           WHERE pr.subject_type = 'source' ORDER BY pr.subject_id, pr.field"""
    )):  # fmt: skip
        found.setdefault(row.pop("subject_id"), {})[row.pop("field")] = row
    return found


def dataset_meta(conn: sqlite3.Connection) -> dict[str, str]:
    """The store's meta table (dataset_version, title, content_hash, citation_cff…)."""
    try:
        return store_meta(conn)
    except sqlite3.Error:
        return {}


def _chunks(values: Sequence, size: int = 400):
    for start in range(0, len(values), size):
        yield values[start : start + size]


def observations_of_series(conn: sqlite3.Connection, series_ids: Sequence[str]) -> list[str]:
    ids: list[str] = []
    for chunk in _chunks(list(series_ids)):
        marks = ", ".join("?" * len(chunk))
        ids += [row[0] for row in conn.execute(
            f"SELECT id FROM observations WHERE series_id IN ({marks}) ORDER BY series_id, start",
            chunk,
        )]  # fmt: skip
    return ids


def locators_behind(conn: sqlite3.Connection, targets: Iterable[tuple[str, str]]) -> list[dict]:
    """The passages that `targets` ((kind, id) pairs) rest on: one dict per (target, passage)
    with source_id, locator, passage_id, quote. A series stands for all its observations, a
    passage for itself and a source for nothing more than its record."""
    by_kind: dict[str, list[str]] = {kind: [] for kind in CITED_KINDS}
    passages: list[int] = []
    for kind, item_id in targets:
        if kind in by_kind:
            by_kind[kind].append(item_id)
        elif kind == "series":
            by_kind["observation"] += observations_of_series(conn, [item_id])
        elif kind == "passage" and str(item_id).isdigit():
            passages.append(int(item_id))
    rows: list[dict] = []
    for kind, ids in by_kind.items():
        for chunk in _chunks(list(dict.fromkeys(ids))):
            marks = ", ".join("?" * len(chunk))
            rows += _dicts(conn.execute(
                f"""SELECT c.target_type, c.target_id, p.id AS passage_id, p.source_id,
                           p.locator, p.quote
                    FROM citations c JOIN passages p ON p.id = c.passage_id
                    WHERE c.target_type = ? AND c.target_id IN ({marks})
                    ORDER BY p.source_id, p.char_start, p.id""",
                [kind, *chunk],
            ))  # fmt: skip
    for chunk in _chunks(list(dict.fromkeys(passages))):
        marks = ", ".join("?" * len(chunk))
        rows += _dicts(conn.execute(
            f"""SELECT 'passage' AS target_type, CAST(id AS TEXT) AS target_id,
                       id AS passage_id, source_id, locator, quote
                FROM passages WHERE id IN ({marks})""",
            chunk,
        ))  # fmt: skip
    return rows


def series_facts(conn: sqlite3.Connection, series_ids: Sequence[str]) -> list[dict]:
    """Title, unit, table and source of each series, in the order asked."""
    found: dict[str, dict] = {}
    for chunk in _chunks(list(series_ids)):
        marks = ", ".join("?" * len(chunk))
        for row in _dicts(conn.execute(
            f"""SELECT s.id, s.title, s.unit, s.unit_label, s.table_ref, s.table_title,
                       s.source_id, src.short_title AS source_title,
                       (SELECT COUNT(*) FROM observations o WHERE o.series_id = s.id) AS n_obs,
                       (SELECT COUNT(*) FROM observations o WHERE o.series_id = s.id
                         AND o.flag IS NOT NULL) AS n_flagged
                FROM series s JOIN sources src ON src.id = s.source_id
                WHERE s.id IN ({marks})""",
            chunk,
        )):  # fmt: skip
            found[row["id"]] = row
    return [found[i] for i in series_ids if i in found]


def flags_of_series(conn: sqlite3.Connection, series_id: str) -> list[dict]:
    """The flagged values of a series: period, value as printed, flag and its reason."""
    return _dicts(conn.execute(
        """SELECT period, value_text, flag, flag_reason FROM observations
           WHERE series_id = ? AND flag IS NOT NULL ORDER BY start, id""",
        (series_id,),
    ))  # fmt: skip


def observation_facts(conn: sqlite3.Connection, observation_id: str) -> dict | None:
    rows = _dicts(conn.execute(
        """SELECT o.id, o.period, o.value_text, o.flag, o.flag_reason, s.id AS series_id,
                  s.title AS series_title, s.unit_label, s.table_ref
           FROM observations o JOIN series s ON s.id = o.series_id WHERE o.id = ?""",
        (observation_id,),
    ))  # fmt: skip
    return rows[0] if rows else None


def record_label(conn: sqlite3.Connection, kind: str, item_id: str) -> str | None:
    """A short name of a record: an episode's title and date, a period's name, and so on."""
    queries = {
        "episode": "SELECT title || ' (' || date_text || ')' FROM episodes WHERE id = ?",
        "period": "SELECT name FROM periods WHERE id = ?",
        "series": "SELECT title FROM series WHERE id = ?",
        "actor": "SELECT name FROM actors WHERE id = ?",
        "source": "SELECT title FROM sources WHERE id = ?",
        "passage": "SELECT locator FROM passages WHERE id = ?",
        "observation": "SELECT s.title || ', ' || o.period FROM observations o"
        " JOIN series s ON s.id = o.series_id WHERE o.id = ?",
    }
    if kind not in queries:
        return None
    row = conn.execute(queries[kind], (item_id,)).fetchone()
    return row[0] if row else None


def series_source_of(conn: sqlite3.Connection, series_id: str) -> str | None:
    row = conn.execute("SELECT source_id FROM series WHERE id = ?", (series_id,)).fetchone()
    return row[0] if row else None
