"""CSV files as the app writes them: UTF-8 with a byte-order mark, LF line endings, atomically.

The byte-order mark is what makes Excel on Windows read the file as UTF-8 (without it, "Perú"
opens as "PerÃº"); LibreOffice, pandas (encoding="utf-8-sig") and Python's csv module with
`encoding="utf-8-sig"` read it the same. One line ending throughout, LF, also inside quoted
fields (a summary's own line breaks are normalised), so no reader sees a mix. The file is written
beside its target and renamed over it, so a full disk never leaves half an export behind.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path

from explorer.store.atomic import write_atomically

BOM = "\ufeff"
LINE_END = "\n"


def _one_line_ending(value: object) -> object:
    if isinstance(value, str) and "\r" in value:
        return value.replace("\r\n", LINE_END).replace("\r", LINE_END)
    return value


def csv_text(rows: Iterable[Sequence[object]]) -> str:
    """The file's whole text, byte-order mark first."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator=LINE_END)
    for row in rows:
        writer.writerow([_one_line_ending(value) for value in row])
    return BOM + out.getvalue()


def with_bom(text: str) -> str:
    """CSV text made elsewhere (with LF endings), ready for write_atomically."""
    text = text.replace("\r\n", LINE_END).replace("\r", LINE_END)
    return text if text.startswith(BOM) else BOM + text


def write_csv(path: Path | str, rows: Iterable[Sequence[object]]) -> None:
    write_atomically(Path(path), csv_text(rows))
