"""One import: files in, every row checked by the build's rules, a new store out (or nothing).

The rows stream from the readers through `explorer.build.load.Checker` (the curated build's
checks, with the rules for imported corpora) into `explorer.build.write.StoreWriter`, which
builds in a temporary file. When any row has a problem the store is thrown away unless the user
chose to import the valid rows; a cancelled or failed import also leaves nothing behind.
"""

from __future__ import annotations

import datetime
import logging
import math
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from explorer.build.load import IMPORTED, Checker, Row
from explorer.build.write import StoreWriter
from explorer.ingest import events, sheets
from explorer.ingest.mapping import Mapping, guess, read_mapped
from explorer.ingest.problems import Problem, Report
from explorer.ingest.rows import Item, slug
from explorer.ingest.tables import MAX_CELL, Table, TableError, open_tables, read_text_table
from explorer.store import verified_stores
from explorer.store.bundled import SCHEMA_VERSION

log = logging.getLogger(__name__)

FORMATS = ("auto", "template", "timelinejs", "gdelt", "icews", "series", "mapped")
CITED = ("episodes", "periods", "observations")


class NeedsMapping(Exception):
    """The table is none of the known kinds: the user maps its columns (or passes --mapping)."""

    def __init__(self, table: Table) -> None:
        self.table = table
        super().__init__(f"{table.file}: choose which column is the date, the title, the actors…")


@dataclass
class Progress:
    rows: int
    fraction: float | None  # of the whole run, 0 to 1, when the files say how big they are
    stage: str  # "reading" | "finishing"
    seconds_left: float | None = None  # estimated from the pace so far

    @property
    def percent(self) -> int | None:
        return None if self.fraction is None else int(self.fraction * 100)


# Of an import's time, reading and checking the rows and completing the store (search index,
# speed-ups, content hash) take about half each (benchmarks/import_scale.py); a check only reads.
READING_SHARE = 0.5


class _Pace:
    """Turns the meters of the files and the writer's steps into one fraction of the whole run
    and an estimate of the time left, a few times a second."""

    def __init__(self, paths: list[Path], report: Report, writing: bool,
                 progress: Callable[[Progress], None] | None) -> None:  # fmt: skip
        self.sizes = [_size(p) for p in paths]
        self.total = sum(self.sizes) or 1
        self.index, self.done_before = 0, 0  # the file being read; the bytes of those before
        self.report, self.progress = report, progress
        self.share = READING_SHARE if writing else 1.0
        self.started = time.monotonic()
        self.last = 0.0

    def next_file(self, index: int) -> None:
        self.index, self.done_before = index, sum(self.sizes[:index])
        self.report.meter = None

    def reading(self) -> None:
        meter = self.report.meter
        done = None if meter is None else meter.done()
        if done is None:
            return self._tell("reading", None)
        read = self.done_before + self.sizes[self.index] * done
        self._tell("reading", self.share * read / self.total)

    def finishing(self, step: float) -> None:
        self._tell("finishing", self.share + (1 - self.share) * step, force=True)

    def _tell(self, stage: str, fraction: float | None, force: bool = False) -> None:
        now = time.monotonic()
        if self.progress is None or (not force and now - self.last < 0.2):
            return
        self.last = now
        elapsed = now - self.started
        left = elapsed * (1 - fraction) / fraction if fraction and fraction > 0.01 else None
        self.progress(Progress(self.report.read, fraction, stage, left))


def _size(path: Path) -> int:
    try:
        if path.is_dir():
            return sum(p.stat().st_size for p in path.glob("*.csv"))
        return path.stat().st_size
    except OSError:
        return 0


def detect(table: Table) -> str:
    """The format of one table from its header (or first row, for headerless GDELT)."""
    header = table.header
    names = {h.strip().lower() for h in header}
    if sheets.is_long_series(header) and "id" not in names and "series" not in names:
        return "series"  # long-form numbers, even in a file or sheet named "series"
    if sheets.template_kind(table):
        return "template"
    if events.is_gdelt_row(header):
        return "gdelt"
    if events.is_icews_header(header):
        return "icews"
    if sheets.is_timelinejs(header):
        return "timelinejs"
    if {"id", "title", "kind", "start"} <= names:
        return "template"
    return ""


def _tables_of(path: Path, texts: dict[str, str]) -> list[Table]:
    if path.is_dir():  # a folder of template CSVs (episodes.csv, actors.csv, …)
        for text in sorted((path / "texts").glob("*.txt")):
            texts[text.stem] = text.read_text(encoding="utf-8")
        found = [read_text_table(p) for p in sorted(path.glob("*.csv"))
                 if p.stem.lower() in (*sheets.KINDS, sheets.STORE_SHEET)]  # fmt: skip
        if not found:
            raise TableError(f"{path.name} holds no template CSV (episodes.csv, actors.csv, …).")
        return found
    return open_tables(path)


def _gdelt_table(path: Path) -> Table:
    return open_tables(path, header=False)[0]


