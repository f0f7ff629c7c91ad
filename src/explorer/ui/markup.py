"""Finding search matches in text and marking them up, shared by the table and the detail pane.

Matching follows the search: each term matches at the start of a word, ignoring case and
accents (search.fold keeps string length, so positions found in the folded text are positions
in the shown text).
"""

from __future__ import annotations

import html
import re

from explorer.store.search import fold


def match_spans(text: str, terms: list[str]) -> list[tuple[int, int]]:
    """Sorted, merged (start, end) spans of `text` where a term begins a word."""
    if not terms or not text:
        return []
    folded = fold(text)
    spans = []
    for term in terms:
        for match in re.finditer(r"(?<!\w)" + re.escape(term), folded):
            spans.append((match.start(), match.end()))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def marked_html(text: str | None, terms: list[str], css_class: str = "match") -> str:
    """`text` escaped for HTML, with every match wrapped in <span class=css_class>."""
    if not text:
        return ""
    parts, position = [], 0
    for start, end in match_spans(text, terms):
        parts.append(html.escape(text[position:start]))
        parts.append(f'<span class="{css_class}">{html.escape(text[start:end])}</span>')
        position = end
    parts.append(html.escape(text[position:]))
    return "".join(parts)
