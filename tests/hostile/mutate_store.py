"""Mutated copies of a relations store: damaged bytes, changed schema, hostile values.

`make_stores(base, folder, count, canaries, seed)` writes `count` files and returns
(path, what was done) pairs. Each kind of mutation is one function; they are taken in turn so
every kind is tried, with seeded random details."""

from __future__ import annotations

import random
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

from tests.hostile.file_watch import hostile_strings

# Text columns that hold words a person reads (ids, keys and EDTF stay valid).
READABLE = {
    "episodes": ("title", "date_text", "summary"),
    "sources": ("short_title", "title", "authors", "venue", "rights_note", "full_text"),
    "passages": ("locator", "quote"),
    "actors": ("name", "note"),
    "periods": ("name", "date_text"),
    "series": ("title", "category", "unit_label", "table_ref", "table_title", "note"),
    "observations": ("value_text", "flag_reason"),
}
YEARS = ("start_lo", "start_hi", "end_lo", "end_hi")


def _unconstrained(conn: sqlite3.Connection, table: str) -> None:
    """Rebuild `table` without NOT NULL or type constraints, so any value can be put in."""
    conn.execute(f"ALTER TABLE {table} RENAME TO old_{table}")
    conn.execute(f"CREATE TABLE {table} AS SELECT * FROM old_{table}")
    conn.execute(f"DROP TABLE old_{table}")


