"""HTML for the detail pane, one function per kind of record.

Links use the selection kinds as schemes ("actor:JPN", "passage:12") so a click simply selects
that record. Every value from the store is escaped; search matches are marked.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontInfo, QGuiApplication

from explorer.core.dates import format_edtf, format_span
from explorer.ui import i18n, labels
from explorer.ui.markup import marked_html
from explorer.ui.theme import Colors

CONTEXT = "Detail"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def esc(value) -> str:
    return html.escape("" if value is None else str(value))


def link(kind: str, item_id, text) -> str:
    return f'<a href="{kind}:{esc(item_id)}">{esc(text)}</a>'


# Heading sizes are CSS keywords, which Qt's rich text turns into multiples of the document's
# font (x-large 1.5×, large 1.2×); the document's font is the browser's, so the pane grows as a
# whole when presentation mode enlarges the type. (Qt knows no em, and ignores a size in pt or
# px on h1–h6: the heading's own size step wins, so fixed sizes only misled.) Lengths are given
# in em and turned into pixels of the current font.
HEADING_SIZES = {"h2": ("x-large", 1.5), "h3": ("large", 1.2)}  # keyword, the factor Qt applies


def stylesheet(colors: Colors, font: QFont | None = None) -> str:
    """The pane's CSS, every size relative to `font` (the browser's; the app's if None)."""
    font = QFont(font) if font is not None else QGuiApplication.font()
    em = QFontInfo(font).pixelSize() or 12

    def px(ems: float) -> str:
        return f"{round(ems * em)}px"

    return f"""
        body {{ color: {colors.text}; }}
        h2 {{ font-size: {HEADING_SIZES["h2"][0]}; margin: 0 0 {px(0.33)} 0; }}
        h3 {{ font-size: {HEADING_SIZES["h3"][0]}; color: {colors.muted};
              margin: {px(1.15)} 0 {px(0.33)} 0; }}
        a {{ color: {colors.accent}; text-decoration: none; }}
        .muted {{ color: {colors.muted}; }}
        .badge {{ color: {colors.accent}; font-weight: 600; }}
        .warn {{ color: {colors.warning}; font-weight: 600; }}
        .match {{ background-color: {colors.match}; color: {colors.match_text}; }}
        .curator {{ color: {colors.muted}; }}
        .curator-label {{ color: {colors.muted}; font-weight: 600; font-variant: small-caps; }}
        .quote {{ margin: {px(0.5)} 0 {px(0.15)} {px(1)}; font-style: italic; }}
        .cite {{ margin: 0 0 {px(0.85)} {px(1)}; color: {colors.muted}; }}
        th {{ text-align: left; color: {colors.muted}; font-weight: normal;
              padding-right: {px(0.85)}; }}
        td {{ padding-bottom: {px(0.33)}; padding-right: {px(1)}; }}
    """


def _facts(rows: list[tuple[str, str]]) -> str:
    body = "".join(
        f"<tr><th>{esc(name)}</th><td>{value}</td></tr>" for name, value in rows if value
    )
    return f"<table cellspacing='0'>{body}</table>"


def curators_note_html(text: str | None, reference: str | None = None) -> str:
    """What the curators added from their own knowledge, never dressed as the source's words:
    labelled, in the muted colour, without the quotation marks and italics of a passage."""
    if not text:
        return ""
    ref = (
        f" <span class='curator'>({esc(tr('reference:'))} {esc(reference)})</span>"
        if reference
        else ""
    )
    return (
        f"<span class='curator-label'>{esc(tr('Curators’ note'))}:</span> "
        f"<span class='curator'>{esc(text)}</span>{ref}"
    )


def with_provenance(value_html: str, provenance: dict | None) -> str:
    """A field followed by what it rests on: the curators' reference, or the source's words."""
    if not value_html or not provenance:
        return value_html
    if provenance["basis"] == "curator":
        return f"{value_html}<br>{curators_note_html(provenance['reference'])}"
    if provenance.get("quote"):
        where = ", ".join(filter(None, (provenance.get("short_title"), provenance.get("locator"))))
        return (
            f"{value_html}<br><span class='muted'>{esc(tr('In the text:'))} "
            f"“{esc(provenance['quote'])}” ({esc(where)})</span>"
        )
    return value_html


def citations_html(citations: list[dict], terms: list[str]) -> str:
    if not citations:
        # An imported row that gave no source, quote, locator or URL is kept, marked so.
        return (
            f"<p class='warn'>{esc(tr('Uncited: no source is recorded for this.'))}</p>"
            f"<p class='muted'>{esc(tr('Check it against a source before relying on it.'))}</p>"
        )
    parts = []
    for c in citations:
        where = tr("read it in the full text") if c["has_full_text"] else tr("see the record")
        # Event datasets cite a record (a URL, a story), not words: no empty quotation marks.
        quote = f"<p class='quote'>“{marked_html(c['quote'], terms)}”</p>" if c["quote"] else ""
        parts.append(
            quote + f"<p class='cite'>— {link('passage', c['passage_id'], c['short_title'])}, "
            f"{esc(c['locator'])} · {link('passage', c['passage_id'], where)}</p>"
        )
    return "".join(parts)


