"""Reading and checking the reviewed files under data/.

Every problem is collected with its file and line, so a curator sees all of them at once.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

from explorer.build import vocab
from explorer.build.dates import DateError, bounds

KINDS_OF_FILE = ("actors", "episodes", "periods", "series", "observations")


@dataclass
class Row:
    file: str
    line: int
    source_id: str
    values: dict[str, str]
    sheet: str = ""  # a workbook's sheet, for rows read from a spreadsheet

    def __getitem__(self, key: str) -> str:
        value = self.values.get(key)  # called ~45 times a row: kept to one lookup, one strip
        return value.strip() if value else ""

    @property
    def where(self) -> str:
        return (
            f"{self.file}[{self.sheet}]:{self.line}" if self.sheet else f"{self.file}:{self.line}"
        )


@dataclass
class Dataset:
    root: Path
    version: str = ""
    sources: list[Row] = field(default_factory=list)
    provenance: list[Row] = field(default_factory=list)  # data/provenance.csv
    spanish_aliases: list[Row] = field(default_factory=list)  # data/aliases_es.csv
    texts: dict[str, str] = field(default_factory=dict)
    rows: dict[str, list[Row]] = field(default_factory=lambda: {k: [] for k in KINDS_OF_FILE})
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def error(self, row: Row | str, message: str) -> None:
        where = row.where if isinstance(row, Row) else row
        self.errors.append(f"{where}: {message}")


def read_csv(path: Path, source_id: str, root: Path) -> list[Row]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        rel = str(path.relative_to(root.parent)) if root.parent in path.parents else str(path)
        # DictReader's line_num counts physical lines; record the header as line 1.
        rows = []
        for record in reader:
            rows.append(Row(rel, reader.line_num, source_id, dict(record)))
        return rows


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def load(root: Path) -> Dataset:
    data = Dataset(root=root)
    version_file = root / "VERSION"
    data.version = (
        version_file.read_text(encoding="utf-8").strip() if version_file.exists() else "0"
    )
    data.sources = read_csv(root / "sources.csv", "", root)
    if (root / "provenance.csv").exists():
        # Each row's words (basis "source") are in the document its `source` column names.
        data.provenance = [
            Row(r.file, r.line, r["source"], r.values)
            for r in read_csv(root / "provenance.csv", "", root)
        ]
    for source in data.sources:
        sid = source["id"]
        text_path = root / "texts" / f"{sid}.txt"
        if text_path.exists():
            data.texts[sid] = text_path.read_text(encoding="utf-8")
        else:
            data.error(f"data/texts/{sid}.txt", "missing cleaned text")
        for kind in KINDS_OF_FILE:
            path = root / kind / f"{sid}.csv"
            if path.exists():
                data.rows[kind].extend(read_csv(path, sid, root))
    if (root / "aliases_es.csv").exists():
        data.spanish_aliases = read_csv(root / "aliases_es.csv", "", root)
    known = {s["id"] for s in data.sources}
    for kind in KINDS_OF_FILE:
        folder = root / kind
        for path in sorted(folder.glob("*.csv")) if folder.exists() else []:
            if path.stem not in known:
                data.error(
                    str(path.relative_to(root.parent)), "file named after no source in sources.csv"
                )
    check(data)
    return data


# date_text may join several phrases of the source with " … " (or "...", ";").
_DATE_TEXT_PARTS = re.compile(r"\s*(?:…|\.\.\.|;)\s*")


def date_text_problems(row: Row, source_text: str) -> list[str]:
    """date_text must be the source's words: each phrase occurs in the source's cleaned text.

    `source_text` is the cleaned text already squashed (whitespace collapsed) and lower-cased.
    Explanations by the curators belong in date_note.
    """
    missing = [
        part
        for part in _DATE_TEXT_PARTS.split(row["date_text"])
        if part.strip(" ,") and squash(part.strip(" ,")).lower() not in source_text
    ]
    return [
        f"date_text is not the source's words: {part!r} does not occur in its text "
        "(put explanations in date_note)"
        for part in missing
    ]


def bounds_problems(row: Row) -> list[str]:
    """A start and end that contradict each other: the end can fall before the start."""
    if not (row["start"] and row["end"]):
        return []
    try:
        start, end = bounds(row["start"]), bounds(row["end"])
    except DateError:
        return []  # reported by the date check
    if end.lo < start.lo or end.hi < start.hi:
        return [
            f"end {row['end']!r} ({end.lo:.2f}–{end.hi:.2f}) can fall before start "
            f"{row['start']!r} ({start.lo:.2f}–{start.hi:.2f})"
        ]
    return []


@dataclass(frozen=True)
class Rules:
    """What a row must carry. The curated build checks every quote against its cleaned text and
    holds every kind to the vocabulary; an imported corpus brings its own kinds and roles, and
    a row without a citation is kept as uncited (the detail pane says so) rather than refused."""

    citations_required: bool = True
    open_vocabulary: bool = False


CURATED = Rules()
IMPORTED = Rules(citations_required=False, open_vocabulary=True)
_SLUG = re.compile(r"^[a-z0-9][a-z0-9_]{0,63}$")
CITED_KINDS = ("episodes", "periods", "observations")


class Checker:
    """The build's row checks, one row at a time, so any reader (the data/ folder, a spreadsheet,
    a million-row event export) goes through the same rules without holding every row.

    `report(row, column, message)` receives each problem; the check methods return whether the
    row is sound. Feed actors and series before the rows that name them; `finish()` then checks
    what can only be known at the end (a same_as naming an id defined later)."""

    def __init__(self, texts: dict[str, str], report, rules: Rules = CURATED) -> None:
        self.squashed = {sid: squash(text) for sid, text in texts.items()}
        self.lowered = {sid: text.lower() for sid, text in self.squashed.items()}
        self.report = report
        self.rules = rules
        self.actor_ids: set[str] = set()
        self.actor_rows: dict[str, Row] = {}  # the first row of each actor
        # id -> where it was defined, as an index into `places` (file, sheet) and a line, so a
        # million-row import holds a number per id, not a string.
        self.defined: dict[str, dict[str, int]] = {k: {} for k in ("episodes", "periods")}
        self.places: list[tuple[str, str]] = []
        self._place_index: dict[tuple[str, str], int] = {}
        self.pending_same_as: list[tuple[str, Row]] = []
        self.refused: dict[str, set[str]] = {k: set() for k in ("episodes", "periods")}
        self.series: dict[str, str] = {}
        self.observed: dict[str, str] = {}
        self._ok = True

    def _error(self, row: Row, column: str, message: str) -> None:
        self._ok = False
        self.report(row, column, message)

    def _place(self, row: Row) -> int:
        key = (row.file, row.sheet)
        index = self._place_index.get(key)
        if index is None:
            index = self._place_index[key] = len(self.places)
            self.places.append(key)
        return (index << 32) | row.line

    def _where(self, place: int) -> str:
        file, sheet = self.places[place >> 32]
        return Row(file, place & 0xFFFFFFFF, "", {}, sheet).where

    def _in(self, value: str, vocabulary: frozenset[str]) -> bool:
        return value in vocabulary or (self.rules.open_vocabulary and bool(_SLUG.match(value)))

    def common(self, kind: str, row: Row) -> None:
        for key, value in row.values.items():
            if value and "\ufffd" in value:
                self._error(row, key or "", f"column {key} contains U+FFFD")
        if kind not in CITED_KINDS:
            return
        quote = row["quote"]
        if not self.rules.citations_required:
            return
        if not quote:
            self._error(row, "quote", "no quote: every record must cite the words it rests on")
        elif squash(quote) not in self.squashed.get(row.source_id, ""):
            self._error(
                row,
                "quote",
                f"quote not found in data/texts/{row.source_id}.txt: {quote[:80]!r}",
            )
        if not row["locator"]:
            self._error(row, "locator", "no locator")

    def row(self, kind: str, row: Row) -> bool:
        """Check one row of a kind of file; True when it has no problem."""
        self._ok = True
        self.common(kind, row)
        if kind == "actors":
            self._actor(row)
        elif kind in ("episodes", "periods"):
            self._dated(kind, row)
        elif kind == "series":
            self._series(row)
        elif kind == "observations":
            self._observation(row)
        return self._ok

    def _actor(self, row: Row) -> None:
        if not row["id"] or not row["name"]:
            self._error(row, "id" if not row["id"] else "name", "actor needs id and name")
        if row["kind"] not in vocab.ACTOR_KINDS:
            self._error(row, "kind", f"unknown actor kind {row['kind']!r}")
        if self._ok:
            self.actor_ids.add(row["id"])
            self.actor_rows.setdefault(row["id"], row)

    def _date(self, row: Row, column: str) -> None:
        if row[column]:
            try:
                bounds(row[column])
            except DateError as error:
                self._error(row, column, f"{column}: {error}")

    def _dated(self, kind: str, row: Row) -> None:
        kinds = vocab.EPISODE_KINDS if kind == "episodes" else vocab.PERIOD_KINDS
        defined = self.defined[kind]
        self._date(row, "start")
        self._date(row, "end")
        for problem in bounds_problems(row):
            self._error(row, "end", problem)
        if row["date_text"] and row.source_id in self.lowered:
            for problem in date_text_problems(row, self.lowered[row.source_id]):
                self._error(row, "date_text", problem)
        if kind == "episodes":
            for item in filter(None, (p.strip() for p in row["actors"].split(";"))):
                actor, _, role = item.partition(":")
                if actor not in self.actor_ids:
                    self._error(row, "actors", f"unknown actor {actor!r}")
                if not self._in(role, vocab.ROLES):
                    self._error(row, "actors", f"unknown role {role!r} for {actor!r}")
        if row["same_as"]:
            if row["same_as"] in self.refused[kind]:
                self._error(row, "same_as", f"cites {row['same_as']!r}, whose own row is refused")
            elif row["same_as"] not in defined:
                self.pending_same_as.append((kind, row))
            return
        if not row["id"]:
            self._error(row, "id", "no id")
            return
        if row["id"] in defined:
            self._error(
                row,
                "id",
                f"id {row['id']!r} already defined at {self._where(defined[row['id']])} "
                "(add a same_as row to cite it again)",
            )
            return
        for column in ("title" if kind == "episodes" else "name", "date_text", "start"):
            if not row[column]:
                self._error(row, column, f"no {column}")
        if kind == "episodes" and not row["summary"]:
            self._error(row, "summary", "no summary")
        if not self._in(row["kind"], kinds):
            self._error(row, "kind", f"unknown {kind[:-1]} kind {row['kind']!r}")
        if kind == "periods" and row["actor"] and row["actor"] not in self.actor_ids:
            self._error(row, "actor", f"unknown actor {row['actor']!r}")
        if kind == "periods" and row["country"] and row["country"] not in self.actor_ids:
            self._error(row, "country", f"unknown country {row['country']!r}")
        defined[row["id"]] = self._place(row)
        if not self._ok:
            self.refused[kind].add(row["id"])

    def _series(self, row: Row) -> None:
        if row["id"] in self.series:
            self._error(
                row, "id", f"series {row['id']!r} already defined at {self.series[row['id']]}"
            )
        if row["unit"] not in vocab.UNITS and not (
            self.rules.open_vocabulary and row["unit"] and len(row["unit"]) <= 40
        ):
            self._error(row, "unit", f"unknown unit {row['unit']!r}")
        try:
            float(row["scale"])
        except ValueError:
            self._error(row, "scale", f"scale is not a number: {row['scale']!r}")
        for column in ("title", "indicator", "unit_label", "table"):
            if not row[column]:
                self._error(row, column, f"no {column}")
        for column in ("reporter", "partner"):
            if row[column] and row[column] not in self.actor_ids:
                self._error(row, column, f"{column} names unknown actor {row[column]!r}")
        self.series.setdefault(row["id"], row.where)

    def _observation(self, row: Row) -> None:
        if row["series"] not in self.series:
            self._error(row, "series", f"unknown series {row['series']!r}")
        key = f"{row['series']}@{row['period']}"
        if key in self.observed:
            self._error(row, "period", f"observation {key} already given at {self.observed[key]}")
        if not row["period"]:
            self._error(row, "period", "no period")
        else:
            self._date(row, "period")
        if not row["value_text"]:
            self._error(row, "value_text", "no value_text (write the cell as printed)")
        if row["value"]:
            try:
                float(row["value"])
            except ValueError:
                self._error(row, "value", f"value is not a number: {row['value']!r}")
        if row["flag"] and row["flag"] not in vocab.FLAGS:
            self._error(row, "flag", f"unknown flag {row['flag']!r}")
        if row["flag"] in vocab.FLAGS_NEEDING_REASON and not row["flag_reason"]:
            self._error(row, "flag_reason", f"flag {row['flag']} needs a flag_reason")
        self.observed.setdefault(key, row.where)

    def finish(self) -> list[tuple[str, Row]]:
        """Check the same_as rows that named an id not yet seen; returns those still unsound,
        with their kind."""
        unsound = []
        for kind, row in self.pending_same_as:
            if row["same_as"] not in self.defined[kind] or row["same_as"] in self.refused[kind]:
                self._ok = True
                self._error(
                    row, "same_as", f"same_as names no defined {kind[:-1]}: {row['same_as']!r}"
                )
                unsound.append((kind, row))
        return unsound


def check(data: Dataset) -> None:
    """Structural checks that need no database: vocabularies, dates, quotes, references."""
    squashed = {sid: squash(text) for sid, text in data.texts.items()}
    for sid, text in data.texts.items():
        if "\ufffd" in text:
            data.error(f"data/texts/{sid}.txt", "contains U+FFFD (a lost character)")
    checker = Checker(data.texts, lambda row, _column, message: data.error(row, message))
    for kind in ("actors", "episodes", "periods", "series", "observations"):
        for row in data.rows[kind]:
            checker.row(kind, row)
    checker.finish()
    _check_provenance(data, squashed)
    _check_spanish_aliases(data)


# What each kind of subject may carry a provenance for (docs/schema.md, "Provenance").
PROVENANCE_FIELDS = {
    "actor": frozenset({"note", "aliases", "name"}),
    "source": frozenset({"authors", "year", "venue", "rights", "title"}),
}


def provenance_problems(
    row: Row, subjects: dict[str, dict[str, Row]], texts: dict[str, str]
) -> list[str]:
    """One provenance row: a field of a known subject, resting on the curators' reference or on
    words of a source. `subjects` maps subject type -> id -> its row; `texts` are squashed."""
    kind, sid, name = row["subject_type"], row["subject_id"], row["field"]
    if kind not in PROVENANCE_FIELDS:
        return [f"unknown subject_type {kind!r} (actor or source)"]
    problems = []
    if name not in PROVENANCE_FIELDS[kind]:
        problems.append(f"{kind} field {name!r} takes no provenance")
    subject = subjects.get(kind, {}).get(sid)
    if subject is None:
        problems.append(f"no {kind} {sid!r}")
    elif not subject[name]:
        problems.append(f"{kind} {sid} has no {name} to give a provenance for")
    if row["basis"] == "curator":
        if not row["reference"]:
            problems.append("basis curator needs the reference the curators used")
    elif row["basis"] == "source":
        if not (row["source"] and row["quote"] and row["locator"]):
            problems.append("basis source needs source, quote and locator")
        elif squash(row["quote"]) not in texts.get(row["source"], ""):
            problems.append(
                f"quote not found in data/texts/{row['source']}.txt: {row['quote'][:80]!r}"
            )
    else:
        problems.append(f"basis must be source or curator, not {row['basis']!r}")
    return problems


def _check_provenance(data: Dataset, squashed: dict[str, str]) -> None:
    subjects = {
        "actor": {r["id"]: r for r in reversed(data.rows["actors"])},  # the first row wins
        "source": {r["id"]: r for r in data.sources},
    }
    seen: dict[tuple[str, str, str], Row] = {}
    for row in data.provenance:
        key = (row["subject_type"], row["subject_id"], row["field"])
        if key in seen:
            data.error(row, f"provenance of {'/'.join(key)} already given at {seen[key].where}")
        seen[key] = row
        for problem in provenance_problems(row, subjects, squashed):
            data.error(row, problem)


def _check_spanish_aliases(data: Dataset) -> None:
    actor_ids = {r["id"] for r in data.rows["actors"]}
    seen: dict[tuple[str, str], Row] = {}
    for row in data.spanish_aliases:
        key = (row["actor_id"], row["alias"])
        if row["actor_id"] not in actor_ids:
            data.error(row, f"unknown actor {row['actor_id']!r}")
        if not row["alias"]:
            data.error(row, "no alias")
        if key in seen:
            data.error(row, f"alias already given at {seen[key].where}")
        seen[key] = row
