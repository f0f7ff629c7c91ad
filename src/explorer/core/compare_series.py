"""Series aligned on each episode's start: "years from the episode's start" (year 0 = the
calendar year the episode starts in), the means before and after, and the CSV of both. Qt-free.

Before means years −w…−1 and after means years 0…+w: the episode's own year counts as "after",
the usual event-study convention, and the table headings say so. Observations that cover more
than a year (a "1971/1975" average) are left out of the aligned charts: they have no single
year to sit on.
"""

from __future__ import annotations

import csv
import io
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from explorer.core.compare import EpisodeFacts
from explorer.store import compare_rows


@dataclass(frozen=True)
class SeriesInfo:
    id: str
    title: str
    unit_label: str
    source: str  # short title
    table_ref: str
    first: float | None = None  # first and last year with an observation
    last: float | None = None


@dataclass(frozen=True)
class AlignedPoint:
    offset: float  # years from the episode's start year
    period: str  # as the observation names it ("1991")
    value: float | None  # the printed number, in the series' unit label
    value_text: str
    flag: str | None
    observation_id: str
    source: str
    locator: str
    quote: str


@dataclass(frozen=True)
class BeforeAfter:
    series_id: str
    episode_id: str
    before: float | None
    before_n: int
    after: float | None
    after_n: int

    @property
    def change(self) -> float | None:
        if self.before is None or self.after is None:
            return None
        return self.after - self.before

    @property
    def change_pct(self) -> float | None:
        if self.change is None or not self.before:
            return None
        return 100.0 * self.change / abs(self.before)


def series_info(conn: sqlite3.Connection, series_ids: Sequence[str]) -> list[SeriesInfo]:
    found = []
    for series_id in series_ids:
        row = compare_rows.series_row(conn, series_id)
        if row:
            found.append(SeriesInfo(*row))
    return found


def all_series(conn: sqlite3.Connection) -> list[SeriesInfo]:
    """Every series with its span, in title order (a hundred or so: small enough to list)."""
    return [SeriesInfo(*row) for row in compare_rows.all_series_rows(conn)]


def aligned_points(
    conn: sqlite3.Connection, series_id: str, episode: EpisodeFacts, window: tuple[int, int]
) -> list[AlignedPoint]:
    """The series' yearly (or finer) observations within `window` years of the episode."""
    year0 = episode.start_year
    rows = compare_rows.yearly_points(conn, series_id, year0 + window[0], year0 + window[1] + 1)
    return [
        AlignedPoint(round(r[2] - year0, 4), r[1], r[4], r[5], r[6], r[0], r[7], r[8], r[9])
        for r in rows
    ]


def before_after(series_id: str, episode_id: str, points: Sequence[AlignedPoint]) -> BeforeAfter:
    before = [p.value for p in points if p.offset < 0 and p.value is not None]
    after = [p.value for p in points if p.offset >= 0 and p.value is not None]
    return BeforeAfter(
        series_id,
        episode_id,
        sum(before) / len(before) if before else None,
        len(before),
        sum(after) / len(after) if after else None,
        len(after),
    )


def suggest_series(
    conn: sqlite3.Connection,
    episodes: Sequence[EpisodeFacts],
    window: tuple[int, int],
    limit: int = 3,
) -> list[str]:
    """Series with yearly data around every episode, those about the episodes' actors first."""
    if not episodes:
        return []
    actor_ids = sorted({a.actor_id for e in episodes for a in e.actors})
    scores: dict[str, list[int]] = {}
    for episode in episodes:
        lo, hi = episode.start_year + window[0], episode.start_year + window[1] + 1
        for series_id, n in compare_rows.yearly_value_counts(conn, lo, hi):
            scores.setdefault(series_id, []).append(n)
    related = compare_rows.series_between(conn, actor_ids)
    ranked = sorted(
        (sid for sid, counts in scores.items() if len(counts) == len(episodes)),
        key=lambda sid: (sid not in related, -min(scores[sid]), sid),
    )
    return ranked[:limit]


CSV_COLUMNS = (
    "series_id",
    "series_title",
    "unit",
    "episode_id",
    "episode_title",
    "episode_start_year",
    "measure",
    "years_from_start",
    "period",
    "value",
    "value_text",
    "flag",
    "source",
    "locator",
)


def comparison_csv(
    conn: sqlite3.Connection,
    episodes: Sequence[EpisodeFacts],
    series_ids: Sequence[str],
    window: tuple[int, int],
) -> str:
    """Long-format CSV: every aligned value with its citation, then mean before/after and change
    per series and episode (measure = value | mean_before | mean_after | change)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for info in series_info(conn, series_ids):
        for episode in episodes:
            points = aligned_points(conn, info.id, episode, window)
            head = [
                info.id,
                info.title,
                info.unit_label,
                episode.id,
                episode.title,
                episode.start_year,
            ]
            for p in points:
                writer.writerow(
                    head
                    + [
                        "value",
                        _number(p.offset),
                        p.period,
                        _number(p.value),
                        p.value_text,
                        p.flag or "",
                        p.source,
                        p.locator,
                    ]
                )
            summary = before_after(info.id, episode.id, points)
            span = f"{window[0]}..-1", f"0..{window[1]}"
            for measure, value, years in (
                ("mean_before", summary.before, span[0]),
                ("mean_after", summary.after, span[1]),
                ("change", summary.change, ""),
            ):
                writer.writerow(head + [measure, years, "", _number(value), "", "", "", ""])
    return out.getvalue()


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:.10g}" if value != int(value) else str(int(value))
