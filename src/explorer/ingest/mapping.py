"""Any other table: which column is the date, the title, the actors… as the user maps them.

A mapping is a small JSON object (docs/import.md) made in the mapping dialog or by hand for
`relations-explorer import --mapping MAP.json`. It is remembered per file shape (the set of
column names), so the next export from the same system is read the same way without asking.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from explorer.build.load import Row
from explorer.ingest.people_dates import DateReadError, from_parts, read_date
from explorer.ingest.problems import Problem
from explorer.ingest.rows import Item, cited_source, file_source, fold_url, kind_key, slug
from explorer.ingest.tables import Table

# What a column can be read as. Either `date` (a date or range as written) or `year` (with
# optional `month` and `day` columns) gives the date.
FIELDS = ("date", "end", "year", "month", "day", "title", "summary", "kind", "id", "source",
          "quote", "locator", "url")  # fmt: skip
GUESSES = {
    "date": ("date", "fecha", "when", "event date", "start", "start date", "inicio"),
    "end": ("end", "end date", "fin", "until"),
    "year": ("year", "año", "ano"),
    "month": ("month", "mes"),
    "day": ("day", "día", "dia"),
    "title": ("title", "headline", "título", "titulo", "event", "evento", "name", "nombre"),
    "summary": ("summary", "description", "descripción", "descripcion", "text", "notes", "resumen"),
    "kind": ("kind", "type", "category", "group", "tipo", "categoría", "categoria"),
    "id": ("id", "identifier", "key"),
    "source": ("source", "fuente", "reference", "referencia"),
    "quote": ("quote", "cita", "excerpt"),
    "locator": ("locator", "page", "página", "pagina", "pages"),
    "url": ("url", "link", "enlace"),
}  # fmt: skip
ACTOR_GUESSES = ("actor", "actors", "country", "countries", "país", "pais", "party", "parties",
                 "participants", "actores")  # fmt: skip


@dataclass
class ActorColumn:
    column: str
    role: str = "participant"


@dataclass
class Mapping:
    columns: dict[str, str] = field(default_factory=dict)  # field -> column name
    actors: list[ActorColumn] = field(default_factory=list)
    kind_default: str = "other"

    def to_json(self) -> str:
        return json.dumps(
            {
                "format": "mapped",
                "columns": {k: v for k, v in self.columns.items() if v},
                "actors": [{"column": a.column, "role": a.role} for a in self.actors],
                "kind_default": self.kind_default,
            },
            ensure_ascii=False,
            indent=2,
        )

    @classmethod
    def from_json(cls, text: str) -> Mapping:
        data = json.loads(text)
        if not isinstance(data, dict):
            raise ValueError("a mapping is a JSON object")
        columns = {k: str(v) for k, v in (data.get("columns") or {}).items() if k in FIELDS and v}
        actors = [
            ActorColumn(str(a["column"]), str(a.get("role") or "participant"))
            for a in data.get("actors") or []
            if isinstance(a, dict) and a.get("column")
        ]
        return cls(columns, actors, str(data.get("kind_default") or "other"))

    @classmethod
    def load(cls, path: Path) -> Mapping:
        return cls.from_json(Path(path).read_text(encoding="utf-8"))

    def problems(self, header: list[str]) -> list[str]:
        """What keeps this mapping from reading a table with `header` (empty when it can)."""
        out = []
        missing = [c for c in [*self.columns.values(), *(a.column for a in self.actors)]
                   if c not in header]  # fmt: skip
        if missing:
            out.append("the file has no column " + ", ".join(f"“{c}”" for c in missing))
        if not (self.columns.get("date") or self.columns.get("year")):
            out.append("choose the column with the date (or the year)")
        if not self.columns.get("title"):
            out.append("choose the column with the title")
        return out


def guess(header: list[str]) -> Mapping:
    """A first mapping from the column names, for the dialog to start from."""
    lowered = {h.strip().lower(): h for h in header}
    columns: dict[str, str] = {}
    for name, words in GUESSES.items():
        for word in words:
            if word in lowered and lowered[word] not in columns.values():
                columns[name] = lowered[word]
                break
    if columns.get("date") and columns.get("year"):
        columns.pop("year"), columns.pop("month", None), columns.pop("day", None)
    actors = [ActorColumn(lowered[w]) for w in ACTOR_GUESSES if w in lowered]
    return Mapping(columns, actors)


def shape_key(header: list[str]) -> str:
    """The file shape a mapping is remembered for: its column names, in order."""
    names = "\x1f".join(h.strip().lower() for h in header)
    return hashlib.sha256(names.encode()).hexdigest()[:16]


class MappingMemory:
    """Mappings remembered per file shape, in a JSON file in the user's config folder."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def _all(self) -> dict:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return data if isinstance(data, dict) else {}
        except FileNotFoundError:
            return {}
        except (OSError, ValueError):
            return {}  # a damaged memory only means asking again

    def get(self, header: list[str]) -> Mapping | None:
        data = self._all().get(shape_key(header))
        return Mapping.from_json(json.dumps(data)) if data else None

    def remember(self, header: list[str], mapping: Mapping) -> None:
        from explorer.store.atomic import write_atomically

        data = self._all()
        data[shape_key(header)] = json.loads(mapping.to_json())
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(self.path, json.dumps(data, ensure_ascii=False, indent=2))


