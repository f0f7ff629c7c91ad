"""Dyadic event tables: GDELT 1.0/2.0 event exports and ICEWS-style files.

Each event becomes an episode between a source actor and a target actor; its CAMEO root code
becomes its kind ("Consult", "Provide aid"); the row's URL or story is its citation. The column
lists are those of the published codebooks (GDELT Event Codebook V1.0 and V2.0; the ICEWS
coded event data file layout).
"""

from __future__ import annotations

from collections.abc import Iterator

from explorer.build.load import Row
from explorer.ingest.people_dates import DateReadError, read_date
from explorer.ingest.problems import Problem
from explorer.ingest.rows import Item, slug
from explorer.ingest.tables import Table

_ACTOR_FIELDS = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                 "Religion2Code", "Type1Code", "Type2Code", "Type3Code")  # fmt: skip
_GEO_V1 = ("Type", "FullName", "CountryCode", "ADM1Code", "Lat", "Long", "FeatureID")
_GEO_V2 = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
_EVENT = ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
          "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone")  # fmt: skip


def _columns(geo: tuple[str, ...], tail: tuple[str, ...]) -> tuple[str, ...]:
    return (
        ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate")
        + tuple(f"Actor1{f}" for f in _ACTOR_FIELDS)
        + tuple(f"Actor2{f}" for f in _ACTOR_FIELDS)
        + _EVENT
        + tuple(f"Actor1Geo_{f}" for f in geo)
        + tuple(f"Actor2Geo_{f}" for f in geo)
        + tuple(f"ActionGeo_{f}" for f in geo)
        + tail
    )


# GDELT 1.0 daily files carry SOURCEURL from April 2013; the older files end at DATEADDED.
GDELT1_COLUMNS = _columns(_GEO_V1, ("DATEADDED", "SOURCEURL"))
GDELT1_OLD_COLUMNS = _columns(_GEO_V1, ("DATEADDED",))
GDELT2_COLUMNS = _columns(_GEO_V2, ("DATEADDED", "SOURCEURL"))
GDELT_LAYOUTS = {
    len(GDELT1_OLD_COLUMNS): ("GDELT 1.0", GDELT1_OLD_COLUMNS),
    len(GDELT1_COLUMNS): ("GDELT 1.0", GDELT1_COLUMNS),
    len(GDELT2_COLUMNS): ("GDELT 2.0", GDELT2_COLUMNS),
}
ICEWS_COLUMNS = ("Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country",
                 "Event Text", "CAMEO Code", "Intensity", "Target Name", "Target Sectors",
                 "Target Country", "Story ID", "Sentence Number", "Publisher", "City", "District",
                 "Province", "Country", "Latitude", "Longitude")  # fmt: skip
ICEWS_REQUIRED = frozenset({"Event Date", "Source Name", "Target Name", "CAMEO Code"})

# CAMEO 1.1b3 root codes: the kinds of an event corpus.
CAMEO_ROOTS = {
    "01": "Make public statement", "02": "Appeal", "03": "Express intent to cooperate",
    "04": "Consult", "05": "Engage in diplomatic cooperation",
    "06": "Engage in material cooperation", "07": "Provide aid", "08": "Yield",
    "09": "Investigate", "10": "Demand", "11": "Disapprove", "12": "Reject", "13": "Threaten",
    "14": "Protest", "15": "Exhibit force posture", "16": "Reduce relations", "17": "Coerce",
    "18": "Assault", "19": "Fight", "20": "Use unconventional mass violence",
}  # fmt: skip
_ORGANISATION_TYPES = {"GOV", "MIL", "JUD", "LEG", "IGO", "NGO", "MED", "EDU", "COP", "SPY",
                       "HLH", "ELI", "BUS", "MNC", "UAF", "INT"}  # fmt: skip


def cameo_kind(code: str) -> tuple[str, str]:
    """('consult', 'Consult') for CAMEO '042' (or '04', '4'); ('', '') if not a CAMEO code."""
    code = code.strip()
    if not code.isdigit():
        return "", ""
    root = (
        code.zfill(2) if len(code) <= 2 else code[:2]
    )  # '04' is a root; '042' and '0421' under it
    label = CAMEO_ROOTS.get(root, "")
    return (label.lower().replace(" ", "_"), label) if label else ("", "")


def is_gdelt_row(cells: list[str]) -> bool:
    return (
        len(cells) in GDELT_LAYOUTS
        and cells[0].strip().isdigit()
        and len(cells[1].strip()) == 8
        and cells[1].strip().isdigit()
    )


def is_icews_header(header: list[str]) -> bool:
    return set(header) >= ICEWS_REQUIRED