def items_for(
    path: Path,
    fmt: str,
    mapping: Mapping | None,
    meta: dict[str, str],
    report: Report,
    texts: dict[str, str] | None = None,
) -> Iterator[Item]:
    """The items of one file in `fmt` ('auto' detects it per table). `texts` receives the
    full texts of a template folder's texts/."""
    path = Path(path)
    tables = _tables_of(path, {} if texts is None else texts)
    if not tables:
        raise TableError(f"{path.name} has no sheet with anything in it.")
    report.meter = tables[0].meter  # how far the file is read, for the progress bar
    for table in tables:
        report.notices.extend(table.notices)
    chosen = fmt
    if fmt == "auto":
        kinds = {detect(t) for t in tables}
        chosen = "template" if "template" in kinds else next(iter(kinds - {""}), "")
        if not chosen:
            if mapping is None:
                raise NeedsMapping(tables[0])
            chosen = "mapped"
    if chosen == "gdelt":
        table = _gdelt_table(path)  # read again, with no header
        report.meter = table.meter
        yield from events.read_gdelt(table)
    elif chosen == "template":
        yield from sheets.read_template(tables, meta)
    else:
        for table in tables:
            if chosen == "icews":
                yield from events.read_icews(table)
            elif chosen == "timelinejs":
                yield from sheets.read_timelinejs(table, meta)
            elif chosen == "series":
                yield from sheets.read_series(table)
            elif chosen == "mapped":
                yield from read_mapped(table, mapping or guess(table.header))
            else:
                raise TableError(f"unknown format {chosen!r}")


class _Sources:
    """Sources as rows name them: a source the sources sheet does not list is made from its
    name, so 'El Comercio, 6 April 1992' in a Source column becomes a source of that title."""

    def __init__(self, writer: StoreWriter | None, texts: dict[str, str]) -> None:
        self.writer = writer
        self.texts = texts
        self.rows: dict[str, Row] = {}  # id -> the row that made it (provenance checks it)
        self.ids: set[str] = set()
        self.by_name: dict[str, str] = {}

    def add(self, row: Row) -> None:
        sid = row["id"]
        if not sid or sid in self.ids:
            return
        self.ids.add(sid)
        values = dict(row.values)
        values.setdefault("short_title", sid)
        for key, default in (("short_title", row["title"] or sid), ("title", row["short_title"] or sid),
                             ("kind", "other"), ("rights", "unknown")):  # fmt: skip
            if not (values.get(key) or "").strip():
                values[key] = default
        if not (values.get("year") or "").strip().isdigit():
            values["year"] = ""
        full_text = self.texts.get(sid) if values.get("full_text_in_store") == "1" else None
        made = Row(row.file, row.line, "", values, row.sheet)
        self.rows[sid] = made
        if self.writer is not None:
            self.writer.source(made, full_text)

    def resolve(self, row: Row) -> None:
        """Give the row a source that exists."""
        sid = row.source_id
        if not sid or sid in self.ids:
            return
        if sid not in self.by_name:
            new = slug(sid, 50) or "source"
            self.by_name[sid] = new
            if new not in self.ids:
                self.add(Row(row.file, row.line, "", {"id": new, "title": sid,
                                                      "short_title": sid[:80]}, row.sheet))  # fmt: skip
        row.source_id = self.by_name[sid]


def _too_long(row: Row) -> str:
    for key, value in row.values.items():
        if value and len(value) > MAX_CELL:
            return key or ""
    return ""


