"""Finding, checking and opening the notes file, and what to do when it is not healthy.

The user's notes are the one thing the app must never lose, so opening is defensive:
- WAL journal with synchronous=NORMAL: a crash of the app loses no committed note (a power cut
  may lose the last transaction, never corrupts the file);
- an integrity check (SQLite's quick_check) on every open; a damaged file is moved aside
  under a timestamped name (not deleted: it may still be rescued) and a fresh one started, and
  the caller is told where it went;
- a folder that cannot be written gets the notes opened read-only (or an empty, read-only store
  when there is no file yet), with a sentence saying why, so the app still browses;
- a file made by a newer version of the app is opened read-only rather than "upgraded" down.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from explorer import paths
from explorer.store.notes_schema import SCHEMA_VERSION, migrate, schema_version

NOTES_FILENAME = "notes.db"
BUSY_TIMEOUT_MS = 10_000  # another window may hold the write lock for a moment
_SQLITE_HEADER = b"SQLite format 3\x00"
# PRAGMA application_id of a notes file ("ReNt"): lets us tell our file from another
# program's SQLite file of the same name, which must never be written into.
APPLICATION_ID = int.from_bytes(b"ReNt", "big")
_NOTES_TABLES = frozenset({"notes", "notes_meta", "note_tags", "note_history"})


@dataclass
class OpenReport:
    """What happened while opening, in words for the user. Empty fields mean all went well."""

    path: Path
    moved_aside: Path | None = None  # where a damaged file was put
    damage: str = ""  # what was wrong with it
    read_only_reason: str = ""  # why notes cannot be written this session
    advice: str = ""

    @property
    def read_only(self) -> bool:
        return bool(self.read_only_reason)

    @property
    def has_problem(self) -> bool:
        return self.read_only or self.moved_aside is not None


class NotesStoreError(Exception):
    """The notes file cannot be used at all (e.g. locked by another program for too long)."""

    def __init__(self, path: Path, problem: str, advice: str = "") -> None:
        self.path, self.problem, self.advice = Path(path), problem, advice
        super().__init__(f"{path}: {problem}")


class _Damaged(Exception):
    pass


def default_notes_path() -> Path:
    """`notes.db` in the user data folder (RELATIONS_EXPLORER_HOME/data when that is set)."""
    return paths.user_data_dir() / NOTES_FILENAME


def open_notes_connection(path: Path | str | None = None) -> tuple[sqlite3.Connection, OpenReport]:
    path = Path(path) if path else default_notes_path()
    report = OpenReport(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        return _open_read_only(path, report, _cannot_write(path.parent, error))
    not_regular = _not_a_regular_file(path)
    if not_regular:
        return _open_read_only(path, report, not_regular)
    try:
        if path.exists() and not _has_sqlite_header(path):
            _move_aside(path, report, "it is not an SQLite database")
        try:
            return _open_writable(path), report
        except _Damaged as damage:
            _move_aside(path, report, str(damage))
            return _open_writable(path), report
    except (_NewerFile, _Foreign) as reason:
        return _open_read_only(path, report, str(reason))
    except _Damaged as damage:  # damaged again right after a fresh start: do not loop
        return _open_read_only(path, report, f"The notes file is damaged ({damage}).")
    except (sqlite3.OperationalError, OSError) as error:
        if _is_lock_error(error):
            raise NotesStoreError(
                path,
                "The notes file is locked by another program.",
                "Close the other program and start again.",
            ) from error
        return _open_read_only(path, report, _cannot_write(path, error))


class _NewerFile(Exception):
    pass


class _Foreign(Exception):
    """The file is another program's SQLite database: it is left exactly as it is."""