def _raw(path: Path, rng: random.Random, how: str) -> str:
    data = bytearray(path.read_bytes())
    if how == "flip":
        count = rng.randint(1, 40)
        for _ in range(count):
            at = rng.randrange(100, len(data))
            data[at] ^= 1 << rng.randrange(8)
        path.write_bytes(bytes(data))
        return f"{count} bit flips"
    if how == "truncate":
        at = rng.randrange(100, len(data))
        path.write_bytes(bytes(data[:at]))
        return f"truncated at {at}"
    page = 4096
    index = rng.randrange(1, max(2, len(data) // page))
    data[index * page : (index + 1) * page] = bytes(page)
    path.write_bytes(bytes(data))
    return f"page {index} zeroed"


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]


def _view_over(conn: sqlite3.Connection, table: str, body: str) -> None:
    """Replace `table` by a view with the same column names, fed by `body` (a CTE query)."""
    columns = _columns(conn, table)
    conn.execute(f"DROP TABLE {table}")
    select = ", ".join(f"n AS {c}" if c in YEARS else f"'x' || n AS {c}" for c in columns)
    conn.execute(f"CREATE VIEW {table} AS {body.format(select=select)}")


def m_flip(conn, path, rng):
    return "raw:flip"


def m_truncate(conn, path, rng):
    return "raw:truncate"


def m_zero_page(conn, path, rng):
    return "raw:zero"


def m_drop_table(conn, path, rng):
    table = rng.choice(sorted(READABLE) + ["meta", "episode_actors", "citations", "claims"])
    conn.execute(f"DROP TABLE {table}")
    return f"dropped {table}"


def m_recursive_view(conn, path, rng):
    _view_over(
        conn, "episodes",
        "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT {select} FROM r",
    )  # fmt: skip
    return "episodes is an endless recursive view"


def m_huge_view(conn, path, rng):
    _view_over(
        conn, rng.choice(["episodes", "observations", "passages"]),
        "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r LIMIT 5000000) "
        "SELECT {select} FROM r",
    )  # fmt: skip
    return "a table is a 5M-row view"


def m_randomblob_view(conn, path, rng):
    columns = _columns(conn, "episodes")
    conn.execute("DROP TABLE episodes")
    select = ", ".join(f"randomblob(1000000) AS {c}" for c in columns)
    conn.execute(
        "CREATE VIEW episodes AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 "
        f"FROM r LIMIT 1000) SELECT {select} FROM r"
    )
    return "episodes is a view of random blobs"


def m_self_join_view(conn, path, rng):
    columns = _columns(conn, "episodes")
    conn.execute("ALTER TABLE episodes RENAME TO e0")
    select = ", ".join(f"a.{c} AS {c}" for c in columns)
    joins = " ".join(f"CROSS JOIN e0 {x}" for x in "bcdef")
    conn.execute(f"CREATE VIEW episodes AS SELECT {select} FROM e0 a {joins}")
    return "episodes is a 6-way self-join"


def m_null_years(conn, path, rng):
    table = rng.choice(["episodes", "periods", "observations"])
    _unconstrained(conn, table)
    column = rng.choice([c for c in _columns(conn, table) if c in (*YEARS, "start", "end")])
    conn.execute(f"UPDATE {table} SET {column} = NULL WHERE rowid IN "
                 f"(SELECT rowid FROM {table} ORDER BY random() LIMIT 2)")  # fmt: skip
    return f"NULL {table}.{column}"


def m_extreme_year(conn, path, rng):
    value = rng.choice([1e308, -1e308, 1e20, 99999.0, -50000.0])
    table = rng.choice(["episodes", "periods", "claims"])
    column = "lo" if table == "claims" else rng.choice(YEARS)
    conn.execute(f"UPDATE {table} SET {column} = ? WHERE rowid = "
                 f"(SELECT rowid FROM {table} LIMIT 1)", (value,))  # fmt: skip
    return f"{table}.{column} = {value}"


def m_bad_utf8(conn, path, rng):
    table = rng.choice(sorted(READABLE))
    column = rng.choice(READABLE[table])
    conn.execute(f"UPDATE {table} SET {column} = CAST(x'41ff fe80c0' AS TEXT) WHERE rowid IN "
                 f"(SELECT rowid FROM {table} LIMIT 3)")  # fmt: skip
    return f"bad UTF-8 in {table}.{column}"


def m_zeroblob(conn, path, rng):
    table, column = rng.choice([("episodes", "summary"), ("sources", "full_text"),
                                ("passages", "quote"), ("episodes", "title")])  # fmt: skip
    conn.execute(f"UPDATE {table} SET {column} = zeroblob(8000000) WHERE rowid = "
                 f"(SELECT rowid FROM {table} LIMIT 1)")  # fmt: skip
    return f"8 MB zeroblob in {table}.{column}"


def m_huge_text(conn, path, rng):
    table = rng.choice(sorted(READABLE))
    column = rng.choice(READABLE[table])
    conn.execute(f"UPDATE {table} SET {column} = ? WHERE rowid = (SELECT rowid FROM {table} "
                 "LIMIT 1)", ("x" * rng.choice([30_000, 300_000, 2_000_000]),))  # fmt: skip
    return f"long unbroken text in {table}.{column}"


def m_html_everywhere(conn, path, rng, canaries=None):
    strings = hostile_strings(canaries) if canaries else ["<b>BOLD</b>"]
    for table, columns in READABLE.items():
        for column in columns:
            conn.execute(f"UPDATE {table} SET {column} = ? || ' ' || rowid", (rng.choice(strings),))
    conn.execute("UPDATE meta SET value = ? WHERE key IN ('title', 'dataset_version')",
                 (rng.choice(strings),))  # fmt: skip
    return "HTML in every text column"


def m_dataset_version_img(conn, path, rng):
    conn.execute("UPDATE meta SET value = '<img src=\"file:///dev/zero\">' "
                 "WHERE key = 'dataset_version'")  # fmt: skip
    return "dataset_version is <img src=file:///dev/zero>"


def m_meta(conn, path, rng):
    how = rng.choice(["empty", "version", "long"])
    if how == "empty":
        conn.execute("DELETE FROM meta")
    elif how == "version":
        conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'",
                     (rng.choice(["2", "", "1 ", "<b>1</b>", "9" * 5000]),))  # fmt: skip
    else:
        conn.execute("UPDATE meta SET value = ? WHERE key = 'title'", ("t" * 50_000,))
    return f"meta {how}"


