"""`relations-explorer import` and `export-template`: problems by file/row/column, exit codes,
and a round trip that rebuilds the same store."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from explorer.cli import run
from explorer.store.fingerprint import content_hash
from tests.conftest import STORE_PATH
from tests.ingest.conftest import FIXTURES


def _hash(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return content_hash(conn)
    finally:
        conn.close()


def test_import_refuses_with_problems_and_writes_nothing(tmp_path, capsys):
    out = tmp_path / "t.db"
    code = run("import", [str(FIXTURES / "template.xlsx"), "--out", str(out), "--quiet"])
    err = capsys.readouterr().err
    assert code == 1
    assert "problem: template.xlsx [episodes] row 5, column id: id '1940-lima-riots'" in err
    assert "nothing written" in err
    assert not out.exists()


def test_import_keep_valid_writes_the_store_and_the_rejects(tmp_path, capsys):
    out = tmp_path / "t.db"
    code = run("import", [str(FIXTURES / "timelinejs.csv"), "--out", str(out), "--keep-valid",
                          "--quiet"])  # fmt: skip
    captured = capsys.readouterr()
    assert code == 0
    assert "imported 3 episodes, 1 periods; 3 uncited; rejected 1 rows" in captured.out
    assert (tmp_path / "t.rejects.csv").exists()
    assert "timelinejs.csv row 7, column Year" in captured.err


def test_import_asks_for_a_mapping_and_reads_one(tmp_path, capsys):
    out = tmp_path / "t.db"
    source = str(FIXTURES / "episodes-1252.csv")
    assert run("import", [source, "--out", str(out), "--quiet"]) == 2
    suggested = capsys.readouterr().err.split("for example:\n", 1)[1]
    mapping = tmp_path / "map.json"
    mapping.write_text(suggested, encoding="utf-8")
    code = run("import", [source, "--out", str(out), "--mapping", str(mapping), "--keep-valid",
                          "--quiet"])  # fmt: skip
    assert code == 0 and out.exists()


@pytest.mark.parametrize("name", ["gdelt2.export.CSV", "icews.tab", "series.csv", "timelinejs.csv"])
def test_export_template_round_trips_an_imported_store(tmp_path, name):
    first, again = tmp_path / "first.db", tmp_path / "again.db"
    assert run("import", [str(FIXTURES / name), "--out", str(first), "--keep-valid",
                          "--quiet"]) == 0  # fmt: skip
    folder = tmp_path / "template"
    assert run("export-template", [str(first), str(folder)]) == 0
    assert run("import", [str(folder), "--out", str(again), "--quiet"]) == 0
    assert _hash(first) == _hash(again)


@pytest.mark.slow
def test_export_template_round_trips_the_bundled_store(tmp_path):
    """The curated store, exported and imported by the command line as a user would."""
    folder, again = tmp_path / "template", tmp_path / "again.db"
    command = [sys.executable, "-m", "explorer"]
    subprocess.run([*command, "export-template", str(STORE_PATH), str(folder)], check=True,
                   capture_output=True, timeout=120)  # fmt: skip
    assert (folder / "episodes.csv").exists() and (folder / "texts").is_dir()
    done = subprocess.run([*command, "import", str(folder), "--out", str(again), "--quiet"],
                          capture_output=True, text=True, timeout=300)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert _hash(again) == _hash(STORE_PATH)
