"""Source records as BibTeX, RIS and CSL-JSON: what Zotero and other reference managers read.

Plain Python, no Qt. Each writer takes the records of explorer.store.sources_export
(`source_records`), optionally the locators a view uses in each source, and the store's meta
(for the dataset's own entry). Nothing is invented: a field the store does not have is left
out, and a field that is the curators' knowledge rather than the document's own words is said
to be so in the entry's note (see `provenance`).
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

log = logging.getLogger(__name__)

FORMATS = ("bibtex", "ris", "csl-json")
EXTENSIONS = {"bibtex": ".bib", "ris": ".ris", "csl-json": ".json"}

# kind in the store -> (BibTeX entry type, RIS type, CSL type, a reader's word for the kind)
KINDS = {
    "article": ("article", "JOUR", "article-journal", "Journal article"),
    "working_paper": ("techreport", "RPRT", "report", "Working paper"),
    "country_study": ("misc", "GOVDOC", "report", "Country study"),
}
DEFAULT_KIND = ("misc", "GEN", "document", "")
DOCUMENT, CURATORS = "document", "curators"
# Fields whose provenance the note reports; the title is always the document's own.
_REPORTED = ("authors", "year", "venue", "publisher", "rights")


@dataclass
class Entry:
    """One source, reduced to what every format says, with its provenance settled."""

    key: str
    kind: str
    title: str
    authors: list[str] = field(default_factory=list)
    year: int | None = None
    container: str = ""
    publisher: str = ""
    language: str = ""
    rights: str = ""
    rights_note: str = ""
    notes: list[str] = field(default_factory=list)
    locators: list[str] = field(default_factory=list)
    version: str = ""
    dataset: bool = False

    @property
    def types(self) -> tuple[str, str, str, str]:
        if self.dataset:
            return ("misc", "DATA", "dataset", "Dataset")
        return KINDS.get(self.kind, DEFAULT_KIND)

    def note_text(self) -> str:
        parts = [*self.notes]
        if self.locators:
            parts.append("Passages cited: " + "; ".join(self.locators) + ".")
        if self.rights_note:
            parts.append(f"Rights: {self.rights_note}")
        return " ".join(parts)


def provenance(record: Mapping) -> dict[str, str]:
    """Whether each bibliographic field is the document's own or the curators' knowledge.

    The store's `provenance` table (source_records puts it in record["provenance"] as
    {field: {"basis": "curator" | "source", "reference": …}}) says so field by field; a field
    with no row there rests on the document. A store may instead have `<field>_basis` columns.
    A store with neither (built before provenance was recorded) is read cautiously: the year is
    taken as the curators' (the documents rarely print it), and so is a venue that describes
    rather than names ("Country study (…), as reproduced online").

    Whatever the basis, an author field holding a remark in parentheses ("name not given in
    the text") is never a name: entry_from_record keeps it out of the authors.
    """
    table = record.get("provenance")
    result: dict[str, str] = {}
    if isinstance(table, Mapping):
        for name in _REPORTED:
            row = table.get(name) or {}
            result[name] = CURATORS if str(row.get("basis", "")).startswith("curator") else DOCUMENT
        return result
    for name in _REPORTED:
        basis = str(record.get(f"{name}_basis") or record.get(f"{name}_provenance") or "")
        if basis:
            result[name] = CURATORS if basis.lower().startswith("curator") else DOCUMENT
        elif name == "venue":
            venue = str(record.get("venue") or "")
            described = any(mark in venue for mark in ("(", ",", " as "))
            result[name] = CURATORS if described else DOCUMENT
        elif name == "authors":
            result[name] = DOCUMENT
        else:
            result[name] = CURATORS
    return result


def _reference(record: Mapping, name: str) -> str:
    """The curators' reference for a field, from the store's provenance table ("" if none)."""
    table = record.get("provenance")
    row = table.get(name) if isinstance(table, Mapping) else None
    return str((row or {}).get("reference") or "")


def split_authors(text: str | None) -> list[str]:
    return [a.strip() for a in (text or "").split(";") if a.strip()]


def entry_from_record(record: Mapping, locators: Iterable[str] = ()) -> Entry:
    prov = provenance(record)
    entry = Entry(
        key=str(record["id"]),
        kind=str(record.get("kind") or ""),
        title=str(record.get("title") or record.get("short_title") or record["id"]),
        language=str(record.get("language") or ""),
        rights=str(record.get("rights") or ""),
        rights_note=str(record.get("rights_note") or ""),
        locators=list(dict.fromkeys(locators)),
    )
    curated: list[tuple[str, str]] = []  # (field, the curators' reference)
    raw_authors = str(record.get("authors") or "")
    if raw_authors and prov["authors"] == DOCUMENT and "(" not in raw_authors:
        entry.authors = split_authors(raw_authors)
    elif raw_authors:
        # A remark about the author is not a name: keep it in the note, never as an author.
        why = _reference(record, "authors")
        entry.notes.append(f"Author: {raw_authors}" + (f" ({why})" if why else "") + ".")
    if record.get("year") not in (None, ""):
        entry.year = int(record["year"])
        if prov["year"] == CURATORS:
            curated.append(("year", _reference(record, "year")))
    venue = str(record.get("venue") or "")
    if venue:
        if prov["venue"] == DOCUMENT:
            if entry.kind == "article":
                entry.container = venue
            else:  # a report's or a study's venue is the body that issued it
                entry.publisher = venue
        else:
            why = _reference(record, "venue")
            entry.notes.append(f"Venue, as the dataset's curators describe it: {venue}"
                               + (f" ({why})" if why else "") + ".")  # fmt: skip
    publisher = str(record.get("publisher") or "")
    if publisher:
        entry.publisher = publisher
        if prov["publisher"] == CURATORS:
            curated.append(("publisher", _reference(record, "publisher")))
    for name, why in curated:
        entry.notes.insert(0, f"{name.capitalize()}: the dataset curators' knowledge, not "
                              "printed as such in the document" + (f" ({why})" if why else "")
                           + ".")  # fmt: skip
    why = _reference(record, "rights")
    if why and entry.rights_note:
        entry.rights_note = f"{entry.rights_note} (The curators' basis: {why}.)"
    return entry


def dataset_entry(meta: Mapping[str, str], year: int | None = None) -> Entry:
    """The dataset as an entry of its own (name, version, content hash)."""
    version = meta.get("dataset_version", "")
    if year is None and version[:4].isdigit():
        year = int(version[:4])
    notes = []
    if meta.get("content_hash"):
        notes.append(f"Content hash (SHA-256): {meta['content_hash']}.")
    return Entry(
        key="relations-explorer-dataset",
        kind="dataset",
        title=meta.get("title", "Relations Explorer dataset"),
        authors=["Relations Explorer developers"],
        year=year,
        version=version,
        language="en",
        notes=notes,
        dataset=True,
    )


def entries(
    records: Iterable[Mapping],
    locators: Mapping[str, Iterable[str]] | None = None,
    meta: Mapping[str, str] | None = None,
) -> list[Entry]:
    """Entries for `records`, each with the locators a view uses in it, then the dataset's."""
    locators = locators or {}
    result = [entry_from_record(r, locators.get(str(r["id"]), ())) for r in records]
    if meta:
        result.append(dataset_entry(meta))
    return result


# --- BibTeX ------------------------------------------------------------------------------------

_BIBTEX_SPECIALS = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "&": r"\&", "%": r"\%",
                    "$": r"\$", "#": r"\#", "_": r"\_", "~": r"\textasciitilde{}",
                    "^": r"\textasciicircum{}"}  # fmt: skip


