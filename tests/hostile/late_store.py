"""Stores that pass every check at open and fail only while they are browsed.

The checks at open (store/untrusted.py) look at the tables and columns every pane needs; what
they cannot see is what one pane reads for one record. These mutations go there:

- values of the wrong kind (NULL, a number, a blob, bad UTF-8) in columns the checks do not
  list (an episode's actors and quotes, an actor's aliases, provenance, the speed-up arrays);
- views that explode or never end in place of a table only some queries read (`conflicts`,
  `provenance`, `actor_aliases`, the passage search index);
- and, applied by the child once the store is open ("late" actions): pages damaged after the
  checks ran, and queries interrupted at random by the work limit.

`make_cases(base, folder, count, seed)` returns (path, late action, what was done) triples.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
from pathlib import Path

from tests.hostile.mutate_store import _unconstrained

ENDLESS = "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r)"
HUGE = "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r LIMIT 3000000)"
WRONG = (None, 12, 3.5, b"\x00\xff\x01", "", "<b>BOLD</b>", "x" * 100_000)


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]


def m_unlisted_column(conn, rng):
    table, column = rng.choice([
        ("episodes", "actors"), ("episodes", "quotes"), ("episodes", "date_note"),
        ("periods", "date_note"), ("actors", "aliases"), ("actor_aliases", "alias"),
        ("actor_aliases", "actor_id"), ("provenance", "basis"), ("provenance", "reference"),
        ("provenance", "passage_id"), ("provenance", "field"),
    ])  # fmt: skip
    _unconstrained(conn, table)
    value = rng.choice(WRONG)
    conn.execute(f"UPDATE {table} SET {column} = ? WHERE rowid IN "
                 f"(SELECT rowid FROM {table} ORDER BY random() LIMIT 5)", (value,))  # fmt: skip
    return f"{table}.{column} = {value!r:.30}"


def m_bad_utf8_unlisted(conn, rng):
    table, column = rng.choice([("episodes", "actors"), ("episodes", "quotes"),
                                ("actors", "aliases"), ("provenance", "reference")])  # fmt: skip
    conn.execute(f"UPDATE {table} SET {column} = CAST(x'41fffe80c0' AS TEXT) WHERE rowid IN "
                 f"(SELECT rowid FROM {table} LIMIT 4)")  # fmt: skip
    return f"bad UTF-8 in {table}.{column}"


def _as_view(conn, table: str, body: str) -> None:
    columns = _columns(conn, table)
    conn.execute(f"DROP TABLE {table}")
    select = ", ".join(f"'x' || n AS {c}" for c in columns)
    conn.execute(f"CREATE VIEW {table} AS {body} SELECT {select} FROM r")


def m_endless_view(conn, rng):
    table = rng.choice(["provenance", "actor_aliases"])
    _as_view(conn, table, ENDLESS)
    return f"{table} is an endless view"


def m_huge_view(conn, rng):
    table = rng.choice(["provenance", "actor_aliases"])
    _as_view(conn, table, HUGE)
    return f"{table} is a 3M-row view"


def m_conflicts_view(conn, rng):
    conn.execute("DROP VIEW conflicts")
    conn.execute(f"CREATE VIEW conflicts AS {ENDLESS} SELECT 'episode' AS subject_type, "
                 "'x' || n AS subject_id, 'start' AS field, 'x' AS summary FROM r")  # fmt: skip
    return "conflicts is an endless view"


def m_passage_index_view(conn, rng):
    conn.execute("DROP TABLE passages_fts")
    conn.execute(f"CREATE VIEW passages_fts AS {ENDLESS} SELECT n AS passage_id, 'x' AS quote, "
                 "'x' AS locator FROM r")  # fmt: skip
    return "the passage search index is an endless view"


def m_long_text(conn, rng):
    """Unbroken text as long as the checks at open allow: it must not stall the layout."""
    table, column, length = rng.choice([
        ("episodes", "summary", 199_999), ("episodes", "title", 19_999),
        ("periods", "date_note", 19_999), ("episodes", "date_note", 19_999),
        ("passages", "quote", 199_999), ("actors", "note", 19_999), ("series", "title", 19_999),
        ("sources", "title", 19_999), ("observations", "value_text", 19_999),
    ])  # fmt: skip
    conn.execute(f"UPDATE {table} SET {column} = ? WHERE rowid IN (SELECT rowid FROM {table} "
                 "LIMIT 3)", (rng.choice("xW") * length,))  # fmt: skip
    return f"{length:,} unbroken characters in {table}.{column}"


def m_speedups(conn, rng):
    from explorer.store.speedups import add_speedups

    add_speedups(conn)
    how = rng.choice(["short", "dtype", "json", "garbage"])
    rows = conn.execute("SELECT name, dtype FROM speedup_columns").fetchall()
    if not rows:
        return "no speed-up arrays to damage"
    name, dtype = rng.choice(rows)
    if how == "short":
        conn.execute("UPDATE speedup_columns SET data = substr(data, 1, 3) WHERE name = ?", (name,))
    elif how == "dtype":
        conn.execute("UPDATE speedup_columns SET dtype = ? WHERE name = ?",
                     (rng.choice(["object", "<U9", "complex256", "nonsense", ""]), name))  # fmt: skip
    elif how == "json":
        conn.execute("UPDATE speedup_columns SET dtype = 'json', data = ? WHERE name = ?",
                     (rng.choice([b"[[[", b"null", b"1e999", b"{}"]), name))  # fmt: skip
    else:
        conn.execute("UPDATE speedup_columns SET data = randomblob(40000)")
    return f"speed-up array {name} ({dtype}): {how}"


def m_stat1(conn, rng):
    conn.execute("ANALYZE")
    conn.execute("UPDATE sqlite_stat1 SET stat = ?",
                 (rng.choice(["1 1", "999999999 1", "x", "1 1 1 1 1 1"]),))  # fmt: skip
    return "misleading planner statistics"


def m_intact(conn, rng):
    return "intact"


ON_DISK = [m_unlisted_column, m_long_text, m_bad_utf8_unlisted, m_endless_view, m_conflicts_view,
           m_long_text, m_huge_view, m_passage_index_view, m_speedups, m_stat1]  # fmt: skip


def make_cases(base: Path, folder: Path, count: int, seed: int = 15) -> list[tuple[Path, str, str]]:
    """`count` cases: a third damaged once open, a third interrupted at random, a third
    mutated on disk in a place the checks at open do not read."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    cases = []
    for index in range(count):
        path = folder / f"late-{index:03d}.db"
        shutil.copy(base, path)
        turn = index % 3
        if turn == 0:
            late, mutation = f"damage:{rng.randrange(10**6)}", m_intact
        elif turn == 1:
            late, mutation = f"interrupt:{rng.randint(3, 400)}", m_intact
        else:
            late, mutation = "none", ON_DISK[(index // 3) % len(ON_DISK)]
        conn = sqlite3.connect(path, isolation_level=None)
        try:
            what = mutation(conn, rng)
        except sqlite3.Error as error:
            what = f"{mutation.__name__} failed to apply ({error})"
        finally:
            conn.close()
        cases.append((path, late, f"{mutation.__name__}: {what}; late {late}"))
    return cases
