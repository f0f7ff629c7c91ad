"""Queries off the UI thread: the newest request wins, an obsolete one is interrupted.

In the spirit of Anki's QueryOp: one small helper, `LatestQuery`, runs jobs on a thread of its
own with its own read-only connection. Submitting a job while another runs calls
`sqlite3.Connection.interrupt()` on the worker's connection, so SQLite stops the obsolete query
at its next step, and the job that replaces it is the newest one submitted (requests in between
are dropped: nobody waits for them). A job reports results in stages through `emit(stage,
payload)`; each stage reaches the UI thread as a queued Qt signal carrying the job's number, and
receivers keep only the newest job's stages.

`EpisodeQueries` is the one service built on it for the episode table and the facets: rows
first, then the order of every match, then the counts. On a small store (the bundled one) it
runs inline, because a query there takes a millisecond and a thread hop would only add latency
and flicker; from `ASYNC_FROM` episodes on it runs on the worker.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, Signal

from explorer.core.session import Session
from explorer.store import records
from explorer.store.bundled import is_bundled, open_store
from explorer.store.episode_index import EpisodeIndex, index_for
from explorer.store.episode_query import (
    EpisodeRequest,
    EpisodeResult,
    FirstPage,
    facets_for,
    rows_at,
    run_episode_query,
)
from explorer.store.facets import Facets
from explorer.store.filters import Filters
from explorer.store.search import nothing_to_search
from explorer.ui.ui_gate import GATE

log = logging.getLogger(__name__)
LAST_STAGES = ("counted", "sampled")  # after these the worker does not wait for the UI

ASYNC_FROM = 20_000  # episodes; below this a query is faster than a thread hop

Emit = Callable[[str, object], None]
Job = Callable[[sqlite3.Connection, Emit], None]


class Superseded(Exception):
    """Raised inside a job when a newer one has been submitted: stop, nobody wants this."""


class LatestQuery(QObject):
    """A worker thread that runs the newest submitted job, interrupting any older one."""

    stage = Signal(int, str, object)  # job number, stage name, payload
    failed = Signal(int, str)  # job number, what went wrong in plain words

    def __init__(self, connect: Callable[[], sqlite3.Connection], parent=None) -> None:
        super().__init__(parent)
        self._connect = connect
        self._lock = threading.Condition()
        self._pending: tuple[int, Job] | None = None
        self._running = 0  # number of the job running now, 0 when idle
        self._latest = 0
        self._closed = False
        self._conn: sqlite3.Connection | None = None
        self._thread = threading.Thread(target=self._loop, name="latest-query", daemon=True)
        self._thread.start()

    @property
    def latest(self) -> int:
        return self._latest

    def submit(self, job: Job) -> int:
        """Queue `job`, replacing any queued one and interrupting the running one."""
        with self._lock:
            self._latest += 1
            self._pending = (self._latest, job)
            if self._running and self._conn is not None:
                self._conn.interrupt()
            self._lock.notify()
        # A job waiting at the gate for the UI to show its last stage: nobody wants that stage
        # now, and the new job must not wait behind it.
        GATE.open()
        return self._latest

    def check_current(self) -> None:
        """In a job: raise Superseded if a newer job has been submitted since it started."""
        if self._running != self._latest:
            raise Superseded

    def is_current(self, number: int) -> bool:
        return number == self._latest

    def close(self) -> None:
        with self._lock:
            self._closed = True
            self._pending = None
            if self._conn is not None:
                self._conn.interrupt()
            self._lock.notify()
        self._thread.join(timeout=5)

    def _loop(self) -> None:
        try:
            self._conn = self._connect()
        except Exception as error:  # noqa: BLE001 - reported to the UI, never swallowed
            log.exception("the query worker could not open the store")
            self.failed.emit(0, str(error))
            return
        while True:
            with self._lock:
                while self._pending is None and not self._closed:
                    self._lock.wait()
                if self._closed:
                    break
                number, job = self._pending  # type: ignore[misc]
                self._pending = None
                self._running = number
            try:
                job(self._conn, lambda stage, payload, n=number: self._emit(n, stage, payload))
            except Superseded:
                pass
            except sqlite3.OperationalError as error:
                if "interrupt" not in str(error).lower() or self.is_current(number):
                    log.exception("a background query failed")
                    self.failed.emit(number, str(error))
            except Exception as error:  # noqa: BLE001 - reported to the UI, never swallowed
                log.exception("a background query failed")
                self.failed.emit(number, str(error))
            finally:
                with self._lock:
                    self._running = 0
        self._conn.close()

    def _emit(self, number: int, stage: str, payload: object) -> None:
        if not self.is_current(number):
            raise Superseded
        GATE.close()
        self.stage.emit(number, stage, payload)
        if stage not in LAST_STAGES and self._pending is None:
            # The UI thread shows this stage before the next is worked out (a newer request
            # waiting goes first, and after the last stage there is nothing to wait for).
            GATE.wait()


class EpisodeQueries(QObject):
    """The episode table's and the facets' query, run once per change, reported in stages."""

    first_page = Signal(object, object)  # EpisodeRequest, FirstPage
    finished = Signal(object, object)  # EpisodeRequest, EpisodeResult
    counted = Signal(object, object)  # EpisodeRequest, Facets
    # EpisodeRequest, rows: an even sample of the result's rows, read once when asked for
    # (`sample_rows`); the table fits its Date column to them.
    sampled = Signal(object, object)
    failed = Signal(str)

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.request: EpisodeRequest | None = None
        self.result: EpisodeResult | None = None
        self.pending = False  # True from a request until its counts arrive
        self.timings: dict[str, float] = {}  # stage -> seconds after the request (benchmarks)
        # stage -> UI-thread CPU seconds its delivery took (every receiver), for the last
        # request; and the longest single delivery since start (tests and benchmarks read it).
        self.ui_seconds: dict[str, float] = {}
        self.longest_ui_slice = 0.0
        self._started = 0.0
        self._worker: LatestQuery | None = None
        self._store_key = ""
        self._last_facets: tuple[object, Facets] | None = None
        self._positions_cache: tuple[object, EpisodeIndex, np.ndarray] | None = None
        self._result_key = ""  # the store key `result` was made on
        # Rows of the next large result to read on the worker as a sample, after its counts
        # (0: none wanted). Read on the UI thread, 250 rows spread over a million took ~25 ms
        # from memory and 200-230 ms from a cold page cache: a freeze at the first search.
        self.sample_rows = 0

    # -- the store ---------------------------------------------------------------------------
    def _key(self) -> str:
        path = Path(self.session.store_path)
        try:
            stat = path.stat()
            return f"{path.resolve()}:{stat.st_size}:{stat.st_mtime_ns}"
        except OSError:
            return str(path)

    @property
    def index(self) -> EpisodeIndex:
        return index_for(self.session.store, self._key())

    @property
    def is_async(self) -> bool:
        # MAX(rowid) is one b-tree step; COUNT(*) would read a whole index at a million rows.
        return records.episode_rowid_max(self.session.store) >= ASYNC_FROM

    def _ensure_worker(self) -> LatestQuery:
        key = self._key()
        if self._worker is None or key != self._store_key:
            if self._worker is not None:
                self._worker.close()
            path = Path(self.session.store_path)
            # Only the bundled store is ours: any other is read under untrusted.guard (the
            # 2 s work limit and lenient text), as the window's own connection is.
            immutable = is_bundled(path)
            self._store_key = key
            self._last_facets = None
            self.request = self.result = None
            self._worker = LatestQuery(
                lambda: open_store(path, immutable=immutable, already_checked=True), self
            )
            self._worker.stage.connect(self._on_stage)
            self._worker.failed.connect(lambda _n, text: self.failed.emit(text))
        return self._worker

    # -- requests ----------------------------------------------------------------------------
    @staticmethod
    def normalized(filters: Filters) -> Filters:
        """The filters as queried: a search with no word in it ("AND", "(((") narrows nothing."""
        return filters.with_changes(text="") if nothing_to_search(filters.text) else filters

    def ensure(self, filters: Filters) -> None:
        """Make sure `filters` are being (or have been) answered, in the table's last order."""
        filters = self.normalized(filters)
        request = self.request
        if request is not None and request.filters == filters:
            return
        order = (request.order_by, request.descending) if request else ("date", False)
        self.run(EpisodeRequest(filters, *order))

    def result_for(self, filters: Filters) -> EpisodeResult | None:
        """The finished result for `filters`, if it is the last one (and of this store)."""
        result = self._current_result()
        if result is not None and result.request.filters == self.normalized(filters):
            return result
        return None

    def answer_for(self, request: EpisodeRequest) -> EpisodeResult | None:
        """The finished result of exactly `request` on this store, if it is the last one."""
        result = self._current_result()
        return result if result is not None and result.request == request else None

    def _current_result(self) -> EpisodeResult | None:
        # A store opened since (same filters, other rows) must not be answered from the last.
        if self.result is not None and self._result_key != self._key():
            self.result = None
        return self.result

    def keep_rows(self, result: EpisodeResult, rowids) -> np.ndarray:
        """The result as one bool per row of a pane that lists episodes by `rowids`.

        A pane should pass the same unchanging rowids object every time (its own column, list
        or array): their index positions are then worked out once, not on every keystroke
        (converting a million-entry list alone takes ~75 ms of the UI thread). A pane whose rows
        are the index's positions in order can use `result.mask` as it is (None: all)."""
        if result.mask is None:
            return np.ones(len(rowids), dtype=bool)
        return result.mask[self._positions_of(rowids)]

    def _positions_of(self, rowids) -> np.ndarray:
        index = self.index
        cached = self._positions_cache
        if cached is not None and cached[0] is rowids and cached[1] is index:
            return cached[2]
        positions = index.positions(np.asarray(rowids, dtype=np.int64))
        # The rowids object is held with its positions, so its identity cannot be reused.
        self._positions_cache = (rowids, index, positions)
        return positions

    def run(self, request: EpisodeRequest) -> None:
        """Answer `request` (inline on a small store, on the worker otherwise)."""
        if self.is_async:
            self._ensure_worker()  # first: a new store forgets the last store's request
        if request == self.request and self.pending:
            return  # already on its way
        self.request = request
        self.pending = True
        self._started = time.perf_counter()
        self.timings = {}
        self.ui_seconds = {}
        cached = (
            self._last_facets
            if self._last_facets and self._last_facets[0] == request.filters
            else None
        )
        if not self.is_async:
            conn, index = self.session.store, self.index
            result = run_episode_query(conn, index, request)
            self._deliver("finished", (request, result))
            self._deliver("counted", (request, cached[1] if cached else facets_for(index, result)))
            return
        index_key = self._key()
        sample = self.sample_rows

        worker = self._ensure_worker()

        def job(conn: sqlite3.Connection, emit: Emit) -> None:
            index = index_for(conn, index_key)

            def first_page(page: FirstPage) -> None:
                # The rows themselves are read here too, so the table paints them without a
                # query on the UI thread.
                rows = tuple(rows_at(conn, index, page.positions))
                emit("first_page", (request, FirstPage(page.positions, page.fallback, rows)))

            result = run_episode_query(conn, index, request, first_page)
            emit("finished", (request, result))
            facets = cached[1] if cached else facets_for(index, result, worker.check_current)
            emit("counted", (request, facets))
            if sample:
                GATE.wait()  # the counts painted first
                step = max(1, len(result.order) // sample)
                try:
                    rows = tuple(rows_at(conn, index, result.order[::step][:sample]))
                except Exception as error:  # noqa: BLE001 - a damaged row must not fail the query
                    if isinstance(error, sqlite3.OperationalError) and "interrupt" in str(error):
                        raise  # a newer request: this job is over
                    # Logged; the column keeps its default width, and the rows are shown.
                    log.warning("no sample of the rows for the Date column", exc_info=True)
                    return
                emit("sampled", (request, rows))

        worker.submit(job)

    def _on_stage(self, number: int, stage: str, payload: object) -> None:
        try:
            worker = self._worker
            if worker is None or not worker.is_current(number):
                return  # an obsolete job's last words
            self._deliver(stage, payload)
        finally:
            GATE.handled()

    def _deliver(self, stage: str, payload) -> None:
        request = payload[0]
        if request != self.request:
            return
        self.timings[stage] = time.perf_counter() - self._started
        # The UI thread's own CPU time in every pane's handling of this stage: what typing
        # waits for. Measured as thread time, so a loaded machine does not inflate it.
        started = time.thread_time()
        try:
            self._emit_stage(stage, payload)
        finally:
            spent = time.thread_time() - started
            self.ui_seconds[stage] = self.ui_seconds.get(stage, 0.0) + spent
            self.longest_ui_slice = max(self.longest_ui_slice, spent)

    def _emit_stage(self, stage: str, payload) -> None:
        request = payload[0]
        if stage == "first_page":
            self.first_page.emit(*payload)
        elif stage == "finished":
            self.result, self._result_key = payload[1], self._key()
            self.finished.emit(*payload)
        elif stage == "counted":
            self.pending = False
            self._last_facets = (request.filters, payload[1])
            self.counted.emit(*payload)
        elif stage == "sampled":
            self.sample_rows = 0
            self.sampled.emit(*payload)

    def close(self) -> None:
        if self._worker is not None:
            self._worker.close()
            self._worker = None


def episode_queries(session: Session) -> EpisodeQueries:
    """The session's one episode query service (the table and the facets share it)."""
    service = session.services.get("episode_queries")
    if not isinstance(service, EpisodeQueries):
        service = EpisodeQueries(session)
        session.services["episode_queries"] = service
    return service


__all__ = ["EpisodeQueries", "FirstPage", "EpisodeResult", "LatestQuery", "episode_queries"]
