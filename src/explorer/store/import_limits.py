"""What any file brought in from outside must satisfy before its content is looked at.

Notes files and views/lessons files are JSON that someone else wrote. Before their own checks
(notes_import_check, views_store) see a value, the whole document is walked once here so that
nothing later has to cope with what JSON allows but the app cannot hold:

- the file itself: an ordinary file (a FIFO or device would block the read) of at most
  `max_bytes`, decoded as UTF-8;
- text without lone surrogates (JSON's "\\ud800" cannot be stored or shown), and no longer
  than MAX_TEXT characters;
- numbers that are finite (JSON readers accept NaN and Infinity) and integers of at most
  MAX_DIGITS digits (a 5,000-digit version number);
- lists of at most MAX_LIST entries, objects of at most MAX_KEYS keys, nested at most
  MAX_DEPTH deep.

Limits are generous for real files (the bundled store's longest text is 11,582 characters) and
small enough that the window never waits on one value.
"""

from __future__ import annotations

import errno
import math
import os
import stat
from pathlib import Path
from typing import BinaryIO

MAX_TEXT = 100_000  # characters in any one string (a note body is at most this)
MAX_LIST = 20_000  # entries in any one list (notes in a file, items, ids)
MAX_KEYS = 200  # keys in any one object
MAX_DEPTH = 24
MAX_DIGITS = 20  # an integer this long is no count, year or version we know
MAX_PROBLEMS = 8


def read_import_text(path: Path | str, max_bytes: int) -> str:
    """The text of `path`, or OSError (with a sentence in `strerror`) / UnicodeDecodeError."""
    path = Path(path)
    _checked_size(path, max_bytes)
    with path.open("rb") as handle:
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:  # it grew while we looked
        raise OSError(errno.EFBIG, f"it is larger than {max_bytes / 1e6:.0f} MB", str(path))
    return data.decode("utf-8")


def open_import_file(path: Path | str, max_bytes: int) -> tuple[BinaryIO, int]:
    """(binary handle, size) of `path` to be read a part at a time (a notes file); OSError with
    a sentence in `strerror` for what `read_import_text` also refuses, except the decoding,
    which the reader does as it goes."""
    path = Path(path)
    size = _checked_size(path, max_bytes)
    return path.open("rb"), size


def _checked_size(path: Path, max_bytes: int) -> int:
    """The size of `path`, or OSError when it is not an ordinary file or is over `max_bytes`.

    stat first: opening a FIFO for reading would wait for a writer for ever."""
    info = os.stat(path)
    if not stat.S_ISREG(info.st_mode):
        raise OSError(errno.EINVAL, "it is not an ordinary file", str(path))
    if info.st_size > max_bytes:
        scale, unit = (1e9, "GB") if max_bytes >= 1e9 else (1e6, "MB")
        raise OSError(
            errno.EFBIG,
            f"it is {info.st_size / scale:.1f} {unit}; files up to {max_bytes / scale:.0f} "
            f"{unit} can be imported",
            str(path),
        )
    return info.st_size


def has_lone_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def json_problems(value: object, path: str = "") -> list[str]:
    """Places in a parsed JSON document that break the limits above, as "where: what"."""
    found: list[str] = []
    _walk(value, path, 0, found)
    return found[:MAX_PROBLEMS]


def _walk(value: object, path: str, depth: int, found: list[str]) -> None:
    if len(found) >= MAX_PROBLEMS:
        return
    where = path or "the document"
    if depth > MAX_DEPTH:
        found.append(f"{where}: nested more than {MAX_DEPTH} deep")
        return
    if isinstance(value, str):
        if len(value) > MAX_TEXT:
            found.append(f"{where}: text of {len(value):,} characters (at most {MAX_TEXT:,})")
        elif has_lone_surrogate(value):
            found.append(f"{where}: text holds a broken character (a lone surrogate)")
    elif isinstance(value, bool) or value is None:
        return
    elif isinstance(value, int):
        if abs(value) >= 10**MAX_DIGITS:
            found.append(f"{where}: a number of more than {MAX_DIGITS} digits")
    elif isinstance(value, float):
        if not math.isfinite(value):
            found.append(f"{where}: {value} is not a number that can be used")
    elif isinstance(value, list):
        if len(value) > MAX_LIST:
            found.append(f"{where}: a list of {len(value):,} entries (at most {MAX_LIST:,})")
            return
        for index, entry in enumerate(value):
            _walk(entry, f"{path}[{index}]", depth + 1, found)
    elif isinstance(value, dict):
        if len(value) > MAX_KEYS:
            found.append(f"{where}: an object with {len(value):,} keys (at most {MAX_KEYS})")
            return
        for key, entry in value.items():
            if has_lone_surrogate(key) or len(key) > 200:
                found.append(f"{where}: a key that is too long or holds a broken character")
                continue
            _walk(entry, f"{path}.{key}" if path else key, depth + 1, found)
