"""Spreadsheets people make by hand: the project's template, TimelineJS sheets, long-form series.

Each reader turns its rows into template rows (rows.TEMPLATE_COLUMNS) and leaves judging them
to the build's checks; it refuses a row itself only for what the checks cannot see (a date that
cannot be read, a TimelineJS row with no year).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from explorer.build.dates import DateError, bounds
from explorer.build.load import Row
from explorer.ingest.people_dates import DateReadError, from_parts, read_date
from explorer.ingest.problems import Problem
from explorer.ingest.rows import (
    KINDS,
    TEMPLATE_COLUMNS,
    Item,
    cited_source,
    file_source,
    fold_url,
    kind_key,
    slug,
)
from explorer.ingest.tables import Table

STORE_SHEET = "store"  # key/value rows: title, dataset_version, citation_cff


def _values(table: Table, cells: list[str]) -> dict[str, str]:
    header = table.header
    return {
        header[i].strip().lower(): cells[i] if i < len(cells) else ""
        for i in range(len(header))
        if header[i].strip()
    }


def _problem(table: Table, line: int, column: str, message: str, cells: list[str]) -> Item:
    return Item("problem", None, cells, Problem(table.file, table.sheet, line, column, message))


# -- the project's template ------------------------------------------------------------------
def template_kind(table: Table) -> str:
    """Which template table a sheet or CSV is, by its sheet or file name ('' if none)."""
    name = (table.sheet or Path(table.file).stem).strip().lower()
    if name == STORE_SHEET:
        return name
    if name not in KINDS:
        return ""
    # A sheet called "series" holding long-form numbers is not the template's series table.
    header = [h.strip().lower() for h in table.header if h.strip()]
    known = sum(h in TEMPLATE_COLUMNS[name] for h in header)
    return name if header and known * 2 >= len(header) else ""


def read_template(tables: list[Table], meta: dict[str, str]) -> Iterator[Item]:
    """Sheets (or CSVs) named after the template's tables, read in the order the checks need
    them: sources, actors, episodes, periods, series, observations. `meta` receives the
    store sheet's title and dataset_version."""
    by_kind = {template_kind(t): t for t in tables if template_kind(t)}
    store = by_kind.get(STORE_SHEET)
    if store is not None:
        for _line, cells in store.rows:
            if len(cells) >= 2 and cells[0].strip():
                meta[cells[0].strip()] = cells[1]
    default = None
    for kind in KINDS:
        table = by_kind.get(kind)
        if table is None:
            continue
        if kind in ("episodes", "periods", "observations") and default is None:
            default = file_source(table)
        unknown = [h for h in table.header if h and h.strip().lower() not in TEMPLATE_COLUMNS[kind]]
        for name in unknown[:20]:
            yield Item("notice", None, [], Problem(
                table.file, table.sheet, 1, name, "column not in the template; it is ignored"))  # fmt: skip
        for line, cells in table.rows:
            values = _values(table, cells)
            if kind == "provenance":  # its source is the one its quote is from
                source = values.get("source", "").strip()
                yield Item(kind, Row(table.file, line, source, values, table.sheet), cells)
                continue
            if kind in ("episodes", "periods", "observations"):
                trouble = _people_dates(values, kind)
                if trouble:
                    yield _problem(table, line, trouble[0], trouble[1], cells)
                    continue
            source_id = ""
            if kind in ("episodes", "periods", "observations"):
                source_id = cited_source(values, default.values["id"])
                if source_id == default.values["id"] and not values.get("source"):
                    yield Item("sources", default, [])
                fold_url(values)
            elif kind == "series":
                source_id = values.get("source", "").strip() or default_series_source(table)
            values.pop("source", None)
            yield Item(kind, Row(table.file, line, source_id, values, table.sheet), cells)


def _is_edtf(text: str) -> bool:
    try:
        bounds(text)
    except DateError:
        return False
    return True


