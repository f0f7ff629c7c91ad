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


def test_passages_found_by_hash_past_the_in_memory_limit_give_the_same_store(tmp_path,
                                                                            monkeypatch):  # fmt: skip
    """A large import remembers passages by a hash of their key: the same store, with a passage
    cited twice still one passage."""
    from explorer.build.write import PassageIndex

    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "episodes.csv").write_text(
        "id,title,kind,date_text,start,summary,source,quote,locator\n"
        "a,First,visit,1990,1990,One.,El Comercio,The words,p. 1\n"
        "b,Second,visit,1991,1991,Two.,El Comercio,Other  words,p. 2\n"
        "c,Third,visit,1992,1992,Three.,El Comercio,The words,p. 1\n"
        "d,Fourth,visit,1993,1993,Four.,El Comercio,Other words,p. 2\n",
        encoding="utf-8",
    )
    usual = run_import([folder], tmp_path / "usual.db")
    monkeypatch.setattr(PassageIndex, "IN_MEMORY", 1)
    hashed = run_import([folder], tmp_path / "hashed.db")
    assert usual.ok and hashed.ok, usual.problems
    assert hashed.content_hash == usual.content_hash
    assert rows(tmp_path / "hashed.db", "SELECT count(*) FROM passages") == [(2,)]
