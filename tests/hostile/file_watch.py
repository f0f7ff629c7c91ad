"""Counting reads of "canary" files with Linux inotify, to prove that no data made the app open
a file. A store or an import file names the canaries (`<img src="file:///…/canary.png">`); a
renderer that followed such a reference would open one, and inotify sees the open from inside
Qt's C++ code, where Python's audit hooks cannot look."""

from __future__ import annotations

import ctypes
import os
import struct
import zlib
from pathlib import Path

IN_ACCESS, IN_OPEN, IN_NONBLOCK = 0x1, 0x20, 0o4000
_libc = ctypes.CDLL(None, use_errno=True)


class FileWatch:
    """Watches files for opens and reads; `count()` says how many happened since the start."""

    def __init__(self, paths: list[Path]) -> None:
        self.fd = _libc.inotify_init1(IN_NONBLOCK)
        if self.fd < 0:
            raise OSError(ctypes.get_errno(), "inotify_init1 failed")
        self.events = 0
        for path in paths:
            if _libc.inotify_add_watch(self.fd, os.fsencode(path), IN_OPEN | IN_ACCESS) < 0:
                raise OSError(ctypes.get_errno(), f"cannot watch {path}")

    def count(self) -> int:
        while True:
            try:
                data = os.read(self.fd, 65536)
            except BlockingIOError:
                break
            offset = 0
            while offset < len(data):
                _wd, _mask, _cookie, length = struct.unpack_from("iIII", data, offset)
                offset += 16 + length
                self.events += 1
        return self.events

    def close(self) -> None:
        os.close(self.fd)


def _one_pixel_png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 6, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00\xff")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def make_canaries(folder: Path) -> list[Path]:
    """A tiny PNG, a CSS file and a text file for data to point at."""
    folder.mkdir(parents=True, exist_ok=True)
    png = folder / "canary.png"
    png.write_bytes(_one_pixel_png())
    css = folder / "canary.css"
    css.write_text("body { color: red }\n", encoding="utf-8")
    txt = folder / "canary.txt"
    txt.write_text("secret\n", encoding="utf-8")
    return [png, css, txt]


def hostile_strings(canaries: list[Path]) -> list[str]:
    """Texts that a renderer taking them for HTML would act on."""
    png, css, txt = canaries
    return [
        f'<img src="{png.as_uri()}"> <b>BOLD</b>',
        f'<b>bold</b><img src="{png.as_uri()}" width=500 height=500>',
        f'<link rel="stylesheet" href="{css.as_uri()}"><i>italic</i>',
        f'<a href="{txt.as_uri()}">click</a> <h1>Heading</h1>',
        f'<table background="{png.as_uri()}"><tr><td>cell</td></tr></table>',
        f"![x]({png.as_uri()}) [local]({txt.as_uri()})",
    ]
