"""The lesson web page as HTML: one self-contained file (no Qt here, only strings and bytes).

Everything a student needs is inside the file: images as data: URIs, the style sheet inline,
no script, no font or image fetched from anywhere (a Content-Security-Policy of
`default-src 'none'` makes any stray reference fail rather than reach out). It reads top to
bottom with a keyboard and a screen reader: a skip link, a list of the views, one <section>
per view with its heading, figures with alt text and captions, sources and the teacher's
notes; a print style puts each view on its own page. Every data string is escaped.
"""

from __future__ import annotations

import base64
from collections.abc import Sequence
from dataclasses import dataclass, field
from html import escape

CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'"

STYLE = """
:root { color-scheme: light; --ink: #1a1a1a; --muted: #4a4a4a; --rule: #c8c8c8;
        --accent: #0b5cad; --paper: #ffffff; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--paper); color: var(--ink);
       font: 1.05rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
main, header, footer { max-width: 62rem; margin: 0 auto; padding: 0 1.25rem; }
header { padding-top: 1.5rem; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0.2rem 0 0.6rem; }
h2 { font-size: 1.45rem; margin: 2.2rem 0 0.5rem; padding-top: 1rem;
     border-top: 2px solid var(--rule); }
h3 { font-size: 1.1rem; margin: 1.2rem 0 0.3rem; }
p, li { max-width: 48rem; }
.muted, figcaption, .meta { color: var(--muted); }
a { color: var(--accent); }
a:focus, section:focus { outline: 3px solid var(--accent); outline-offset: 3px; }
.skip { position: absolute; left: -999px; top: 0; background: var(--paper); padding: 0.5rem; }
.skip:focus { left: 0.5rem; }
figure { margin: 1rem 0; }
figure img { display: block; max-width: 100%; height: auto; border: 1px solid var(--rule); }
figcaption { font-size: 0.92rem; margin-top: 0.4rem; }
figcaption b { color: var(--ink); }
.caption { font-size: 1.1rem; white-space: pre-wrap; }
.note { white-space: pre-wrap; border-left: 4px solid var(--accent); padding: 0.2rem 0.8rem;
        margin: 0.5rem 0; }
ol.sources li { margin-bottom: 0.4rem; }
.locators { font-size: 0.9rem; color: var(--muted); display: block; }
footer { margin-top: 3rem; padding-bottom: 2rem; font-size: 0.9rem; color: var(--muted);
         border-top: 1px solid var(--rule); }
@media print {
  .skip, nav { display: none; }
  body { font-size: 11pt; }
  section { break-before: page; }
  h2 { border-top: none; }
  figure { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
"""


@dataclass
class PageFigure:
    png: bytes
    width: int  # CSS pixels
    height: int
    title: str  # alt text and the caption's first line
    lines: list[str] = field(default_factory=list)


@dataclass
class PageSection:
    title: str
    caption: str = ""  # the teacher's caption for the view
    figures: list[PageFigure] = field(default_factory=list)
    sources: list[tuple[str, list[str]]] = field(default_factory=list)  # (reference, locators)
    notes: list[tuple[str, str]] = field(default_factory=list)  # (what it is on, note text)
    missing: str = ""  # set when the view could not be shown


def _figure(figure: PageFigure) -> str:
    data = base64.b64encode(figure.png).decode("ascii")
    lines = "".join(f"<br>{escape(line)}" for line in figure.lines)
    return (f'<figure><img src="data:image/png;base64,{data}" width="{figure.width}" '
            f'height="{figure.height}" alt="{escape(figure.title)}">'
            f"<figcaption><b>{escape(figure.title)}</b>{lines}</figcaption></figure>")  # fmt: skip


def _section(number: int, section: PageSection, labels: dict[str, str]) -> str:
    anchor = f"view-{number}"
    parts = [f'<section id="{anchor}" aria-labelledby="{anchor}-title" tabindex="-1">',
             f'<h2 id="{anchor}-title">{number}. {escape(section.title)}</h2>']  # fmt: skip
    if section.missing:
        parts.append(f'<p class="muted">{escape(section.missing)}</p>')
    if section.caption:
        parts.append(f'<p class="caption">{escape(section.caption)}</p>')
    parts += [_figure(f) for f in section.figures]
    if section.notes:
        parts.append(f"<h3>{escape(labels['notes'])}</h3>")
        for target, body in section.notes:
            parts.append(f'<div class="note"><b>{escape(target)}</b>\n{escape(body)}</div>')
    if section.sources:
        parts.append(f'<h3>{escape(labels["sources"])}</h3><ol class="sources">')
        for reference, locators in section.sources:
            where = ""
            if locators:
                where = f'<span class="locators">{escape("; ".join(locators))}</span>'
            parts.append(f"<li>{escape(reference)}{where}</li>")
        parts.append("</ol>")
    parts.append("</section>")
    return "\n".join(parts)


def lesson_html(title: str, description: str, sections: Sequence[PageSection],
                dataset: str, labels: dict[str, str], lang: str = "en") -> str:  # fmt: skip
    """The whole page. `labels` holds the interface words (translated by the caller): skip,
    contents, notes, sources, made_with."""
    toc = "".join(f'<li><a href="#view-{n}">{escape(s.title)}</a></li>'
                  for n, s in enumerate(sections, 1))  # fmt: skip
    body = "\n".join(_section(n, s, labels) for n, s in enumerate(sections, 1))
    intro = f'<p class="caption">{escape(description)}</p>' if description else ""
    return f"""<!DOCTYPE html>
<html lang="{escape(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{CSP}">
<meta name="generator" content="Relations Explorer">
<title>{escape(title)}</title>
<style>{STYLE}</style>
</head>
<body>
<a class="skip" href="#content">{escape(labels["skip"])}</a>
<header>
<p class="meta">{escape(dataset)}</p>
<h1>{escape(title)}</h1>
{intro}
<nav aria-label="{escape(labels["contents"])}"><h2 class="toc">{escape(labels["contents"])}</h2>
<ol>{toc}</ol></nav>
</header>
<main id="content" tabindex="-1">
{body}
</main>
<footer><p>{escape(labels["made_with"])}</p></footer>
</body>
</html>
"""
