"""Which store files passed the open checks, so a large store is checked once, not at every open.

The checks of `store.untrusted` read every row: about 13 s for a store of a million episodes.
A file is remembered by what changes when it is written — device, inode, size and modification
time — so moving it within a disk keeps it remembered, and any change to it (or a colleague's
copy, which is a new file) is checked again. The memory is one small JSON file in the user's
data folder; losing it, or a damaged copy, only means the next open checks again.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from explorer import paths

log = logging.getLogger(__name__)

KEEP = 200  # files remembered; the oldest are forgotten first


def _memory_file() -> Path:
    return paths.user_data_dir() / "verified-stores.json"


def _identity(path: Path) -> str | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return f"{info.st_dev}:{info.st_ino}:{info.st_size}:{info.st_mtime_ns}"


def _load() -> list[str]:
    try:
        data = json.loads(_memory_file().read_text("utf-8"))
    except FileNotFoundError:
        return []
    except (OSError, ValueError) as error:
        log.warning("the list of checked stores could not be read (%s); checking again", error)
        return []
    if not isinstance(data, list):
        return []
    return [item for item in data if isinstance(item, str) and len(item) < 200][-KEEP:]


def was_checked(path: Path) -> bool:
    """Whether this very file (unchanged since) passed the open checks before."""
    identity = _identity(path)
    return identity is not None and identity in _load()


def remember_checked(path: Path) -> None:
    """Note that `path`, as it is now, passed the checks (or was written by this app's import,
    which validates every row with the same rules before anything is written)."""
    identity = _identity(path)
    if identity is None:
        return
    known = [item for item in _load() if item != identity] + [identity]
    target = _memory_file()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_suffix(".tmp")
        temporary.write_text(json.dumps(known[-KEEP:]), "utf-8")
        os.replace(temporary, target)
    except OSError as error:  # a full or read-only disk: the next open checks again
        log.warning("could not remember that %s was checked: %s", path, error)
