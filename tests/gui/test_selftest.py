"""--self-test as an installer runs it: a child process that exits 0 and writes a report."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src"


@pytest.mark.slow
def test_self_test_passes_on_the_bundled_store(tmp_path, store):
    report = tmp_path / "nested" / "report.txt"
    env = {**os.environ, "PYTHONPATH": str(SRC), "QT_QPA_PLATFORM": "offscreen",
           "RELATIONS_EXPLORER_HOME": str(tmp_path / "home")}  # fmt: skip
    result = subprocess.run([sys.executable, "-m", "explorer", "--self-test", "--report", str(report)],
                            env=env, capture_output=True, text=True, timeout=180)  # fmt: skip
    text = report.read_text(encoding="utf-8")
    assert result.returncode == 0, text
    assert text.splitlines()[0].endswith("self-test: PASS")
    episodes = store.execute("SELECT COUNT(*) FROM episodes").fetchone()[0]
    assert f"{episodes} episodes listed" in text
    for pane in ("table", "filters", "detail", "timeline", "chart", "compare", "notes"):
        assert f"PASS  {pane} pane" in text


def test_report_lists_failures(qtbot):
    from explorer.ui.selftest import Report

    report = Report()
    report.check("store", True, "fine")
    report.run("chart pane", lambda: (_ for _ in ()).throw(RuntimeError("boom")))
    assert not report.passed
    assert "FAIL  chart pane: RuntimeError: boom" in report.text()


@pytest.mark.slow
def test_self_test_on_a_store_given_with_store(tmp_path):
    from tests.store.synthetic import build_synthetic_store

    path = build_synthetic_store(tmp_path / "other.db")
    report = tmp_path / "report.txt"
    env = {**os.environ, "PYTHONPATH": str(SRC), "QT_QPA_PLATFORM": "offscreen",
           "RELATIONS_EXPLORER_HOME": str(tmp_path / "home")}  # fmt: skip
    result = subprocess.run(
        [sys.executable, "-m", "explorer", "--self-test", "--store", str(path), "--report", str(report)],
        env=env, capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    text = report.read_text(encoding="utf-8")
    assert str(path) in text and "dataset test.1" in text
    assert "4 episodes listed" in text
    assert result.returncode == (0 if "FAIL" not in text else 1)


def test_command_line_flags():
    from explorer.app import parse_args

    args = parse_args(["--store", "x.db", "--lang", "es", "--presentation", "--self-test",
                       "--report", "r.txt"])  # fmt: skip
    assert (str(args.store), args.lang, args.presentation, args.self_test, str(args.report)) == (
        "x.db", "es", True, True, "r.txt")  # fmt: skip
    assert parse_args([]).store is None