def m_wrong_types(conn, path, rng):
    table = rng.choice(["episodes", "observations", "passages", "series"])
    _unconstrained(conn, table)
    column = rng.choice(_columns(conn, table))
    value = rng.choice(["abc", 12, 3.5, b"\x00\x01", None, ""])
    conn.execute(f"UPDATE {table} SET {column} = ? WHERE rowid = "
                 f"(SELECT rowid FROM {table} LIMIT 1)", (value,))  # fmt: skip
    return f"{table}.{column} = {value!r}"


def m_broken_links(conn, path, rng):
    how = rng.choice(["citation", "actor", "passage span", "series source", "observation"])
    if how == "citation":
        conn.execute("UPDATE citations SET passage_id = 999999")
    elif how == "actor":
        conn.execute("UPDATE episode_actors SET actor_id = 'nobody' || rowid")
    elif how == "passage span":
        conn.execute("UPDATE passages SET char_start = -5, char_end = 10000000")
    elif how == "series source":
        conn.execute("UPDATE series SET source_id = 'nowhere'")
    else:
        conn.execute("UPDATE observations SET value = ?, start = 2000, end = 1990",
                     (rng.choice([1e299, -1e299, 0.0, 1e-300]),))  # fmt: skip
    return f"broken {how}"


def m_reversed_spans(conn, path, rng):
    conn.execute("UPDATE episodes SET start_lo = end_hi + 50, start_hi = end_hi + 60")
    return "episodes end before they start"


def m_duplicates(conn, path, rng):
    _unconstrained(conn, "episodes")
    conn.execute("INSERT INTO episodes SELECT * FROM episodes")
    return "every episode twice"


def m_too_many_rows(conn, path, rng):
    conn.execute(
        "INSERT INTO periods (id, name, kind, date_text, start_edtf, start_lo, start_hi, end_lo,"
        " end_hi) WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r LIMIT 50001)"
        " SELECT 'p' || n, 'P', 'era', '1990', '1990', 1990, 1990, 1991, 1991 FROM r"
    )
    return "50,001 extra periods"


def m_trigger_and_index(conn, path, rng):
    conn.execute("CREATE INDEX IF NOT EXISTS x_title ON episodes(title)")
    conn.execute("CREATE TABLE extra (a, b)")
    return "extra objects (harmless)"


def m_missing_column(conn, path, rng):
    table = rng.choice(["episodes", "series", "sources"])
    column = rng.choice([c for c in _columns(conn, table) if c not in ("id",)])
    try:
        conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    except sqlite3.OperationalError:
        _unconstrained(conn, table)
        conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    return f"{table} lacks {column}"


MUTATIONS: list[Callable] = [
    m_flip, m_truncate, m_zero_page, m_drop_table, m_recursive_view, m_huge_view,
    m_randomblob_view, m_self_join_view, m_null_years, m_extreme_year, m_bad_utf8, m_zeroblob,
    m_huge_text, m_html_everywhere, m_dataset_version_img, m_meta, m_wrong_types,
    m_broken_links, m_reversed_spans, m_duplicates, m_too_many_rows, m_trigger_and_index,
    m_missing_column, m_html_everywhere, m_flip,
]  # fmt: skip


def make_stores(
    base: Path, folder: Path, count: int, canaries: list[Path], seed: int = 15
) -> list[tuple[Path, str]]:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for index in range(count):
        mutation = MUTATIONS[index % len(MUTATIONS)]
        path = folder / f"store-{index:03d}.db"
        shutil.copy(base, path)
        conn = sqlite3.connect(path, isolation_level=None)
        try:
            if mutation is m_html_everywhere:
                what = mutation(conn, path, rng, canaries)
            else:
                what = mutation(conn, path, rng)
        except sqlite3.Error as error:
            what = f"{mutation.__name__} failed to apply ({error}); file as it was"
        finally:
            conn.close()
        if what.startswith("raw:"):
            what = _raw(path, rng, what[4:])
        made.append((path, f"{mutation.__name__}: {what}"))
    return made
