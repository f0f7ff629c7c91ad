"""A content hash of a store, independent of SQLite's page layout and version."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from json.encoder import c_make_encoder, encode_basestring  # type: ignore[attr-defined]

# Keys in meta that describe the file rather than its content (an imported store's identity
# and when and from what it was made: a re-import of the same rows has the same content).
VOLATILE_META = frozenset({"content_hash", "store_id", "imported_at", "imported_from"})
# Tables derived from the others for speed (store.speedups): not content.
DERIVED_TABLES = frozenset(
    {"speedup_columns", "speedup_terms", "speedup_postings", "speedup_counts", "speedup_timeline"}
)


def content_tables(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name"
    ).fetchall()
    names = {row[0] for row in rows}
    virtual = {row[0] for row in rows if (row[1] or "").upper().startswith("CREATE VIRTUAL")}
    # FTS shadow tables (x_data, x_idx, ...) hold index pages, not content.
    shadow = {n for n in names for v in virtual if n.startswith(v + "_")}
    return [
        n
        for n in sorted(names)
        if n not in shadow and n not in DERIVED_TABLES and not n.startswith("sqlite_")
    ]


# One encoder for every row. json.dumps(values, ensure_ascii=False) builds a JSONEncoder and
# its C encoder per call, most of the hash's time on a million-row import; this is that same C
# encoder, made once, with json.dumps's settings (no indent, ", " and ": ", NaN allowed), so
# it writes the same text.
def _not_serialisable(value: object) -> object:
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


if c_make_encoder is not None:
    _row_chunks = c_make_encoder(None, _not_serialisable, encode_basestring, None, ": ", ", ",
                                 False, False, True)  # fmt: skip

    def _encode_row(row: tuple) -> str:
        return "".join(_row_chunks(row, 0))
else:  # a Python without json's C speed-ups
    _python_encoder = json.JSONEncoder(ensure_ascii=False)

    def _encode_row(row: tuple) -> str:
        return _python_encoder.encode(row)


def content_hash(conn: sqlite3.Connection) -> str:
    digest = hashlib.sha256()
    for table in content_tables(conn):
        columns = [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]
        order = ", ".join(f'"{c}"' for c in columns)
        digest.update(f"\x00table {table} {columns}\n".encode())
        cursor = conn.cursor()
        cursor.row_factory = None  # plain tuples, whatever the connection's rows are
        cursor.execute(f'SELECT {order} FROM "{table}" ORDER BY {order}')
        while rows := cursor.fetchmany(4096):
            if table == "meta":
                rows = [row for row in rows if row[0] not in VOLATILE_META]
            # Each row as a JSON list and a newline, as before, fed a batch at a time.
            digest.update("".join(_encode_row(row) + "\n" for row in rows).encode())
    return digest.hexdigest()