def run_import(
    paths: Iterable[Path],
    out: Path | None,
    fmt: str = "auto",
    mapping: Mapping | None = None,
    keep_valid: bool = False,
    title: str = "",
    progress: Callable[[Progress], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    rejects: Path | None = None,
) -> Report:
    """Import `paths` into a new store at `out`, or only check them when `out` is None.

    Returns the report: every problem with its file, sheet, row and column, the counts, and
    the content hash of the store made. With problems and not `keep_valid`, nothing is made."""
    paths = [Path(p) for p in paths]
    report = Report()
    texts: dict[str, str] = {}  # shared with the writer, which finds quotes in them
    writer = StoreWriter(out, texts) if out is not None else None
    checker = Checker({}, lambda row, column, message: _reject_row(report, row, column, message),
                      IMPORTED)  # fmt: skip
    sources = _Sources(writer, texts)
    meta: dict[str, str] = {}
    counts = dict.fromkeys(sheets.KINDS, 0)
    provenance: list[tuple[Row, list[str]]] = []  # few rows, checked once every subject is in
    started = time.monotonic()
    pace = _Pace(paths, report, writer is not None, progress)
    current_cells: list[str] = []
    report.current_cells = current_cells  # the row being checked, for the rejects file
    try:
        for index, path in enumerate(paths):
            pace.next_file(index)
            try:
                for item in items_for(path, fmt, mapping, meta, report, texts):
                    if report.read % 512 == 0:
                        if cancelled is not None and cancelled():
                            report.cancelled = True
                            raise _Cancelled
                        pace.reading()
                    _take(item, report, checker, writer, sources, counts, current_cells,
                          provenance)  # fmt: skip
            except NeedsMapping:
                raise
            except TableError as error:
                report.refuse_file(path.name, str(error))
            except OSError as error:
                report.refuse_file(path.name, f"cannot be read ({error.strerror or error}).")
        sound_provenance = _check_provenance(provenance, checker, sources, texts, report, counts)
        current_cells.clear()
        for kind, _row in checker.finish():
            counts[kind] -= 1  # a same_as row naming nothing: its citation is dropped below
        # Every row is checked: what the checks remembered per id (a million entries in a large
        # import) is let go before the store is completed, which needs memory of its own.
        checker.defined = {kind: {} for kind in checker.defined}
        checker.refused = {kind: set() for kind in checker.refused}
        checker.observed = {}
        if writer is None:
            return report
        if report.refused_files or (report.problem_count and not keep_valid):
            writer.abort()
            return report
        if not any(counts.values()):
            # An empty store would open on nothing: say why instead.
            report.add(Problem(", ".join(p.name for p in paths), "", 0, "",
                               "there is no row to import"))  # fmt: skip
            writer.abort()
            return report
        pace.finishing(0.0)

        def step(done: float) -> None:
            # Cancel reaches into the completing steps too: the writer then throws its file away.
            if cancelled is not None and cancelled():
                report.cancelled = True
                raise _Cancelled
            pace.finishing(done)

        writer.provenance(sound_provenance)
        writer.drop_orphans()
        writer.cap_vague_dates()
        report.imported = {k: v for k, v in counts.items() if v}
        store_meta = [
            ("schema_version", SCHEMA_VERSION),
            ("dataset_version", meta.get("dataset_version") or "imported"),
            ("title", title or meta.get("title") or ", ".join(p.stem for p in paths)),
            ("store_id", str(uuid.uuid4())),
            ("imported_at", datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")),
            ("imported_from", "; ".join(p.name for p in paths)),
            # A store that says how to cite it (CITATION.cff text) keeps saying so.
            *([("citation_cff", meta["citation_cff"])] if meta.get("citation_cff") else []),
        ]
        report.content_hash = writer.finish(store_meta, step)
        # Every row passed the same checks the open would run: its first open is not delayed.
        verified_stores.remember_checked(out)
        log.info("imported %s in %.1f s: %s", out, time.monotonic() - started, report.summary())
        return report
    except _Cancelled:
        if writer is not None:
            writer.abort()
        return report
    except BaseException:
        if writer is not None:
            writer.abort()
        raise
    finally:
        if rejects is not None and report.rejected:
            report.write_rejects(rejects)


def _check_provenance(provenance, checker, sources, texts, report, counts) -> list[Row]:
    """The build's provenance checks, once every actor and source is known; the sound rows."""
    from explorer.build.load import provenance_problems, squash

    sound = []
    subjects = {"actor": checker.actor_rows, "source": sources.rows}
    squashed = {sid: squash(text) for sid, text in texts.items()}
    for row, cells in provenance:
        # Like an imported citation, a quote is checked against its source's text only when
        # the import has that text (a template's texts/ folder).
        known = squashed if row["source"] in squashed else {row["source"]: squash(row["quote"])}
        problems = provenance_problems(row, subjects, known)
        for message in problems:
            report.current_cells[:] = cells
            report.row_rejected = False
            _reject_row(report, row, "", message)
        if not problems:
            sound.append(row)
            counts["provenance"] += 1
    return sound


class _Cancelled(Exception):
    pass


def _reject_row(report: Report, row: Row, column: str, message: str) -> None:
    problem = Problem(row.file, row.sheet, row.line, column, message)
    report.add(problem)
    if not report.row_rejected:
        report.row_rejected = True
        report.reject(problem, report.current_cells)


def _take(item: Item, report: Report, checker: Checker, writer: StoreWriter | None,
          sources: _Sources, counts: dict[str, int], current: list[str],
          provenance: list) -> None:  # fmt: skip
    kind, row = item.kind, item.row
    if kind == "notice":
        report.notices.append(str(item.problem))
        report.notice_places.append(item.problem)
        return
    if kind == "sources":
        sources.add(row)
        return
    if kind == "provenance":
        report.read += 1
        provenance.append((row, list(item.cells)))
        return
    if item.cells:
        report.read += 1
    if kind == "problem":
        report.add(item.problem)
        report.reject(item.problem, item.cells)
        return
    current[:] = item.cells
    report.row_rejected = False
    long_column = _too_long(row)
    if long_column:
        _reject_row(report, row, long_column,
                    f"the cell is {len(row.values[long_column]):,} characters long; "
                    f"the limit is {MAX_CELL:,}")  # fmt: skip
        return
    if not checker.row(kind, row):
        return
    if kind in CITED or kind == "series":
        sources.resolve(row)
    if kind in CITED and not row.source_id:
        report.uncited += 1
    counts[kind] += 1
    if writer is None:
        return
    if kind == "actors":
        writer.actor(row)
    elif kind == "episodes":
        if not row["same_as"]:
            writer.episode(row, written=math.inf)  # capped once every citation is in
        writer.episode_citation(row)
    elif kind == "periods":
        if not row["same_as"]:
            writer.period(row)
        writer.period_citation(row)
    elif kind == "series":
        writer.series(row)
    elif kind == "observations":
        writer.observation(row)
