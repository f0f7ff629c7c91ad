"""Every index and derived column a store carries for speed, in one place.

The build (`explorer.build.write`), the synthetic generator and any store built from an import
call `add_speedups` once the rows are in. Nothing here is content: the derived table is left out
of the content hash (store.fingerprint), and a store without it still works — the query layer
computes the same columns when it opens the store (slower at a million episodes, see
docs/performance.md).

What is added, and why (figures in docs/performance.md):
- `episodes_sort_*` indexes: the listing's sorts (date, title, end) walk an index;
- `episode_actors_actor`: (actor, episode) so the actor facet and the actor filter are covering;
- `speedup_columns`: the facet and sort columns as packed integer/float arrays (kind codes, date
  mid-points, decade bounds, actor membership, sort ranks), read in one go by
  `store.episode_index` so counting a facet over a million episodes is a numpy bincount instead
  of a SQL GROUP BY over a materialised id list;
- `speedup_postings`: the episodes each very common word is in, as a packed bitmap by position,
  so a broad search ('japan', 90 % of rows) is read in a millisecond instead of walking a
  900,000-entry FTS5 match list (store.fts_postings evaluates a search over them);
- `speedup_counts`: the per-row counts the listings show and sort by (an actor's episodes, a
  source's passages, a series' values), so opening the Actors tab is not a count per actor over
  millions of links;
- `speedup_timeline` (add_timeline_speedups): what the timeline and the chart draw, packed.
"""

from __future__ import annotations

import json
import sqlite3

import numpy as np

from explorer.store import timeline_columns

FORMAT = "1"  # bump when the arrays change meaning; older tables are then recomputed at open
BATCH_ROWS = 50_000  # rows a read holds at once while the arrays are made

INDEXES = (
    "CREATE INDEX IF NOT EXISTS episodes_sort_date ON episodes((start_lo + start_hi) / 2, id)",
    "CREATE INDEX IF NOT EXISTS episodes_sort_title ON episodes(title COLLATE NOCASE, id)",
    "CREATE INDEX IF NOT EXISTS episodes_sort_end ON episodes(end_hi, id)",
    "CREATE INDEX IF NOT EXISTS episode_actors_by_actor ON episode_actors(actor_id, episode_id)",
)

TERMS = """CREATE TABLE IF NOT EXISTS speedup_terms (
    term TEXT PRIMARY KEY   -- every word in episodes_fts, to turn a prefix into its few words
) WITHOUT ROWID"""

POSTINGS = """CREATE TABLE IF NOT EXISTS speedup_postings (
    term  TEXT PRIMARY KEY, -- a word of episodes_fts that many episodes contain
    docs  INTEGER NOT NULL, -- how many
    bits  BLOB NOT NULL     -- np.packbits of one flag per episode position (rowid order)
) WITHOUT ROWID"""
# A word gets a bitmap when reading its FTS5 match list would cost more than a few ms (~0.1 µs
# per match): from 20,000 matching episodes, and at least a twentieth of the store.
POSTING_MIN_DOCS = 20_000
POSTING_MIN_SHARE = 20

COUNTS = """CREATE TABLE IF NOT EXISTS speedup_counts (
    listing TEXT NOT NULL,    -- 'actors', 'sources' or 'series'
    id      TEXT NOT NULL,
    n       INTEGER NOT NULL, -- its episodes, passages or values
    PRIMARY KEY (listing, id)
) WITHOUT ROWID"""
# What each listing counts (the same expressions as store.tables, grouped once).
COUNTED = {
    "actors": "SELECT actor_id, COUNT(DISTINCT episode_id) FROM episode_actors GROUP BY actor_id",
    "sources": "SELECT source_id, COUNT(*) FROM passages GROUP BY source_id",
    "series": "SELECT series_id, COUNT(*) FROM observations GROUP BY series_id",
}

TABLE = """CREATE TABLE IF NOT EXISTS speedup_columns (
    name   TEXT PRIMARY KEY,
    dtype  TEXT NOT NULL,   -- numpy dtype of `data`, or 'json'
    data   BLOB NOT NULL
)"""