def _people_dates(values: dict[str, str], kind: str) -> tuple[str, str] | None:
    """A template's start/end (or period) may be written as people write dates: read them into
    EDTF here. Returns (column, problem) for a date that cannot be read."""
    columns = ("period",) if kind == "observations" else ("start", "end")
    for column in columns:
        written = (values.get(column) or "").strip()
        if not written or _is_edtf(written):
            continue
        try:
            read = read_date(written)
        except DateReadError as error:
            return column, str(error)
        if kind == "observations":
            values[column] = read.start + (f"/{read.end}" if read.end else "")
        elif column == "start":
            values["start"] = read.start
            if read.end and not (values.get("end") or "").strip():
                values["end"] = read.end
        else:
            values["end"] = read.end or read.start
        if kind != "observations" and not (values.get("date_text") or "").strip():
            values["date_text"] = written
    return None


def default_series_source(table: Table) -> str:
    return "file-" + (slug(table.file, 40) or "import")


# -- TimelineJS ------------------------------------------------------------------------------
TIMELINEJS_COLUMNS = ("Year", "Month", "Day", "Time", "End Year", "End Month", "End Day",
                      "End Time", "Display Date", "Headline", "Text", "Media", "Media Credit",
                      "Media Caption", "Media Thumbnail", "Type", "Group", "Background")  # fmt: skip


def is_timelinejs(header: list[str]) -> bool:
    names = {h.strip().lower() for h in header}
    return {"year", "headline"} <= names and ("display date" in names or "end year" in names)


def _plain(text: str) -> str:
    """TimelineJS Text is HTML; the store keeps plain words."""
    text = re.sub(r"<br\s*/?>|</p>", "\n", text, flags=re.I)
    return re.sub(r"<[^>]+>", "", text).replace("&amp;", "&").replace("&nbsp;", " ").strip()


def read_timelinejs(table: Table, meta: dict[str, str]) -> Iterator[Item]:
    source = file_source(table, "timeline")
    source_written = False
    used: set[str] = set()
    for line, cells in table.rows:
        v = {
            k.strip().lower(): (c or "").strip() for k, c in zip(table.header, cells, strict=False)
        }
        kind_of_row = v.get("type", "").lower()
        headline = _plain(v.get("headline", ""))
        if kind_of_row == "title":
            meta["title"] = headline or meta.get("title", "")
            continue
        if not v.get("year"):
            yield _problem(
                table, line, "Year", "no Year: TimelineJS needs one for every event", cells
            )
            continue
        try:
            start = from_parts(v.get("year", ""), v.get("month", ""), v.get("day", ""))
            end = (
                from_parts(v.get("end year", ""), v.get("end month", ""), v.get("end day", ""))
                if v.get("end year")
                else ""
            )
        except DateReadError as error:
            yield _problem(table, line, "Year", str(error), cells)
            continue
        date_text = v.get("display date") or " – ".join(
            p for p in ("/".join(x for x in (v.get("day"), v.get("month"), v.get("year")) if x),
                        "/".join(x for x in (v.get("end day"), v.get("end month"), v.get("end year")) if x)) if p
        )  # fmt: skip
        base = f"{start[:4]}-{slug(headline, 50) or 'event'}"
        rid, n = base, 2
        while rid in used:
            rid, n = f"{base}-{n}", n + 1
        used.add(rid)
        credit = " · ".join(p for p in (v.get("media credit"), v.get("media")) if p)
        source_id = source.values["id"] if credit else ""
        if credit and not source_written:
            source_written = True
            yield Item("sources", source, [])
        group = v.get("group", "")
        if kind_of_row == "era":
            values = {"id": rid, "same_as": "", "name": headline, "kind": "era",
                      "date_text": date_text, "start": start, "end": end, "actor": "",
                      "country": "", "quote": "", "locator": credit}  # fmt: skip
            yield Item("periods", Row(table.file, line, source_id, values, table.sheet), cells)
            continue
        values = {
            "id": rid, "same_as": "", "title": headline, "kind": kind_key(group) if group else "other",
            "date_text": date_text, "start": start, "end": end,
            "summary": _plain(v.get("text", "")) or headline, "actors": "",
            "quote": _plain(v.get("media caption", "")), "locator": credit,
        }  # fmt: skip
        yield Item("episodes", Row(table.file, line, source_id, values, table.sheet), cells)


# -- long-form series ------------------------------------------------------------------------
SERIES_REQUIRED = frozenset({"indicator", "period", "value"})


def is_long_series(header: list[str]) -> bool:
    return {h.strip().lower() for h in header} >= SERIES_REQUIRED


