"""Captions for exported figures: what a chart, timeline or comparison shows and rests on.

A caption is a title and a few lines: the series with their units, the flagged values among
them, the sources with their locators, and the dataset version — what a reader of a pasted
figure needs to check it. Plain Python (no Qt): ui/plotting/caption.py draws it under the
image, writes it into the SVG, and puts it on the clipboard beside the image.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from explorer.core.citation import filters_from_state, flag_words, locators_by_source
from explorer.store import sources_export
from explorer.store.episodes import matching_ids

MAX_LOCATORS = 4  # per source in a caption; Cite This View lists them all
MAX_FLAGS = 6


@dataclass
class Caption:
    title: str
    lines: list[str] = field(default_factory=list)

    def text(self) -> str:
        return "\n".join([self.title, *self.lines])


def _dataset_line(conn: sqlite3.Connection) -> str:
    meta = sources_export.dataset_meta(conn)
    digest = meta.get("content_hash", "")
    hashed = f", content hash {digest[:12]}" if digest else ""
    return (f"Relations Explorer dataset {meta.get('dataset_version', 'unknown')}{hashed}: "
            f"{meta.get('title', '')}.")  # fmt: skip


def _sources_line(conn: sqlite3.Connection, targets: Sequence[tuple[str, str]]) -> str:
    found = locators_by_source(conn, targets)
    if not found:
        return ""
    short = {r["id"]: r.get("short_title") or r["title"]
             for r in sources_export.source_records(conn, found)}  # fmt: skip
    parts = []
    for source_id, locators in found.items():
        kept = locators[:MAX_LOCATORS]
        more = len(locators) - len(kept)
        tail = f"; and {more} more" if more > 0 else ""
        parts.append(f"{short.get(source_id, source_id)} ({'; '.join(kept)}{tail})")
    return "Sources: " + " · ".join(parts) + "."


def _series_lines(conn: sqlite3.Connection, series_ids: Sequence[str]) -> list[str]:
    facts = sources_export.series_facts(conn, series_ids)
    if not facts:
        return []
    lines = ["Series: " + "; ".join(
        f"{s['title']} ({s['unit_label']}; {s['source_title']}, {s['table_ref']})" for s in facts
    ) + "."]  # fmt: skip
    flagged = []
    for s in facts:
        for f in sources_export.flags_of_series(conn, s["id"]):
            flagged.append(f"{s['title']}, {f['period']}: {f['value_text']} {s['unit_label']} "
                           f"— {flag_words(f['flag'])}")  # fmt: skip
    if flagged:
        more = len(flagged) - MAX_FLAGS
        tail = f"; and {more} more" if more > 0 else ""
        lines.append("Flagged values: " + "; ".join(flagged[:MAX_FLAGS]) + tail + ".")
    return lines


def chart_caption(conn: sqlite3.Connection, series_ids: Sequence[str], title: str = "") -> Caption:
    facts = sources_export.series_facts(conn, series_ids)
    heading = title or ("Chart: " + "; ".join(s["title"] for s in facts) if facts else "Chart")
    lines = _series_lines(conn, series_ids)
    sources = _sources_line(conn, [("series", s) for s in series_ids])
    return Caption(heading, [*lines, *([sources] if sources else []), _dataset_line(conn)])


def timeline_episodes(conn: sqlite3.Connection, state: Mapping) -> list[str]:
    """The episodes the timeline draws: those the filters let through, within its range."""
    filters = filters_from_state(state)
    time_range = state.get("time_range")
    if time_range:
        lo = (
            max(filters.date_from, time_range[0])
            if filters.date_from is not None
            else time_range[0]
        )
        hi = min(filters.date_to, time_range[1]) if filters.date_to is not None else time_range[1]
        filters = filters.with_changes(date_from=float(lo), date_to=float(hi))
    return matching_ids(conn, filters)


def timeline_caption(conn: sqlite3.Connection, state: Mapping, title: str = "") -> Caption:
    episodes = timeline_episodes(conn, state)
    time_range = state.get("time_range")
    span = f", {int(time_range[0])}–{int(time_range[1])}" if time_range else ""
    heading = title or f"Timeline of Peru's foreign relations{span}"
    f = state.get("filters") or {}
    lines = [f"Episodes shown: {len(episodes)}" + (f" (search “{f['text']}”)" if f.get("text")
                                                   else "") + "."]  # fmt: skip
    sources = _sources_line(conn, [("episode", e) for e in episodes])
    return Caption(heading, [*lines, *([sources] if sources else []), _dataset_line(conn)])


def comparison_caption(conn: sqlite3.Connection, episodes: Sequence[str],
                       series_ids: Sequence[str], title: str = "") -> Caption:  # fmt: skip
    names = [sources_export.record_label(conn, "episode", e) or e for e in episodes]
    heading = title or ("Comparison: " + " · ".join(names) if names else "Comparison")
    lines = _series_lines(conn, series_ids)
    targets = [("episode", e) for e in episodes] + [("series", s) for s in series_ids]
    sources = _sources_line(conn, targets)
    return Caption(heading, [*lines, *([sources] if sources else []), _dataset_line(conn)])
