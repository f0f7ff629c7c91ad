"""Reading spreadsheets row by row: CSV/TSV in the encodings spreadsheets write, XLSX and ODS.

Nothing is read whole: a CSV is decoded as a stream and an XLSX is opened read-only, so a
file of a million rows costs the memory of one row. An ODS is read a sheet at a time by
python-calamine. It reads XLSX too, and 15x faster, but holds the whole sheet, and it turns the
pre-1900 dates LibreOffice saves in XLSX (negative serial numbers) into times of day, where
openpyxl gives the date: a historian's workbook is full of them, so XLSX stays with openpyxl. The encoding is decided before reading:
a byte-order mark says UTF-8 or UTF-16 (Excel's "Unicode text"); otherwise the file is checked
to be valid UTF-8 from end to end, and if it is not it is read as Windows-1252 with a notice,
since that is what spreadsheets on Windows save.
"""

from __future__ import annotations

import codecs
import csv
import datetime
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

csv.field_size_limit(1 << 26)  # a 1 MB cell is read (and then refused as too long), not a crash

MAX_COLUMNS = 1000
MAX_CELL = 100_000  # characters; longer cells are refused by the import's checks


class TableError(Exception):
    """A file that cannot be read as a table at all. The message is a sentence for the user."""


class Meter:
    """How much of one file has been read, from 0 to 1: the bytes a CSV's reader has taken from
    the file, or the rows taken of all the sheets' rows a workbook says it holds."""

    def __init__(self, handle=None, size: int = 0, rows: int = 0) -> None:
        self.handle, self.size = handle, size  # a CSV: its binary buffer and its size
        self.rows, self.taken = rows, 0  # a workbook: its rows in all, and those read

    def done(self) -> float | None:
        """None when the file does not say how big it is (a workbook without <dimension>)."""
        if self.handle is not None:
            try:
                return min(self.handle.tell() / self.size, 1.0) if self.size else 1.0
            except (OSError, ValueError):  # closed: read to the end
                return 1.0
        return min(self.taken / self.rows, 1.0) if self.rows else None


@dataclass
class Table:
    file: str  # the file's name, as problems name it
    sheet: str  # the workbook sheet; "" for a CSV
    header: list[str]
    rows: Iterator[tuple[int, list[str]]]  # (row number as a spreadsheet shows it, cells)
    notices: list[str] = field(default_factory=list)
    meter: Meter | None = None  # shared by the tables of one file


def file_kind(path: Path) -> str:
    """'xlsx', 'ods', 'xls' or 'text' from the file's first bytes (not its name)."""
    with path.open("rb") as handle:
        head = handle.read(2048)
    if head.startswith(b"PK\x03\x04"):
        return "ods" if b"opendocument" in head else "xlsx"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "xls"
    return "text"


def sniff_encoding(path: Path) -> tuple[str, str]:
    """(codec, notice): the notice is '' unless the user should know how the file was read."""
    with path.open("rb") as handle:
        head = handle.read(4)
        if head.startswith(codecs.BOM_UTF8):
            return "utf-8-sig", ""
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return "utf-16", ""
        handle.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8")()
        try:
            while chunk := handle.read(1 << 20):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return "cp1252", (
                f"{path.name} is not UTF-8; it was read as Windows-1252 (Western European), "
                "as Excel on Windows saves CSV. Check accented letters in the preview."
            )
    return "utf-8", ""


def _delimiter(sample: str, path: Path) -> str:
    if path.suffix.lower() in (".tsv", ".tab"):
        return "\t"
    line = sample.split("\n", 1)[0]
    counts = {d: line.count(d) for d in (",", "\t", ";", "|")}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