def bibtex_escape(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return "".join(_BIBTEX_SPECIALS.get(ch, ch) for ch in text)


def bibtex_key(key: str) -> str:
    return re.sub(r"[^A-Za-z0-9_:.-]", "-", key) or "source"


def to_bibtex(items: Iterable[Entry]) -> str:
    blocks = []
    for e in items:
        bib_type, _ris, _csl, word = e.types
        fields: list[tuple[str, str]] = [("title", "{" + bibtex_escape(e.title) + "}")]
        if e.authors:
            # Braced one by one: the names as the documents give them, not re-parsed.
            names = " and ".join("{" + bibtex_escape(a) + "}" if e.dataset else bibtex_escape(a)
                                 for a in e.authors)  # fmt: skip
            fields.append(("author", names))
        if e.year is not None:
            fields.append(("year", str(e.year)))
        if e.container:
            name = "journal" if bib_type == "article" else "howpublished"
            fields.append((name, bibtex_escape(e.container)))
        if e.publisher:
            fields.append(("institution" if bib_type == "techreport" else "publisher",
                           bibtex_escape(e.publisher)))  # fmt: skip
        if word:
            fields.append(("type", bibtex_escape(word)))
        if e.version:
            fields.append(("version", bibtex_escape(e.version)))
        if e.language:
            fields.append(("language", bibtex_escape(e.language)))
        if e.rights_note:
            fields.append(("copyright", bibtex_escape(e.rights_note)))
        note = e.note_text()
        if note:
            fields.append(("note", bibtex_escape(note)))
        body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
        blocks.append(f"@{bib_type}{{{bibtex_key(e.key)},\n{body}\n}}\n")
    return "\n".join(blocks)


# --- RIS ---------------------------------------------------------------------------------------


def _ris_line(tag: str, value: str) -> str:
    flat = re.sub(r"\s+", " ", value).strip()  # a RIS value is one line
    return f"{tag}  - {flat}"


def ris_name(name: str) -> str:
    """RIS wants "Family, Given"; a one-word name (or an organisation) stays as it is."""
    if name.endswith("developers") or " " not in name.strip():
        return name
    given, _, family = name.strip().rpartition(" ")
    return f"{family}, {given}"


def to_ris(items: Iterable[Entry]) -> str:
    records = []
    for e in items:
        _bib, ris_type, _csl, word = e.types
        lines = [_ris_line("TY", ris_type), _ris_line("ID", e.key), _ris_line("TI", e.title)]
        lines += [_ris_line("AU", ris_name(a)) for a in e.authors]
        if e.year is not None:
            lines.append(_ris_line("PY", str(e.year)))
        if e.container:
            lines.append(_ris_line("T2", e.container))
        if e.publisher:
            lines.append(_ris_line("PB", e.publisher))
        if word:
            lines.append(_ris_line("M3", word))
        if e.version:
            lines.append(_ris_line("ET", e.version))
        if e.language:
            lines.append(_ris_line("LA", e.language))
        note = e.note_text()
        if note:
            lines.append(_ris_line("N1", note))
        lines.append("ER  - ")
        records.append("\n".join(lines) + "\n")
    return "\n".join(records)


# --- CSL-JSON ----------------------------------------------------------------------------------


def csl_name(name: str, literal: bool = False) -> dict[str, str]:
    if literal or " " not in name.strip():
        return {"literal": name}
    given, _, family = name.strip().rpartition(" ")
    return {"family": family, "given": given}


def csl_items(items: Iterable[Entry]) -> list[dict]:
    result = []
    for e in items:
        _bib, _ris, csl_type, word = e.types
        item: dict = {"id": e.key, "type": csl_type, "title": e.title}
        if e.authors:
            item["author"] = [csl_name(a, literal=e.dataset) for a in e.authors]
        if e.year is not None:
            item["issued"] = {"date-parts": [[e.year]]}
        if e.container:
            item["container-title"] = e.container
        if e.publisher:
            item["publisher"] = e.publisher
        if word and csl_type not in ("dataset", "article-journal"):  # the type says it
            item["genre"] = word
        if e.version:
            item["version"] = e.version
        if e.language:
            item["language"] = e.language
        note = e.note_text()
        if note:
            item["note"] = note
        result.append(item)
    return result


def to_csl_json(items: Iterable[Entry]) -> str:
    return json.dumps(csl_items(items), ensure_ascii=False, indent=2) + "\n"


WRITERS = {"bibtex": to_bibtex, "ris": to_ris, "csl-json": to_csl_json}


def write(fmt: str, items: Iterable[Entry]) -> str:
    if fmt not in WRITERS:
        raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    return WRITERS[fmt](list(items))
