"""Writing a file so that a crash or a full disk never leaves half of it behind."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any


@contextmanager
def atomic_file(path: Path, binary: bool = False) -> Iterator[IO[Any]]:
    """A file to write `path` through: written beside the target, flushed to disk, then
    renamed over it in one step when the block ends; any failure (or Cancel, raised through
    it) removes the partial file and leaves the target as it was."""
    temporary = path.with_name(f".{path.name}.partial")
    try:
        if binary:
            handle: IO[Any] = temporary.open("wb")
        else:
            handle = temporary.open("w", encoding="utf-8", newline="\n")
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)  # never leave a stray partial file behind
        raise


def write_atomically(path: Path, text: str) -> None:
    """Write `text` beside the target, flush it to disk, then rename it over the target."""
    with atomic_file(path) as handle:
        handle.write(text)
