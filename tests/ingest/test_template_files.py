"""Help ▸ Save Blank Import Template… and Save Filled Example Spreadsheet…: the workbooks the
app saves are the ones the import reads."""

from __future__ import annotations

import openpyxl

from explorer.ingest.pipeline import run_import
from explorer.ingest.rows import TEMPLATE_COLUMNS
from explorer.ingest.template_files import save_workbook
from tests.ingest.conftest import rows


def test_blank_template_has_every_sheet_and_its_columns(tmp_path):
    path = save_workbook(tmp_path / "blank.xlsx", filled=False)
    book = openpyxl.load_workbook(path, read_only=True)
    assert book.sheetnames == ["store", *TEMPLATE_COLUMNS]
    header = next(book["episodes"].iter_rows(values_only=True))
    assert header[:6] == ("id", "same_as", "title", "kind", "date_text", "date_note")
    assert "char_start" not in header  # written by export-template only
    # A blank template is refused plainly: there is nothing in it to import.
    report = run_import([path], tmp_path / "blank.db")
    assert not report.content_hash and report.read == 0


def test_filled_example_imports_without_a_problem(tmp_path):
    path = save_workbook(tmp_path / "example.xlsx", filled=True)
    out = tmp_path / "example.db"
    report = run_import([path], out)
    assert report.ok, [str(p) for p in report.problems]
    assert report.imported == {"actors": 2, "episodes": 2, "periods": 1, "series": 1,
                               "observations": 1}  # fmt: skip
    assert report.uncited == 1  # the immigration quota row names no source
    assert dict(rows(out, "SELECT key, value FROM meta"))["title"] == "Peru and Japan: my episodes"
    assert rows(out, "SELECT start_edtf, start_lo, end_hi FROM episodes WHERE date_text = "
                     "'mid-1930s'") == [("1935~", 1934.0, 1937.0)]  # fmt: skip