def read_mapped(table: Table, mapping: Mapping) -> Iterator[Item]:
    header = table.header
    index = {name: i for i, name in enumerate(header)}
    default = file_source(table)
    actor_seen: set[str] = set()
    used: set[str] = set()
    col = mapping.columns
    for line, cells in table.rows:

        def cell(name: str, cells=cells) -> str:
            column = col.get(name)
            i = index.get(column, -1) if column else -1
            return cells[i].strip() if 0 <= i < len(cells) else ""

        try:
            if col.get("date"):
                date = read_date(cell("date"))
                start, end = date.start, date.end
                if col.get("end") and cell("end"):
                    end = read_date(cell("end")).start
                date_text = cell("date") + (f" – {cell('end')}" if cell("end") else "")
            else:
                start = from_parts(cell("year"), cell("month"), cell("day"))
                end = ""
                date_text = "/".join(p for p in (cell("day"), cell("month"), cell("year")) if p)
        except DateReadError as error:
            column = col.get("date") or col.get("year", "")
            yield Item("problem", None, cells, Problem(table.file, table.sheet, line, column,
                                                       str(error)))  # fmt: skip
            continue
        parts = []
        for actor in mapping.actors:
            i = index.get(actor.column, -1)
            for name in cells[i].split(";") if 0 <= i < len(cells) else []:
                name = name.strip()
                aid = name if len(name) == 3 and name.isupper() else slug(name)
                if not aid:
                    continue
                if aid not in actor_seen:
                    actor_seen.add(aid)
                    kind = "country" if len(aid) == 3 and aid.isupper() else "organisation"
                    yield Item("actors", Row(table.file, line, "", {
                        "id": aid, "name": name, "kind": kind, "aliases": "", "note": ""},
                        table.sheet), [])  # fmt: skip
                parts.append(f"{aid}:{actor.role}")
        title = cell("title")
        rid = cell("id") or f"{start[:4]}-{slug(title, 50) or 'row'}"
        base, n = rid, 2
        while rid in used and not cell("id"):
            rid, n = f"{base}-{n}", n + 1
        used.add(rid)
        values = {
            "id": rid, "same_as": "", "title": title,
            "kind": kind_key(cell("kind")) if cell("kind") else mapping.kind_default,
            "date_text": date_text, "start": start, "end": end,
            "summary": cell("summary") or title, "actors": ";".join(dict.fromkeys(parts)),
            "source": cell("source"), "quote": cell("quote"), "locator": cell("locator"),
            "url": cell("url"),
        }  # fmt: skip
        source_id = cited_source(values, default.values["id"])
        if source_id == default.values["id"]:
            yield Item("sources", default, [])
        values.pop("source")
        fold_url(values)
        yield Item("episodes", Row(table.file, line, source_id, values, table.sheet), cells)
