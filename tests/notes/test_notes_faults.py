"""The faults a notes store must survive, each as it really happens (killed processes, two
processes at once, damaged files, folders that cannot be written, bad import files)."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from explorer.store.notes import NotesStore
from explorer.store.notes_open import default_notes_path

CHILD = Path(__file__).resolve().parent / "fault_child.py"


def _child(*args: str, env: dict | None = None, **kwargs) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(CHILD), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, **(env or {})},
        **kwargs,
    )


@pytest.mark.slow
def test_sigkill_right_after_typing_loses_nothing_shown_as_saved(scenario_path, private_home):
    process = _child("typing", str(scenario_path))
    reports = []
    deadline = time.monotonic() + 60
    try:
        while len(reports) < 3 and time.monotonic() < deadline:
            line = process.stdout.readline()
            if not line:
                break
            reports.append(json.loads(line))
        # Killed the moment the third "Saved" is on screen, while the user goes on typing.
        process.send_signal(signal.SIGKILL)
        process.wait(10)
    finally:
        if process.poll() is None:
            process.kill()
    assert len(reports) == 3, process.stderr.read()
    last = reports[-1]
    assert last["saved"].strip() and last["status"].startswith("Saved")
    store = NotesStore.open(default_notes_path())
    body = store.get(last["note"]).body
    store.close()
    assert body.startswith(last["saved"])  # all that was shown saved (perhaps a little more)


@pytest.mark.slow
def test_two_instances_editing_at_once_lose_nothing(tmp_path):
    path = tmp_path / "notes.db"
    store = NotesStore.open(path)
    shared = store.add("episode", "shared", body="start")
    start = tmp_path / "go"
    count = 40
    children = [
        _child("writer", str(path), name, str(count), shared.id, str(start)) for name in ("a", "b")
    ]
    # Both open and waiting (a slow start-up under load must not let one finish first).
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not all(
        (tmp_path / f"go.{name}.ready").exists() for name in ("a", "b")
    ):
        time.sleep(0.01)
    start.touch()
    results = []
    for child in children:
        out, err = child.communicate(timeout=60)
        assert child.returncode == 0, err
        results.append(json.loads(out))
    store.close()
    store = NotesStore.open(path)
    for name, result in zip(("a", "b"), results, strict=True):
        added = store.get_many(result["added"])
        assert len(added) == count and all(not n.deleted for n in added.values())
        final = store.get(result["final_note"])
        assert final.body == result["final_body"]  # each window's last text is there, whole
        # and every word that window typed is in it (in the shared note or its kept copy)
        assert all(f"{name}{i}" in final.body.split() for i in range(count))
    # the shared note, every added note, and one kept copy per conflicting save
    assert store.count() == 1 + 2 * count + sum(r["conflicts"] for r in results)
    store.close()


def test_damaged_file_is_moved_aside_with_a_timestamp_and_a_fresh_one_started(tmp_path):
    path = tmp_path / "notes.db"
    store = NotesStore.open(path)
    for i in range(200):
        store.add("episode", f"e{i}", body="x" * 500)
    store.close()
    data = bytearray(path.read_bytes())
    data[4096 * 2 : 4096 * 2 + 3000] = os.urandom(3000)  # scribble over a b-tree page
    path.write_bytes(bytes(data))
    store = NotesStore.open(path)
    moved = store.report.moved_aside
    assert moved is not None and moved.exists() and moved.parent == path.parent
    assert moved.name.startswith("notes.corrupt-") and moved.suffix == ".db"
    assert moved.read_bytes()[:100] == bytes(data[:100])  # kept, for rescue
    assert store.count() == 0 and not store.read_only
    store.add("episode", "e1", body="a fresh start")
    store.close()


def test_a_file_that_is_not_a_database_is_moved_aside(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("these are not notes")
    store = NotesStore.open(path)
    assert store.report.moved_aside is not None
    assert store.report.moved_aside.read_text() == "these are not notes"
    store.close()


def test_damaged_file_user_is_told_where_it_went(qtbot, session, private_home):
    from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

    from explorer.ui.notes import NotesPane, open_for_session

    session.notes.close()
    default_notes_path().write_bytes(b"SQLite format 3\x00" + os.urandom(5000))
    window = QWidget()
    qtbot.addWidget(window)
    store = open_for_session(session, window)
    assert store is session.notes and store.report.moved_aside is not None
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets()
        )
    )
    box = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    )
    assert str(store.report.moved_aside) in box.text() and not box.isModal()
    box.close()
    pane = NotesPane(session)
    qtbot.addWidget(pane)
    assert pane.banner.isVisibleTo(pane) and str(store.report.moved_aside) in pane.banner.text()


@pytest.mark.slow
def test_read_only_location_gets_a_clear_message_and_old_notes_still_show():
    root = Path(tempfile.mkdtemp(prefix="notes-ro-"))
    try:
        os.chmod(root, 0o755)
        folder = root / "data"
        folder.mkdir()
        store = NotesStore.open(folder / "notes.db")
        store.add("episode", "e1", body="written before")
        store.close()  # checkpointed on close: the file alone holds the note
        os.chmod(folder / "notes.db", 0o444)
        os.chmod(folder, 0o555)
        for target in (folder / "notes.db", folder / "missing" / "notes.db"):
            child = _child("readonly", str(target))
            out, err = child.communicate(timeout=60)
            assert child.returncode == 0, err
            result = json.loads(out)
            assert result["read_only"] and "cannot be written" in result["reason"]
            assert "RELATIONS_EXPLORER_HOME" in result["advice"]
            assert result["wrote"] == "NotesReadOnlyError" and not result["moved"]
            expected = ["written before"] if target.parent == folder else []
            assert result["notes"] == expected
    finally:
        os.chmod(root / "data", 0o755)
        for path in sorted(root.rglob("*"), reverse=True):
            path.unlink() if path.is_file() else path.rmdir()
        root.rmdir()


def test_read_only_location_app_still_browses(qtbot, session, private_home, monkeypatch):
    from explorer.ui.notes import NotesPane, open_for_session

    scenario = pytest.importorskip("notes_scenario_store")
    blocker = private_home / "not-a-folder"
    blocker.write_text("a file where the notes folder should be")
    monkeypatch.setenv("RELATIONS_EXPLORER_HOME", str(blocker))
    session.notes.close()
    store = open_for_session(session, None)
    assert store.read_only and "cannot be written" in store.report.read_only_reason
    pane = NotesPane(session)
    qtbot.addWidget(pane)
    pane.show()
    assert pane.banner.isVisible() and "read-only" in pane.banner.text()
    session.state.select("episode", scenario.HOSTAGE)
    assert not pane.new_button.isEnabled()  # nothing can be written...
    qtbot.keyClicks(pane.search, "aid")  # ...but the pane (and the app) still work
    qtbot.wait(250)
    assert pane.model.rowCount() == 0


def test_malformed_import_names_line_and_field_and_imports_nothing(qtbot, session, tmp_path):
    from explorer.ui.notes import NotesPane

    pane = NotesPane(session)
    qtbot.addWidget(pane)
    bad = tmp_path / "bad.json"
    bad.write_text(
        '{\n  "format": "relations-explorer-notes",\n  "format_version": 1,\n'
        '  "notes": [\n    {"id": "n1", "target": {"type": "episode", "id": "e1"},\n'
        '     "body": "ok", "created": "2024-01-01T00:00:00", "updated": "2024-01-01T00:00:00"},\n'
        '    {"id": "n2", "target": {"type": "episode", "id": "e2"},\n'
        '     "body": 42, "created": "2024-01-01T00:00:00", "updated": "2024-01-01T00:00:00"}\n'
        "  ]\n}\n"
    )
    assert pane.import_from(bad) is False
    text = pane.message.text()
    assert "line 7" in text and "notes[1].body" in text and "Nothing was imported" in text
    assert session.notes.count() == 0
    bad.write_bytes(b"\xff\xfe not utf-8")
    pane.import_from(bad)
    assert "not a text file" in pane.message.text() and session.notes.count() == 0


def test_a_note_being_written_elsewhere_never_blocks_opening(tmp_path):
    """A second window holding the write lock briefly does not make the file look damaged."""
    path = tmp_path / "notes.db"
    NotesStore.open(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("INSERT INTO notes_meta VALUES ('k', 'v')")
    try:
        store = NotesStore.open(path)
        assert not store.report.has_problem
        store.close()
    finally:
        holder.execute("COMMIT")
        holder.close()
