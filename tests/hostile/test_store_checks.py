"""The checks a store chosen by the user passes before it is shown, one mutation at a time."""

from __future__ import annotations

import random
import shutil
import sqlite3
import threading
import time

import pytest

from explorer.store import untrusted
from explorer.store.bundled import StoreError, open_store
from tests.hostile import mutate_store as m
from tests.store.synthetic import build_synthetic_store


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    return build_synthetic_store(tmp_path_factory.mktemp("base") / "base.db")


def _mutated(base, tmp_path, mutation):
    path = tmp_path / "store.db"
    shutil.copy(base, path)
    conn = sqlite3.connect(path, isolation_level=None)
    mutation(conn, path, random.Random(1))
    conn.close()
    return path


@pytest.mark.parametrize(
    ("mutation", "words"),
    [
        (m.m_recursive_view, "episodes table is a view"),
        (m.m_huge_view, "is a view"),
        (m.m_self_join_view, "episodes table is a view"),
        (m.m_extreme_year, "is not a year between -10000 and 10000"),
        (m.m_null_years, "is not a year"),
        (m.m_zeroblob, "not text"),
        (m.m_missing_column, "lacks the column"),
        (m.m_too_many_rows, "this app shows at most 50,000"),
    ],
)
def test_a_store_that_would_break_the_app_is_refused_at_open(base, tmp_path, mutation, words):
    path = _mutated(base, tmp_path, mutation)
    started = time.monotonic()
    with pytest.raises(StoreError) as caught:
        open_store(path, immutable=False)
    assert time.monotonic() - started < untrusted.CHECK_SECONDS + 2
    assert words in caught.value.problem, caught.value.problem
    assert str(path) in str(caught.value)


def test_bad_utf8_is_shown_not_raised(base, tmp_path):
    path = _mutated(base, tmp_path, m.m_bad_utf8)
    conn = open_store(path, immutable=False)
    texts = [tuple(row) for row in conn.execute("SELECT * FROM episodes")]
    assert texts  # read without UnicodeDecodeError / OperationalError
    conn.close()


def test_one_slow_query_is_interrupted(base):
    conn = open_store(base, immutable=False)
    started = time.monotonic()
    watchdog = threading.Timer(10.0, conn.interrupt)  # so a missing limit fails, not hangs
    watchdog.start()
    with pytest.raises(sqlite3.OperationalError, match="interrupted"):
        conn.execute(
            "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT COUNT(*) FROM r"
        ).fetchall()
    watchdog.cancel()
    assert time.monotonic() - started < untrusted.QUERY_SECONDS + 1
    assert conn.execute("SELECT COUNT(*) FROM episodes").fetchone()[0] > 0  # and it carries on
    conn.close()


def test_the_bundled_store_passes_quickly(store_path, tmp_path):
    copy = tmp_path / "copy.db"
    shutil.copy(store_path, copy)
    started = time.monotonic()
    open_store(copy, immutable=False).close()
    assert time.monotonic() - started < 2.0  # 0.06 s here; a time limit against a hang


def _statement(sql: str, *args):
    def mutation(conn, path, rng):
        for part in sql.split(";"):
            conn.execute(part, args if "?" in part else ())

    return mutation


@pytest.mark.parametrize(
    ("mutation", "words"),
    [
        # Columns read for one record only: a date note, an alias, provenance.
        (_statement("UPDATE periods SET date_note = ?", "x" * 30_000),
         "date_note is longer than 20,000"),
        (_statement("UPDATE episodes SET title = ? WHERE rowid = 1", "W" * 2_001),
         "title is longer than 2,000"),
        (_statement("ALTER TABLE actors RENAME TO a0; CREATE TABLE actors AS SELECT * FROM a0;"
                    "UPDATE actors SET aliases = NULL"), "aliases is empty or not text"),
        (_statement("INSERT INTO provenance VALUES ('actor', 'JPN', 'note', 'source', 'r', 'x')"),
         "passage_id is not a whole number"),
        (_statement("DROP TABLE passages_fts; CREATE VIEW passages_fts AS WITH RECURSIVE r(n) AS "
                    "(SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT n AS passage_id, 'q' AS quote,"
                    " 'l' AS locator FROM r"), "search index is a view"),
        (_statement("DROP TABLE actor_aliases; CREATE VIEW actor_aliases AS SELECT id AS actor_id,"
                    " name AS alias, NULL AS language FROM actors"), "actor_aliases table is a view"),
    ],
)  # fmt: skip
def test_what_one_record_reads_is_checked_at_open_too(base, tmp_path, mutation, words):
    path = _mutated(base, tmp_path, mutation)
    with pytest.raises(StoreError) as caught:
        open_store(path, immutable=False)
    assert words in caught.value.problem, caught.value.problem


def test_a_query_is_stopped_at_its_limit_through_pauses(base):
    """Pauses inside a query (a busy machine descheduling the app, here a function that
    sleeps a millisecond on every row, so the handler sees gaps) do not restart its clock: it
    stops after QUERY_SECONDS still. The clock once restarted at every gap over 50 ms."""
    conn = open_store(base, immutable=False)
    conn.create_function("pause", 1, lambda n: time.sleep(0.001) or n)
    started = time.monotonic()
    watchdog = threading.Timer(10.0, conn.interrupt)  # so a limit that never fires fails
    watchdog.start()
    with pytest.raises(sqlite3.OperationalError, match="interrupted"):
        conn.execute(
            "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) "
            "SELECT SUM(pause(n)) FROM r"
        ).fetchall()
    watchdog.cancel()
    assert time.monotonic() - started < untrusted.QUERY_SECONDS + 1.5
    # The next query has its own two seconds.
    assert conn.execute("SELECT COUNT(*) FROM episodes").fetchone()[0] > 0
    conn.close()
