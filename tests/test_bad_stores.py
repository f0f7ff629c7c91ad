"""A store that cannot be opened gets a dialog naming the file and the problem, an offer to
return to the bundled store, and the app carries on — at start-up and from File ▸ Open."""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from explorer.paths import bundled_store_path
from explorer.ui import dialogs
from tests.gui.windows import make_window_fixture  # noqa: F401 - provides make_window
from tests.store.synthetic import build_synthetic_store

SRC = Path(__file__).resolve().parents[1] / "src"


def _missing(folder: Path) -> Path:
    return folder / "nowhere" / "relations.db"


def _corrupt(folder: Path) -> Path:
    path = folder / "corrupt.db"
    good = build_synthetic_store(folder / "good-for-corrupt.db").read_bytes()
    # A real header, then pages of noise where the schema and tables should be.
    path.write_bytes(good[:100] + bytes((i * 37) % 251 for i in range(len(good) - 100)))
    return path


def _truncated(folder: Path) -> Path:
    path = folder / "truncated.db"
    path.write_bytes(build_synthetic_store(folder / "good-for-truncated.db").read_bytes()[:4096])
    return path


def _not_sqlite(folder: Path) -> Path:
    path = folder / "notes.db"
    path.write_text("These are my notes, not a database.\n", encoding="utf-8")
    return path


def _empty(folder: Path) -> Path:
    path = folder / "empty.db"
    path.write_bytes(b"")
    return path


def _foreign(folder: Path) -> Path:
    path = folder / "foreign.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT, minutes INTEGER)")
    conn.commit()
    conn.close()
    return path


def _wrong_schema(folder: Path) -> Path:
    path = build_synthetic_store(folder / "future.db")
    conn = sqlite3.connect(path)
    conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    return path


def _folder(folder: Path) -> Path:
    path = folder / "a-folder.db"
    path.mkdir()
    return path


BAD = {
    "missing": (_missing, "does not exist"),
    "corrupt": (_corrupt, "damaged"),
    "truncated": (_truncated, "damaged"),
    "not sqlite": (_not_sqlite, "not an SQLite database"),
    "empty": (_empty, "not an SQLite database"),
    "foreign": (_foreign, "not a relations store"),
    "wrong schema": (_wrong_schema, "schema version '99'"),
    "folder": (_folder, "folder"),
}


class Answer:
    """Stands in for the user in front of the dialog: records it and clicks one button."""

    def __init__(self, choice: str) -> None:
        self.choice = choice
        self.boxes = []

    def __call__(self, box) -> int:
        self.boxes.append(box)
        button = next(b for b in box.buttons() if b.objectName() == self.choice)
        button.click()
        return 0

    def text(self) -> str:
        """What the user reads in the last dialog, as plain text."""
        from PySide6.QtGui import QTextDocumentFragment

        box = self.boxes[-1]
        html = f"{box.text()}<br>{box.informativeText()}"
        return QTextDocumentFragment.fromHtml(html).toPlainText()


@pytest.fixture
def synthetic_path(tmp_path_factory):
    return build_synthetic_store(tmp_path_factory.mktemp("synthetic") / "synthetic.db")


@pytest.mark.parametrize("kind", sorted(BAD))
def test_open_bad_store_offers_bundled_and_keeps_running(qtbot, make_window, synthetic_path,
                                                         tmp_path, monkeypatch, kind):  # fmt: skip
    make_bad, problem = BAD[kind]
    bad = make_bad(tmp_path)
    window = make_window(synthetic_path)
    answer = Answer(dialogs.RETURN_TO_BUNDLED)
    monkeypatch.setattr(dialogs, "run", answer)
    monkeypatch.setattr(dialogs, "choose_store_file", lambda parent, start: bad)
    window.actions["file.open_store"].trigger()
    assert len(answer.boxes) == 1
    assert str(bad) in answer.text()
    assert problem in answer.text()
    buttons = {b.objectName() for b in answer.boxes[0].buttons()}
    assert {dialogs.RETURN_TO_BUNDLED, dialogs.KEEP_CURRENT, dialogs.CHOOSE_ANOTHER} <= buttons
    # The app carries on, now on the bundled store.
    assert window.isVisible()
    assert window.session.store_path == bundled_store_path()
    total = window.session.store.execute("SELECT COUNT(*) FROM episodes").fetchone()[0]
    assert len(window.table.model.ids) == total


