"""Comparing 2–4 episodes side by side: their facts, what differs, and the saved comparison.

Qt-free. The charts' numbers (series aligned on each episode's start year, means before and
after) are in compare_series.
"""

from __future__ import annotations

import math
import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from explorer.store import compare_rows
from explorer.store.notes_targets import Citation, citations
from explorer.store.search import parse_search

MAX_EPISODES = 4
DEFAULT_WINDOW = (-5, 5)
COMPARISON_KIND = "comparison"  # kind of the saved item in the notes store


@dataclass(frozen=True)
class ActorRole:
    actor_id: str
    name: str
    role: str


@dataclass(frozen=True)
class EpisodeFacts:
    id: str
    title: str
    kind: str
    date_text: str
    start_edtf: str
    end_edtf: str | None
    precision: str
    uncertain: bool
    start_lo: float
    end_hi: float
    summary: str
    disputed: bool
    actors: tuple[ActorRole, ...] = ()
    citations: tuple[Citation, ...] = ()

    @property
    def start_year(self) -> int:
        """Year 0 of the aligned charts: the year the source names for the start ("c. 1990"
        is 1990, not its fuzzy lower bound 1989; a span starts at its first year)."""
        named = named_year(self.start_edtf)
        return named if named is not None else math.floor(self.start_lo + 1e-9)

    @property
    def is_point(self) -> bool:
        return not self.end_edtf

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c.source for c in self.citations))


_FIRST_YEAR = re.compile(r"(-?)(\d{4}|\d{3}X|\d{2}XX)")


def named_year(edtf: str | None) -> int | None:
    """The year an EDTF date names, ignoring its uncertainty: '1990~' -> 1990, '2015-05?' ->
    2015, '196X' -> 1960, '19XX' -> 1900; of a span or a choice ('1991/1992-04-05',
    '[1900..1939]') its first year. None when the text names no year."""
    if not edtf:
        return None
    match = _FIRST_YEAR.match(edtf.strip().lstrip("[{").lstrip("~?%").strip())
    if match is None:
        return None
    sign, digits = match.groups()
    year = int(digits.replace("X", "0"))
    return -year if sign else year


@dataclass(frozen=True)
class Duration:
    days: int | None  # exact, when both ends are known to the day
    years: float  # widest reading, in years
    point: bool

    def text(self) -> str:
        """English phrasing; the UI builds its own translated one from the fields."""
        if self.point:
            return "a single date"
        if self.days is not None:
            return f"{self.days} days"
        if self.years < 1:
            return f"about {max(1, round(self.years * 12))} months"
        return f"about {self.years:.0f} years" if self.years >= 2 else "about a year"


def load_facts(conn: sqlite3.Connection, episode_ids: Sequence[str]) -> list[EpisodeFacts]:
    """Facts of the episodes that exist, in the order asked for."""
    facts = []
    for episode_id in episode_ids:
        row = compare_rows.episode_fact_row(conn, episode_id)
        if row is None:
            continue
        actors = tuple(ActorRole(*r) for r in compare_rows.episode_actor_roles(conn, episode_id))
        facts.append(
            EpisodeFacts(
                id=row[0],
                title=row[1],
                kind=row[2],
                date_text=row[3],
                start_edtf=row[4],
                end_edtf=row[5],
                precision=row[6],
                uncertain=bool(row[7]),
                start_lo=row[8],
                end_hi=row[9],
                summary=row[10],
                disputed=bool(row[11]),
                actors=actors,
                citations=citations(conn, "episode", episode_id),
            )
        )
    return facts


def duration(facts: EpisodeFacts) -> Duration:
    if facts.is_point:
        return Duration(None, 0.0, True)
    days = None
    try:
        start = date.fromisoformat(facts.start_edtf)
        end = date.fromisoformat(facts.end_edtf or "")
        days = (end - start).days + 1  # both the first and the last day belong to the episode
    except ValueError:
        pass  # month, year or uncertain precision: no exact day count
    return Duration(days, max(0.0, facts.end_hi - facts.start_lo), False)


@dataclass(frozen=True)
class Differences:
    """Which rows of the comparison differ between the episodes, and what is shared."""

    rows: frozenset[str]  # names of rows whose values are not all equal
    shared_actors: frozenset[str] = field(default_factory=frozenset)  # actor ids in every episode
    shared_sources: frozenset[str] = field(default_factory=frozenset)


def differences(facts: Sequence[EpisodeFacts], note_counts: Sequence[int] = ()) -> Differences:
    if len(facts) < 2:
        return Differences(frozenset())
    values: dict[str, list[Any]] = {
        "kind": [f.kind for f in facts],
        "start": [f.start_year for f in facts],
        "duration": [duration(f).text() for f in facts],
        "precision": [(f.precision, f.uncertain) for f in facts],
        "actors": [frozenset((a.actor_id, a.role) for a in f.actors) for f in facts],
        "sources": [frozenset(f.sources) for f in facts],
        "disputed": [f.disputed for f in facts],
        "notes": list(note_counts) or [0] * len(facts),
    }
    rows = frozenset(name for name, vals in values.items() if len(set(vals)) > 1)
    shared_actors = frozenset.intersection(
        *(frozenset(a.actor_id for a in f.actors) for f in facts)
    )
    shared_sources = frozenset.intersection(*(frozenset(f.sources) for f in facts))
    return Differences(rows, shared_actors, shared_sources)


def find_episodes(
    conn: sqlite3.Connection, text: str, limit: int = 30
) -> list[tuple[str, str, str]]:
    """(id, title, date text) of episodes matching `text` (words as prefixes), earliest first."""
    query, _ = parse_search(text)
    return compare_rows.find_episode_rows(conn, query, limit)


@dataclass(frozen=True)
class Comparison:
    """What a saved comparison remembers; stored as a payload in the notes store."""

    episodes: tuple[str, ...]
    series: tuple[str, ...] = ()
    window: tuple[int, int] = DEFAULT_WINDOW

    def to_payload(self) -> dict:
        return {
            "episodes": list(self.episodes),
            "series": list(self.series),
            "window": list(self.window),
        }

    @classmethod
    def from_payload(cls, payload: dict) -> Comparison:
        episodes = tuple(str(e) for e in payload.get("episodes", []) if e)[:MAX_EPISODES]
        series = tuple(str(s) for s in payload.get("series", []) if s)
        window = payload.get("window") or DEFAULT_WINDOW
        try:
            lo, hi = int(window[0]), int(window[1])
        except (TypeError, ValueError, IndexError):
            lo, hi = DEFAULT_WINDOW
        return cls(episodes, series, clamp_window(lo, hi))


def clamp_window(lo: int, hi: int) -> tuple[int, int]:
    """A window of whole years around year 0, from −30…0 to 0…+30, never empty."""
    lo, hi = max(-30, min(0, lo)), min(30, max(0, hi))
    if lo == hi:
        hi = lo + 1
    return lo, hi


def default_name(facts: Sequence[EpisodeFacts]) -> str:
    """'Huaral killings (1991) vs Hostage crisis (1996)' style name for a new comparison."""
    return " vs ".join(f"{f.title} ({f.start_year})" for f in facts)