def _not_a_regular_file(path: Path) -> str:
    """A sentence when `path` exists but is a FIFO, socket or device (reading one blocks)."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return ""
    except OSError:
        return ""  # reported when connecting
    if stat.S_ISREG(mode):
        return ""
    return (
        f"The notes location {path} is not an ordinary file (it is a pipe, socket, folder or "
        "device); notes are kept only for this session."
    )


def _check_ours(conn: sqlite3.Connection, path: Path) -> None:
    """Raise _Foreign unless `conn` is a notes file, an older notes file, or an empty one."""
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if app_id == APPLICATION_ID:
        return
    tables = {
        row[0]
        for row in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")
    }
    ours_before_ids = app_id == 0 and tables >= _NOTES_TABLES and schema_version(conn) >= 1
    if (app_id == 0 and not tables) or ours_before_ids:
        return
    raise _Foreign(
        f"{path} belongs to another program (it is an SQLite database, but not a notes file); "
        "it was left untouched and notes are kept only for this session."
    )


def _connect(uri_or_path: str, uri: bool = False) -> sqlite3.Connection:
    conn = sqlite3.connect(
        uri_or_path,
        uri=uri,
        isolation_level=None,
        check_same_thread=False,
        timeout=BUSY_TIMEOUT_MS / 1000,
    )
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def _open_writable(path: Path) -> sqlite3.Connection:
    _check_writable(path)
    conn = _connect(str(path))
    try:
        try:
            _check_ours(conn, path)  # before anything is written
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            conn.execute("PRAGMA synchronous = NORMAL")
            # quick_check: every page and record, not whether each index matches its table
            # (which a REINDEX repairs and loses no note). At 100,000 notes, 0.34 s of CPU
            # on opening instead of 1.1 s, on the UI thread just after the first paint.
            problems = [row[0] for row in conn.execute("PRAGMA quick_check(5)")]
        except sqlite3.OperationalError:
            raise
        except sqlite3.DatabaseError as error:  # "file is not a database", "malformed"
            raise _Damaged(str(error)) from error
        if problems != ["ok"]:
            raise _Damaged("; ".join(problems))
        if mode.lower() != "wal":
            raise sqlite3.OperationalError(f"cannot use a write-ahead log here ({mode})")
        version = schema_version(conn)
        if version > SCHEMA_VERSION:
            raise _NewerFile(
                "These notes were written by a newer version of Relations Explorer; "
                "they are shown read-only so that nothing in them is lost."
            )
        try:
            if 1 <= version < SCHEMA_VERSION:
                _back_up(conn, path, version)
            migrate(conn)
            if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        except sqlite3.OperationalError:
            raise
        except sqlite3.DatabaseError as error:
            raise _Damaged(str(error)) from error
    except BaseException:
        conn.close()
        raise
    return conn


def _back_up(conn: sqlite3.Connection, path: Path, version: int) -> Path:
    """Copy an older notes file aside before it is migrated (notes.v2-backup.db): were a new
    version of the app wrong, the notes as they were are still there. Kept, never replaced."""
    target = path.with_name(f"{path.stem}.v{version}-backup{path.suffix}")
    if target.exists():
        return target
    partial = target.with_name(target.name + ".partial")
    try:
        copy = sqlite3.connect(partial)
        try:
            conn.backup(copy)
        finally:
            copy.close()
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)  # a full disk: no half copy left behind
        raise
    return target


def _check_writable(path: Path) -> None:
    """Raise OSError now if the file or its folder (where the -wal and -shm files go) cannot be
    written. Asked of the file system, not of SQLite: another window may hold the write lock."""
    with tempfile.TemporaryFile(dir=path.parent):
        pass
    if path.exists():
        with path.open("r+b"):
            pass


def _open_read_only(
    path: Path, report: OpenReport, reason: str
) -> tuple[sqlite3.Connection, OpenReport]:
    report.read_only_reason = reason
    if not report.advice:
        report.advice = (
            f"Notes can be read but not written. Make the folder writable, or set "
            f"{paths.HOME_ENV} to a folder you can write, and start again."
        )
    conn = _connect_read_only(path) if path.is_file() else None
    if conn is None:
        # Nothing readable: an empty store in memory, so every pane works the same way.
        conn = _connect(":memory:")
        migrate(conn)
    conn.execute("PRAGMA query_only = ON")
    return conn, report


def _connect_read_only(path: Path) -> sqlite3.Connection | None:
    # A WAL file in a folder we cannot write may refuse plain read-only opening (it needs its
    # -shm); immutable then reads what was checkpointed, which beats showing nothing.
    for flags in ("mode=ro", "mode=ro&immutable=1"):
        conn = None
        try:
            conn = _connect(f"{path.resolve().as_uri()}?{flags}", uri=True)
            if schema_version(conn) < 1:
                raise sqlite3.DatabaseError("no notes tables")
            conn.execute("SELECT COUNT(*) FROM notes").fetchone()
            return conn
        except (sqlite3.DatabaseError, OSError):
            if conn is not None:
                conn.close()
    return None


def _cannot_write(where: Path, error: BaseException) -> str:
    detail = getattr(error, "strerror", None) or str(error)
    return f"The notes location {where} cannot be written ({detail})."


def _is_lock_error(error: BaseException) -> bool:
    text = str(error).lower()
    return "locked" in text or "busy" in text


def _has_sqlite_header(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            header = handle.read(len(_SQLITE_HEADER))
    except OSError:
        return True  # unreadable is a permission problem, reported when connecting
    return header == _SQLITE_HEADER or header == b""  # an empty file is a fresh database


def _move_aside(path: Path, report: OpenReport, damage: str) -> None:
    """Rename the damaged file (and its -wal/-shm) to notes.corrupt-YYYYmmdd-HHMMSS.db."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.corrupt-{stamp}{path.suffix}")
    n = 2
    while target.exists():
        target = path.with_name(f"{path.stem}.corrupt-{stamp}-{n}{path.suffix}")
        n += 1
    os.replace(path, target)
    for extra in ("-wal", "-shm"):
        companion = Path(f"{path}{extra}")
        if companion.exists():
            os.replace(companion, Path(f"{target}{extra}"))
    report.moved_aside = target
    report.damage = damage