def claims_html(claims: list[dict]) -> str:
    if not claims:
        return ""
    field_names = {"start": tr("start"), "end": tr("end"), "value": tr("value")}
    # One bullet per claim: a document that says the same thing in two passages is one claim
    # with two links, not two bullets.
    grouped: dict[tuple, list[dict]] = {}
    for c in claims:
        grouped.setdefault((c["field"], c["value_text"], c["source_id"]), []).append(c)
    rows = "".join(
        f"<li>{esc(field_names.get(same[0]['field'], same[0]['field']))}: "
        f"<b>{esc(same[0]['value_text'])}</b> "
        f"({link('passage', same[0]['passage_id'], same[0]['short_title'])}"
        + "".join(f", {link('passage', c['passage_id'], tr('another passage'))}" for c in same[1:])
        + ")</li>"
        for same in grouped.values()
    )
    return f"<h3 class='warn'>⚑ {esc(tr('The sources disagree'))}</h3><ul>{rows}</ul>"


def episode_html(record: dict, terms: list[str]) -> str:
    words = labels.date_words()
    edtf = record["start_edtf"] + (f"/{record['end_edtf']}" if record["end_edtf"] else "")
    readable = format_span(record["start_edtf"], record["end_edtf"], words)
    date = (
        f"{esc(record['date_text'])}<br><span class='muted'>"
        f"{esc(tr('EDTF'))} <code>{esc(edtf)}</code> · {esc(readable)}</span>"
    )
    if record["uncertain"]:
        date += f"<br><span class='muted'>{esc(tr('The date is approximate or uncertain.'))}</span>"
    if record.get("date_note"):
        date += "<br>" + curators_note_html(record["date_note"])
    actors = "<br>".join(
        f"{link('actor', a['id'], a['name'])} <span class='muted'>· "
        f"{esc(', '.join(labels.role(r.strip()) for r in (a['roles'] or '').split(',')))}</span>"
        for a in record["actors"]
    )
    badges = f"<span class='badge'>{esc(labels.episode_kind(record['kind']))}</span>"
    if record["disputed"]:
        badges += f" &nbsp;<span class='warn'>⚑ {esc(tr('dates disputed'))}</span>"
    n = len(record["citations"])
    return (
        f"<h2>{marked_html(record['title'], terms)}</h2><p>{badges}</p>"
        + _facts([(tr("Date"), date), (tr("Actors"), actors)])
        + f"<p>{marked_html(record['summary'], terms)}</p>"
        + claims_html(record["claims"])
        + f"<h3>{esc(tr('Sources'))} ({i18n.format_count(n)})</h3>"
        + citations_html(record["citations"], terms)
    )


def period_html(record: dict, terms: list[str]) -> str:
    readable = format_span(record["start_edtf"], record["end_edtf"], labels.date_words())
    leader = link("actor", record["actor_id"], record["actor_name"]) if record["actor_id"] else ""
    return (
        f"<h2>{marked_html(record['name'], terms)}</h2>"
        f"<p><span class='badge'>{esc(labels.tidy(record['kind']))}</span></p>"
        + _facts(
            [
                (
                    tr("Date"),
                    f"{esc(record['date_text'])}<br><span class='muted'>{esc(readable)}</span>"
                    + (
                        "<br>" + curators_note_html(record["date_note"])
                        if record.get("date_note")
                        else ""
                    ),
                ),
                (tr("Who"), leader),
            ]
        )  # fmt: skip
        + f"<h3>{esc(tr('Sources'))}</h3>"
        + citations_html(record["citations"], terms)
    )


def series_html(record: dict, terms: list[str]) -> str:
    first = int(record["first"]) if record["first"] is not None else ""
    last = int(record["last"] - 1e-6) if record["last"] is not None else ""
    values = "".join(
        f"<tr><td>{link('observation', o['id'], o['period'])}</td>"
        f"<td align='right'>{esc(o['value_text'])}</td>"
        f"<td class='warn'>{esc(labels.tidy(o['flag']) if o['flag'] else '')}</td></tr>"
        for o in record["observations"]
    )
    return (
        f"<h2>{marked_html(record['title'], terms)}</h2>"
        f"<p><span class='badge'>{esc(labels.indicator(record['indicator']))}</span></p>"
        + _facts(
            [
                (tr("Unit"), esc(record["unit_label"])),
                (tr("From"), esc(record["reporter_name"] or "")),
                (tr("To"), esc(record["partner_name"] or "")),
                (tr("Years"), f"{first}–{last}" if first != "" else ""),
                (
                    tr("Source"),
                    f"{link('source', record['source_id'], record['source_title'])}, "
                    f"{esc(record['table_ref'])} {esc(record['table_title'] or '')}",
                ),
                (tr("Note"), esc(record["note"] or "")),
            ]
        )  # fmt: skip
        + f"<h3>{esc(tr('Values as printed'))}</h3><table cellspacing='0'>{values}</table>"
    )


