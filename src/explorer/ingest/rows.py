"""What every reader produces: rows in the data/ template format, handed to the build's checks.

A reader turns its input (a TimelineJS sheet, a GDELT export…) into `Item`s: a template row of
a kind (sources, actors, episodes, periods, series, observations), or a problem that refuses a
row before it reaches the checks (a date that cannot be read). Each carries the cells as they
were read, so a refused row can be written back to the rejects file as it was.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from explorer.build.load import Row
from explorer.ingest.problems import Problem
from explorer.ingest.tables import Table

# Columns of each kind of template row (docs/import.md); the same as data/ uses, plus `source`
# (which source a row cites, in a one-workbook template) and `url`.
TEMPLATE_COLUMNS = {
    "sources": ("id", "short_title", "title", "authors", "year", "venue", "kind", "language",
                "rights", "rights_note", "full_text_in_store"),
    "actors": ("id", "name", "kind", "aliases", "aliases_es", "note"),
    "episodes": ("id", "same_as", "title", "kind", "date_text", "date_note", "start", "end", "summary",
                 "actors", "source", "quote", "locator", "url", "char_start", "char_end"),
    "periods": ("id", "same_as", "name", "kind", "date_text", "date_note", "start", "end", "actor", "country",
                "source", "quote", "locator", "url", "char_start", "char_end"),
    "series": ("id", "title", "indicator", "category", "unit", "scale", "unit_label", "reporter",
               "partner", "source", "table", "table_title", "note"),
    "observations": ("series", "period", "value_text", "value", "flag", "flag_reason", "source",
                     "quote", "locator", "url", "char_start", "char_end"),
    # Where the curators' knowledge of an actor or a source comes from (docs/schema.md).
    "provenance": ("subject_type", "subject_id", "field", "basis", "reference", "source", "quote",
                   "locator", "char_start", "char_end"),
}  # fmt: skip
KINDS = tuple(TEMPLATE_COLUMNS)


@dataclass
class Item:
    kind: str  # one of KINDS, or "problem"
    row: Row | None
    cells: list[str]
    problem: Problem | None = None


def slug(text: str, limit: int = 60) -> str:
    """'Japanese embassy – hostage crisis' -> 'japanese-embassy-hostage-crisis'."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")
    return words[:limit].rstrip("-")


def kind_key(text: str) -> str:
    """A free-text kind or group ('Peace talks') as a vocabulary key ('peace_talks')."""
    return slug(text, 64).replace("-", "_") or "other"


def file_source(table: Table, kind: str = "spreadsheet", title: str = "") -> Row:
    """The source standing for the imported file itself: what a row cites when it gives a
    quote, locator or URL but names no source of its own."""
    values = {
        "id": "file-" + (slug(table.file, 40) or "import"),
        "short_title": title or table.file,
        "title": title or table.file,
        "kind": kind,
        "language": "",
        "rights": "unknown",
        "rights_note": "Imported by the user from "
        + table.file
        + "; rights as its maker set them.",
    }
    return Row(table.file, 0, "", values, table.sheet)


def cited_source(values: dict[str, str], default_source: str) -> str:
    """The source a row cites: its own, or the file's when it gives only a quote, locator or
    URL, or '' when it gives none of them (the row is imported as uncited)."""
    source = (values.get("source") or "").strip()
    if source:
        return source
    if any((values.get(k) or "").strip() for k in ("quote", "locator", "url")):
        return default_source
    return ""


def fold_url(values: dict[str, str]) -> None:
    """The store keeps a passage's where in one locator: 'p. 4 · https://…'."""
    url = (values.pop("url", "") or "").strip()
    if url:
        locator = (values.get("locator") or "").strip()
        values["locator"] = f"{locator} · {url}" if locator else url