# CAMEO actor types a reader needs to tell "Peru" (the country) from its government or army.
_TYPE_WORDS = {"GOV": "government", "MIL": "military", "BUS": "business", "MNC": "multinational",
               "JUD": "judiciary", "LEG": "legislature", "OPP": "opposition", "REB": "rebels",
               "MED": "media", "EDU": "education", "COP": "police", "CVL": "civilians",
               "LAB": "labour", "AGR": "agriculture", "NGO": "NGO", "IGO": "IGO"}  # fmt: skip


def _display_name(name: str, type1: str = "") -> str:
    shown = name.title() if name.isupper() else name
    word = _TYPE_WORDS.get(type1.strip().upper(), "")
    return f"{shown} ({word})" if shown and word else shown


class _Actors:
    """Actors are emitted the first time an event names them, before that event."""

    def __init__(self, table: Table) -> None:
        self.table = table
        self.seen: set[str] = set()

    def get(
        self, line: int, aid: str, name: str, kind: str, type1: str = ""
    ) -> tuple[str, Row | None]:
        aid = aid.strip()
        if not aid:
            return "", None
        if aid in self.seen:
            return aid, None
        self.seen.add(aid)
        shown = _display_name(name.strip(), type1) or aid
        aliases = name.strip() if name.strip() and name.strip() != shown else ""
        values = {"id": aid, "name": shown, "kind": kind, "aliases": aliases, "note": ""}
        return aid, Row(self.table.file, line, "", values, self.table.sheet)


def _gdelt_actor_kind(code: str, country: str, type1: str) -> str:
    if code and code == country:
        return "country"
    if type1 in ("BUS", "MNC"):
        return "company"
    if type1 in _ORGANISATION_TYPES:
        return "organisation"
    return "group"


def _event_source(table: Table, key: str, short: str, title: str) -> Row:
    values = {
        "id": key,
        "short_title": short,
        "title": title,
        "kind": "dataset",
        "language": "",
        "rights": "unknown",
        "rights_note": f"Event data imported by the user from {table.file}; "
        "rights as its publisher sets them.",
    }
    return Row(table.file, 0, "", values, table.sheet)


# The columns an episode is made from (the others stay in the rejects file's copy of the row).
_GDELT_USED = frozenset({
    "GLOBALEVENTID", "SQLDATE", "EventCode", "EventRootCode", "GoldsteinScale", "NumArticles",
    "AvgTone", "ActionGeo_FullName", "SOURCEURL",
    *(f"Actor{n}{f}" for n in "12" for f in ("Code", "Name", "CountryCode", "Type1Code")),
})  # fmt: skip


def read_gdelt(table: Table, first_row: list[str] | None = None) -> Iterator[Item]:
    """A GDELT event export read with no header. `first_row`: a row already taken to detect
    the layout (it is read again here)."""
    layout = None
    actors = _Actors(table)
    source = None
    rows = table.rows
    if first_row is not None:
        rows = _chain(first_row, rows)
    for line, cells in rows:
        if layout is None:
            version, layout = GDELT_LAYOUTS.get(len(cells), ("", None))
            if layout is None:
                yield _problem(table, line, "", "not a GDELT event row "
                               f"({len(cells)} columns; GDELT has 57, 58 or 61)", cells)  # fmt: skip
                continue
            key = "gdelt-" + version.split()[1].replace(".", "-")
            source = _event_source(table, key, version, f"{version} Event Database ({table.file})")
            yield Item("sources", source, [])
            used = [(name, i) for i, name in enumerate(layout) if name in _GDELT_USED]
        if len(cells) != len(layout):
            yield _problem(table, line, "", f"has {len(cells)} columns; this file's rows have "
                           f"{len(layout)}", cells)  # fmt: skip
            continue
        v = {name: cells[i].strip() for name, i in used}  # the 20 of 61 columns an event uses
        yield from _gdelt_event(table, line, v, cells, actors, source["id"])


def _chain(first: list[str], rest):
    yield first
    yield from rest


