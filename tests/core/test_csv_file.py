"""core.csv_file: the bytes every CSV export is made of."""

from __future__ import annotations

import csv

from explorer.core.csv_file import csv_text, with_bom, write_csv


def test_bom_lf_and_line_breaks_inside_fields_normalised(tmp_path):
    path = tmp_path / "x.csv"
    write_csv(path, [["id", "summary"], ["a", "Perú\r\nsecond line\rthird"], ["b", 'say "hi"']])
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfid,summary\n")
    assert b"\r" not in data
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows == [["id", "summary"], ["a", "Perú\nsecond line\nthird"], ["b", 'say "hi"']]


def test_text_made_elsewhere_gets_one_bom():
    assert with_bom("a,b\r\n1,2\r\n") == "\ufeffa,b\n1,2\n"
    assert with_bom(with_bom("a\n")) == "\ufeffa\n"
    assert csv_text([["x"]]) == "\ufeffx\n"
