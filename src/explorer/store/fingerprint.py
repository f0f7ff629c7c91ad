"""A content hash of a store, independent of SQLite's page layout and version."""

from __future__ import annotations

import hashlib
import json
import sqlite3

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


def content_hash(conn: sqlite3.Connection) -> str:
    digest = hashlib.sha256()
    for table in content_tables(conn):
        columns = [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]
        order = ", ".join(f'"{c}"' for c in columns)
        digest.update(f"\x00table {table} {columns}\n".encode())
        for row in conn.execute(f'SELECT {order} FROM "{table}" ORDER BY {order}'):
            values = list(row)
            if table == "meta" and values[0] in VOLATILE_META:
                continue
            digest.update(json.dumps(values, ensure_ascii=False).encode())
            digest.update(b"\n")
    return digest.hexdigest()
