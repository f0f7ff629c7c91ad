"""Citations of what is on screen: a value, a series, an episode, a whole view (no Qt).

Copy Citation puts `record_citation` on the clipboard: the record as the document prints it
(a value with its unit and flag), each document and locator it rests on, and the dataset
version. Export Sources and `relations-explorer cite` use `sources_behind` to find the source
records (with the locators used) behind the whole store or behind a saved view.

Citations are written in English, the language of the documents and of the dataset's record.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from explorer.core import citation_formats
from explorer.core.state import Filters
from explorer.store import details, sources_export
from explorer.store.episodes import matching_ids

# How a flag reads in a citation; the words a reader of the table would use.
FLAG_WORDS = {
    "inconsistent": "Inconsistent",
    "conflict": "Conflicting sources",
    "approximate": "Approximate",
    "lower_bound": "Lower bound (“more than”)",
    "upper_bound": "Upper bound (“less than”)",
    "estimate": "Estimate",
    "preliminary": "Preliminary",
    "missing": "Not available (n.a.)",
}


def flag_words(flag: str | None, reason: str | None = None) -> str:
    if not flag:
        return ""
    words = FLAG_WORDS.get(flag, flag.replace("_", " ").capitalize())
    return f"{words}: {reason}" if reason else words


def dataset_line(meta: Mapping[str, str]) -> str:
    """“Dataset: <title>, version <v> (content hash <first 12>), Relations Explorer.”"""
    title = meta.get("title", "Relations Explorer dataset")
    version = meta.get("dataset_version", "unknown")
    digest = meta.get("content_hash", "")
    hashed = f", content hash {digest[:12]}" if digest else ""
    return f"Dataset: {title}, version {version}{hashed} (Relations Explorer)."


def _source_line(cite: Mapping) -> str:
    title = cite.get("source_title") or cite.get("short_title") or cite.get("source_id", "")
    quote = f": “{cite['quote']}”" if cite.get("quote") else ""
    return f"Source: {title}, {cite['locator']}{quote}"


def value_text(record: Mapping) -> str:
    """A value as printed with its unit: "412.8 US$ millions"."""
    unit = record.get("unit_label") or ""
    printed = record.get("value_text") or "(no value printed)"
    return f"{printed} {unit}".strip()


def _join_parts(parts: list[str]) -> str:
    """ "row 1996", "row 1997" -> "row 1996, 1997": a shared first word is said once."""
    word = parts[0].split(" ", 1)[0] + " " if " " in parts[0] else ""
    shared = word and all(p.startswith(word) for p in parts)
    return ", ".join([parts[0], *(p[len(word) :] if shared else p for p in parts[1:])])


def _merge_last(items: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(head, last part) pairs with the same head merged: their last parts joined."""
    merged: dict[str, list[str]] = {}
    for head, last in items:
        merged.setdefault(head, []).append(last)
    return [(head, _join_parts(lasts) if lasts != [""] else "") for head, lasts in merged.items()]


def compact_locators(locators: Iterable[str]) -> list[str]:
    """Locators that differ only in one part, merged, in order: "Table 1, row X, column 1996"
    and "…, column 1997" become "Table 1, row X, column 1996, 1997"; rows with the same columns
    then become "Table 1, row X, Y, column 1996, 1997"."""
    split = [loc.rpartition(", ")[::2] if ", " in loc else (loc, "")
             for loc in dict.fromkeys(locators)]  # fmt: skip
    by_row = _merge_last(split)
    # Second pass: the same columns in several rows of one table merge their rows.
    by_table: dict[tuple[str, str], list[str]] = {}
    for head, tail in by_row:
        prefix, sep, middle = head.rpartition(", ")
        key = (prefix if sep else "\0" + head, tail)
        by_table.setdefault(key, []).append(middle if sep else head)
    result = []
    for (prefix, tail), middles in by_table.items():
        head = middles[0] if prefix.startswith("\0") else f"{prefix}, {_join_parts(middles)}"
        result.append(f"{head}, {tail}" if tail else head)
    return result


# --- one record --------------------------------------------------------------------------------


def record_citation(conn: sqlite3.Connection, kind: str, item_id: str) -> str:
    """The plain-text citation of one record, for the clipboard ("" if it is not in the store)."""
    lines = _record_lines(conn, kind, item_id)
    if not lines:
        return ""
    return "\n".join([*lines, dataset_line(sources_export.dataset_meta(conn))])


def _record_lines(conn: sqlite3.Connection, kind: str, item_id: str) -> list[str]:
    if kind == "observation":
        return observation_lines(conn, item_id)
    if kind == "series":
        return series_lines(conn, item_id)
    if kind == "episode":
        record = details.episode(conn, item_id)
        if record is None:
            return []
        head = f"{record['title']} ({record['date_text']})"
        if record.get("disputed"):
            head += " — the sources disagree on its date"
        return [head, *(_source_line(c) for c in record["citations"])]
    if kind == "period":
        record = details.period(conn, item_id)
        if record is None:
            return []
        return [f"{record['name']} ({record['date_text']})",
                *(_source_line(c) for c in record["citations"])]  # fmt: skip
    if kind == "passage":
        rows = sources_export.locators_behind(conn, [("passage", item_id)])
        by_id = {r["id"]: r for r in sources_export.source_records(conn)}
        return [_source_line({**r, "source_title": by_id[r["source_id"]]["title"]})
                for r in rows if r["source_id"] in by_id]  # fmt: skip
    if kind == "source":
        records = sources_export.source_records(conn, [item_id])
        return [reference_line(records[0])] if records else []
    label = sources_export.record_label(conn, kind, item_id)
    return [label] if label else []


