"""The table's CSV export, read back as a spreadsheet user's tools would, and checked byte by byte.

UTF-8 with a byte-order mark (Excel on Windows), LF only, accents intact, written atomically;
the episodes export can carry each episode's citations, chosen in the save dialog.
"""

from __future__ import annotations

import csv

import pytest
from PySide6.QtWidgets import QFileDialog

from explorer.store import atomic
from explorer.ui import dialogs

ACCENTED = "1980-belaunde-de-facto-debt-moratorium"  # "… under Belaúnde"


@pytest.fixture
def real_window(make_window, store_path):
    return make_window(store_path)


def export(window, monkeypatch, target, with_citations=False):
    offered = []

    def choose(parent, suggestion, offer_citations):
        offered.append(offer_citations)
        return target, with_citations

    monkeypatch.setattr(dialogs, "choose_table_export", choose)
    window.actions["file.export_csv"].trigger()
    return offered


def read_rows(path):
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_episodes_csv_bytes_bom_one_line_ending_and_accents(real_window, monkeypatch, tmp_path):
    target = tmp_path / "episodes.csv"
    assert export(real_window, monkeypatch, target) == [True]  # the option is offered
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfid,")  # the BOM, then the header
    assert b"\r" not in data  # one line ending: LF
    assert "Belaúnde".encode() in data  # UTF-8, not Latin-1 or an escape
    rows = read_rows(target)
    stored = dict(real_window.session.store.execute("SELECT id, title FROM episodes"))
    assert len(rows) == len(stored) == 356
    assert {r["id"]: r["Title"] for r in rows} == stored
    assert rows[0].keys() >= {"id", "Title", "Summary", "EDTF start"}
    assert "Document" not in rows[0]
    assert real_window.statusBar().currentMessage() == f"Wrote 356 rows to {target}"


def test_pandas_reads_the_export_as_written(real_window, monkeypatch, tmp_path):
    pandas = pytest.importorskip("pandas")
    target = tmp_path / "episodes.csv"
    export(real_window, monkeypatch, target)
    frame = pandas.read_csv(target, keep_default_na=False)  # pandas' default: UTF-8
    assert list(frame.columns)[0] == "id"  # the BOM is not glued to the first name
    title = frame.set_index("id").loc[ACCENTED, "Title"]
    assert title == "De facto moratorium on debt service under Belaúnde"
    assert len(frame) == 356


def test_episodes_csv_with_citations_has_one_row_per_passage(real_window, monkeypatch, tmp_path):
    target = tmp_path / "cited.csv"
    export(real_window, monkeypatch, target, with_citations=True)
    rows = read_rows(target)
    store = real_window.session.store
    expected = store.execute(
        """SELECT c.target_id, s.title, s.id, p.locator, p.quote FROM citations c
           JOIN passages p ON p.id = c.passage_id JOIN sources s ON s.id = p.source_id
           WHERE c.target_type = 'episode'"""
    ).fetchall()
    assert len(rows) == len(expected) == 451
    got = sorted((r["id"], r["Document"], r["Document id"], r["Locator"], r["Quote"]) for r in rows)
    assert got == sorted((a, b, c, d or "", e) for a, b, c, d, e in expected)
    assert {r["id"] for r in rows} == {r[0] for r in store.execute("SELECT id FROM episodes")}
    # The episode's own columns are repeated on each of its passage rows.
    hostage = [r for r in rows if r["id"] == "1996-japanese-embassy-hostage-crisis"]
    assert len(hostage) >= 2 and len({r["Summary"] for r in hostage}) == 1
    assert target.read_bytes().startswith(b"\xef\xbb\xbf") and b"\r" not in target.read_bytes()


def test_one_row_is_one_row(real_window, monkeypatch, tmp_path, qtbot):
    real_window.session.state.update_filters(origin="test", text="Belaúnde moratorium")
    qtbot.waitUntil(lambda: real_window.table.model.ids == [ACCENTED], timeout=3000)
    export(real_window, monkeypatch, tmp_path / "one.csv")
    assert real_window.statusBar().currentMessage() == f"Wrote 1 row to {tmp_path / 'one.csv'}"
    assert [r["id"] for r in read_rows(tmp_path / "one.csv")] == [ACCENTED]


def test_the_save_dialog_offers_citations_for_episodes_only(tmp_path, monkeypatch):
    seen = []

    def fake_save(parent, title, start, filters):
        seen.append(filters.split(";;"))
        return str(tmp_path / "out.csv"), filters.split(";;")[-1]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_save)
    assert dialogs.choose_table_export(None, tmp_path / "e.csv", offer_citations=True) == (
        tmp_path / "out.csv",
        True,
    )
    assert dialogs.choose_table_export(None, tmp_path / "s.csv", offer_citations=False) == (
        tmp_path / "out.csv",
        False,
    )
    assert len(seen[0]) == 2 and "citations" in seen[0][1] and len(seen[1]) == 1


def test_a_failed_export_keeps_the_old_file_and_says_why(real_window, monkeypatch, tmp_path):
    target = tmp_path / "episodes.csv"
    target.write_text("the previous export\n", encoding="utf-8")

    def disk_full(_fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", disk_full)
    export(real_window, monkeypatch, target)
    assert target.read_text(encoding="utf-8") == "the previous export\n"
    assert [p.name for p in tmp_path.iterdir()] == ["episodes.csv"]  # no partial file left
    assert "No space left on device" in real_window.statusBar().currentMessage()


def test_series_view_exports_with_the_same_encoding(real_window, monkeypatch, tmp_path):
    real_window.table.show_view("series")
    target = tmp_path / "series.csv"
    assert export(real_window, monkeypatch, target) == [False]
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfid,") and b"\r" not in data
    rows = read_rows(target)
    assert len(rows) == len(real_window.table.model.ids) > 0
