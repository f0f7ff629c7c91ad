"""What an import found, in the user's language: the problems' templates (explorer.ingest.problems,
Qt-free, in English for the command line and the logs) each with a translatable copy here, the
place of a problem (file, sheet, row, column), the time left and the summary of an import."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from explorer.ingest.problems import Problem, Report, parse


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportProblems", text)


def message_templates() -> dict[str, str]:
    """Code -> the template in the language the app speaks (tests keep it equal to MESSAGES)."""
    return {
        "date_year_range": _tr("“{text}”: the year {year} is outside {earliest}–{latest}."),
        "date_year_not_number": _tr("“{text}”: the year “{year}” is not a number."),
        "date_day_without_month": _tr("“{text}”: a day is given without its month."),
        "date_not_month": _tr("“{text}”: “{month}” is not a month."),
        "date_day_not_number": _tr("“{text}”: the day “{day}” is not a number."),
        "date_no_such_day": _tr("“{text}”: {month} {year} has no day {day}."),
        "date_none": _tr("“{text}” has no date in it."),
        "date_no_century": _tr("“{text}”: there is no such century here."),
        "date_ambiguous": _tr(
            "“{text}” could be day/month or month/day: write it as {first} or {second}."
        ),
        "date_unreadable": _tr("“{text}” is not a date this import can read."),
        "date_empty": _tr("The date is empty."),
        "date_too_long": _tr("The date cell is too long to be a date."),
        "date_ends_before": _tr("“{text}” ends before it starts."),
        "gdelt_not_row": _tr("not a GDELT event row ({count} columns; GDELT has 57, 58 or 61)"),
        "gdelt_columns": _tr("has {count} columns; this file's rows have {expected}"),
        "cameo_root": _tr("“{code}” is not a CAMEO root code (01–20)"),
        "cameo_code": _tr("“{code}” is not a CAMEO code"),
        "cameo_zero": _tr(
            "CAMEO codes saved as numbers lost their leading zero "
            "(“{code}”); they were read as “{restored}”"
        ),
        "timelinejs_no_year": _tr("no Year: TimelineJS needs one for every event"),
        "template_extra_column": _tr("column not in the template; it is ignored"),
        "mapping_no_column": _tr("the file has no column {columns}"),
        "mapping_no_date": _tr("choose the column with the date (or the year)"),
        "mapping_no_title": _tr("choose the column with the title"),
        "cell_too_long": _tr("the cell is {length} characters long; the limit is {limit}"),
        "no_rows": _tr("there is no row to import"),
        "no_template_csv": _tr("{file} holds no template CSV (episodes.csv, actors.csv, …)."),
        "no_sheet": _tr("{file} has no sheet with anything in it."),
        "unknown_format": _tr("unknown format {format}"),
        "unreadable": _tr("cannot be read ({error})."),
        "binary": _tr("{file} is not a text table (it holds binary data)."),
        "csv_error": _tr("{file} cannot be read as CSV ({error})."),
        "empty": _tr("{file} is empty."),
        "sheet_too_many_columns": _tr(
            "{file} [{sheet}] has {count} columns; an import reads at most {limit}."
        ),
        "too_many_columns": _tr("{file} has {count} columns; an import reads at most {limit}."),
        "csv_row_error": _tr("{file} row {row}: cannot be read as CSV ({error})."),
        "needs_openpyxl": _tr(
            "Reading .xlsx needs the openpyxl package (python3 -m pip "
            "install openpyxl); or save the sheet as CSV."
        ),
        "needs_calamine": _tr(
            "Reading {file} needs the python-calamine package (python3 "
            "-m pip install python-calamine); or save the sheet as .xlsx or .csv."
        ),
        "not_xlsx": _tr("{file} is not a readable XLSX workbook ({error})."),
        "not_ods": _tr("{file} is not a readable OpenDocument spreadsheet ({error})."),
        "sheet_unreadable": _tr("{file} [{sheet}] cannot be read ({error})."),
        "sheet_row_error": _tr("{file} [{sheet}] row {row}: {error}"),
        "not_a_file": _tr("{file} is not a file."),
        "xls": _tr("{file} is an old Excel .xls file: save it as .xlsx or .csv."),
        "windows_1252": _tr(
            "{file} is not UTF-8; it was read as Windows-1252 (Western "
            "European), as Excel on Windows saves CSV. Check accented letters in the preview."
        ),
        "lost_character": _tr("column {column} contains U+FFFD"),
        "no_quote": _tr("no quote: every record must cite the words it rests on"),
        "quote_not_found": _tr("quote not found in data/texts/{source}.txt: {quote}"),
        "actor_needs_id_and_name": _tr("actor needs id and name"),
        "unknown_actor_kind": _tr("unknown actor kind {kind}"),
        "edtf_invalid": _tr("{column}: not a valid EDTF date: {text}"),
        "edtf_open": _tr("{column}: EDTF date without finite bounds: {text}"),
        "end_before_start": _tr(
            "end {end} ({end_lo}–{end_hi}) can fall before start {start} ({start_lo}–{start_hi})"
        ),
        "date_text_not_quoted": _tr(
            "date_text is not the source's words: {part} does not occur "
            "in its text (put explanations in date_note)"
        ),
        "unknown_role": _tr("unknown role {role} for {actor}"),
        "same_as_refused": _tr("cites {same_as}, whose own row is refused"),
        "duplicate_id": _tr(
            "id {id} already defined at {place} (add a same_as row to cite it again)"
        ),
        "unknown_episode_kind": _tr("unknown episode kind {kind}"),
        "unknown_period_kind": _tr("unknown period kind {kind}"),
        "unknown_country": _tr("unknown country {country}"),
        "unknown_actor": _tr("unknown actor {actor}"),
        "duplicate_series": _tr("series {id} already defined at {place}"),
        "unknown_unit": _tr("unknown unit {unit}"),
        "scale_not_number": _tr("scale is not a number: {value}"),
        "names_unknown_actor": _tr("{column} names unknown actor {actor}"),
        "unknown_series": _tr("unknown series {series}"),
        "duplicate_observation": _tr("observation {key} already given at {place}"),
        "no_value_text": _tr("no value_text (write the cell as printed)"),
        "value_not_number": _tr("value is not a number: {value}"),
        "unknown_flag": _tr("unknown flag {flag}"),
        "flag_needs_reason": _tr("flag {flag} needs a flag_reason"),
        "same_as_no_episode": _tr("same_as names no defined episode: {same_as}"),
        "same_as_no_period": _tr("same_as names no defined period: {same_as}"),
        "unknown_subject_type": _tr("unknown subject_type {kind} (actor or source)"),
        "field_takes_no_provenance": _tr("{kind} field {field} takes no provenance"),
        "no_actor": _tr("no actor {id}"),
        "no_source": _tr("no source {id}"),
        "nothing_to_prove": _tr("{kind} {id} has no {field} to give a provenance for"),
        "curator_needs_reference": _tr("basis curator needs the reference the curators used"),
        "source_needs_citation": _tr("basis source needs source, quote and locator"),
        "unknown_basis": _tr("basis must be source or curator, not {basis}"),
        "no_locator": _tr("no locator"),
        "no_id": _tr("no id"),
        "missing_value": _tr("no {column}"),
    }


class ProblemTexts:
    """Renders problems; the templates are looked up once for a whole list."""

    def __init__(self) -> None:
        self.templates = message_templates()

    def message(self, problem: Problem) -> str:
        return self.sentence(problem.message)

    def sentence(self, message: str) -> str:
        """A message one of the templates wrote, translated; any other text (a library's own
        error) as it is."""
        code, parts = parse(message)
        template = self.templates.get(code)
        if not template:
            return message
        try:
            return template.format(**parts)
        except (KeyError, IndexError, ValueError):  # a translation naming a part it lacks
            return message

    def where(self, problem: Problem) -> str:
        where = problem.file
        if problem.sheet:
            where = _tr("{file} [{sheet}]").format(file=where, sheet=problem.sheet)
        if problem.row:
            where = _tr("{where} row {row}").format(where=where, row=f"{problem.row:,}")
        if problem.column:
            where = _tr("{where}, column {column}").format(where=where, column=problem.column)
        return where

    def full(self, problem: Problem) -> str:
        return _tr("{where}: {message}").format(where=self.where(problem),
                                                  message=self.message(problem))  # fmt: skip


def duration_text(seconds: float) -> str:
    seconds = max(int(round(seconds)), 0)
    if seconds < 60:
        return _tr("{seconds} s").format(seconds=seconds)
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return _tr("{minutes} min {seconds} s").format(minutes=minutes, seconds=seconds)
    return _tr("{hours} h {minutes} min").format(hours=minutes // 60, minutes=minutes % 60)


def summary_text(report: Report) -> str:
    """Report.summary() in the app's language."""
    kinds = {"actors": _tr("actors"), "episodes": _tr("episodes"), "periods": _tr("periods"),
             "series": _tr("series"), "observations": _tr("observations"),
             "provenance": _tr("provenance records")}  # fmt: skip
    made = ", ".join(f"{n:,} {kinds.get(kind, kind)}" for kind, n in report.imported.items() if n)
    text = _tr("read {rows} rows; imported {made}").format(
        rows=f"{report.read:,}", made=made or _tr("nothing")
    )
    if report.uncited:
        text += _tr("; {n} uncited").format(n=f"{report.uncited:,}")
    if report.rejected:
        text += _tr("; rejected {n} rows").format(n=f"{report.rejected:,}")
    if report.problem_count:
        text += _tr("; {n} problem(s)").format(n=f"{report.problem_count:,}")
    return text
