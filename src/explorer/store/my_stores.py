"""The user's own stores: where new ones go, what they are called, and who each one is.

A store's identity is the `store_id` its import wrote into meta (a UUID), not its path: notes,
saved views and lessons are kept per identity (`notes_path_for`), so a note made on one corpus
never shows on another corpus's record of the same id, and a store file moved or renamed keeps
its notes. The bundled store, and stores built by the curated build, have no store_id: they
are all versions of the bundled dataset and share the one notes file they always had.
"""

from __future__ import annotations

import re
import sqlite3
import stat
from dataclasses import dataclass
from pathlib import Path

from explorer import paths
from explorer.store import untrusted
from explorer.store.notes_open import default_notes_path

BUNDLED_IDENTITY = "bundled"
STORES_FOLDER = "stores"
_SAFE_ID = re.compile(r"^[A-Za-z0-9-]{1,64}$")


def store_identity(conn: sqlite3.Connection) -> str:
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'store_id'").fetchone()
    except sqlite3.DatabaseError:
        return BUNDLED_IDENTITY
    value = row[0] if row else ""
    return value if value and _SAFE_ID.match(value) else BUNDLED_IDENTITY


def notes_path_for(identity: str) -> Path:
    """The notes file of a store: notes.db for the bundled dataset, notes-<id>.db otherwise."""
    default = default_notes_path()
    if identity == BUNDLED_IDENTITY or not _SAFE_ID.match(identity):
        return default
    return default.with_name(f"notes-{identity}.db")


def stores_dir() -> Path:
    return paths.user_data_dir() / STORES_FOLDER


@dataclass(frozen=True)
class StoreEntry:
    path: Path
    title: str
    identity: str
    episodes: int


# Seconds one query of `describe` may run: it is asked for every recent store as the window is
# built, and a store that was replaced by a hostile one (a recursive view in place of
# `episodes`) must not hold the start-up.
DESCRIBE_SECONDS = 0.5


def describe(path: Path) -> StoreEntry | None:
    """Name and identity of a store file, or None if it is not a readable store. Only a regular
    file is opened (a FIFO named in the recent list, or in the stores folder, would block the
    read for ever), and its queries stop after DESCRIBE_SECONDS."""
    try:
        if not stat.S_ISREG(Path(path).stat().st_mode):
            return None
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, timeout=0.2)
        untrusted.guard(conn, DESCRIBE_SECONDS)
        try:
            # A menu entry's worth of each value: a title may be a 1 GB blob in a hostile store.
            meta = dict(conn.execute("SELECT key, substr(value, 1, 200) FROM meta").fetchall())
            episodes = conn.execute("SELECT COUNT(*) FROM episodes").fetchone()[0]
        finally:
            conn.close()
    except (sqlite3.DatabaseError, OSError, ValueError):  # unreadable, gone, or not a path
        return None
    identity = meta.get("store_id", "")
    title = meta.get("title")
    return StoreEntry(
        Path(path),
        title if isinstance(title, str) and title.strip() else Path(path).stem,
        identity if isinstance(identity, str) and _SAFE_ID.match(identity) else BUNDLED_IDENTITY,
        int(episodes),
    )


def list_stores() -> list[StoreEntry]:
    """The stores in the user's stores folder, by name."""
    folder = stores_dir()
    found = [describe(p) for p in sorted(folder.glob("*.db"))] if folder.is_dir() else []
    return sorted((e for e in found if e is not None), key=lambda e: e.title.casefold())


def new_store_path(title: str) -> Path:
    """A file name in the stores folder for a store called `title`, not yet taken."""
    stem = re.sub(r"[^\w-]+", "-", title.strip(), flags=re.UNICODE).strip("-")[:60] or "store"
    folder = stores_dir()
    candidate, n = folder / f"{stem}.db", 2
    while candidate.exists():
        candidate, n = folder / f"{stem}-{n}.db", n + 1
    return candidate
