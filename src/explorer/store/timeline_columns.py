"""The episodes as the timeline and the chart draw them: numeric arrays, packed once per store.

Both panes need every episode's bounds, kind, flags and partner countries, and nothing else
until one is labelled or pointed at. So those columns are numpy arrays in rowid order (the order
of the query layer's masks, so a query's result applies without any look-up), and titles, ids
and dates are read from SQLite only for the episodes actually shown (store.timeline).

A built or generated store keeps the arrays as blobs in `speedup_timeline` (written by
store.speedups.add_timeline_speedups): reading them at a million episodes takes tens of
milliseconds and ~55 MB, where reading the rows takes seconds and, as Python lists, ~1 GB. A
store without the table (an older one, or the bundled store until it is rebuilt) gets the same
arrays computed from its rows, in chunks, so memory stays near the arrays' own size.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, fields

import numpy as np

FORMAT = "1"  # bump when the arrays change meaning; older tables are then ignored
TABLE = """CREATE TABLE IF NOT EXISTS speedup_timeline (
    name   TEXT PRIMARY KEY,
    dtype  TEXT NOT NULL,   -- numpy dtype of `data`, or 'json'
    data   BLOB NOT NULL
)"""
HOME_COUNTRY = "PER"  # every episode involves Peru; lanes by partner show the other country

# One bit each, in `flags`.
EXACT = 1  # dated to the day
UNCERTAIN = 2
DISPUTED = 4
POINT = 8  # no end date: drawn as a point

_FLAGS_SQL = (
    "(precision = 'day') | ((uncertain != 0) << 1) | ((disputed != 0) << 2)"
    " | ((end_edtf IS NULL) << 3)"
)
_CHUNK = 65_536


@dataclass(frozen=True, eq=False)
class TimelineArrays:
    """One entry per episode, in rowid order; read-only, so threads may share it."""

    rowids: np.ndarray  # int64, ascending
    start_rank: np.ndarray  # int32: the episode's place in (start_lo, id) order
    start_lo: np.ndarray  # float64 decimal years
    start_hi: np.ndarray
    end_lo: np.ndarray
    end_hi: np.ndarray
    flags: np.ndarray  # uint8, the bits above
    kind_code: np.ndarray  # int16 into `kinds`
    kinds: tuple[str, ...]
    partner_pos: np.ndarray  # int32 episode position, ascending (one entry per partner)
    partner_code: np.ndarray  # int16 into `partner_ids`; by actor id within an episode
    partner_ids: tuple[str, ...]  # countries other than Peru, sorted
    packed: bool = False  # read from speedup_timeline (False: computed from the rows)

    def __len__(self) -> int:
        return len(self.rowids)


_ARRAY_FIELDS = tuple(
    f.name for f in fields(TimelineArrays) if f.name not in ("kinds", "partner_ids", "packed")
)


def empty_arrays() -> TimelineArrays:
    floats = np.zeros(0, dtype=np.float64)
    return TimelineArrays(
        np.zeros(0, np.int64), np.zeros(0, np.int32), floats, floats, floats, floats,
        np.zeros(0, np.uint8), np.zeros(0, np.int16), (), np.zeros(0, np.int32),
        np.zeros(0, np.int16), (),
    )  # fmt: skip


def compute_arrays(conn: sqlite3.Connection) -> TimelineArrays:
    """The arrays from the episode rows (a store without the packed table, or the build)."""
    chunks = []
    cursor = conn.execute(
        f"SELECT rowid, {_FLAGS_SQL}, start_lo, start_hi, end_lo, end_hi FROM episodes"
        " ORDER BY rowid"
    )
    while rows := cursor.fetchmany(_CHUNK):
        chunks.append(np.array(rows, dtype=np.float64).reshape(len(rows), 6))
    table = np.concatenate(chunks) if chunks else np.zeros((0, 6))
    del chunks
    rowids = table[:, 0].astype(np.int64)
    kinds = tuple(row[0] for row in conn.execute("SELECT DISTINCT kind FROM episodes ORDER BY 1"))
    code_of = {kind: i for i, kind in enumerate(kinds)}
    kind_code = np.empty(len(rowids), dtype=np.int16)
    cursor = conn.execute("SELECT kind FROM episodes ORDER BY rowid")
    at = 0
    while rows := cursor.fetchmany(_CHUNK):
        kind_code[at : at + len(rows)] = [code_of[row[0]] for row in rows]
        at += len(rows)
    # The timeline's order: by start, then id (ties of year-precise starts are common).
    ordered = np.empty(len(rowids), dtype=np.int64)
    cursor = conn.execute("SELECT rowid FROM episodes ORDER BY start_lo, id")
    at = 0
    while rows := cursor.fetchmany(_CHUNK):
        ordered[at : at + len(rows)] = [row[0] for row in rows]
        at += len(rows)
    start_rank = np.empty(len(rowids), dtype=np.int32)
    start_rank[np.searchsorted(rowids, ordered)] = np.arange(len(rowids), dtype=np.int32)
    del ordered
    partner_pos, partner_code, partner_ids = _partners(conn, rowids)
    return TimelineArrays(
        rowids=rowids,
        start_rank=start_rank,
        start_lo=np.ascontiguousarray(table[:, 2]),
        start_hi=np.ascontiguousarray(table[:, 3]),
        end_lo=np.ascontiguousarray(table[:, 4]),
        end_hi=np.ascontiguousarray(table[:, 5]),
        flags=table[:, 1].astype(np.uint8),
        kind_code=kind_code,
        kinds=kinds,
        partner_pos=partner_pos,
        partner_code=partner_code,
        partner_ids=partner_ids,
    )


def _partners(conn: sqlite3.Connection, rowids: np.ndarray):
    countries = tuple(
        row[0]
        for row in conn.execute(
            "SELECT id FROM actors WHERE kind = 'country' AND id != ? ORDER BY id", (HOME_COUNTRY,)
        )
    )
    code_of = {actor: i for i, actor in enumerate(countries)}
    pos_chunks, code_chunks = [], []
    cursor = conn.execute(
        "SELECT DISTINCT e.rowid, ea.actor_id FROM episode_actors ea"
        " JOIN actors a ON a.id = ea.actor_id JOIN episodes e ON e.id = ea.episode_id"
        " WHERE a.kind = 'country' AND ea.actor_id != ?",
        (HOME_COUNTRY,),
    )
    while rows := cursor.fetchmany(_CHUNK):
        pos_chunks.append(np.fromiter((row[0] for row in rows), np.int64, len(rows)))
        code_chunks.append(np.fromiter((code_of[row[1]] for row in rows), np.int16, len(rows)))
    if not pos_chunks:
        return np.zeros(0, np.int32), np.zeros(0, np.int16), countries
    rows_of = np.concatenate(pos_chunks)
    codes = np.concatenate(code_chunks)
    # Codes follow the actor ids' order, so (episode, code) order is (episode, actor id).
    order = np.lexsort((codes, rows_of))
    positions = np.searchsorted(rowids, rows_of[order]).astype(np.int32)
    return positions, codes[order], countries


def save_arrays(conn: sqlite3.Connection, arrays: TimelineArrays) -> None:
    conn.execute(TABLE)
    conn.execute("DELETE FROM speedup_timeline")
    for name in _ARRAY_FIELDS:
        value = np.ascontiguousarray(getattr(arrays, name))
        conn.execute(
            "INSERT INTO speedup_timeline VALUES (?, ?, ?)",
            (name, value.dtype.str, value.tobytes()),
        )
    info = {
        "format": FORMAT,
        "episodes": len(arrays),
        "kinds": list(arrays.kinds),
        "partner_ids": list(arrays.partner_ids),
    }
    conn.execute(
        "INSERT INTO speedup_timeline VALUES ('format', 'json', ?)",
        (json.dumps(info, ensure_ascii=False).encode(),),
    )


def load_arrays(conn: sqlite3.Connection) -> TimelineArrays | None:
    """The packed arrays, or None when the store has none or they do not fit its rows."""
    try:
        rows = conn.execute("SELECT name, dtype, data FROM speedup_timeline").fetchall()
    except sqlite3.OperationalError as error:
        if "no such table" not in str(error):
            raise  # an interrupted read is not a store without the table
        return None
    stored = {name: (dtype, data) for name, dtype, data in rows}
    if "format" not in stored or not set(_ARRAY_FIELDS) <= stored.keys():
        return None
    info = json.loads(bytes(stored["format"][1]))
    episodes = conn.execute("SELECT COUNT(*) FROM episodes").fetchone()[0]
    if info.get("format") != FORMAT or info.get("episodes") != episodes:
        return None
    # frombuffer shares the blob's memory: no copy, and the arrays are read-only.
    values = {
        name: np.frombuffer(stored[name][1], dtype=np.dtype(stored[name][0]))
        for name in _ARRAY_FIELDS
    }
    if any(len(values[name]) != episodes for name in _ARRAY_FIELDS if "partner" not in name):
        return None
    return TimelineArrays(
        **values,
        kinds=tuple(info.get("kinds", ())),
        partner_ids=tuple(info.get("partner_ids", ())),
        packed=True,
    )


def read_arrays(conn: sqlite3.Connection) -> TimelineArrays:
    """The store's arrays: packed if it has them, computed from its rows if not."""
    return load_arrays(conn) or compute_arrays(conn)
