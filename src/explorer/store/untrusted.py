"""Reading a store nobody vouches for: time limits, tolerant decoding, and the checks at open.

A store a colleague sent, or one made with another tool, may be damaged or built to stall: a
recursive view in place of `episodes`, a 5-million-row view, a 1 GB blob where a summary
belongs, NULL years, a year of 1e308, bytes that are not UTF-8. Every such store is refused at
open with a sentence naming the problem, or (for what can only show later, such as a damaged
page deep in the file) fails one query with an error instead of freezing the window:

- `guard(conn)` installs a progress handler that interrupts any one query running longer than
  QUERY_SECONDS (SQLite raises "interrupted", which callers already treat as an error);
- bytes that are not UTF-8 are decoded with U+FFFD in their place, never raised on;
- `problems(conn)` runs the structural checks listed in CHECKS, under CHECK_SECONDS in all.

The bundled store is ours and immutable: it gets none of this, so start-up stays fast.
"""

from __future__ import annotations

import sqlite3
import time

# One query on an untrusted store may run this long before it is interrupted.
QUERY_SECONDS = 2.0
# All the checks at open together: a base, plus time for each GiB of file (they read every
# row: 13 s for a 2 GB store of a million episodes on a 2-core laptop).
CHECK_SECONDS = 6.0
CHECK_SECONDS_PER_GIB = 15.0
# Years the app can place on a timeline; anything outside is refused at open.
YEAR_MIN, YEAR_MAX = -10_000.0, 10_000.0
# Rows a store may hold in its largest tables (the bundled store has ~1,600 at most; the app
# is built and measured for a corpus of a million episodes, benchmarks/scale.py).
MAX_ROWS = {
    "episodes": 2_000_000, "observations": 20_000_000, "passages": 4_000_000,
    "episode_actors": 20_000_000, "citations": 20_000_000, "actors": 2_000_000,
    "series": 1_000_000, "periods": 50_000,
}  # fmt: skip
# Characters a text cell may hold (a full text may be a book; a title may not). Names and
# titles are drawn in table cells, lanes and chart labels, where unbroken text is laid out at
# once: 2,000 is ten times the longest in the bundled store and still cheap to lay out.
MAX_CHARS = {
    "full_text": 20_000_000, "summary": 200_000, "quote": 200_000, "quotes": 2_000_000,
    "title": 2_000, "name": 2_000, "short_title": 2_000,
}  # fmt: skip
MAX_CHARS_DEFAULT = 20_000
# The full-text indexes the searches read (virtual tables; a view there could be endless).
SEARCH_INDEXES = ("episodes_fts", "passages_fts", "actors_fts")
# How often (in SQLite virtual-machine steps) the progress handler looks at the clock.
_STEPS = 2_000

