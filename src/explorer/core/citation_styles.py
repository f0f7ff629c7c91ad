"""References in a citation style (Chicago author-date, APA), through citeproc-py (no Qt).

The styles are the CSL project's own files, bundled under resources/csl/ (CC BY-SA 3.0, see
the LICENSE.txt there); citeproc-py, a maintained CSL processor, applies them to the CSL-JSON
items of citation_formats. It is imported only when a citation is asked for, so start-up
never pays for it.
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from html import escape as html_escape

from explorer import paths
from explorer.core.citation_formats import Entry, csl_items

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Style:
    id: str
    name: str  # as a reader knows it
    file: str
    # citeproc-py 0.11 ignores CSL's initialize="false" on <name>, so a style that sets
    # initialize-with on its root but never initializes in its bibliography (Chicago) would
    # print initials; for such a style the root attribute is dropped when it is loaded.
    full_given_names: bool = False


STYLES = (
    Style(
        "chicago-author-date",
        "Chicago author-date (18th ed.)",
        "chicago-author-date.csl",
        full_given_names=True,
    ),
    Style("apa", "APA (7th ed.)", "apa.csl"),
)


class StyleError(RuntimeError):
    """A style could not be read or applied; the message says which and why."""


def style_by_id(style_id: str) -> Style:
    for style in STYLES:
        if style.id == style_id:
            return style
    raise StyleError(f"unknown citation style {style_id!r}")


@lru_cache(maxsize=4)
def _load(style: Style):
    from citeproc import CitationStylesStyle

    path = paths.resource("csl", style.file)
    if not path.exists():
        raise StyleError(f"the citation style file {path} is missing")
    text = path.read_bytes()
    if style.full_given_names:
        text = re.sub(rb'(<style\b[^>]*?) initialize-with="[^"]*"', rb"\1", text, count=1)
    return CitationStylesStyle(io.BytesIO(text), validate=False)


def references(entries: Iterable[Entry], style_id: str, html: bool = False) -> dict[str, str]:
    """Each entry's reference in the style, keyed by entry key, in the style's order.

    `html` gives citeproc's HTML (italic titles) with every data string escaped by citeproc;
    otherwise plain text."""
    try:
        from citeproc import (
            Citation,
            CitationItem,
            CitationStylesBibliography,
            formatter,
        )
        from citeproc.source.json import CiteProcJSON
    except ImportError as error:
        raise StyleError(f"citeproc-py is not installed ({error})") from None
    items = csl_items(entries)
    if html:
        # citeproc-py's HTML formatter adds its markup (<i>) but leaves the data as it is:
        # escape every string first, so a title with "<" stays text.
        items = [_escaped(item) for item in items]
    if not items:
        return {}
    style = style_by_id(style_id)
    try:
        # citeproc-py lower-cases ids: keep a map back to ours.
        keys = {item["id"].lower(): item["id"] for item in items}
        source = CiteProcJSON(items)
        bibliography = CitationStylesBibliography(
            _load(style), source, formatter.html if html else formatter.plain
        )
        for item in items:
            bibliography.register(Citation([CitationItem(item["id"])]))
        texts = [str(text) for text in bibliography.bibliography()]
        ordered = [keys.get(str(item.reference.key).lower(), str(item.reference.key))
                   for item in bibliography.items]  # fmt: skip
    except Exception as error:  # noqa: BLE001 - citeproc raises many kinds; say which style
        log.exception("citeproc-py could not apply %s", style.file)
        raise StyleError(f"the {style.name} style could not be applied: {error}") from error
    authorless = {e.key for e in entries if not e.authors}
    return {key: _tidy(text, key in authorless)
            for key, text in zip(ordered, texts, strict=True)}  # fmt: skip


def _escaped(value):
    if isinstance(value, str):
        return html_escape(value, quote=False)
    if isinstance(value, list):
        return [_escaped(v) for v in value]
    if isinstance(value, dict):
        return {k: v if k in ("id", "type") else _escaped(v) for k, v in value.items()}
    return value


def _tidy(text: str, authorless: bool) -> str:
    # citeproc-py leaves doubled spaces and ".." where a field ends in a full stop.
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\.\.(?!\.)", ".", text)
    # It prints an "Edition." label with no edition for a journal article lacking a journal.
    text = re.sub(r"\s*\bEdition\.$", "", text)
    if authorless:
        text = _drop_repeated_title(text)
    return text


def _drop_repeated_title(text: str) -> str:
    """With no author, the styles put the title first in its place; citeproc-py 0.11 then
    prints it a second time where the title goes (CSL says a substituted variable is not
    repeated). Remove the repetition: "T. (1992). T [Country study]." -> "T. (1992). [Country
    study]."."""
    match = re.match(r"(.+?)\.? (\(?\d{4}\)?)\. ", text)
    if not match:
        return text
    head, rest = match.group(1), text[match.end() :]
    if not rest.startswith(head):
        return text
    rest = rest[len(head) :].lstrip(". ").lstrip()
    return f"{text[: match.end()]}{rest}".rstrip()
