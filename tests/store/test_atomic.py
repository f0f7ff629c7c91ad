"""A failed write leaves the old file whole and no partial file behind."""

from __future__ import annotations

import pytest

from explorer.store.atomic import write_atomically


def test_writes_the_text(tmp_path):
    target = tmp_path / "notes.json"
    write_atomically(target, "héllo\n")
    assert target.read_text(encoding="utf-8") == "héllo\n"


def test_a_failed_write_keeps_the_old_file_and_leaves_nothing_behind(tmp_path, monkeypatch):
    target = tmp_path / "notes.json"
    target.write_text("old", encoding="utf-8")

    def disk_full(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.fsync", disk_full)
    with pytest.raises(OSError, match="No space"):
        write_atomically(target, "new")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["notes.json"]