# The columns the app reads, by table, with what each must hold.
# "text": TEXT, NOT NULL; "text?": TEXT or NULL; "year": finite number in range; "int": integer;
# "int?": integer or NULL; "num?": number or NULL. Every column a pane reads is here, also
# those read for one record only (a date note, provenance): what is not checked at open would
# fail, or stall the layout of a megabyte of text, only when that record is shown.
COLUMNS: dict[str, dict[str, str]] = {
    "meta": {"key": "text", "value": "text"},
    "episodes": {
        "id": "text", "title": "text", "kind": "text", "date_text": "text",
        "start_edtf": "text", "end_edtf": "text?", "precision": "text", "uncertain": "int",
        "start_lo": "year", "start_hi": "year", "end_lo": "year", "end_hi": "year",
        "summary": "text", "disputed": "int", "actors": "text", "quotes": "text",
        "date_note": "text?",
    },
    "sources": {
        "id": "text", "short_title": "text", "title": "text", "authors": "text?",
        "year": "num?", "venue": "text?", "kind": "text", "language": "text", "rights": "text",
        "rights_note": "text", "full_text": "text?",
    },
    "passages": {
        "id": "int", "source_id": "text", "locator": "text", "quote": "text",
        "char_start": "int", "char_end": "int",
    },
    "actors": {
        "id": "text", "name": "text", "kind": "text", "iso3": "text?", "note": "text?",
        "aliases": "text",
    },
    "actor_aliases": {"actor_id": "text", "alias": "text", "language": "text?"},
    "provenance": {
        "subject_type": "text", "subject_id": "text", "field": "text", "basis": "text",
        "reference": "text?", "passage_id": "int?",
    },
    "episode_actors": {"episode_id": "text", "actor_id": "text", "role": "text"},
    "periods": {
        "id": "text", "name": "text", "kind": "text", "date_text": "text", "start_edtf": "text",
        "end_edtf": "text?", "start_lo": "year", "start_hi": "year", "end_lo": "year",
        "end_hi": "year", "actor_id": "text?", "country": "text?", "date_note": "text?",
    },
    "series": {
        "id": "text", "title": "text", "indicator": "text", "category": "text?", "unit": "text",
        "scale": "num?", "unit_label": "text", "reporter": "text?", "partner": "text?",
        "source_id": "text", "table_ref": "text", "table_title": "text?", "note": "text?",
    },
    "observations": {
        "id": "text", "series_id": "text", "period": "text", "start": "year", "end": "year",
        "value": "num?", "value_text": "text", "flag": "text?", "flag_reason": "text?",
        "passage_id": "int",
    },
    "citations": {"target_type": "text", "target_id": "text", "passage_id": "int"},
    "claims": {
        "id": "int", "subject_type": "text", "subject_id": "text", "field": "text",
        "value": "text", "value_text": "text", "lo": "year", "hi": "year", "source_id": "text",
        "passage_id": "int",
    },
}  # fmt: skip


class Interrupted(Exception):
    """The checks ran out of time; `what` says which one was running."""

    def __init__(self, what: str) -> None:
        self.what = what
        super().__init__(what)


def _lenient_text(data: bytes) -> str:
    return data.decode("utf-8", "replace")


def guard(conn: sqlite3.Connection, seconds: float = QUERY_SECONDS) -> None:
    """Interrupt any one query on `conn` that runs longer than `seconds`; decode bad UTF-8.

    Each statement's time starts when SQLite starts running it (the trace callback), not when
    the progress handler first notices it: a guess from the gaps between the handler's calls
    took a busy machine's pauses for new queries, and a query then ran on past its limit."""
    conn.text_factory = _lenient_text
    started = [time.monotonic()]

    def statement_started(_sql: str) -> None:
        started[0] = time.monotonic()

    def handler() -> int:
        return 1 if time.monotonic() - started[0] > seconds else 0

    conn.set_trace_callback(statement_started)
    conn.set_progress_handler(handler, _STEPS)


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def check_seconds(conn: sqlite3.Connection) -> float:
    """The checks' time budget for this file: they read every row, so it grows with the file."""
    try:
        pages, page_size = (
            conn.execute("PRAGMA page_count").fetchone()[0],
            conn.execute("PRAGMA page_size").fetchone()[0],
        )
        gib = max(0.0, float(pages) * float(page_size) / 2**30)
    except (sqlite3.DatabaseError, TypeError, ValueError):
        gib = 0.0
    return CHECK_SECONDS + CHECK_SECONDS_PER_GIB * min(gib, 16.0)


def problems(conn: sqlite3.Connection) -> list[str]:
    """What makes `conn` unfit to be shown, as sentences for the user (empty when it is fit).

    Runs under its own time budget; a store that takes longer to check is refused as one
    "too slow to read" rather than left to freeze the window later.
    """
    seconds = check_seconds(conn)
    deadline = time.monotonic() + seconds
    conn.set_progress_handler(lambda: 1 if time.monotonic() > deadline else 0, _STEPS)
    try:
        return _run_checks(conn)
    except sqlite3.OperationalError as error:
        if "interrupt" in str(error).lower():
            return [
                f"Checking the file took longer than {seconds:.0f} seconds: "
                "it is too large or built in a way this app cannot read in time."
            ]
        return [f"The database is damaged ({error})."]
    except sqlite3.DatabaseError as error:
        return [f"The database is damaged ({error})."]
    except (UnicodeDecodeError, ValueError, OverflowError) as error:
        return [f"The database is damaged ({type(error).__name__})."]
    finally:
        guard(conn)  # back to the per-query limit that the checks' own deadline replaced