def _number(text: str) -> str:
    """'1,694.9' -> '1694.9', '(719.6)' -> '-719.6'; '' when it is not a plain number."""
    t = text.strip().replace("\u00a0", "").replace(" ", "")
    negative = t.startswith("(") and t.endswith(")")
    t = t.strip("()").replace(",", "")
    if not re.fullmatch(r"-?\d+(\.\d+)?(e-?\d+)?", t, re.I):
        return ""
    return ("-" if negative and not t.startswith("-") else "") + t


def _actor_id(name: str) -> str:
    name = name.strip()
    return name if re.fullmatch(r"[A-Z]{3}", name) else slug(name)


def read_series(table: Table) -> Iterator[Item]:
    """indicator, unit, reporter, partner, period, value, source, locator (and optionally
    category, scale, unit_label, title, quote, flag): one row per number."""
    seen_series: set[str] = set()
    seen_actors: set[str] = set()
    seen_sources: set[str] = set()
    default = file_source(table, "dataset")
    for line, cells in table.rows:
        v = {k: x.strip() for k, x in _values(table, cells).items()}
        for role in ("reporter", "partner"):
            aid = _actor_id(v.get(role, ""))
            if aid and aid not in seen_actors:
                seen_actors.add(aid)
                kind = "country" if re.fullmatch(r"[A-Z]{3}", aid) else "organisation"
                yield Item("actors", Row(table.file, line, "", {
                    "id": aid, "name": v[role], "kind": kind, "aliases": "", "note": ""}, table.sheet), [])  # fmt: skip
        source_name = v.get("source", "")
        source_id = slug(source_name, 50) if source_name else ""
        if source_id and source_id not in seen_sources:
            seen_sources.add(source_id)
            yield Item("sources", Row(table.file, line, "", {
                "id": source_id, "short_title": source_name, "title": source_name,
                "kind": "dataset", "language": "", "rights": "unknown",
                "rights_note": f"Named as the source in {table.file}."}, table.sheet), [])  # fmt: skip
        cited = source_id or (default.values["id"] if v.get("locator") or v.get("quote") else "")
        if cited == default.values["id"] and cited not in seen_sources:
            seen_sources.add(cited)
            yield Item("sources", default, [])
        try:
            period = read_date(v.get("period", "")) if v.get("period") else None
        except DateReadError as error:
            yield _problem(table, line, "period", str(error), cells)
            continue
        unit = v.get("unit", "") or "count"
        parts = [v.get("indicator", ""), v.get("category", ""), v.get("reporter", ""),
                 v.get("partner", ""), unit]  # fmt: skip
        sid = slug("-".join(p for p in parts if p), 120) or f"series-{line}"
        if sid not in seen_series:
            seen_series.add(sid)
            title = v.get("title") or " · ".join(
                p for p in (v.get("indicator"), v.get("category"),
                            " → ".join(x for x in (v.get("reporter"), v.get("partner")) if x)) if p
            )  # fmt: skip
            series_values = {
                "id": sid, "title": title, "indicator": kind_key(v.get("indicator", "")),
                "category": v.get("category", ""), "unit": unit, "scale": v.get("scale") or "1",
                "unit_label": v.get("unit_label") or unit, "reporter": _actor_id(v.get("reporter", "")),
                "partner": _actor_id(v.get("partner", "")), "table": source_name or table.file,
                "table_title": "", "note": "",
            }  # fmt: skip
            yield Item("series", Row(table.file, line, source_id or default.values["id"],
                                     series_values, table.sheet), [])  # fmt: skip
            if not source_id and default.values["id"] not in seen_sources:
                seen_sources.add(default.values["id"])
                yield Item("sources", default, [])
        raw = v.get("value_text") or v.get("value", "")
        values = {
            "series": sid,
            "period": (period.start + (f"/{period.end}" if period.end else "")) if period else "",
            "value_text": raw, "value": _number(v.get("value", "")),
            "flag": v.get("flag", "") or ("" if _number(v.get("value", "")) or not raw else "missing"),
            "flag_reason": v.get("flag_reason", ""), "quote": v.get("quote", ""),
            "locator": v.get("locator", ""),
        }  # fmt: skip
        yield Item("observations", Row(table.file, line, cited, values, table.sheet), cells)