def printed_decimals(text: str) -> int | None:
    """How many decimals a value was printed with ("1,694.90" -> 2), None if not a plain number."""
    match = re.fullmatch(r"\s*[-+−]?[\d,]*\d(?:\.(\d+))?\s*", text or "")
    if match is None:
        return None
    return len(match.group(1) or "")


def observation_value(record: dict) -> str:
    """The value in the interface's number format, with as many decimals as the source printed
    ("1694.90" reads "1.694,90" in Spanish). A value that is not a number stays as printed."""
    text, value = record["value_text"], record["value"]
    decimals = printed_decimals(text)
    if value is None or decimals is None:
        return text
    printed = float(text.replace(",", "").replace("−", "-"))
    if abs(printed - value) > 10 ** -(decimals + 1) * 5:
        return text  # printed some other way than the number stored: show the print
    return i18n.format_number(value, decimals)


def observation_html(record: dict, terms: list[str]) -> str:
    value = observation_value(record)
    # The source's own print, when the interface writes the number differently.
    as_printed = (
        "" if value == record["value_text"] else f"<code>{esc(record['value_text'])}</code>"
    )
    flag = ""
    if record["flag"]:
        reason = f": {esc(record['flag_reason'])}" if record["flag_reason"] else ""
        flag = f"<span class='warn'>⚑ {esc(labels.tidy(record['flag']))}</span>{reason}"
    return (
        f"<h2>{esc(value)} "
        f"<span class='muted'>{esc(record['unit_label'])}</span></h2>"
        + _facts(
            [
                (tr("Series"), link("series", record["series_id"], record["series_title"])),
                (tr("As printed"), as_printed),
                (
                    tr("Period"),
                    f"{esc(format_edtf(record['period'], labels.date_words()))} "
                    f"<span class='muted'>· <code>{esc(record['period'])}</code></span>",
                ),
                (tr("Table"), f"{esc(record['table_ref'])} {esc(record['table_title'] or '')}"),
                (tr("Flag"), flag),
            ]
        )  # fmt: skip
        + claims_html(record["claims"])
        + f"<h3>{esc(tr('Source passage'))}</h3>"
        + citations_html(record["citations"], terms)
    )


def actor_html(record: dict, terms: list[str]) -> str:
    episodes = "".join(
        f"<li>{link('episode', e['id'], e['title'])} <span class='muted'>· {esc(e['date_text'])}"
        f" · {esc(', '.join(labels.role(r.strip()) for r in (e['roles'] or '').split(',')))}</span></li>"
        for e in record["episodes"]
    )
    n = len(record["episodes"])
    provenance = record.get("provenance") or {}
    note_basis = (provenance.get("note") or {}).get("basis")
    if note_basis == "curator":
        # The whole note is the curators' knowledge: shown as theirs, with its reference.
        note = curators_note_html(record["note"], provenance["note"]["reference"])
    else:
        note = with_provenance(esc(record["note"] or ""), provenance.get("note"))
    return (
        f"<h2>{marked_html(record['name'], terms)}</h2>"
        f"<p><span class='badge'>{esc(labels.actor_kind(record['kind']))}</span></p>"
        + _facts(
            [
                (tr("Also called"), esc(", ".join(record["aliases"]))),
                (tr("Note"), note),
            ]
        )  # fmt: skip
        + f"<h3>{esc(tr('Episodes'))} ({i18n.format_count(n)})</h3>"
        + f"<ul>{episodes}</ul>"
    )


def source_record_html(record: dict) -> str:
    """The bibliographic record of a document, with what its rights allow us to show, and for
    each field the document itself does not print, the curators' note on what it rests on."""
    provenance = record.get("provenance") or {}
    return (
        f"<h2>{esc(record['title'])}</h2>"
        + _facts(
            [
                (
                    tr("Author"),
                    with_provenance(
                        esc(record["authors"] or tr("not given in the text")),
                        provenance.get("authors") if record["authors"] else None,
                    ),
                ),
                (tr("Year"), with_provenance(esc(record["year"] or ""), provenance.get("year"))),
                (
                    tr("Published"),
                    with_provenance(esc(record["venue"] or ""), provenance.get("venue")),
                ),
                (tr("Kind"), esc(labels.source_kind(record["kind"]))),
                (tr("Language"), esc(record["language"])),
                (
                    tr("Rights"),
                    with_provenance(
                        f"<b>{esc(labels.rights(record['rights']))}</b> — {esc(record['rights_note'])}",
                        provenance.get("rights"),
                    ),
                ),
            ]
        )  # fmt: skip
    )