def read_text_table(path: Path, header: bool = True) -> Table:
    encoding, notice = sniff_encoding(path)
    handle = path.open(encoding=encoding, errors="replace", newline="")
    sample = handle.read(65536)
    handle.seek(0)
    if "\x00" in sample:
        handle.close()
        raise TableError(f"{path.name} is not a text table (it holds binary data).")
    delimiter = _delimiter(sample, path)
    reader = csv.reader(handle, delimiter=delimiter)
    try:
        first = next(reader, None) if header else None
    except csv.Error as error:
        handle.close()
        raise TableError(f"{path.name} cannot be read as CSV ({error}).") from error
    if header and first is None:
        handle.close()
        raise TableError(f"{path.name} is empty.")
    names = [c.strip() for c in first] if first else []
    if len(names) > MAX_COLUMNS:
        handle.close()
        raise TableError(
            f"{path.name} has {len(names):,} columns; an import reads at most {MAX_COLUMNS:,}."
        )

    def rows() -> Iterator[tuple[int, list[str]]]:
        number = 1 if header else 0
        try:
            for cells in reader:
                number += 1
                if cells and any(c.strip() for c in cells):
                    yield number, cells
        except csv.Error as error:
            raise TableError(
                f"{path.name} row {number + 1}: cannot be read as CSV ({error})."
            ) from error
        finally:
            handle.close()

    meter = Meter(handle.buffer, path.stat().st_size)
    return Table(path.name, "", names, rows(), [notice] if notice else [], meter)


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime.datetime):
        if value.time() == datetime.time():
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def read_workbook(path: Path) -> list[Table]:
    """Every sheet of an XLSX, each streamed; the values the spreadsheet saved (not formulas)."""
    try:
        import openpyxl
    except ImportError as error:  # a defence: openpyxl is a runtime dependency
        raise TableError(
            "Reading .xlsx needs the openpyxl package (python3 -m pip install openpyxl); "
            "or save the sheet as CSV."
        ) from error
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # noqa: BLE001 - openpyxl raises many types for a broken file
        raise TableError(f"{path.name} is not a readable XLSX workbook ({error}).") from error
    tables = []
    # Each sheet's size as its <dimension> says (0 when a program wrote none: no fraction then).
    meter = Meter(rows=sum(_max_row(sheet) for sheet in book.worksheets))
    for sheet in book.worksheets:
        iterator = sheet.iter_rows(values_only=True)
        try:
            first = next(iterator, None)
        except Exception as error:  # noqa: BLE001 - a damaged sheet
            raise TableError(f"{path.name} [{sheet.title}] cannot be read ({error}).") from error
        if first is None:
            continue
        meter.taken += 1  # the header row
        names = [_cell_text(v).strip() for v in first]
        while names and not names[-1]:
            names.pop()
        if len(names) > MAX_COLUMNS:
            raise TableError(
                f"{path.name} [{sheet.title}] has {len(names):,} columns; "
                f"an import reads at most {MAX_COLUMNS:,}."
            )

        def rows(iterator=iterator, title=sheet.title) -> Iterator[tuple[int, list[str]]]:
            number = 1
            try:
                for values in iterator:
                    number += 1
                    meter.taken += 1
                    cells = [_cell_text(v) for v in values]
                    if any(c.strip() for c in cells):
                        yield number, cells
            except Exception as error:  # noqa: BLE001 - a damaged sheet part
                raise TableError(f"{path.name} [{title}] row {number}: {error}") from error

        tables.append(Table(path.name, sheet.title, names, rows(), meter=meter))
    return tables


def _max_row(sheet) -> int:
    try:
        return int(sheet.max_row or 0)
    except (TypeError, ValueError):  # a damaged <dimension>
        return 0


def read_opendocument(path: Path) -> list[Table]:
    """Every sheet of an ODS (LibreOffice, Google Sheets' OpenDocument download), through
    python-calamine. Unlike openpyxl's read-only mode it holds one sheet's cells at a time (in
    its Rust core, ~60 bytes a cell), which an OpenDocument file, zipped XML that has to be
    parsed whole, would cost anyway. The values are those the spreadsheet saved."""
    try:
        from python_calamine import CalamineWorkbook
    except ImportError as error:  # a defence: python-calamine is a runtime dependency
        raise TableError(
            f"Reading {path.name} needs the python-calamine package "
            "(python3 -m pip install python-calamine); or save the sheet as .xlsx or .csv."
        ) from error
    try:
        book = CalamineWorkbook.from_path(str(path))
        names = list(book.sheet_names)
    except Exception as error:  # noqa: BLE001 - calamine raises its own types and OSError
        raise TableError(
            f"{path.name} is not a readable OpenDocument spreadsheet ({error})."
        ) from error

    meter = Meter()  # each sheet's rows are known once it is loaded

    def sheet_table(name: str) -> Table | None:
        try:
            sheet = book.get_sheet_by_name(name)
        except Exception as error:  # noqa: BLE001 - a damaged sheet
            raise TableError(f"{path.name} [{name}] cannot be read ({error}).") from error
        # calamine starts at the first cell holding anything: number rows as the sheet does.
        first_row = (sheet.start or (0, 0))[0] + 1
        iterator = iter(sheet.iter_rows())
        first = next(iterator, None)
        if first is None:
            return None
        header = [_cell_text(v).strip() for v in first]
        while header and not header[-1]:
            header.pop()
        if len(header) > MAX_COLUMNS:
            raise TableError(
                f"{path.name} [{name}] has {len(header):,} columns; "
                f"an import reads at most {MAX_COLUMNS:,}."
            )

        meter.rows += sheet.height
        meter.taken += 1  # the header row

        def rows() -> Iterator[tuple[int, list[str]]]:
            for number, values in enumerate(iterator, start=first_row + 1):
                meter.taken += 1
                cells = [_cell_text(v) for v in values]
                if any(c.strip() for c in cells):
                    yield number, cells

        return Table(path.name, name, header, rows(), meter=meter)

    return [table for name in names if (table := sheet_table(name)) is not None]


def open_tables(path: Path, header: bool = True) -> list[Table]:
    """The tables in a file: one for a CSV/TSV, one per non-empty sheet for an XLSX or ODS."""
    path = Path(path)
    if not path.is_file():
        raise TableError(f"{path} is not a file.")
    kind = file_kind(path)
    if kind == "xlsx":
        return read_workbook(path)
    if kind == "ods":
        return read_opendocument(path)
    if kind == "xls":
        raise TableError(f"{path.name} is an old Excel .xls file: save it as .xlsx or .csv.")
    return [read_text_table(path, header)]


def write_csv_text(rows: list[list[str]]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue()