def _run_checks(conn: sqlite3.Connection) -> list[str]:
    # Names in the schema are decoded strictly by Python (column names are not values): a
    # flipped bit in one would raise UnicodeDecodeError on every query of that table.
    for name, sql in conn.execute(
        "SELECT CAST(name AS BLOB), CAST(sql AS BLOB) FROM sqlite_master"
    ).fetchall():
        try:
            bytes(name or b"").decode("utf-8")
            bytes(sql or b"").decode("utf-8")
        except UnicodeDecodeError:
            return ["The database is damaged (its table definitions are not readable text)."]
    kinds = {
        row[0]: row[1]
        for row in conn.execute(
            "SELECT name, type FROM sqlite_master WHERE type IN ('table','view')"
        )
    }
    found: list[str] = []
    for table in COLUMNS:
        if kinds.get(table) != "table":
            found.append(f"Its {table} table is a view or missing, not a table of records.")
    if any(kinds.get(index) != "table" for index in SEARCH_INDEXES):
        found.append("Its search index is a view or missing.")
    if found:
        return found
    for table, columns in COLUMNS.items():
        present = {row[1] for row in conn.execute(f"PRAGMA table_info({_q(table)})")}
        missing = sorted(set(columns) - present)
        if missing:
            found.append(f"Its {table} table lacks the column(s) {', '.join(missing)}.")
    if found:
        return found
    check = [row[0] for row in conn.execute("PRAGMA quick_check(3)")]
    if check != ["ok"]:
        return [f"The database is damaged ({'; '.join(str(c) for c in check)})."]
    for table, limit in MAX_ROWS.items():
        count = conn.execute(f"SELECT COUNT(*) FROM {_q(table)}").fetchone()[0]
        if count > limit:
            found.append(f"Its {table} table has {count:,} rows; this app shows at most {limit:,}.")
    if found:
        return found
    for table, columns in COLUMNS.items():
        found.extend(_column_problems(conn, table, columns))
        if len(found) >= 5:
            break
    return found[:5]


def _column_problems(conn: sqlite3.Connection, table: str, columns: dict[str, str]) -> list[str]:
    tests = []
    for column, rule in columns.items():
        c = _q(column)
        if rule == "text":
            tests.append((column, f"typeof({c}) <> 'text'", "is empty or not text"))
        elif rule == "text?":
            tests.append((column, f"typeof({c}) NOT IN ('text', 'null')", "is not text"))
        elif rule == "int":
            tests.append((column, f"typeof({c}) <> 'integer'", "is not a whole number"))
        elif rule == "int?":
            tests.append(
                (column, f"typeof({c}) NOT IN ('integer', 'null')", "is not a whole number")
            )
        elif rule == "num?":
            tests.append(
                (column, f"typeof({c}) NOT IN ('integer', 'real', 'null') OR abs({c}) > 1e300",
                 "is not a number")
            )  # fmt: skip
        elif rule == "year":
            tests.append(
                (column, f"typeof({c}) NOT IN ('integer', 'real') OR NOT ({c} BETWEEN "
                 f"{YEAR_MIN} AND {YEAR_MAX})",
                 f"is not a year between {YEAR_MIN:.0f} and {YEAR_MAX:.0f}")
            )  # fmt: skip
        if rule.startswith("text"):
            limit = MAX_CHARS.get(column, MAX_CHARS_DEFAULT)
            tests.append(
                (column, f"typeof({c}) = 'text' AND length({c}) > {limit}",
                 f"is longer than {limit:,} characters")
            )  # fmt: skip
    found = []
    key = _q(next(iter(columns)))  # the first column names the record (its id, mostly)
    for column, condition, words in tests:
        row = conn.execute(
            f"SELECT substr(CAST({key} AS TEXT), 1, 60) FROM {_q(table)} WHERE {condition} LIMIT 1"
        ).fetchone()
        if row is not None:
            found.append(f"In its {table} table, {column} {words} (record {row[0]!r}).")
    return found
