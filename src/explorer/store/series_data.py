"""Series and observations for the chart: the picker's tree, and every number with its source.

Each observation comes back with what a reader needs to trust it: the value as printed, its
unit, its flag and the reason, any conflicting claims, and the passage it rests on.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from explorer.store.search import MAX_TERMS, bounded

_SERIES_COLUMNS = (
    "s.id, s.title, s.indicator, s.category, s.unit, s.scale, s.unit_label, s.reporter, "
    "s.partner, s.source_id, src.short_title, s.table_ref, s.table_title, s.note, "
    "COALESCE(rep.name, s.reporter), COALESCE(par.name, s.partner), "
    "(SELECT COUNT(*) FROM observations o WHERE o.series_id = s.id AND o.value IS NOT NULL)"
)
_SERIES_FROM = (
    "FROM series s JOIN sources src ON src.id = s.source_id "
    "LEFT JOIN actors rep ON rep.id = s.reporter LEFT JOIN actors par ON par.id = s.partner"
)


@dataclass(frozen=True)
class SeriesInfo:
    id: str
    title: str
    indicator: str
    category: str | None
    unit: str
    scale: float
    unit_label: str
    reporter: str | None
    partner: str | None
    source_id: str
    source_title: str
    table_ref: str
    table_title: str | None
    note: str | None
    reporter_name: str | None
    partner_name: str | None
    n_values: int


@dataclass(frozen=True)
class Observation:
    id: str
    series_id: str
    period: str
    start: float
    end: float
    value: float | None
    value_text: str
    flag: str | None
    flag_reason: str | None
    passage_id: int
    locator: str
    quote: str
    source_title: str
    conflict: str | None  # "1,694.9 (pj2003) vs 1,700 (sy2013)" when sources disagree

    @property
    def is_span(self) -> bool:
        """True for a multi-year average or total (drawn across its span)."""
        return "/" in self.period


def list_series(conn: sqlite3.Connection, search: str = "") -> list[SeriesInfo]:
    """All series, or those whose title, indicator, category, partner or table match `search`."""
    where, params = "", []
    words = list(dict.fromkeys(bounded(search).split()))[:MAX_TERMS]
    if words:
        fields = (
            "s.title",
            "s.indicator",
            "COALESCE(s.category, '')",
            "COALESCE(par.name, '')",
            "COALESCE(rep.name, '')",
            "s.table_ref",
            "COALESCE(s.table_title, '')",
            "src.short_title",
            "s.unit_label",
        )
        haystack = " || ' ' || ".join(fields)
        where = "WHERE " + " AND ".join(f"({haystack}) LIKE ?" for _ in words)
        params = [f"%{word}%" for word in words]
    sql = (
        f"SELECT {_SERIES_COLUMNS} {_SERIES_FROM} {where} ORDER BY s.indicator, "
        "COALESCE(par.name, s.partner, ''), s.title, s.id"
    )
    return [SeriesInfo(*row) for row in conn.execute(sql, params)]


def series_by_id(conn: sqlite3.Connection, series_ids) -> dict[str, SeriesInfo]:
    series_ids = list(series_ids)
    if not series_ids:
        return {}
    marks = ",".join("?" * len(series_ids))
    rows = conn.execute(
        f"SELECT {_SERIES_COLUMNS} {_SERIES_FROM} WHERE s.id IN ({marks})", series_ids
    )
    return {row[0]: SeriesInfo(*row) for row in rows}


def observations(conn: sqlite3.Connection, series_id: str) -> list[Observation]:
    rows = conn.execute(
        "SELECT o.id, o.series_id, o.period, o.start, o.end, o.value, o.value_text, o.flag, "
        "o.flag_reason, o.passage_id, p.locator, p.quote, src.short_title, "
        "(SELECT GROUP_CONCAT(c.summary, '; ') FROM conflicts c "
        " WHERE c.subject_type = 'observation' AND c.subject_id = o.id) "
        "FROM observations o JOIN passages p ON p.id = o.passage_id "
        "JOIN sources src ON src.id = p.source_id "
        "WHERE o.series_id = ? ORDER BY o.start, o.end, o.id",
        (series_id,),
    )
    return [Observation(*row) for row in rows]


def default_series(conn: sqlite3.Connection, limit: int = 3) -> tuple[str, ...]:
    """A meaningful first chart: Japan's aid to Peru from one table, else the richest series.

    Chosen by indicator, reporter and partner rather than by id, so it survives curators'
    renaming; the table with the most annual values wins, and its largest series are shown.
    """
    rows = conn.execute(
        f"SELECT {_SERIES_COLUMNS} {_SERIES_FROM} "
        "WHERE (s.indicator LIKE 'oda%' OR s.indicator = 'technical_cooperation') "
        "AND s.reporter = 'JPN' AND s.partner = 'PER'"
    ).fetchall()
    candidates = [SeriesInfo(*row) for row in rows if row[-1] > 1]
    if not candidates:
        rows = conn.execute(f"SELECT {_SERIES_COLUMNS} {_SERIES_FROM}").fetchall()
        candidates = sorted((SeriesInfo(*row) for row in rows), key=lambda s: (-s.n_values, s.id))
        return tuple(s.id for s in candidates[:1] if s.n_values > 0)
    tables: dict[tuple[str, str], list[SeriesInfo]] = {}
    for info in candidates:
        tables.setdefault((info.source_id, info.table_ref), []).append(info)

    def richness(key: tuple[str, str]) -> tuple[int, int, str]:
        group = tables[key]
        # Fewer units beats more (one axis reads best), then more values.
        return (-len({s.unit for s in group}) * 0, sum(s.n_values for s in group), key[0])

    best = max(tables, key=richness)
    group = [s for s in tables[best] if s.unit == tables[best][0].unit]
    group.sort(key=lambda s: (-s.n_values, s.indicator != "oda_total", s.id))
    return tuple(s.id for s in group[:limit])


def observation_series(conn: sqlite3.Connection, observation_id: str) -> str | None:
    row = conn.execute(
        "SELECT series_id FROM observations WHERE id = ?", (observation_id,)
    ).fetchone()
    return row[0] if row else None
