"""The notes file's edge cases: not a regular file, another program's SQLite file, and imports
that fail part-way (a full disk, an error while writing) leaving nothing behind.

Found before: a FIFO named notes.db (or passed as --store) hung start-up for ever; another
application's SQLite file in its place was silently written into; an import onto a full disk
raised "cannot rollback - no transaction is active" and left one note imported."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import threading
import uuid
from pathlib import Path

import pytest

from explorer.store.bundled import StoreError, open_store
from explorer.store.notes import NotesStore
from explorer.store.notes_io import import_json
from explorer.store.notes_open import APPLICATION_ID
from tests.hostile.figures import Tally

# One line of the figures: each case below that holds is a clean refusal (nothing written,
# nothing half-imported, nothing blocked); a failing case fails its test.
FIGURES = Tally("notes file: FIFO, foreign SQLite, write error, full disk")


def _held(what: str) -> None:
    FIGURES.add("clean refusal", what)
    FIGURES.report()


def _within(seconds: float, function):
    """Run `function` in a thread; fail (instead of hanging the suite) if it takes longer."""
    result: dict = {}

    def run():
        try:
            result["value"] = function()
        except BaseException as error:  # noqa: BLE001 - handed back to the test
            result["error"] = error

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"still blocked after {seconds} s"
    if "error" in result:
        raise result["error"]
    return result["value"]


def test_a_fifo_as_notes_file_is_refused_at_once(tmp_path):
    fifo = tmp_path / "notes.db"
    os.mkfifo(fifo)
    store = _within(1.0, lambda: NotesStore.open(fifo))
    assert store.read_only
    assert "not an ordinary file" in store.report.read_only_reason
    store.close()
    _held("a FIFO as notes.db")


def test_a_fifo_as_store_is_refused_at_once(tmp_path):
    fifo = tmp_path / "relations.db"
    os.mkfifo(fifo)
    with pytest.raises(StoreError, match="not an ordinary file"):
        _within(1.0, lambda: open_store(fifo, immutable=False))
    _held("a FIFO as --store")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_another_programs_sqlite_file_is_never_written(tmp_path):
    path = tmp_path / "notes.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT, minutes INTEGER)")
    conn.execute("INSERT INTO recipes VALUES ('ceviche', 20)")
    conn.commit()
    conn.close()
    before = _digest(path)
    store = NotesStore.open(path)
    assert store.read_only
    assert "another program" in store.report.read_only_reason
    assert store.report.moved_aside is None
    store.close()
    assert _digest(path) == before
    assert not Path(f"{path}-wal").exists()
    _held("another program's SQLite file")
    # A file of ours from before application ids is still taken in, and marked as ours.
    ours = tmp_path / "old-notes.db"
    store = NotesStore.open(ours)
    store.add("episode", "e1", "kept")
    store.conn.execute("PRAGMA application_id = 0")
    store.close()
    store = NotesStore.open(ours)
    assert not store.read_only
    assert store.conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert store.count() == 1
    store.close()


def _document(count: int, body_size: int) -> str:
    notes = [
        {
            "id": uuid.uuid4().hex,
            "target": {"type": "episode", "id": f"e{n}", "label": f"Episode {n}"},
            "body": f"note {n} " + "x " * (body_size // 2),
            "tags": ["t"],
            "created": "2026-01-01T00:00:00+00:00",
            "updated": "2026-01-01T00:00:00+00:00",
        }
        for n in range(count)
    ]
    return json.dumps({"format": "relations-explorer-notes", "format_version": 1,
                       "dataset_version": "x", "notes": notes})  # fmt: skip


def _rows(store: NotesStore) -> tuple:
    return tuple(
        store.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
        for t in ("notes", "note_history", "note_tags")
    )


def test_an_error_while_writing_leaves_nothing(tmp_path, monkeypatch):
    store = NotesStore.open(tmp_path / "notes.db")
    store.add("episode", "e0", "mine")
    before = _rows(store)
    calls = {"n": 0}
    real = NotesStore._insert

    def failing(self, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 5:
            raise sqlite3.OperationalError("disk I/O error")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(NotesStore, "_insert", failing)
    with pytest.raises(sqlite3.OperationalError, match="disk I/O error"):
        import_json(store, _document(20, 100))
    assert _rows(store) == before
    assert not store.conn.in_transaction
    store.close()
    _held("an I/O error part-way through an import")


def test_a_full_database_leaves_nothing(tmp_path):
    """SQLite's own "database or disk is full", where it rolls the transaction back itself."""
    store = NotesStore.open(tmp_path / "notes.db")
    store.add("episode", "e0", "mine")
    before = _rows(store)
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {pages + 2}")
    with pytest.raises(sqlite3.OperationalError, match="full"):
        import_json(store, _document(200, 2_000))
    assert _rows(store) == before
    store.close()
    _held("a full database part-way through an import")


@pytest.fixture
def tiny_disk(tmp_path):
    mount = tmp_path / "tiny"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)],
                          capture_output=True)  # fmt: skip
    if done.returncode != 0:
        pytest.skip("cannot mount a small file system here")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def test_an_import_onto_a_full_disk_leaves_nothing(tiny_disk, qtbot):
    from explorer.ui.notes.sharing import import_notes

    store = NotesStore.open(tiny_disk / "notes.db")
    store.add("episode", "e0", "mine")
    try:
        before = _rows(store)
        filler = tiny_disk / "filler"
        try:
            with filler.open("wb") as handle:
                while True:
                    handle.write(b"\0" * 4096)
                    handle.flush()
        except OSError:
            pass  # the disk is full now
        file = tiny_disk.parent / "import.json"
        file.write_text(_document(40, 3_000), encoding="utf-8")

        class Session:
            notes = store

        changed, sentence = import_notes(Session(), file)
        assert not changed
        assert "Nothing was imported" in sentence
        assert _rows(store) == before
        assert not store.conn.in_transaction
        filler.unlink()
        assert import_notes(Session(), file)[0]  # with room again, the same file goes in whole
        assert _rows(store)[0] == before[0] + 40
        _held("an import onto a full disk")
    finally:
        store.close()