# Keys the listing sorts by -> SQL ordering whose ascending rank is stored (see ORDERS in
# store.episodes: the same expressions, id as the tie-break).
RANKED = {
    "date": "(start_lo + start_hi) / 2, id",
    "end": "end_hi, id",
    "title": "title COLLATE NOCASE, id",
    "kind": "kind, id",
    "disputed": "disputed, id",
    "actors": "(SELECT MIN(a.name) FROM episode_actors ea JOIN actors a ON a.id = ea.actor_id"
    " WHERE ea.episode_id = episodes.id) COLLATE NOCASE, id",
    "citations": "(SELECT COUNT(*) FROM citations c WHERE c.target_type = 'episode'"
    " AND c.target_id = episodes.id), id",
}


def _decade(values: np.ndarray) -> np.ndarray:
    return (np.floor(values / 10) * 10).astype(np.int16)


def _batches(cursor: sqlite3.Cursor):
    """A query's rows a batch at a time: at a million episodes a whole fetchall() held every
    row as Python tuples at once (hundreds of MB at the end of an import)."""
    while batch := cursor.fetchmany(BATCH_ROWS):
        yield batch


def _int_column(conn: sqlite3.Connection, sql: str, dtype=np.int64) -> np.ndarray:
    parts = [
        np.fromiter((r[0] for r in batch), dtype=dtype, count=len(batch))
        for batch in _batches(conn.execute(sql))
    ]
    return np.concatenate(parts) if parts else np.zeros(0, dtype=dtype)


def compute_columns(conn: sqlite3.Connection) -> dict[str, np.ndarray | list]:
    """The derived columns, from the rows (the same whether saved at build or made at open).

    Rows are read in batches into numpy arrays, so memory grows with the arrays (a few bytes
    an episode), not with Python row objects."""
    rowid_parts, kind_parts, bound_parts = [], [], []
    provisional: dict[str, int] = {}  # kind -> code in order of first sight
    for batch in _batches(
        conn.execute(
            "SELECT rowid, kind, start_lo, start_hi, end_lo, end_hi FROM episodes ORDER BY rowid"
        )
    ):
        m = len(batch)
        rowid_parts.append(np.fromiter((r[0] for r in batch), dtype=np.int64, count=m))
        kind_parts.append(
            np.fromiter(
                (provisional.setdefault(r[1], len(provisional)) for r in batch),
                dtype=np.int16,
                count=m,
            )
        )
        bound_parts.append(np.array([r[2:6] for r in batch], dtype=np.float64).reshape(m, 4))
    rowids = np.concatenate(rowid_parts) if rowid_parts else np.zeros(0, dtype=np.int64)
    bounds = np.concatenate(bound_parts) if bound_parts else np.zeros((0, 4))
    kinds = sorted(provisional)
    remap = np.zeros(max(len(provisional), 1), dtype=np.int16)
    for kind, first_seen in provisional.items():
        remap[first_seen] = kinds.index(kind)
    kind_code = remap[np.concatenate(kind_parts)] if kind_parts else np.zeros(0, dtype=np.int16)
    del rowid_parts, kind_parts, bound_parts
    start_mid = (bounds[:, 0] + bounds[:, 1]) / 2
    end_mid = (bounds[:, 2] + bounds[:, 3]) / 2
    actor_ids = [r[0] for r in conn.execute("SELECT id FROM actors ORDER BY id")]
    actor_code = {a: i for i, a in enumerate(actor_ids)}
    row_parts, actor_parts = [], []
    for batch in _batches(
        conn.execute(
            "SELECT DISTINCT e.rowid, ea.actor_id FROM episode_actors ea"
            " JOIN episodes e ON e.id = ea.episode_id"
        )
    ):
        m = len(batch)
        row_parts.append(np.fromiter((p[0] for p in batch), dtype=np.int64, count=m))
        actor_parts.append(
            np.fromiter((actor_code.get(p[1], -1) for p in batch), dtype=np.int32, count=m)
        )
    pair_row = np.concatenate(row_parts) if row_parts else np.zeros(0, dtype=np.int64)
    pair_actor = np.concatenate(actor_parts) if actor_parts else np.zeros(0, dtype=np.int32)
    keep = pair_actor >= 0
    columns: dict[str, np.ndarray | list] = {
        "rowids": rowids,
        "kind_code": kind_code,
        "kinds": kinds,
        "start_lo": bounds[:, 0].copy(),
        "end_hi": bounds[:, 3].copy(),
        "start_mid": start_mid,
        "end_mid": end_mid,
        "actor_ids": actor_ids,
        "pair_pos": np.searchsorted(rowids, pair_row[keep]).astype(np.int32),
        "pair_actor": pair_actor[keep],
    }
    for key, order in RANKED.items():
        ordered = _int_column(conn, f"SELECT rowid FROM episodes ORDER BY {order}")
        columns[f"order_{key}"] = np.searchsorted(rowids, ordered).astype(np.int32)
    return columns


