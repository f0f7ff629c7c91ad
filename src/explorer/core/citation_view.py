"""Cite This View: what a view shows, in words and in a citation style, and the file that
reproduces it (no Qt).

A view's citation names the dataset (title, version, content hash), the filters and ranges,
the selection, the chart's series and the comparison, and every source behind the records
shown with the locators used. The saved-view file is the ordinary views file (the format of
store/views_store.py) holding this one view, so File ▸ Import or Views and Lessons opens it.
"""

from __future__ import annotations

import html
import json
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass

from explorer.core import citation_formats, citation_styles
from explorer.core.citation import ViewContents, view_contents
from explorer.core.views import SavedView
from explorer.store import sources_export
from explorer.store.notes import now_iso
from explorer.store.views_store import FILE_FORMAT, FILE_VERSION, VIEW_KIND, content_hash

MAX_LOCATORS = 40  # per source in the text; the view file reproduces the rest


def _year_text(value: float) -> str:
    return str(round(value))


def _names(conn: sqlite3.Connection, kind: str, ids) -> list[str]:
    return [sources_export.record_label(conn, kind, i) or i for i in ids]


def describe_view(conn: sqlite3.Connection, state: Mapping, contents: ViewContents) -> list[str]:
    """Sentences saying what the view shows, in the order a reader checks them."""
    f = state.get("filters") or {}
    parts: list[str] = []
    if f.get("text"):
        parts.append(f"search “{f['text']}”")
    if f.get("kinds"):
        parts.append("kinds " + ", ".join(f["kinds"]))
    if f.get("actors"):
        parts.append("involving " + ", ".join(_names(conn, "actor", f["actors"])))
    if f.get("decades"):
        parts.append("decades " + ", ".join(f"{d}s" for d in f["decades"]))
    if f.get("date_from") is not None or f.get("date_to") is not None:
        start = _year_text(f["date_from"]) if f.get("date_from") is not None else "…"
        end = _year_text(f["date_to"]) if f.get("date_to") is not None else "…"
        parts.append(f"active during {start}–{end}")
    sentences = [("Filters: " + "; ".join(parts) + ".") if parts else "Filters: none."]
    sentences.append(f"Episodes listed: {len(contents.episodes)}.")
    time_range = state.get("time_range")
    if time_range:
        sentences.append(f"Timeline range: {_year_text(time_range[0])}–"
                         f"{_year_text(time_range[1])}.")  # fmt: skip
    if contents.series:
        facts = sources_export.series_facts(conn, contents.series)
        shown = [f"{s['title']} ({s['unit_label']}; {s['table_ref']})" for s in facts]
        sentences.append("Chart: " + "; ".join(shown) + ".")
    if contents.compare:
        sentences.append(
            "Comparison: " + "; ".join(_names(conn, "episode", contents.compare)) + "."
        )
    if contents.selection:
        kind, item_id = contents.selection
        label = sources_export.record_label(conn, kind, item_id) or item_id
        sentences.append(f"Selected: {label} ({kind} {item_id}).")
    return sentences


@dataclass
class ViewCitation:
    style: citation_styles.Style
    dataset: str  # the dataset's reference in the style
    content_hash: str
    view: list[str]  # describe_view's sentences
    sources: list[tuple[str, list[str]]]  # (reference in the style, locators used)
    html_mode: bool = False

    def passages(self, locators: list[str]) -> str:
        kept = locators[:MAX_LOCATORS]
        more = len(locators) - len(kept)
        tail = f"; and {more} more" if more > 0 else ""
        return f"Passages: {'; '.join(kept)}{tail}."

    def text(self) -> str:
        """The whole citation as plain text, or as HTML (headings and lists) when made with
        html_mode (the references are citeproc's HTML; everything else is escaped here)."""
        hashed = f" Content hash (SHA-256): {self.content_hash}." if self.content_hash else ""
        heading = f"Sources behind the records shown ({len(self.sources)}):"
        if self.html_mode:
            esc = html.escape
            items = "".join(
                f"<li>{reference}" + (f"<br><small>{esc(self.passages(locators))}</small>"
                                      if locators else "") + "</li>"
                for reference, locators in self.sources
            )  # fmt: skip
            view = "".join(f"<li>{esc(line)}</li>" for line in self.view)
            return (f"<p>{self.dataset}{esc(hashed)}</p><ul>{view}</ul>"
                    f"<p><b>{esc(heading)}</b></p><ol>{items}</ol>")  # fmt: skip
        lines = [f"{self.dataset}{hashed}", *self.view, "", heading]
        for number, (reference, locators) in enumerate(self.sources, 1):
            lines.append(f"{number}. {reference}")
            if locators:
                lines.append(f"   {self.passages(locators)}")
        return "\n".join(lines)


def cite_view(conn: sqlite3.Connection, state: Mapping, style_id: str,
              html_mode: bool = False) -> ViewCitation:  # fmt: skip
    """The citation of a view state (core.views.state_to_dict) in a style."""
    style = citation_styles.style_by_id(style_id)
    contents = view_contents(conn, state)
    meta = sources_export.dataset_meta(conn)
    records = sources_export.source_records(conn, contents.source_ids)
    items = citation_formats.entries(records, {}, meta)
    refs = citation_styles.references(items, style_id, html=html_mode)
    dataset_key = items[-1].key
    order = [r["id"] for r in records]
    return ViewCitation(
        style=style,
        dataset=refs.get(dataset_key, ""),
        content_hash=meta.get("content_hash", ""),
        view=describe_view(conn, state, contents),
        sources=[(refs.get(key, key), contents.locators.get(key, [])) for key in order],
        html_mode=html_mode,
    )


def view_file_text(view: SavedView, dataset_version: str) -> str:
    """The saved-views file (views_store's format) that holds `view` and nothing else."""
    payload = view.to_payload()
    stamp = now_iso()
    document = {
        "format": FILE_FORMAT,
        "format_version": FILE_VERSION,
        "exported": stamp,
        "dataset_version": dataset_version,
        "items": [{
            "id": view.id,
            "kind": VIEW_KIND,
            "name": view.title,
            "payload": payload,
            "created": stamp,
            "updated": stamp,
            "history": [content_hash(VIEW_KIND, payload)],
        }],
    }  # fmt: skip
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
