"""Opening a relations store read-only, and telling the user plainly when a file is not one."""

from __future__ import annotations

import logging
import sqlite3
import stat
from pathlib import Path

from explorer.store import untrusted, verified_stores

log = logging.getLogger(__name__)

SCHEMA_VERSION = "1"
REQUIRED_TABLES = frozenset(
    {
        "meta",
        "sources",
        "passages",
        "actors",
        "episodes",
        "episode_actors",
        "periods",
        "series",
        "observations",
        "citations",
        "claims",
        "episodes_fts",
    }
)


class StoreError(Exception):
    """A store could not be opened. `problem` is a sentence for the user; `path` names the file."""

    def __init__(self, path: Path | str, problem: str, advice: str = "") -> None:
        self.path = Path(path)
        self.problem = problem
        self.advice = advice
        super().__init__(f"{self.path}: {problem}")


def _uri(path: Path, immutable: bool) -> str:
    # as_uri() percent-encodes spaces and non-ASCII characters in the path.
    flags = "mode=ro&immutable=1" if immutable else "mode=ro"
    return f"{path.resolve().as_uri()}?{flags}"


def is_bundled(path: Path | str) -> bool:
    """Whether `path` is the store shipped with the app (the one store that is trusted)."""
    from explorer.paths import bundled_store_path  # paths knows the frozen app's layout

    try:
        return Path(path).resolve() == bundled_store_path().resolve()
    except OSError:
        return False


def open_store(
    path: Path | str, immutable: bool = True, already_checked: bool = False
) -> sqlite3.Connection:
    """Open a relations store read-only and check it is one we can show.

    The bundled store never changes while the app runs, so it is opened immutable (no locking,
    no journal look-ups). A store chosen by the user may be in use elsewhere: open it plainly
    read-only so a lock is reported rather than ignored.
    """
    path = Path(path)
    if not path.exists():
        raise StoreError(
            path, "The file does not exist.", "Check the path, or open the bundled store."
        )
    if path.is_dir():
        raise StoreError(path, "This is a folder, not a store file.", "Choose a .db file.")
    try:
        mode = path.stat().st_mode
    except OSError as error:
        raise StoreError(
            path, f"The file cannot be read ({error.strerror}).", "Check its permissions."
        ) from error
    if not stat.S_ISREG(mode):
        # A FIFO or a device would block (or never end) the moment it is read.
        raise StoreError(
            path,
            "This is not an ordinary file (it is a pipe, socket or device).",
            "Choose a .db file.",
        )
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except OSError as error:
        raise StoreError(
            path, f"The file cannot be read ({error.strerror}).", "Check its permissions."
        ) from error
    if header != b"SQLite format 3\x00":
        raise StoreError(
            path,
            "This is not an SQLite database (it may be another kind of file).",
            "Choose a relations store (.db) made by Relations Explorer.",
        )
    try:
        # A short timeout: a file locked by another program is reported at once, not after 5 s.
        conn = sqlite3.connect(
            _uri(path, immutable), uri=True, check_same_thread=False, timeout=0.5
        )
        conn.row_factory = sqlite3.Row
        if not immutable:
            untrusted.guard(conn)
        tables = {
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"
            )
        }
    except UnicodeDecodeError as error:  # SQLite's message quoted a damaged schema's bytes
        raise StoreError(
            path,
            "The database is damaged (its schema is not readable text).",
            "Use another copy of the store.",
        ) from error
    except sqlite3.DatabaseError as error:
        message = str(error).lower()
        if "locked" in message or "busy" in message:
            raise StoreError(
                path,
                "The file is locked by another program.",
                "Close the other program, or try again.",
            ) from error
        raise StoreError(
            path, f"The database is damaged ({error}).", "Use another copy of the store."
        ) from error
    missing = REQUIRED_TABLES - tables
    if missing:
        conn.close()
        # Name what a reader would recognise; index and bookkeeping tables mean nothing to them.
        recognisable = sorted(missing & {"episodes", "sources", "passages", "series", "actors"})
        lacking = (
            f"it has no {' or '.join([', '.join(recognisable[:-1]), recognisable[-1]] if len(recognisable) > 1 else recognisable)} "
            f"table{'s' if len(recognisable) > 1 else ''}"
            if recognisable
            else "parts of a relations store are missing, such as its search index"
        )
        raise StoreError(
            path,
            f"This SQLite database is not a relations store: {lacking}.",
            "Choose a store built by Relations Explorer.",
        )
    if not immutable and not already_checked and not verified_stores.was_checked(path):
        # A second connection to a store this session already checked (a worker's), or a
        # file that passed before and has not changed since, keeps the guard but not the
        # seconds of checks, which a million rows cost again.
        _check_untrusted(conn, path)
        verified_stores.remember_checked(path)
    try:
        meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        conn.execute("SELECT id FROM episodes LIMIT 1").fetchall()
    except (sqlite3.DatabaseError, UnicodeDecodeError) as error:
        conn.close()
        raise StoreError(
            path, f"The database is damaged ({error}).", "Use another copy of the store."
        ) from error
    if meta.get("schema_version") != SCHEMA_VERSION:
        conn.close()
        raise StoreError(
            path,
            f"This store has schema version {str(meta.get('schema_version'))[:40]!r}; "
            f"this version of the app reads version {SCHEMA_VERSION}.",
            "Use a store made for this version of Relations Explorer.",
        )
    return conn


def _check_untrusted(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse a store chosen by the user that would break or stall the app later."""
    found = untrusted.problems(conn)
    if found:
        conn.close()
        raise StoreError(
            path,
            "This store cannot be shown safely: " + " ".join(found),
            "Use another copy of the store, or rebuild it with Relations Explorer.",
        )


def store_meta(conn: sqlite3.Connection) -> dict[str, str]:
    """The meta table; empty (and logged) when it cannot be read any more, as a damaged page
    found after the checks at open: the window then shows "?" for the dataset, not an error."""
    try:
        return dict(conn.execute("SELECT key, value FROM meta").fetchall())
    except sqlite3.DatabaseError as error:
        log.warning("the store's meta table cannot be read: %s", error)
        return {}
