"""The worker helper: the newest request wins and an obsolete query is interrupted."""

from __future__ import annotations

import sqlite3
import time

from explorer.ui.worker import LatestQuery

SLOW = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT COUNT(*) FROM n"


def test_a_newer_job_interrupts_the_running_one(qtbot):
    worker = LatestQuery(lambda: sqlite3.connect(":memory:", check_same_thread=False))
    heard: list[tuple[int, str, object]] = []
    started: list[float] = []
    worker.stage.connect(lambda n, stage, payload: heard.append((n, stage, payload)))

    def slow(conn, emit):
        started.append(time.perf_counter())
        emit("slow", conn.execute(SLOW).fetchone()[0])  # never finishes on its own

    def fast(conn, emit):
        emit("rows", conn.execute("SELECT 41 + 1").fetchone()[0])

    first = worker.submit(slow)
    qtbot.waitUntil(lambda: bool(started), timeout=5000)
    qtbot.wait(50)  # the slow query is running now
    second = worker.submit(fast)
    asked = time.perf_counter()
    qtbot.waitUntil(lambda: bool(heard), timeout=5000)
    assert heard == [(second, "rows", 42)]
    assert time.perf_counter() - asked < 2.0  # interrupted, not waited for
    assert not worker.is_current(first)
    worker.close()


def test_jobs_submitted_while_one_runs_collapse_to_the_newest(qtbot):
    worker = LatestQuery(lambda: sqlite3.connect(":memory:", check_same_thread=False))
    heard: list[str] = []
    worker.stage.connect(lambda _n, _stage, payload: heard.append(payload))
    for text in ("j", "ja", "jap", "japa", "japan"):
        worker.submit(lambda conn, emit, text=text: emit("rows", text))
    qtbot.waitUntil(lambda: "japan" in heard, timeout=5000)
    qtbot.wait(100)
    assert (
        heard[-1] == "japan" and len(heard) <= 2
    )  # at most the one already running, then the last
    worker.close()


def test_an_answer_is_not_reused_on_another_store(qtbot, tmp_path):
    from explorer.core.session import Session
    from explorer.store.bundled import open_store
    from explorer.store.episode_query import EpisodeRequest
    from explorer.store.filters import Filters
    from explorer.ui.worker import EpisodeQueries
    from tests.store.synthetic import build_synthetic_store

    first = build_synthetic_store(tmp_path / "first.db")
    second = build_synthetic_store(tmp_path / "second.db", extra=40)
    session = Session(open_store(first), first)
    queries = EpisodeQueries(session)
    request = EpisodeRequest(Filters(text="japan"))
    queries.run(request)  # a small store: answered at once
    answer = queries.answer_for(request)
    assert answer is not None and queries.result_for(request.filters) is answer
    session.replace_store(open_store(second), second)
    assert queries.answer_for(request) is None and queries.result_for(request.filters) is None
    queries.run(request)
    assert len(queries.answer_for(request).order) > len(answer.order)


def test_the_worker_keeps_the_work_limit_on_a_store_that_is_not_ours(qtbot, tmp_path):
    """A large store a user opened is queried on the worker's own connection: a query that
    would never end there is stopped by the same 2 s limit the window's connection has."""
    from explorer.core.session import Session
    from explorer.store.bundled import open_store
    from explorer.ui.worker import EpisodeQueries
    from tests.store.synthetic import build_synthetic_store

    path = build_synthetic_store(tmp_path / "theirs.db")
    session = Session(open_store(path, immutable=False), path)
    worker = EpisodeQueries(session)._ensure_worker()
    failures: list[str] = []
    worker.failed.connect(lambda _n, text: failures.append(text))
    asked = time.perf_counter()
    worker.submit(lambda conn, emit: emit("slow", conn.execute(SLOW).fetchone()[0]))
    qtbot.waitUntil(lambda: bool(failures), timeout=15000)
    assert "interrupt" in failures[0].lower()
    assert time.perf_counter() - asked < 12.0
    worker.close()
