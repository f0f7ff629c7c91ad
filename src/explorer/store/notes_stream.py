"""Reading a notes file one note at a time, so that a file of any size the app can write is
imported in bounded memory (no Qt).

A notes file is one JSON object whose `notes` and `saved_items` lists can hold 100,000 entries
and more (a 140 MB file). Parsing it whole took a copy of the text and of every object at once;
here the top-level object is walked by hand, and each other value (each note, each saved item,
each header field) is parsed on its own by the standard JSON decoder, from a buffer that is
refilled from the file as needed. What the caller gets is a stream of `Part`s, each with the
line where it starts, so a refusal can still name the line of the note at fault.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import BinaryIO, TextIO

CHUNK_BYTES = 1 << 20
# One note of the largest size the import accepts (a 100,000-character body, 1,000 history
# hashes), written with every character escaped, is under 2 MB of text; a value larger than
# this is refused without reading further.
MAX_VALUE_CHARS = 16 * 1024 * 1024
LISTS = ("notes", "saved_items")  # the top-level lists that are streamed entry by entry


@dataclass(frozen=True)
class Part:
    kind: str  # "field" (a top-level key and value), "list" (a streamed list starts), "note"
    # or "saved_item" (an entry of one)
    key: str  # the field's name; for a list entry, the list's name
    index: int  # position in its list (0 for a field)
    value: object
    line: int  # where the value starts (1-based)
    text: str  # the value's JSON text, to locate a problem inside it


class StreamError(Exception):
    """The file is not the JSON it should be; `line` says where (0: the whole file)."""

    def __init__(self, line: int, message: str) -> None:
        self.line, self.message = line, message
        super().__init__(f"line {line}: {message}")


class Utf8Source:
    """Text from a binary file, decoded as UTF-8 a chunk at a time; a decoding error names
    the byte's offset in the whole file, as reading it whole did."""

    def __init__(self, handle: BinaryIO) -> None:
        self.handle = handle
        self.bytes_read = 0
        self._decoder = codecs.getincrementaldecoder("utf-8")("strict")

    def read(self, size: int) -> str:
        data = self.handle.read(size)
        start = self.bytes_read
        self.bytes_read += len(data)
        try:
            return self._decoder.decode(data, final=not data)
        except UnicodeDecodeError as error:
            pending = len(self._decoder.getstate()[0]) if data else 0
            at = max(0, start - pending + error.start)
            raise UnicodeDecodeError("utf-8", error.object, at, at + 1, error.reason) from None


class _Reader:
    def __init__(self, source: TextIO | Utf8Source) -> None:
        self.source = source
        self.buffer = ""
        self.pos = 0
        self.eof = False
        self.line = 1  # line of self.pos
        self._counted = 0  # self.line counts the newlines of buffer[:_counted]
        self._decoder = json.JSONDecoder()

    def fill(self) -> bool:
        """Read more; False at the end of the file."""
        if self.eof:
            return False
        if self.pos > CHUNK_BYTES:  # drop what has been consumed
            self.line_at(self.pos)
            self.buffer = self.buffer[self.pos :]
            self._counted -= self.pos
            self.pos = 0
        text = self.source.read(CHUNK_BYTES)
        if not text:
            self.eof = True
            return False
        if not self.buffer and text.startswith("\ufeff"):
            text = text[1:]
        self.buffer += text
        return True

    def line_at(self, pos: int) -> int:
        if pos > self._counted:
            self.line += self.buffer.count("\n", self._counted, pos)
            self._counted = pos
        return self.line

    def peek(self) -> str:
        """The next character that is not white space ("" at the end), not consumed."""
        while True:
            while self.pos < len(self.buffer) and self.buffer[self.pos] in " \t\r\n":
                self.pos += 1
            if self.pos < len(self.buffer):
                return self.buffer[self.pos]
            if not self.fill():
                return ""

    def expect(self, allowed: str) -> str:
        char = self.peek()
        if not char or char not in allowed:
            shown = repr(char) if char else "the end of the file"
            wanted = " or ".join(repr(c) for c in allowed)
            raise StreamError(self.line_at(self.pos), f"not valid JSON (expected {wanted}, "
                              f"found {shown})")  # fmt: skip
        self.pos += 1
        return char

    def value(self) -> tuple[object, int, str]:
        """The next JSON value, the line it starts on and its text."""
        self.peek()
        while True:
            start = self.pos  # (re-read: refilling the buffer may move it)
            try:
                value, end = self._decoder.raw_decode(self.buffer, start)
            except json.JSONDecodeError as error:
                # Only a value cut off by the end of the buffer can be mended by reading on
                # (a long string, or the error at the very end); any other error is final.
                cut = "Unterminated string" in error.msg or error.pos >= len(self.buffer) - 6
                if cut and self._more():
                    continue
                where = self.line_at(start) + self.buffer.count("\n", start, error.pos)
                column = error.pos - self.buffer.rfind("\n", 0, error.pos)
                raise StreamError(where, f"not valid JSON ({error.msg}, column {column})") from None
            except RecursionError:
                raise StreamError(self.line_at(start), "the JSON is nested too deeply") from None
            except ValueError as error:  # e.g. an integer of more than 4,300 digits
                raise StreamError(self.line_at(start), f"not valid JSON ({error})") from None
            if end == len(self.buffer) and self._more():
                continue  # a number cut at the end of the buffer may go on: read it whole
            line = self.line_at(start)
            self.pos = end
            return value, line, self.buffer[start:end]

    def _more(self) -> bool:
        """Read more of a value that does not end within the buffer (bounded)."""
        if len(self.buffer) - self.pos > MAX_VALUE_CHARS:
            raise StreamError(
                self.line_at(self.pos),
                f"one value is larger than {MAX_VALUE_CHARS // 2**20} MB "
                "(larger than any note can be)",
            )
        return self.fill()

    def key(self) -> str:
        line = self.line_at(self.pos)
        key, _, _ = self.value()
        if not isinstance(key, str):
            raise StreamError(line, "not valid JSON (a key should be text)")
        return key


def read_parts(
    source: TextIO | Utf8Source, on_part: Callable[[], None] | None = None
) -> Iterator[Part]:
    """The top-level fields and the entries of `notes` and `saved_items`, in file order.
    Raises StreamError where the file is not one JSON object."""
    reader = _Reader(source)
    first = reader.peek()
    if first != "{":
        if not first:
            raise StreamError(1, "not valid JSON (the file is empty)")
        reader.value()  # raises StreamError if it is not JSON at all
        raise StreamError(1, "the file should hold one JSON object")
    reader.pos += 1
    if reader.peek() == "}":
        reader.pos += 1
    else:
        while True:
            key = reader.key()
            reader.expect(":")
            if key in LISTS and reader.peek() == "[":
                yield Part("list", key, 0, [], reader.line_at(reader.pos), "[")
                reader.pos += 1
                yield from _entries(reader, key, on_part)
            else:
                value, line, text = reader.value()
                yield Part("field", key, 0, value, line, text)
            if reader.expect(",}") == "}":
                break
    if reader.peek():
        raise StreamError(reader.line_at(reader.pos), "not valid JSON (extra data after the "
                          "object)")  # fmt: skip


def _entries(reader: _Reader, key: str, on_part) -> Iterator[Part]:
    kind = "note" if key == "notes" else "saved_item"
    if reader.peek() == "]":
        reader.pos += 1
        return
    index = 0
    while True:
        value, line, text = reader.value()
        yield Part(kind, key, index, value, line, text)
        if on_part is not None:
            on_part()
        index += 1
        if reader.expect(",]") == "]":
            return
