"""The episodes the timeline and the chart draw, loaded once per store and shared by both.

`shared_columns(session)` is the session's one loader. On a small store (the bundled one) it
reads the columns at once, on the UI thread: a few milliseconds, and the panes draw in the
same event as before. On a large store it reads them on a thread of its own with its own
read-only connection (store.timeline_columns: packed blobs, or the rows in chunks for a store
without them), prepares the lane entries of both lane modes there too, and announces them with
`loaded`; the panes draw their periods and series meanwhile. Words (titles, ids, dates) are
read later, on the UI thread, only for the episodes shown (store.timeline.EpisodeColumns).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QWidget

from explorer.core.episode_strip import STRIP_INDEX_FROM, strip_classes_for
from explorer.core.lod import lane_entries_for
from explorer.core.session import Session
from explorer.core.timeline_layout import LANE_MODES
from explorer.store import records, untrusted
from explorer.store.bundled import is_bundled, open_store
from explorer.store.timeline import EpisodeColumns
from explorer.store.timeline_columns import read_arrays
from explorer.ui.ui_gate import GATE
from explorer.ui.worker import ASYNC_FROM

LOAD_SECONDS = 30.0  # per statement, reading the episodes of a store that is not ours

log = logging.getLogger(__name__)


class PaneArrays(QObject):
    """Array work of the panes (a filter's mask onto their rows, lanes, the chart's strip) run
    on a thread, so that a million-episode filter never blocks the UI thread: numpy releases
    the interpreter for these loops. For each name the newest job wins: an older one's result
    is dropped, and a job not started yet when a newer one arrives is skipped.

    A job for a pane that is not on screen (the chart behind the Timeline workspace) waits until
    the pane is shown, and only the newest waits: while the user types, the hidden pane's work
    no longer competes with the UI thread for the interpreter (at a million episodes the
    chart's strip ran beside every keystroke's table paint)."""

    _done = Signal(str, int, object)  # name, job number, result (from the thread)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._numbers: dict[str, int] = {}
        self._callbacks: dict[str, Callable[[object], None]] = {}
        self._waiting: dict[str, tuple[QWidget, Callable[[], object], Callable]] = {}
        # Two threads: a pane's job never waits behind the preparation of a lane mode nobody
        # has asked for yet (the chart's first marks came 3 s later with one).
        self._executor = ThreadPoolExecutor(max_workers=2, thread_name_prefix="pane-arrays")
        self._done.connect(self._on_done)

    def run(
        self,
        name: str,
        job: Callable[[], object],
        done: Callable[[object], None],
        pane: QWidget | None = None,
    ) -> None:
        """Run `job` on a thread and give its result to `done` on the UI thread, unless a newer
        job of the same name came first; with `pane` not visible, once the pane is shown."""
        number = self._numbers.get(name, 0) + 1
        self._numbers[name], self._callbacks[name] = number, done
        if pane is not None and not pane.isVisible():
            if name not in self._waiting:
                pane.installEventFilter(self)
            self._waiting[name] = (pane, job, done)
            return
        waited = self._waiting.pop(name, None)
        if waited is not None:
            self._stop_watching(waited[0])

        def work() -> None:
            GATE.wait()  # asked for while the UI thread shows a result: after its paint
            if self._numbers.get(name) != number:
                return  # a newer job for the same pane is queued: nobody wants this one
            try:
                result = job()
            except Exception:  # noqa: BLE001 - logged; the pane keeps what it showed
                log.exception("the %s pane's arrays could not be computed", name)
                return
            GATE.close()
            self._done.emit(name, number, result)

        self._executor.submit(work)

    @property
    def waiting(self) -> set[str]:
        """The names whose newest job waits for its pane to be shown."""
        return set(self._waiting)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Show:
            for name, (pane, job, done) in list(self._waiting.items()):
                if pane is watched:
                    self.run(name, job, done)  # the newest job, now the pane is on screen
        return False

    def _stop_watching(self, pane: QWidget) -> None:
        if not shiboken6.isValid(pane):
            return  # a pane deleted while its job waited takes its event filter with it
        if all(waiting[0] is not pane for waiting in self._waiting.values()):
            pane.removeEventFilter(self)

    def prepare(self, job: Callable[[], object]) -> None:
        """Run `job` for its side effect (a cache filled), after the jobs already queued."""

        def work() -> None:
            try:
                job()
            except Exception:  # noqa: BLE001 - logged; whoever needs it builds it then
                log.exception("preparing the panes' arrays failed")

        self._executor.submit(work)

    def _on_done(self, name: str, number: int, result: object) -> None:
        try:
            if self._numbers.get(name) == number:
                self._callbacks[name](result)
        finally:
            GATE.handled()


class SharedColumns(QObject):
    """The current store's EpisodeColumns: at once on a small store, from a thread on a large
    one (then `loaded` says when they are there)."""

    loaded = Signal(object)  # EpisodeColumns of the current store
    failed = Signal(str)  # what went wrong, in plain words
    _ready = Signal(object, object)  # store key, EpisodeColumns (from the loading thread)
    _broken = Signal(object, str)  # store key, error text (from the loading thread)

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self._key: tuple | None = None
        self._columns: EpisodeColumns | None = None
        self._loading: tuple | None = None
        self.arrays = PaneArrays(self)  # the panes' per-filter array work, off the UI thread
        self.seconds = 0.0  # how long the last load took (benchmarks)
        self._ready.connect(self._on_ready)
        self._broken.connect(self._on_broken)

    def _store_key(self) -> tuple:
        return (str(self.session.store_path), id(self.session.store))

    @property
    def is_large(self) -> bool:
        """Large enough that the panes' array work runs off the UI thread."""
        columns = self._columns
        return columns is not None and len(columns) >= ASYNC_FROM

    @property
    def loading(self) -> bool:
        return self._loading is not None and self._loading == self._store_key()

    def columns(self) -> EpisodeColumns | None:
        """The current store's columns, or None while they are being loaded (see `loaded`)."""
        key = self._store_key()
        if self._key == key and self._columns is not None:
            return self._columns
        conn = self.session.store
        if records.episode_rowid_max(conn) < ASYNC_FROM:
            columns = EpisodeColumns(read_arrays(conn), self._connection)
            self._key, self._columns, self._loading = key, columns, None
            return columns
        if self._loading != key:
            self._loading = key
            path = Path(self.session.store_path)
            thread = threading.Thread(
                target=self._load, args=(key, path), name="episode-columns", daemon=True
            )
            thread.start()
        return None

    def _connection(self):
        return self.session.store

    def _load(self, key: tuple, path: Path) -> None:
        """On the loading thread: the arrays, then the lane entries of every lane mode."""
        started = time.perf_counter()
        try:
            trusted = is_bundled(path)
            conn = open_store(path, immutable=trusted, already_checked=True)
            if not trusted:
                # A store without the packed columns has them computed here in chunks: each
                # statement gets more than the browsing limit, but never unbounded work.
                untrusted.guard(conn, seconds=LOAD_SECONDS)
            try:
                arrays = read_arrays(conn)
            finally:
                conn.close()
            columns = EpisodeColumns(arrays, self._connection, read_now=False)
            lane_entries_for(columns, LANE_MODES[0])  # what the timeline shows first
            self.seconds = time.perf_counter() - started
            self._ready.emit(key, columns)
            # Then the chart's strip and the other lane modes, before anyone needs them, on
            # the panes' array thread (joined at exit: this thread ends now).
            if len(columns) >= STRIP_INDEX_FROM:
                self.arrays.prepare(lambda: strip_classes_for(columns))
            for mode in LANE_MODES[1:]:
                self.arrays.prepare(lambda mode=mode: lane_entries_for(columns, mode))
        except Exception as error:  # noqa: BLE001 - reported to the panes, never swallowed
            log.exception("the timeline's episodes could not be read from %s", path)
            self._broken.emit(key, str(error))

    def _on_ready(self, key: tuple, columns: EpisodeColumns) -> None:
        if key != self._store_key():
            return  # a store since closed
        self._key, self._columns, self._loading = key, columns, None
        self.loaded.emit(columns)

    def _on_broken(self, key: tuple, text: str) -> None:
        if key == self._loading:
            self._loading = None
        if key == self._store_key():
            self.failed.emit(text)


def shared_columns(session: Session) -> SharedColumns:
    """The session's one loader of the episodes drawn (the timeline and the chart share it)."""
    service = session.services.get("episode_columns")
    if not isinstance(service, SharedColumns):
        service = SharedColumns(session)
        session.services["episode_columns"] = service
    return service
