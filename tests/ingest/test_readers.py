"""Each input kind, from a file made the way its users make it, becomes a store."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.ingest.mapping import Mapping, guess
from explorer.ingest.pipeline import NeedsMapping, run_import
from explorer.store.bundled import open_store
from tests.ingest.conftest import FIXTURES, rows


def _import(tmp_path: Path, *names: str, **options):
    out = tmp_path / "out.db"
    report = run_import([FIXTURES / n for n in names], out, **options)
    return report, out


def test_gdelt2_export_becomes_events_between_source_and_target_actors(tmp_path):
    report, out = _import(tmp_path, "gdelt2.export.CSV")
    assert report.ok, report.problems
    assert report.imported == {"actors": 5, "episodes": 8}  # PER, JPN, JPNGOV, CHN, PERBUS
    open_store(out, immutable=False).close()  # the app can open it
    event = rows(out, "SELECT title, kind, start_edtf, summary FROM episodes WHERE id = ?",
                 "gdelt-410000001")[0]  # fmt: skip
    assert event[:3] == ("Consult: Peru → Japan", "consult", "2015-02-18")
    assert "CAMEO 042" in event[3]
    roles = rows(out, "SELECT actor_id, role FROM episode_actors WHERE episode_id = ? ORDER BY 2",
                 "gdelt-410000002")  # fmt: skip
    assert roles == [("JPNGOV", "source"), ("PER", "target")]
    assert rows(out, "SELECT name, kind FROM actors WHERE id = 'JPNGOV'") == [
        ("Japan (government)", "organisation")
    ]
    # The row's URL is its citation.
    cited = rows(out, "SELECT p.locator FROM citations c JOIN passages p ON p.id = c.passage_id "
                      "WHERE c.target_id = 'gdelt-410000002'")  # fmt: skip
    assert cited == [("GLOBALEVENTID 410000002 · https://www.example.com/news/japan-aid-peru",)]
    # An event with only one actor keeps that one.
    assert rows(out, "SELECT actor_id, role FROM episode_actors WHERE episode_id = ?",
                "gdelt-410000008") == [("PER", "source")]  # fmt: skip


def test_gdelt1_export_with_its_58_columns(tmp_path):
    report, out = _import(tmp_path, "gdelt1.export.CSV", fmt="gdelt")
    assert report.ok and report.imported["episodes"] == 8
    assert rows(out, "SELECT kind FROM episodes WHERE id = 'gdelt-310000002'") == [("provide_aid",)]


def test_icews_file_with_its_header(tmp_path):
    report, out = _import(tmp_path, "icews.tab")
    assert report.ok, report.problems
    assert report.imported["episodes"] == 4
    assert rows(out, "SELECT kind, start_edtf FROM episodes WHERE id = 'icews-26780103'") == [
        ("consult", "2014-11-14")  # "14/11/2014": 14 can only be the day
    ]
    assert rows(out, "SELECT kind FROM actors WHERE id = 'peru'") == [("country",)]
    assert rows(out, "SELECT locator FROM passages ORDER BY id LIMIT 1") == [
        ("Kyodo News, story 49023711, sentence 2",)
    ]


def test_timelinejs_sheet_as_published(tmp_path):
    report, out = _import(tmp_path, "timelinejs.csv", keep_valid=True)
    # The row without a Year is pointed to, with its row number as the spreadsheet shows it.
    assert [(p.row, p.column) for p in report.problems] == [(7, "Year")]
    assert report.imported == {"episodes": 3, "periods": 1}
    assert report.uncited == 3  # only the self-coup row names a Media Credit
    meta = dict(rows(out, "SELECT key, value FROM meta"))
    assert meta["title"] == "Peru and Japan in the 1990s"  # the sheet's "title" row
    assert rows(out, "SELECT name, start_edtf, end_edtf FROM periods") == [
        ("Fujimori government", "1990-07-28", "2000-11-22")
    ]
    coup = rows(out, "SELECT kind, date_text, summary FROM episodes WHERE title = 'Self-coup'")
    assert coup == [("domestic_politics", "April 5, 1992",
                     "Fujimori dissolves Congress with army support.")]  # fmt: skip
    uncited = rows(out, "SELECT COUNT(*) FROM episodes WHERE id NOT IN "
                        "(SELECT target_id FROM citations)")  # fmt: skip
    assert uncited == [(2,)]


def test_long_form_series(tmp_path):
    report, out = _import(tmp_path, "series.csv")
    assert report.ok, report.problems
    assert report.imported["observations"] == 6
    values = rows(out, "SELECT period, value, value_text, flag FROM observations ORDER BY id")
    assert ("2011", 2174.6, "2,174.6", None) in values
    assert ("2013", None, "n.a.", "missing") in values
    assert ("1990~", None, "about 40,000", "missing") in values
    assert report.uncited == 2  # the rows with neither source nor locator


def test_template_workbook_saved_by_a_spreadsheet(tmp_path):
    report, out = _import(tmp_path, "template.xlsx")
    # A repeated id is refused, named by sheet, row and column; nothing is written.
    assert [str(p) for p in report.problems] == [
        "template.xlsx [episodes] row 5, column id: id '1940-lima-riots' already defined at "
        "template.xlsx[episodes]:4 (add a same_as row to cite it again)"
    ]
    assert not out.exists() and not list(tmp_path.glob("*.tmp"))
    report, out = _import(tmp_path, "template.xlsx", keep_valid=True)
    assert report.imported == {"actors": 3, "episodes": 3, "series": 1, "observations": 2}
    # A date cell (a real date in the workbook) reads as the day it shows.
    assert rows(
        out, "SELECT start_edtf, date_text FROM episodes WHERE id = '1899-sakura-maru'"
    ) == [("1899-04-03", "April 3, 1899")]
    assert dict(rows(out, "SELECT key, value FROM meta"))["dataset_version"] == "2024-1"
    assert rows(out, "SELECT alias FROM actor_aliases WHERE actor_id = 'JPN' ORDER BY 1") == [
        ("Japón",),
        ("Nippon",),
    ]
    assert report.uncited == 1


@pytest.mark.parametrize("name", ["template.ods", "template-libreoffice.xlsx"])
def test_template_saved_by_libreoffice_as_ods_and_xlsx_gives_the_same_store(tmp_path, name):
    """LibreOffice Calc opened template.xlsx and saved it as ODS, and that as XLSX again: the
    same rows, the same problem, the same content."""
    report, out = _import(tmp_path, name, keep_valid=True)
    assert [p.message for p in report.problems] == [
        "id '1940-lima-riots' already defined at "
        f"{name}[episodes]:4 (add a same_as row to cite it again)"
    ]
    assert report.imported == {"actors": 3, "episodes": 3, "series": 1, "observations": 2}
    # The pre-1900 date cell (a negative serial number in the XLSX) is still the day it shows.
    assert rows(out, "SELECT start_edtf FROM episodes WHERE id = '1899-sakura-maru'") == [
        ("1899-04-03",)
    ]
    original = run_import([FIXTURES / "template.xlsx"], tmp_path / "original.db", keep_valid=True)
    assert report.content_hash == original.content_hash


def test_icews_saved_as_ods_keeps_its_cameo_codes(tmp_path):
    """Calc read "030" as the number 30: the lost zeros are put back, with a notice."""
    report, out = _import(tmp_path, "icews.ods")
    assert report.ok, report.problems
    assert any("leading zero" in notice for notice in report.notices)
    tab = run_import([FIXTURES / "icews.tab"], tmp_path / "tab.db")
    query = "SELECT id, kind, start_edtf FROM episodes ORDER BY id"
    assert rows(out, query) == rows(tmp_path / "tab.db", query) and tab.ok


def test_windows_1252_csv_with_a_mapping_and_a_notice(tmp_path):
    path = FIXTURES / "episodes-1252.csv"
    with pytest.raises(NeedsMapping) as need:
        run_import([path], tmp_path / "x.db")
    mapping = guess(need.value.table.header)
    assert mapping.columns["date"] == "Fecha" and mapping.columns["title"] == "Evento"
    report, out = _import(tmp_path, "episodes-1252.csv", mapping=mapping, keep_valid=True)
    assert any("Windows-1252" in n for n in report.notices)
    assert rows(out, "SELECT title, start_edtf FROM episodes ORDER BY start_lo") == [
        ("Llega el Sakura Maru", "1899~"),
        ("Restricciones a la inmigración japonesa", "1935~"),
        ("Década de Fujimori", "199X"),
        ("Autogolpe", "1992-04-05"),
    ]
    # "05/04/1992" is not guessed.
    assert [p.row for p in report.problems] == [6]
    assert "day/month or month/day" in report.problems[0].message
    assert rows(out, "SELECT kind FROM episodes WHERE title = 'Autogolpe'") == [
        ("politica_interna",)
    ]


def test_utf16_unicode_text_reads_like_the_same_table(tmp_path):
    mapping = Mapping.from_json(guess(["Fecha", "Evento", "Descripción", "Tipo", "País",
                                       "Fuente", "Página"]).to_json())  # fmt: skip
    report, out = _import(tmp_path, "episodes-utf16.txt", mapping=mapping, keep_valid=True)
    assert not report.notices
    assert report.imported["episodes"] == 4
    assert rows(out, "SELECT summary FROM episodes WHERE start_edtf = '1935~'") == [
        ("Leyes limitan la llegada de japoneses.",)
    ]
    # Cited rows name their source and page; the others are uncited.
    assert rows(out, "SELECT p.locator, s.title FROM passages p JOIN sources s ON s.id = p.source_id "
                     "ORDER BY p.id LIMIT 1") == [("p. 236", "Cotler, Perú 1964–1994")]  # fmt: skip
    assert report.uncited == 2


def test_rejects_file_holds_the_refused_rows_as_read(tmp_path):
    out = tmp_path / "tl.db"
    rejects = tmp_path / "rejects.csv"
    report = run_import([FIXTURES / "timelinejs.csv"], out, keep_valid=True, rejects=rejects)
    import csv

    with rejects.open(encoding="utf-8") as handle:
        table = list(csv.reader(handle))
    assert table[0][:5] == ["file", "sheet", "row", "column", "problem"]
    assert table[1][:4] == ["timelinejs.csv", "", "7", "Year"]
    assert table[1][5 + 9] == "A row with no year"  # the Headline cell, as it was
    assert report.rejected == 1
