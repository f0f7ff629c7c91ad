"""A store the user opens is checked once: the next open of the same, unchanged file skips the
seconds of checks (a million episodes take ~13 s), a changed or new file is checked again, and
a store this app imported is never made to wait for them."""

from __future__ import annotations

import os
import shutil

from explorer.store import bundled, untrusted, verified_stores
from tests.store.synthetic import build_synthetic_store


def _counting_checks(monkeypatch) -> list[int]:
    calls: list[int] = []
    real = untrusted.problems

    def counted(conn):
        calls.append(1)
        return real(conn)

    monkeypatch.setattr(untrusted, "problems", counted)
    return calls


def test_an_unchanged_store_is_checked_once_and_a_changed_one_again(tmp_path, monkeypatch):
    path = build_synthetic_store(tmp_path / "theirs.db", extra=30)
    calls = _counting_checks(monkeypatch)
    bundled.open_store(path, immutable=False).close()
    bundled.open_store(path, immutable=False).close()
    assert len(calls) == 1
    moved = tmp_path / "moved.db"
    os.replace(path, moved)  # same disk: the same file, still remembered
    bundled.open_store(moved, immutable=False).close()
    assert len(calls) == 1
    with open(moved, "r+b") as handle:  # any write changes its size or time: checked again
        handle.seek(0, os.SEEK_END)
        handle.write(b"\0" * 4096)
    os.utime(moved, ns=(1, 1))
    bundled.open_store(moved, immutable=False).close()
    assert len(calls) == 2


def test_a_copy_is_a_new_file_and_is_checked(tmp_path, monkeypatch):
    path = build_synthetic_store(tmp_path / "theirs.db")
    calls = _counting_checks(monkeypatch)
    bundled.open_store(path, immutable=False).close()
    copy = shutil.copy(path, tmp_path / "copy.db")
    bundled.open_store(copy, immutable=False).close()
    assert len(calls) == 2


def test_a_damaged_memory_only_means_checking_again(tmp_path, monkeypatch):
    path = build_synthetic_store(tmp_path / "theirs.db")
    calls = _counting_checks(monkeypatch)
    bundled.open_store(path, immutable=False).close()
    verified_stores._memory_file().write_bytes(b"\xff{not json")
    bundled.open_store(path, immutable=False).close()
    assert len(calls) == 2


def test_a_store_this_app_imported_opens_without_the_checks(tmp_path, monkeypatch):
    from explorer.ingest.pipeline import run_import
    from tests.ingest.conftest import FIXTURES

    out = tmp_path / "mine.db"
    report = run_import([FIXTURES / "icews.tab"], out)
    assert out.exists() and report.content_hash
    calls = _counting_checks(monkeypatch)
    bundled.open_store(out, immutable=False).close()
    assert calls == []


def test_a_corpus_of_a_million_episodes_is_within_what_a_store_may_hold():
    # The app is built and measured for a million episodes (benchmarks/scale.py): the open
    # checks must not refuse such a store for its size.
    assert untrusted.MAX_ROWS["episodes"] >= 1_000_000
    assert untrusted.MAX_ROWS["passages"] >= 1_000_000
    assert untrusted.MAX_ROWS["episode_actors"] >= 3_000_000
