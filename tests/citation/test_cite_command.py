"""`relations-explorer cite`: the whole store or a saved view, to a file or standard output."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

import bibtexparser
import pytest
import rispy

from explorer.cli import cite_command
from explorer.core.citation_view import view_file_text
from explorer.core.views import SavedView
from tests.conftest import REPO, STORE_PATH


def test_whole_store_as_bibtex_on_standard_output(capsys):
    assert cite_command.main(["--store", str(STORE_PATH), "--format", "bibtex"]) == 0
    library = bibtexparser.parse_string(capsys.readouterr().out)
    assert library.failed_blocks == []
    assert {e.key for e in library.entries} == {
        "pj2003", "sy2013", "csfuji", "ppp2015", "csfor", "relations-explorer-dataset"}  # fmt: skip


def test_a_saved_view_file_limits_the_sources(tmp_path, capsys):
    view = SavedView(
        title="Hostage crisis",
        state={"filters": {"text": "", "kinds": [], "actors": [], "decades": [],
                           "date_from": None, "date_to": None},
               "selection": {"kind": "episode", "id": "1996-japanese-embassy-hostage-crisis"},
               "chart_series": [], "compare_episodes": [], "time_range": None},
    )  # fmt: skip
    # An empty search would list every episode: narrow it to one kind to keep the view small.
    view.state["filters"]["kinds"] = ["security"]
    path = tmp_path / "view.json"
    path.write_text(view_file_text(view, "2026.11.1"), encoding="utf-8")
    out = tmp_path / "sources.ris"
    code = cite_command.main(["--format", "ris", "--view", str(path), "-o", str(out),
                              "--no-dataset"])  # fmt: skip
    assert code == 0
    assert "Wrote" in capsys.readouterr().err
    records = rispy.loads(out.read_text(encoding="utf-8"))
    conn_ids = {r["id"] for r in records}
    assert conn_ids and "relations-explorer-dataset" not in conn_ids
    conn = sqlite3.connect(STORE_PATH)
    behind = {row[0] for row in conn.execute(
        """SELECT DISTINCT p.source_id FROM citations c JOIN passages p ON p.id = c.passage_id
           JOIN episodes e ON e.id = c.target_id AND c.target_type = 'episode'
           WHERE e.kind = 'security'""")}  # fmt: skip
    conn.close()
    assert conn_ids == behind


@pytest.mark.parametrize(
    ("content", "words"),
    [("{not json", "not a saved-views file"), (json.dumps({"format": "x"}), "not a saved-views")],
)
def test_a_bad_view_file_is_explained(tmp_path, capsys, content, words):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    assert cite_command.main(["--format", "csl-json", "--view", str(path)]) == 2
    assert words in capsys.readouterr().err


def test_a_missing_store_is_explained(tmp_path, capsys):
    code = cite_command.main(["--store", str(tmp_path / "no.db"), "--format", "ris"])
    assert code == 2
    assert "does not exist" in capsys.readouterr().err


@pytest.mark.slow
def test_the_installed_command_runs_without_a_display(tmp_path):
    """Through explorer.app's dispatch, in a process with no Qt platform at all."""
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO / "src"), "QT_QPA_PLATFORM": "none"}
    result = subprocess.run(
        [sys.executable, "-m", "explorer", "cite", "--format", "csl-json"],
        capture_output=True, text=True, env=env, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)
    assert len(items) == 6
    assert "PySide6" not in result.stderr
