"""Episode and period rows for drawing: the columns a timeline needs, read once per store.

Columns come back as plain lists (the level-of-detail code turns them into arrays), because a
timeline of 100,000 episodes is drawn from these columns many times a second and never from
row objects. Filtering stays in SQL: `matching_ids` answers which episodes the filters keep.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from explorer.store import episodes

HOME_COUNTRY = "PER"  # every episode involves Peru; lanes by partner show the other country


@dataclass
class EpisodeColumns:
    """One entry per episode, in start order. `partners` lists the non-Peru countries involved."""

    ids: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    date_texts: list[str] = field(default_factory=list)
    precisions: list[str] = field(default_factory=list)
    uncertain: list[bool] = field(default_factory=list)
    disputed: list[bool] = field(default_factory=list)
    is_point: list[bool] = field(default_factory=list)
    start_lo: list[float] = field(default_factory=list)
    start_hi: list[float] = field(default_factory=list)
    end_lo: list[float] = field(default_factory=list)
    end_hi: list[float] = field(default_factory=list)
    partners: list[tuple[str, ...]] = field(default_factory=list)
    rowids: list[int] = field(default_factory=list)  # to map a query's mask onto these rows

    def __len__(self) -> int:
        return len(self.ids)

    def index_of(self, episode_id: str) -> int | None:
        if not hasattr(self, "_index"):
            self._index = {eid: i for i, eid in enumerate(self.ids)}
        return self._index.get(episode_id)


@dataclass(frozen=True)
class PeriodRow:
    id: str
    name: str
    kind: str
    date_text: str
    start_lo: float
    start_hi: float
    end_lo: float
    end_hi: float
    country: str | None = None

    @property
    def is_government(self) -> bool:
        """Peru's own presidencies and regimes share the top band; others sit with the eras."""
        return self.kind in ("presidency", "military_government") and self.country in (None, "PER")


def load_episodes(conn: sqlite3.Connection) -> EpisodeColumns:
    partners: dict[str, list[str]] = {}
    for episode_id, actor_id in conn.execute(
        "SELECT ea.episode_id, ea.actor_id FROM episode_actors ea "
        "JOIN actors a ON a.id = ea.actor_id "
        "WHERE a.kind = 'country' AND ea.actor_id != ? "
        "GROUP BY ea.episode_id, ea.actor_id ORDER BY ea.episode_id, ea.actor_id",
        (HOME_COUNTRY,),
    ):
        partners.setdefault(episode_id, []).append(actor_id)
    cols = EpisodeColumns()
    for row in conn.execute(
        "SELECT id, title, kind, date_text, precision, uncertain, disputed, end_edtf IS NULL, "
        "start_lo, start_hi, end_lo, end_hi, rowid FROM episodes ORDER BY start_lo, id"
    ):
        cols.ids.append(row[0])
        cols.titles.append(row[1])
        cols.kinds.append(row[2])
        cols.date_texts.append(row[3])
        cols.precisions.append(row[4])
        cols.uncertain.append(bool(row[5]))
        cols.disputed.append(bool(row[6]))
        cols.is_point.append(bool(row[7]))
        cols.start_lo.append(row[8])
        cols.start_hi.append(row[9])
        cols.end_lo.append(row[10])
        cols.end_hi.append(row[11])
        cols.partners.append(tuple(partners.get(row[0], ())))
        cols.rowids.append(row[12])
    return cols


_SHARED: dict[int, tuple[sqlite3.Connection, EpisodeColumns]] = {}


def shared_episodes(conn: sqlite3.Connection) -> EpisodeColumns:
    """load_episodes, read once per open connection and shared by the panes that draw them
    (the timeline and the chart): at a million episodes each copy costs seconds and ~1 GB.
    The columns are read-only once loaded."""
    held = _SHARED.get(id(conn))
    if held is None or held[0] is not conn:
        _SHARED.clear()  # one store is open at a time
        held = (conn, load_episodes(conn))
        _SHARED[id(conn)] = held
    return held[1]


def load_periods(conn: sqlite3.Connection) -> list[PeriodRow]:
    return [
        PeriodRow(*row)
        for row in conn.execute(
            "SELECT id, name, kind, date_text, start_lo, start_hi, end_lo, end_hi, country "
            "FROM periods "
            "ORDER BY start_lo, id"
        )
    ]


def actor_names(conn: sqlite3.Connection) -> dict[str, str]:
    return dict(conn.execute("SELECT id, name FROM actors"))


def episode_summary(conn: sqlite3.Connection, episode_id: str) -> str:
    row = conn.execute("SELECT summary FROM episodes WHERE id = ?", (episode_id,)).fetchone()
    return row[0] if row else ""


def episode_edtf(conn: sqlite3.Connection, episode_id: str) -> tuple[str | None, str | None]:
    """(start, end) EDTF of an episode, (None, None) when the store has no such episode."""
    row = conn.execute(
        "SELECT start_edtf, end_edtf FROM episodes WHERE id = ?", (episode_id,)
    ).fetchone()
    return (row[0], row[1]) if row else (None, None)


def date_claims(conn: sqlite3.Connection, episode_id: str) -> list[tuple[str, str, str]]:
    """(field, value as written, source short title) for each date claim of an episode."""
    return [
        tuple(row)
        for row in conn.execute(
            "SELECT c.field, c.value_text, s.short_title FROM claims c "
            "JOIN sources s ON s.id = c.source_id "
            "WHERE c.subject_type = 'episode' AND c.subject_id = ? ORDER BY c.field, c.id",
            (episode_id,),
        )
    ]


def matching_ids(conn: sqlite3.Connection, filters) -> set[str] | None:
    """Ids of the episodes the filters keep, or None when the filters keep everything.
    The table's query is the one truth about what a filter means."""
    if filters is None or filters.is_empty():
        return None
    return set(episodes.matching_ids(conn, filters))