def save_columns(conn: sqlite3.Connection, columns: dict[str, np.ndarray | list]) -> None:
    conn.execute(TABLE)
    conn.execute("DELETE FROM speedup_columns")
    for name, value in columns.items():
        if isinstance(value, np.ndarray):
            conn.execute(
                "INSERT INTO speedup_columns VALUES (?, ?, ?)",
                (name, value.dtype.str, value.tobytes()),
            )
        else:
            conn.execute(
                "INSERT INTO speedup_columns VALUES (?, 'json', ?)",
                (name, json.dumps(value, ensure_ascii=False).encode()),
            )
    episodes = conn.execute("SELECT COUNT(*) FROM episodes").fetchone()[0]
    info = {"format": FORMAT, "episodes": episodes, "fts_aligned": fts_aligned(conn)}
    conn.execute(
        "INSERT INTO speedup_columns VALUES ('format', 'json', ?)", (json.dumps(info).encode(),)
    )


def load_columns(conn: sqlite3.Connection) -> dict[str, np.ndarray | list] | None:
    """The saved columns, or None when the store has none or they do not fit its rows."""
    try:
        rows = conn.execute("SELECT name, dtype, data FROM speedup_columns").fetchall()
    except sqlite3.OperationalError as error:
        if "no such table" not in str(error):
            raise  # an interrupted read is not a store without the table
        return None
    columns: dict[str, np.ndarray | list] = {}
    info: dict = {}
    for name, dtype, data in rows:
        if name == "format":
            info = json.loads(bytes(data))
            columns["fts_aligned"] = [bool(info.get("fts_aligned"))]
        elif dtype == "json":
            columns[name] = json.loads(bytes(data))
        else:
            columns[name] = np.frombuffer(bytes(data), dtype=np.dtype(dtype))
    episodes = conn.execute("SELECT COUNT(*) FROM episodes").fetchone()[0]
    if info.get("format") != FORMAT or info.get("episodes") != episodes:
        return None
    return columns


def fts_aligned(conn: sqlite3.Connection) -> bool:
    """True when episodes_fts rows carry their episode's rowid (fill_episode_search, or an
    external-content index over episodes), so a match's rowid needs no look-up."""
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'episodes_fts'").fetchone()
    if sql and "content='episodes'" in (sql[0] or "").replace('"', "'").replace(" ", ""):
        return True
    try:
        mismatched = conn.execute(
            "SELECT COUNT(*) FROM episodes_fts f LEFT JOIN episodes e ON e.rowid = f.rowid"
            " WHERE e.id IS NOT f.episode_id"
        ).fetchone()[0]
    except sqlite3.OperationalError:
        return False
    return mismatched == 0


def words_with_prefix(conn: sqlite3.Connection, prefix: str, limit: int) -> list[str]:
    """Up to `limit` words of the store's word list that start with `prefix` ([] without one)."""
    try:
        rows = conn.execute(
            "SELECT term FROM speedup_terms WHERE term >= ? AND term < ? LIMIT ?",
            (prefix, prefix + "\U0010ffff", limit),
        ).fetchall()
    except sqlite3.OperationalError as error:
        if "no such table" not in str(error):
            raise  # an interrupted read is not a store without the list
        return []
    return [row[0] for row in rows if isinstance(row[0], str)]


def save_terms(conn: sqlite3.Connection) -> None:
    conn.execute(TERMS)
    conn.execute("DELETE FROM speedup_terms")
    conn.execute(
        "CREATE VIRTUAL TABLE temp.speedup_vocab USING fts5vocab(main, episodes_fts, 'row')"
    )
    conn.execute("INSERT INTO speedup_terms SELECT term FROM temp.speedup_vocab")
    conn.execute("DROP TABLE temp.speedup_vocab")


