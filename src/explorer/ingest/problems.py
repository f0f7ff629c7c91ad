"""What an import found wrong, each problem pointing at a file, sheet, row and column."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

# A file with a million bad rows should not hold a million messages: the first ones are kept
# (and every rejected row still goes to the rejects file), the rest are counted.
MAX_KEPT_PROBLEMS = 5000


# Every sentence an import says about a file, as a template with named parts: the readers, the
# build's checks and the date reader write these words (in English, for the command line and
# the logs), and the app shows each through its translation (ui/ingest/problem_texts.py keeps
# one translatable copy of every template, checked against this table by tests/ingest).
MESSAGES: dict[str, str] = {
    # dates as people write them (people_dates.py)
    "date_year_range": "“{text}”: the year {year} is outside {earliest}–{latest}.",
    "date_year_not_number": "“{text}”: the year “{year}” is not a number.",
    "date_day_without_month": "“{text}”: a day is given without its month.",
    "date_not_month": "“{text}”: “{month}” is not a month.",
    "date_day_not_number": "“{text}”: the day “{day}” is not a number.",
    "date_no_such_day": "“{text}”: {month} {year} has no day {day}.",
    "date_none": "“{text}” has no date in it.",
    "date_no_century": "“{text}”: there is no such century here.",
    "date_ambiguous": "“{text}” could be day/month or month/day: write it as {first} or {second}.",
    "date_unreadable": "“{text}” is not a date this import can read.",
    "date_empty": "The date is empty.",
    "date_too_long": "The date cell is too long to be a date.",
    "date_ends_before": "“{text}” ends before it starts.",
    # event tables and sheets (events.py, sheets.py, mapping.py)
    "gdelt_not_row": "not a GDELT event row ({count} columns; GDELT has 57, 58 or 61)",
    "gdelt_columns": "has {count} columns; this file's rows have {expected}",
    "cameo_root": "“{code}” is not a CAMEO root code (01–20)",
    "cameo_code": "“{code}” is not a CAMEO code",
    "cameo_zero": "CAMEO codes saved as numbers lost their leading zero (“{code}”); "
    "they were read as “{restored}”",
    "timelinejs_no_year": "no Year: TimelineJS needs one for every event",
    "template_extra_column": "column not in the template; it is ignored",
    "mapping_no_column": "the file has no column {columns}",
    "mapping_no_date": "choose the column with the date (or the year)",
    "mapping_no_title": "choose the column with the title",
    # whole files (tables.py, pipeline.py)
    "cell_too_long": "the cell is {length} characters long; the limit is {limit}",
    "no_rows": "there is no row to import",
    "no_template_csv": "{file} holds no template CSV (episodes.csv, actors.csv, …).",
    "no_sheet": "{file} has no sheet with anything in it.",
    "unknown_format": "unknown format {format}",
    "unreadable": "cannot be read ({error}).",
    "binary": "{file} is not a text table (it holds binary data).",
    "csv_error": "{file} cannot be read as CSV ({error}).",
    "empty": "{file} is empty.",
    "sheet_too_many_columns": "{file} [{sheet}] has {count} columns; an import reads at most "
    "{limit}.",
    "too_many_columns": "{file} has {count} columns; an import reads at most {limit}.",
    "csv_row_error": "{file} row {row}: cannot be read as CSV ({error}).",
    "needs_openpyxl": "Reading .xlsx needs the openpyxl package (python3 -m pip install "
    "openpyxl); or save the sheet as CSV.",
    "needs_calamine": "Reading {file} needs the python-calamine package (python3 -m pip install "
    "python-calamine); or save the sheet as .xlsx or .csv.",
    "not_xlsx": "{file} is not a readable XLSX workbook ({error}).",
    "not_ods": "{file} is not a readable OpenDocument spreadsheet ({error}).",
    "sheet_unreadable": "{file} [{sheet}] cannot be read ({error}).",
    "sheet_row_error": "{file} [{sheet}] row {row}: {error}",
    "not_a_file": "{file} is not a file.",
    "xls": "{file} is an old Excel .xls file: save it as .xlsx or .csv.",
    "windows_1252": "{file} is not UTF-8; it was read as Windows-1252 (Western European), as "
    "Excel on Windows saves CSV. Check accented letters in the preview.",
    # the build's row checks (explorer.build.load), which every import runs
    "lost_character": "column {column} contains U+FFFD",
    "no_quote": "no quote: every record must cite the words it rests on",
    "quote_not_found": "quote not found in data/texts/{source}.txt: {quote}",
    "actor_needs_id_and_name": "actor needs id and name",
    "unknown_actor_kind": "unknown actor kind {kind}",
    "edtf_invalid": "{column}: not a valid EDTF date: {text}",
    "edtf_open": "{column}: EDTF date without finite bounds: {text}",
    "end_before_start": "end {end} ({end_lo}–{end_hi}) can fall before start {start} "
    "({start_lo}–{start_hi})",
    "date_text_not_quoted": "date_text is not the source's words: {part} does not occur in its "
    "text (put explanations in date_note)",
    "unknown_role": "unknown role {role} for {actor}",
    "same_as_refused": "cites {same_as}, whose own row is refused",
    "duplicate_id": "id {id} already defined at {place} (add a same_as row to cite it again)",
    "unknown_episode_kind": "unknown episode kind {kind}",
    "unknown_period_kind": "unknown period kind {kind}",
    "unknown_country": "unknown country {country}",
    "unknown_actor": "unknown actor {actor}",
    "duplicate_series": "series {id} already defined at {place}",
    "unknown_unit": "unknown unit {unit}",
    "scale_not_number": "scale is not a number: {value}",
    "names_unknown_actor": "{column} names unknown actor {actor}",
    "unknown_series": "unknown series {series}",
    "duplicate_observation": "observation {key} already given at {place}",
    "no_value_text": "no value_text (write the cell as printed)",
    "value_not_number": "value is not a number: {value}",
    "unknown_flag": "unknown flag {flag}",
    "flag_needs_reason": "flag {flag} needs a flag_reason",
    "same_as_no_episode": "same_as names no defined episode: {same_as}",
    "same_as_no_period": "same_as names no defined period: {same_as}",
    "unknown_subject_type": "unknown subject_type {kind} (actor or source)",
    "field_takes_no_provenance": "{kind} field {field} takes no provenance",
    "no_actor": "no actor {id}",
    "no_source": "no source {id}",
    "nothing_to_prove": "{kind} {id} has no {field} to give a provenance for",
    "curator_needs_reference": "basis curator needs the reference the curators used",
    "source_needs_citation": "basis source needs source, quote and locator",
    "unknown_basis": "basis must be source or curator, not {basis}",
    "no_locator": "no locator",
    "no_id": "no id",
    "missing_value": "no {column}",  # title, name, date_text, start, summary, period
}


def _pattern(template: str) -> re.Pattern[str]:
    pieces = re.split(r"\{(\w+)\}", template)
    return re.compile("".join(re.escape(piece) if i % 2 == 0 else f"(?P<{piece}>.*?)"
                              for i, piece in enumerate(pieces)) + r"\Z", re.DOTALL)  # fmt: skip


# Tried with the most specific first (the most fixed words): "no {column}" comes last.
_PATTERNS = sorted(
    ((code, _pattern(text)) for code, text in MESSAGES.items()),
    key=lambda pair: -len(re.sub(r"\{\w+\}", "", MESSAGES[pair[0]])),
)


def parse(message: str) -> tuple[str, dict[str, str]]:
    """(code, parts) of a message one of the templates wrote; ('', {}) for any other text
    (an error a library raised, shown as it is)."""
    for code, pattern in _PATTERNS:
        match = pattern.match(message)
        if match:
            return code, match.groupdict()
    return "", {}


@dataclass(frozen=True)
class Problem:
    file: str
    sheet: str
    row: int  # as a spreadsheet numbers it: the header is row 1; 0 for the whole file
    column: str
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.sheet:
            where += f" [{self.sheet}]"
        if self.row:
            where += f" row {self.row}"
        if self.column:
            where += f", column {self.column}"
        return f"{where}: {self.message}"

    @property
    def code(self) -> str:
        """The template the message was written from (MESSAGES), or '' for other words."""
        return parse(self.message)[0]

    @property
    def parts(self) -> dict[str, str]:
        return parse(self.message)[1]


@dataclass
class Report:
    """Counts and problems of one import (or one check before it)."""

    problems: list[Problem] = field(default_factory=list)
    problem_count: int = 0
    notices: list[str] = field(default_factory=list)  # not problems: "read as Windows-1252"
    notice_places: list[Problem] = field(default_factory=list)  # notices that name a row/column
    read: int = 0  # data rows read from the files
    imported: dict[str, int] = field(default_factory=dict)  # kind -> rows written
    rejected: int = 0  # rows refused
    uncited: int = 0  # rows imported without any citation
    refused_files: list[str] = field(default_factory=list)  # files that could not be read at all
    content_hash: str = ""
    cancelled: bool = False
    _rejects: list[list[str]] = field(default_factory=list, repr=False)
    rejects_path: Path | None = None
    current_cells: list[str] = field(default_factory=list, repr=False)  # row being checked
    row_rejected: bool = field(default=False, repr=False)  # it already went to the rejects
    meter: object = field(default=None, repr=False)  # tables.Meter of the file being read

    def add(self, problem: Problem) -> None:
        self.problem_count += 1
        if len(self.problems) < MAX_KEPT_PROBLEMS:
            self.problems.append(problem)

    def refuse_file(self, file: str, message: str) -> None:
        self.refused_files.append(file)
        self.add(Problem(file, "", 0, "", message))

    def reject(self, problem: Problem, cells: list[str]) -> None:
        self.rejected += 1
        if len(self._rejects) < 1_000_000:
            self._rejects.append([problem.file, problem.sheet, str(problem.row), problem.column,
                                  problem.message, *cells])  # fmt: skip

    @property
    def ok(self) -> bool:
        return self.problem_count == 0

    def summary(self) -> str:
        made = ", ".join(f"{n:,} {kind}" for kind, n in self.imported.items() if n) or "nothing"
        text = f"read {self.read:,} rows; imported {made}"
        if self.uncited:
            text += f"; {self.uncited:,} uncited"
        if self.rejected:
            text += f"; rejected {self.rejected:,} rows"
        if self.problem_count:
            text += f"; {self.problem_count:,} problem(s)"
        return text

    def write_rejects(self, path: Path) -> Path:
        """The refused rows, as they were read, with where and why first: a CSV to fix and
        import again."""
        with Path(path).open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(["file", "sheet", "row", "column", "problem", "cells…"])
            writer.writerows(self._rejects)
        self.rejects_path = Path(path)
        return self.rejects_path