def test_keeping_the_current_store(qtbot, make_window, synthetic_path, tmp_path, monkeypatch):
    window = make_window(synthetic_path)
    window.session.state.update_filters(text="hostage")
    monkeypatch.setattr(dialogs, "run", Answer(dialogs.KEEP_CURRENT))
    monkeypatch.setattr(dialogs, "choose_store_file", lambda parent, start: _corrupt(tmp_path))
    window.actions["file.open_store"].trigger()
    assert window.session.store_path == synthetic_path
    assert window.table.model.ids == ["1996-hostage-crisis"]  # nothing lost


def test_choosing_another_file_after_a_bad_one(
    qtbot, make_window, synthetic_path, tmp_path, monkeypatch
):
    window = make_window(synthetic_path)
    good = build_synthetic_store(tmp_path / "another.db")
    picks = iter([_foreign(tmp_path), good])
    monkeypatch.setattr(dialogs, "run", Answer(dialogs.CHOOSE_ANOTHER))
    monkeypatch.setattr(dialogs, "choose_store_file", lambda parent, start: next(picks))
    window.actions["file.open_store"].trigger()
    assert window.session.store_path == good
    assert "another.db" in window.windowTitle()


@pytest.mark.slow
def test_locked_store(qtbot, make_window, synthetic_path, tmp_path, monkeypatch):
    locked = tmp_path / "locked.db"
    shutil.copy(synthetic_path, locked)
    holder = sqlite3.connect(locked)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        window = make_window(synthetic_path)
        answer = Answer(dialogs.RETURN_TO_BUNDLED)
        monkeypatch.setattr(dialogs, "run", answer)
        assert (
            not window.open_store_path(locked) or window.session.store_path == bundled_store_path()
        )
        assert "locked" in answer.text() and str(locked) in answer.text()
        assert window.session.store_path == bundled_store_path()
    finally:
        holder.rollback()
        holder.close()


def test_return_to_bundled_store_action(qtbot, make_window, synthetic_path):
    window = make_window(synthetic_path)
    assert window.actions["file.bundled_store"].isEnabled()
    window.actions["file.bundled_store"].trigger()
    assert window.session.store_path == bundled_store_path()
    assert not window.actions["file.bundled_store"].isEnabled()


@pytest.mark.parametrize("kind", ["missing", "corrupt", "foreign"])
def test_bad_store_at_start_up_falls_back_to_bundled(qtbot, tmp_path, monkeypatch, kind):
    from explorer.app import open_first_store

    bad = BAD[kind][0](tmp_path)
    answer = Answer(dialogs.RETURN_TO_BUNDLED)
    monkeypatch.setattr(dialogs, "run", answer)
    args = argparse.Namespace(store=bad, self_test=False)
    conn, path = open_first_store(args, bundled_store_path())
    conn.close()
    assert path == bundled_store_path()
    assert str(bad) in answer.text()
    assert dialogs.QUIT in {b.objectName() for b in answer.boxes[0].buttons()}


def test_quitting_at_start_up(qtbot, tmp_path, monkeypatch):
    from explorer.app import open_first_store

    monkeypatch.setattr(dialogs, "run", Answer(dialogs.QUIT))
    args = argparse.Namespace(store=_foreign(tmp_path), self_test=False)
    assert open_first_store(args, bundled_store_path()) is None


@pytest.mark.slow
def test_self_test_with_a_bad_store_exits_1_and_names_the_file(tmp_path):
    bad = _corrupt(tmp_path)
    report = tmp_path / "report.txt"
    env = {**os.environ, "PYTHONPATH": str(SRC), "QT_QPA_PLATFORM": "offscreen",
           "RELATIONS_EXPLORER_HOME": str(tmp_path / "home")}  # fmt: skip
    result = subprocess.run(
        [sys.executable, "-m", "explorer", "--self-test", "--store", str(bad), "--report", str(report)],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 1
    text = report.read_text(encoding="utf-8")
    assert "FAIL" in text and str(bad) in text and "damaged" in text
    assert "Traceback" not in result.stderr