def observation_lines(conn: sqlite3.Connection, observation_id: str) -> list[str]:
    record = details.observation(conn, observation_id)
    if record is None:
        return []
    head = f"{record['series_title']}, {record['period']}: {value_text(record)}"
    flag = flag_words(record.get("flag"), record.get("flag_reason"))
    lines = [head + (f" — {flag}" if flag else "")]
    lines += [_source_line(c) for c in record["citations"]]
    return lines


def series_lines(conn: sqlite3.Connection, series_id: str) -> list[str]:
    facts = sources_export.series_facts(conn, [series_id])
    if not facts:
        return []
    s = facts[0]
    record = details.series(conn, series_id) or {}
    span = ""
    if record.get("observations"):
        periods = [o["period"] for o in record["observations"]]
        span = f", {periods[0]}–{periods[-1]}" if len(periods) > 1 else f", {periods[0]}"
    head = f"{s['title']} ({s['unit_label']}){span}, {s['n_obs']} value(s)"
    sources = {r["id"]: r for r in sources_export.source_records(conn, [s["source_id"]])}
    title = sources[s["source_id"]]["title"] if s["source_id"] in sources else s["source_title"]
    table = f"{s['table_ref']}" + (f" “{s['table_title']}”" if s.get("table_title") else "")
    lines = [head, f"Source: {title}, {table}"]
    rows = sources_export.locators_behind(conn, [("series", series_id)])
    locators = compact_locators(r["locator"] for r in rows)
    if locators:
        lines.append("Locators: " + "; ".join(locators))
    for flagged in sources_export.flags_of_series(conn, series_id):
        lines.append(f"Flagged: {flagged['period']} {flagged['value_text']} — "
                     f"{flag_words(flagged['flag'], flagged['flag_reason'])}")  # fmt: skip
    return lines


def reference_line(record: Mapping) -> str:
    """A plain reference: authors (year). Title. Venue. — with the rights note."""
    entry = citation_formats.entry_from_record(record)
    who = "; ".join(entry.authors) or "Author not named"
    year = f" ({entry.year})" if entry.year else ""
    where = f" {entry.container}." if entry.container else ""
    return f"{who}{year}. {entry.title}.{where} [{record['id']}]"


# --- what a view shows -------------------------------------------------------------------------


@dataclass
class ViewContents:
    """The records a view shows, and the sources behind them with the locators used."""

    episodes: list[str] = field(default_factory=list)
    series: list[str] = field(default_factory=list)
    compare: list[str] = field(default_factory=list)
    selection: tuple[str, str] | None = None
    locators: dict[str, list[str]] = field(default_factory=dict)  # source id -> locators

    @property
    def source_ids(self) -> list[str]:
        return list(self.locators)


def filters_from_state(state: Mapping) -> Filters:
    f = state.get("filters") or {}
    return Filters(
        text=f.get("text", ""),
        kinds=frozenset(f.get("kinds", ())),
        actors=frozenset(f.get("actors", ())),
        decades=frozenset(f.get("decades", ())),
        date_from=f.get("date_from"),
        date_to=f.get("date_to"),
    )


def view_contents(conn: sqlite3.Connection, state: Mapping) -> ViewContents:
    """What a view state (core.views.state_to_dict) shows: the episodes its filters let through
    (the table and timeline), the chart's series, the comparison and the selection."""
    contents = ViewContents(
        episodes=matching_ids(conn, filters_from_state(state)),
        series=list(state.get("chart_series") or ()),
        compare=list(state.get("compare_episodes") or ()),
    )
    selection = state.get("selection")
    targets: list[tuple[str, str]] = [("episode", e) for e in contents.episodes]
    targets += [("series", s) for s in contents.series]
    targets += [("episode", e) for e in contents.compare]
    if selection:
        contents.selection = (selection["kind"], selection["id"])
        targets.append(contents.selection)
    contents.locators = locators_by_source(conn, targets)
    if selection and selection["kind"] == "source":
        contents.locators.setdefault(selection["id"], [])
    return contents


def locators_by_source(
    conn: sqlite3.Connection, targets: Iterable[tuple[str, str]]
) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for row in sources_export.locators_behind(conn, targets):
        found.setdefault(row["source_id"], [])
        if row["locator"] not in found[row["source_id"]]:
            found[row["source_id"]].append(row["locator"])
    return {source: compact_locators(locators) for source, locators in found.items()}


def sources_behind(
    conn: sqlite3.Connection, states: Iterable[Mapping] | None = None
) -> tuple[list[dict], dict[str, list[str]]]:
    """(source records, locators by source) behind the whole store (`states` None) or behind
    the views whose states are given."""
    if states is None:
        return sources_export.source_records(conn), {}
    locators: dict[str, list[str]] = {}
    for state in states:
        for source_id, found in view_contents(conn, state).locators.items():
            kept = locators.setdefault(source_id, [])
            kept += [loc for loc in found if loc not in kept]
    return sources_export.source_records(conn, locators), locators


def export_sources(
    conn: sqlite3.Connection, fmt: str, states: Iterable[Mapping] | None = None,
    include_dataset: bool = True,
) -> tuple[str, int]:  # fmt: skip
    """The sources (and the dataset's own entry) in `fmt`; returns (text, number of sources)."""
    records, locators = sources_behind(conn, states)
    meta = sources_export.dataset_meta(conn) if include_dataset else None
    items = citation_formats.entries(records, locators, meta)
    return citation_formats.write(fmt, items), len(records)
