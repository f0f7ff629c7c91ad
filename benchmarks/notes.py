"""How fast the notes store is at the sizes a heavy user reaches, and the compare computations.

    PYTHONPATH=src python benchmarks/notes.py [--notes 10000]

Prints figures; asserts nothing (speed is measured here, not in the tests).
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

from explorer.store.notes import NotesStore
from explorer.store.notes_io import export_json, import_json

WORDS = [
    "aid",
    "grant",
    "loan",
    "technical",
    "cooperation",
    "Japan",
    "Peru",
    "Fujimori",
    "hostage",
    "crisis",
    "Huaral",
    "JICA",
    "embassy",
    "trade",
    "exports",
    "imports",
    "migrants",
    "nikkei",
    "Lima",
    "Tokyo",
    "table",
    "figure",
    "source",
]


def timed(label: str, function, repeat: int = 1):
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()
        times.append((time.perf_counter() - start) * 1000)
    print(
        f"{label:<48} {statistics.median(times):9.2f} ms"
        + (f" (median of {repeat})" if repeat > 1 else "")
    )
    return result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--notes", type=int, default=10_000)
    args = parser.parse_args()
    rng = random.Random(1)
    folder = Path(tempfile.mkdtemp(prefix="notes-bench-"))
    path = folder / "notes.db"
    store = NotesStore.open(path)

    def fill() -> None:
        with store.write() as conn:
            for i in range(args.notes):
                body = " ".join(rng.choice(WORDS) for _ in range(rng.randint(20, 120)))
                store._insert(
                    conn,
                    "episode",
                    f"e{i % 400}",
                    f"Episode {i % 400}",
                    body,
                    [rng.choice(WORDS) for _ in range(rng.randint(0, 3))],
                )

    timed(f"insert {args.notes} notes (one transaction)", fill)
    store.close()
    store = timed("open: integrity check + migrations", lambda: NotesStore.open(path), repeat=5)
    note_id = store.search(limit=1).ids[0]
    counter = iter(range(10**9))
    timed(
        "autosave one note (one committed transaction)",
        lambda: store.save(note_id, body=f"typing {next(counter)}"),
        repeat=50,
    )
    timed("search one word (FTS5)", lambda: store.search("hostage"), repeat=20)
    timed("search prefix + tag filter", lambda: store.search("coop", tags=["aid"]), repeat=20)
    timed("tag counts", store.tag_counts, repeat=20)
    timed("noted_ids('episode') (note markers)", lambda: store.noted_ids("episode"), repeat=20)
    text = timed(f"export {args.notes} notes to JSON", lambda: export_json(store))
    print(f"{'JSON size':<48} {len(text) / 1e6:9.2f} MB")
    other = NotesStore.open(folder / "other.db")
    timed(f"import {args.notes} notes into an empty store", lambda: import_json(other, text))
    timed("re-import the same file (adds nothing)", lambda: import_json(other, text))
    other.close()
    store.close()
    compare_figures()
    return 0


def compare_figures() -> None:
    from explorer.core.compare import load_facts
    from explorer.core.compare_series import aligned_points, before_after
    from explorer.paths import bundled_store_path
    from explorer.store.bundled import open_store

    conn = open_store(bundled_store_path())
    ids = [r[0] for r in conn.execute("SELECT id FROM episodes ORDER BY start_lo LIMIT 4")]
    series = [r[0] for r in conn.execute("SELECT id FROM series LIMIT 6")]
    if not ids or not series:
        print("compare: the bundled store is empty; skipped")
        return
    facts = timed("compare: facts of 4 episodes", lambda: load_facts(conn, ids), repeat=10)

    def align() -> None:
        for series_id in series:
            for episode in facts:
                before_after(
                    series_id, episode.id, aligned_points(conn, series_id, episode, (-5, 5))
                )

    timed(f"compare: align {len(series)} series x {len(facts)} episodes + means", align, repeat=10)


if __name__ == "__main__":
    raise SystemExit(main())