def save_postings(conn: sqlite3.Connection, rowids: np.ndarray, least: int | None = None) -> None:
    """A bitmap for every word found in at least `least` episodes (by default as
    POSTING_MIN_DOCS says). Only for an index whose rows carry their episode's rowid: the bits
    are by episode position."""
    conn.execute(POSTINGS)
    conn.execute("DELETE FROM speedup_postings")
    if not len(rowids) or not fts_aligned(conn):
        return
    if least is None:
        least = max(POSTING_MIN_DOCS, len(rowids) // POSTING_MIN_SHARE)
    conn.execute(
        "CREATE VIRTUAL TABLE temp.speedup_vocab USING fts5vocab(main, episodes_fts, 'row')"
    )
    terms = conn.execute("SELECT term, doc FROM temp.speedup_vocab WHERE doc >= ?", (least,))
    for term, _docs in terms.fetchall():
        text = conn.execute(
            "SELECT group_concat(rowid) FROM episodes_fts WHERE episodes_fts MATCH ?",
            ('"' + term.replace('"', '""') + '"',),
        ).fetchone()[0]
        found = np.searchsorted(rowids, np.fromstring(text or "", dtype=np.int64, sep=","))
        mask = np.zeros(len(rowids), dtype=bool)
        mask[found[found < len(rowids)]] = True
        conn.execute(
            "INSERT INTO speedup_postings VALUES (?, ?, ?)",
            (term, int(mask.sum()), np.packbits(mask).tobytes()),
        )
    conn.execute("DROP TABLE temp.speedup_vocab")


def posting_words(conn: sqlite3.Connection) -> dict[str, int]:
    """Word -> episodes containing it, for the words with a bitmap ({} without the table). A
    bitmap's size is checked when it is read (one made for another store is not used)."""
    try:
        rows = conn.execute("SELECT term, docs FROM speedup_postings").fetchall()
    except sqlite3.OperationalError as error:
        if "no such table" not in str(error):
            raise
        return {}
    # Only words: a store from elsewhere may hold anything in a column (they are sorted).
    return {term: docs for term, docs in rows if isinstance(term, str)}


def posting_bits(conn: sqlite3.Connection, word: str) -> bytes | None:
    row = conn.execute("SELECT bits FROM speedup_postings WHERE term = ?", (word,)).fetchone()
    return bytes(row[0]) if row else None


def save_counts(conn: sqlite3.Connection) -> None:
    conn.execute(COUNTS)
    conn.execute("DELETE FROM speedup_counts")
    for listing, sql in COUNTED.items():
        conn.execute(f"INSERT INTO speedup_counts SELECT '{listing}', * FROM ({sql})")


def add_missing(conn: sqlite3.Connection) -> list[str]:
    """Add the derived tables a store written by an older version lacks (a store opened for
    writing; its content is untouched). Returns the names of the tables added."""
    present = {
        row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    added = []
    if "speedup_columns" not in present or load_columns(conn) is None:
        save_columns(conn, compute_columns(conn))
        added.append("speedup_columns")
    if "speedup_terms" not in present:
        save_terms(conn)
        added.append("speedup_terms")
    if "speedup_postings" not in present:
        rowids = [r[0] for r in conn.execute("SELECT rowid FROM episodes ORDER BY rowid")]
        save_postings(conn, np.asarray(rowids, dtype=np.int64))
        added.append("speedup_postings")
    if "speedup_counts" not in present:
        save_counts(conn)
        added.append("speedup_counts")
    if "speedup_timeline" not in present:
        add_timeline_speedups(conn)
        added.append("speedup_timeline")
    return added


def add_timeline_speedups(conn: sqlite3.Connection) -> None:
    """The timeline's and the chart's packed arrays (store.timeline_columns): bounds, flags,
    kinds and partner countries of every episode, read at open in one go instead of row by row
    (at a million episodes: tens of milliseconds instead of seconds, ~55 MB instead of ~1 GB)."""
    timeline_columns.save_arrays(conn, timeline_columns.compute_arrays(conn))


def add_speedups(conn: sqlite3.Connection) -> None:
    """Create the indexes and the derived columns (run after every row is written)."""
    for sql in INDEXES:
        conn.execute(sql)
    columns = compute_columns(conn)
    save_columns(conn, columns)
    save_terms(conn)
    save_postings(conn, np.asarray(columns["rowids"]))
    save_counts(conn)
    add_timeline_speedups(conn)
    conn.execute("ANALYZE")
