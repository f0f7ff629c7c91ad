"""Facet counts for the episode filters: kind, actor and decade, each combined with the others.

Kinds and decades are any-of facets, so their counts leave their own selection out (choosing a
second kind shows how many it would add). Actors are all-of (choose Japan and China to see what
involves both), so their counts include the actors already chosen: drilling down.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from explorer.store.episodes import END_MID, START_MID, where_clause
from explorer.store.search import parse_search, plain_query

# Decimal years are rounded to 6 places; this keeps an episode ending exactly on 1 January of a
# decade's first year out of that decade.
EPSILON = 1e-7


@dataclass(frozen=True)
class FacetValue:
    key: str | int
    label: str
    count: int
    group: str = ""  # actors: their kind (country, person, ...), to group and filter the list


@dataclass(frozen=True)
class Facets:
    kinds: list[FacetValue]
    actors: list[FacetValue]
    decades: list[FacetValue]
    total: int  # episodes matching every filter


def _fts(filters) -> str:
    return parse_search(getattr(filters, "text", "") or "")[0]


def kind_counts(conn: sqlite3.Connection, filters, fts_query: str) -> list[FacetValue]:
    where, params = where_clause(filters, fts_query, skip="kinds")
    rows = conn.execute(
        f"SELECT e.kind, COUNT(*) FROM episodes e WHERE {where} GROUP BY e.kind", params
    ).fetchall()
    values = [FacetValue(row[0], row[0], row[1]) for row in rows]
    # Keep chosen kinds visible even when nothing else leaves them any episode.
    present = {v.key for v in values}
    values += [
        FacetValue(k, k, 0) for k in sorted(getattr(filters, "kinds", ()) or ()) if k not in present
    ]
    return sorted(values, key=lambda v: (-v.count, v.key))


def actor_counts(conn: sqlite3.Connection, filters, fts_query: str) -> list[FacetValue]:
    where, params = where_clause(filters, fts_query)
    # Count per actor over the matching ids first, then name the (few) actors: joining names
    # before grouping made this the slowest facet on large stores.
    rows = conn.execute(
        f"""SELECT a.id, a.name, a.kind, c.n FROM (
                SELECT ea.actor_id, COUNT(DISTINCT ea.episode_id) AS n FROM episode_actors ea
                WHERE ea.episode_id IN (SELECT e.id FROM episodes e WHERE {where})
                GROUP BY ea.actor_id) c
            JOIN actors a ON a.id = c.actor_id""",
        params,
    ).fetchall()
    values = [FacetValue(row[0], row[1], row[3], row[2]) for row in rows]
    present = {v.key for v in values}
    chosen = sorted(set(getattr(filters, "actors", ()) or ()) - present)
    if chosen:
        marks = ",".join("?" * len(chosen))
        for row in conn.execute(f"SELECT id, name, kind FROM actors WHERE id IN ({marks})", chosen):
            values.append(FacetValue(row[0], row[1], 0, row[2]))
    return sorted(values, key=lambda v: (-v.count, v.label.casefold()))


def _decade_of(year_sql: str) -> str:
    """SQL for the decade of a decimal year. floor() needs SQLite's optional math functions,
    so truncate and step down for negative years."""
    tenth = f"({year_sql}) / 10"
    return f"(CAST({tenth} AS INTEGER) - ({tenth} < CAST({tenth} AS INTEGER))) * 10"


def decade_counts(conn: sqlite3.Connection, filters, fts_query: str) -> list[FacetValue]:
    """Episodes active in each decade (a span counts in every decade it overlaps).

    Decade d holds an episode from the decade of the middle of its start's uncertainty to that
    of the middle of its end's (as the decade filter does). SQL groups the episodes by
    (first, last) — a few dozen pairs whatever the store's size — and Python spreads them.
    """
    bounds = conn.execute("SELECT MIN(start_lo), MAX(end_hi) FROM episodes").fetchone()
    if bounds[0] is None:
        return []
    first_decade = int(bounds[0] // 10 * 10)
    last_decade = int((bounds[1] - EPSILON) // 10 * 10)
    counts = dict.fromkeys(range(first_decade, last_decade + 10, 10), 0)
    where, params = where_clause(filters, fts_query, skip="decades")
    pairs = conn.execute(
        f"""SELECT {_decade_of(START_MID)}, {_decade_of(END_MID)}, COUNT(*)
            FROM episodes e WHERE {where} GROUP BY 1, 2""",
        params,
    ).fetchall()
    for first, last, n in pairs:
        for decade in range(first, last + 10, 10):
            if decade in counts:
                counts[decade] += n
    return [FacetValue(decade, f"{decade}s", n) for decade, n in counts.items()]


def facet_counts(conn: sqlite3.Connection, filters) -> Facets:
    """All facets for `filters`. A malformed text search counts its plain words, as the table does."""
    fts_query = _fts(filters)
    try:
        kinds = kind_counts(conn, filters, fts_query)
    except sqlite3.OperationalError:
        fts_query = plain_query(getattr(filters, "text", "") or "")
        kinds = kind_counts(conn, filters, fts_query)
    where, params = where_clause(filters, fts_query)
    total = conn.execute(f"SELECT COUNT(*) FROM episodes e WHERE {where}", params).fetchone()[0]
    return Facets(
        kinds=kinds,
        actors=actor_counts(conn, filters, fts_query),
        decades=decade_counts(conn, filters, fts_query),
        total=total,
    )