def _gdelt_event(table: Table, line: int, v: dict, cells: list[str], actors, source_id: str):
    try:
        date = read_date(v["SQLDATE"])
    except DateReadError as error:
        yield _problem(table, line, "SQLDATE", str(error), cells)
        return
    parts = []
    names = []
    for n, role in (("1", "source"), ("2", "target")):
        code = v[f"Actor{n}Code"]
        country = v[f"Actor{n}CountryCode"]
        kind = _gdelt_actor_kind(code, country, v[f"Actor{n}Type1Code"])
        type1 = v[f"Actor{n}Type1Code"]
        aid, row = actors.get(
            line, code or slug(v[f"Actor{n}Name"]), v[f"Actor{n}Name"], kind, type1
        )
        if row is not None:
            yield Item("actors", row, [])
        if aid:
            parts.append(f"{aid}:{role}")
            names.append(_display_name(v[f"Actor{n}Name"], type1) or aid)
        else:
            names.append("—")
    kind, label = cameo_kind(v["EventRootCode"] or v["EventCode"])
    if not kind:
        yield _problem(table, line, "EventRootCode",
                       f"“{v['EventRootCode']}” is not a CAMEO root code (01–20)", cells)  # fmt: skip
        return
    where = v.get("ActionGeo_FullName", "")
    summary = (
        f"{names[0]} → {names[1]}: {label} (CAMEO {v['EventCode']}). "
        f"Goldstein {v['GoldsteinScale'] or '?'}, {v['NumArticles'] or '?'} article(s), "
        f"average tone {v['AvgTone'] or '?'}" + (f"; at {where}." if where else ".")
    )
    url = v.get("SOURCEURL", "")
    locator = f"GLOBALEVENTID {v['GLOBALEVENTID']}" + (f" · {url}" if url else "")
    values = {
        "id": f"gdelt-{v['GLOBALEVENTID']}",
        "same_as": "",
        "title": f"{label}: {names[0]} → {names[1]}",
        "kind": kind,
        "date_text": v["SQLDATE"],
        "start": date.start,
        "end": date.end,
        "summary": summary,
        "actors": ";".join(parts),
        "quote": "",
        "locator": locator,
    }
    yield Item("episodes", Row(table.file, line, source_id, values, table.sheet), cells)


def _icews_actor_kind(name: str, country: str, sectors: str) -> str:
    if name and name == country:
        return "country"
    if "business" in sectors.lower():
        return "company"
    return "organisation" if sectors else "group"


def icews_code(code: str) -> str:
    """An ICEWS CAMEO code as written: every ICEWS code has three or four digits, so a shorter
    one, or a three-digit one under no root (21x…), is a code a spreadsheet stored as a number,
    dropping its leading zero ("030" -> 30, "0211" -> 211): the zero is put back."""
    code = code.strip()
    if code.isdigit() and (len(code) < 3 or (len(code) == 3 and code[:2] > "20")):
        return code.zfill(3 if len(code) < 3 else 4)
    return code


def read_icews(table: Table) -> Iterator[Item]:
    actors = _Actors(table)
    source = _event_source(table, "icews", "ICEWS", f"ICEWS coded event data ({table.file})")
    yield Item("sources", source, [])
    header = table.header
    restored = False
    for line, cells in table.rows:
        v = {name: (cells[i].strip() if i < len(cells) else "") for i, name in enumerate(header)}
        try:
            date = read_date(v["Event Date"])
        except DateReadError as error:
            yield _problem(table, line, "Event Date", str(error), cells)
            continue
        code = icews_code(v["CAMEO Code"])
        if code != v["CAMEO Code"] and not restored:
            restored = True
            yield Item("notice", None, [], Problem(
                table.file, table.sheet, line, "CAMEO Code",
                f"CAMEO codes saved as numbers lost their leading zero (“{v['CAMEO Code']}”); "
                f"they were read as “{code}”"))  # fmt: skip
        v["CAMEO Code"] = code
        kind, label = cameo_kind(code)
        if not kind:
            yield _problem(table, line, "CAMEO Code",
                           f"“{v['CAMEO Code']}” is not a CAMEO code", cells)  # fmt: skip
            continue
        parts, names = [], []
        for side, role in (("Source", "source"), ("Target", "target")):
            name = v.get(f"{side} Name", "")
            kind_of = _icews_actor_kind(
                name, v.get(f"{side} Country", ""), v.get(f"{side} Sectors", "")
            )
            aid, row = actors.get(line, slug(name), name, kind_of)
            if row is not None:
                yield Item("actors", row, [])
            if aid:
                parts.append(f"{aid}:{role}")
            names.append(name or "—")
        event_id = v.get("Event ID") or f"{table.file}-{line}"
        text = v.get("Event Text") or label
        place = ", ".join(p for p in (v.get("City"), v.get("Province"), v.get("Country")) if p)
        story = v.get("Story ID", "")
        locator = ", ".join(
            p for p in (
                v.get("Publisher", ""),
                f"story {story}" if story else "",
                f"sentence {v['Sentence Number']}" if v.get("Sentence Number") else "",
            ) if p
        )  # fmt: skip
        values = {
            "id": f"icews-{slug(event_id, 40) or line}",
            "same_as": "",
            "title": f"{text}: {names[0]} → {names[1]}",
            "kind": kind,
            "date_text": v["Event Date"],
            "start": date.start,
            "end": date.end,
            "summary": f"{names[0]} → {names[1]}: {text} (CAMEO {v['CAMEO Code']}, "
            f"intensity {v.get('Intensity') or '?'})" + (f"; at {place}." if place else "."),
            "actors": ";".join(parts),
            "quote": "",
            "locator": locator,
        }
        yield Item("episodes", Row(table.file, line, source["id"] if locator else "", values,
                                   table.sheet), cells)  # fmt: skip


def _problem(table: Table, line: int, column: str, message: str, cells: list[str]) -> Item:
    return Item("problem", None, cells, Problem(table.file, table.sheet, line, column, message))
