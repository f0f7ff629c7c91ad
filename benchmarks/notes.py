"""How fast the notes are at the sizes a heavy user reaches: the store, the Notes pane, export
and re-import of that export, and the compare computations.

    PYTHONPATH=src python benchmarks/notes.py                      # 100,000 notes, bundled store
    PYTHONPATH=src python benchmarks/notes.py --store PATH.db      # on a synthetic store
    PYTHONPATH=src python benchmarks/notes.py --notes 10000 --quick

The notes file is generated once per (store, count) and kept in the temporary folder, so a
second run starts at once; every run works on a copy. Each figure is printed as wall time, CPU
time of this process and, for the re-import (run in a child process so its memory is its
own), peak resident memory. The load average is printed first: on a busy machine wall times
are inflated, CPU times much less. Asserts nothing (speed is measured here, not in the tests).
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from explorer.store.notes import NotesStore

# A research vocabulary with a Zipf-like spread (common words first), so a search for a common
# word matches most notes and a rare one a handful, as in a real notes file.
VOCABULARY = [
    "japan",
    "peru",
    "aid",
    "the",
    "of",
    "and",
    "in",
    "to",
    "grant",
    "loan",
    "technical",
    "cooperation",
    "embassy",
    "trade",
    "exports",
    "imports",
    "migrants",
    "nikkei",
    "lima",
    "tokyo",
    "table",
    "figure",
    "source",
    "fujimori",
    "hostage",
    "crisis",
    "huaral",
    "jica",
    "ambassador",
    "minister",
    "visit",
    "treaty",
    "yen",
    "debt",
    "fisheries",
    "mining",
    "copper",
    "investment",
    "agreement",
    "protest",
    "election",
    "congress",
    "decree",
    "bilateral",
    "delegation",
    "credit",
    "museum",
    "archive",
    "newspaper",
    "interview",
    "telegram",
    "memorandum",
    "budget",
    "disbursement",
    "project",
    "school",
    "hospital",
    "highway",
    "port",
    "earthquake",
    "relief",
    "volunteers",
    "scholarship",
    "exchange",
    "festival",
    "community",
]
TAGS = [
    "aid",
    "diplomacy",
    "trade",
    "migration",
    "sources",
    "to-check",
    "table-3",
    "chapter-2",
    "chapter-4",
    "interview",
    "archive",
    "press",
    "economy",
    "security",
    "culture",
    "follow-up",
    "quote",
    "figure-5",
    "disputed",
    "method",
]
RARE_WORD = "zapatero"  # in about one note in a thousand
COMMON_WORD = "japan"


def load() -> str:
    return f"load average {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f}"


def measure(label: str, function, repeat: int = 1):
    """Run `function` `repeat` times; print the median wall and CPU milliseconds."""
    walls, cpus, result = [], [], None
    for _ in range(repeat):
        cpu, wall = time.process_time(), time.perf_counter()
        result = function()
        walls.append((time.perf_counter() - wall) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    wall, cpu = statistics.median(walls), statistics.median(cpus)
    extra = f"  p95 {sorted(walls)[int(0.95 * (len(walls) - 1))]:8.1f}" if repeat >= 5 else ""
    print(f"  {label:<46} wall {wall:9.1f} ms  cpu {cpu:9.1f} ms{extra}  (n={repeat})")
    return result


def peak_mb() -> float:
    """Peak resident memory of this process. VmHWM, not ru_maxrss: a child started by fork
    and exec inherits its parent's ru_maxrss, which would hide its own figure."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def targets_of(store_path: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(f"{store_path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    rows = conn.execute("SELECT id, title FROM episodes ORDER BY id LIMIT 50000").fetchall()
    conn.close()
    return [(str(i), str(t)) for i, t in rows]


def body_for(rng: random.Random) -> str:
    words = VOCABULARY
    weights = [1 / (rank + 1) for rank in range(len(words))]
    paragraphs = []
    for _ in range(rng.randint(1, 4)):
        chosen = rng.choices(words, weights, k=rng.randint(15, 90))
        if rng.random() < 0.6:
            chosen.insert(rng.randrange(len(chosen)), COMMON_WORD)
        if rng.random() < 0.001:
            chosen.insert(0, RARE_WORD)
        paragraphs.append(" ".join(chosen).capitalize() + ".")
    heading = "## " + " ".join(rng.choices(words, k=rng.randint(2, 6))).capitalize()
    return heading + "\n\n" + "\n\n".join(paragraphs)


def make_notes_file(store_path: Path, count: int) -> Path:
    cache = Path(tempfile.gettempdir()) / "relations-notes-bench"
    cache.mkdir(exist_ok=True)
    path = cache / f"{store_path.stem}-{count}.db"
    if path.exists():
        return path
    rng = random.Random(16)
    targets = targets_of(store_path)
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    store = NotesStore.open(partial, dataset_version="bench")
    started = time.perf_counter()
    with store.write() as conn:
        for _ in range(count):
            target_id, label = rng.choice(targets)
            tags = rng.sample(TAGS, rng.choice((0, 1, 1, 2, 2, 3)))
            store._insert(conn, "episode", target_id, label[:200], body_for(rng), tags)
    store.close()
    for extra in ("-wal", "-shm"):
        Path(f"{partial}{extra}").unlink(missing_ok=True)
    os.replace(partial, path)
    print(f"  made {count:,} notes in {time.perf_counter() - started:.1f} s -> {path}")
    return path


def working_copy(path: Path) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="notes-bench-"))
    shutil.copy(path, folder / "notes.db")
    return folder / "notes.db"


def store_figures(path: Path) -> None:
    print("store (no Qt):")
    store = measure("open: integrity check + migrations", lambda: NotesStore.open(path), 3)
    store.close()
    store = NotesStore.open(path)
    measure("count", store.count, 7)
    measure("all notes, newest first", lambda: store.search(""), 7)
    measure(f"search a common word ({COMMON_WORD!r})", lambda: store.search(COMMON_WORD), 7)
    measure(f"search a rare word ({RARE_WORD!r})", lambda: store.search(RARE_WORD), 7)
    measure("search a tag ('diplomacy')", lambda: store.search("", tags=["diplomacy"]), 7)
    measure("search a prefix + tag ('coop', 'aid')", lambda: store.search("coop", ["aid"]), 7)
    find = getattr(store, "find", None)
    if find is not None:  # what the Notes pane asks since schema v3: rowids, no note objects
        measure(f"find a common word ({COMMON_WORD!r})", lambda: find(COMMON_WORD), 7)
        measure(f"find a rare word ({RARE_WORD!r})", lambda: find(RARE_WORD), 7)
        measure("find a tag ('diplomacy')", lambda: find("", ["diplomacy"]), 7)
    measure("tag counts", store.tag_counts, 7)
    note_id = store.search("", limit=1).ids[0]
    counter = iter(range(10**9))
    measure("autosave one note", lambda: store.save(note_id, body=f"typed {next(counter)}"), 20)
    store.close()


def pane_figures(path: Path, store_path: Path, export_to: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from explorer.core.session import Session
    from explorer.store.bundled import open_store
    from explorer.ui.notes import NotesPane

    app = QApplication.instance() or QApplication([])
    session = Session(open_store(store_path), store_path)
    session.notes = NotesStore.open(path, dataset_version="bench")
    print("Notes pane (offscreen, 1366x768):")

    def open_pane():
        pane = NotesPane(session)
        pane.resize(1366, 768)
        pane.show()
        app.processEvents()
        return pane

    pane = measure("open the pane (build + first refresh + paint)", open_pane)

    def settle() -> None:
        # Until the list shows what the search box asks for (a search may finish off-thread).
        deadline = time.monotonic() + 30
        while getattr(pane, "search_pending", lambda: False)() and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.001)
        pane.list.viewport().repaint()

    def search(text: str):
        def run():
            pane.search.setText(text)
            pane.refresh()
            settle()

        return run

    first = pane.model.index(0, 0)
    pane.list.setCurrentIndex(first)
    app.processEvents()
    counter = iter(range(10**9))

    def edit_and_refresh():
        note = pane.editor.note
        if note is not None:
            session.notes.save(note.id, body=f"## Edited {next(counter)}\n\n{note.body}")
        pane.refresh()
        settle()

    measure("refresh after an edit", edit_and_refresh, 7)
    measure(f"search a common word ({COMMON_WORD!r})", search(COMMON_WORD), 7)
    measure(f"search a rare word ({RARE_WORD!r})", search(RARE_WORD), 7)
    pane.search.setText("")
    index = pane.tag_filter.findData("diplomacy")

    def tag():
        pane.tag_filter.setCurrentIndex(0)
        pane.tag_filter.setCurrentIndex(index)  # its signal refreshes the list
        settle()

    measure("filter by a tag ('diplomacy')", tag, 7)
    pane.tag_filter.setCurrentIndex(0)
    search("")()
    sort = getattr(pane, "sort_by", None)
    if sort is not None:
        for key in ("title", "updated"):
            measure(f"sort by {key}", lambda key=key: (sort(key), settle()), 5)
    else:
        print("  sort: the pane has no sort control (newest first only)")

    def scroll_to_end():
        pane.list.scrollToTop()
        app.processEvents()
        pane.list.scrollToBottom()
        app.processEvents()
        pane.list.viewport().repaint()

    measure("scroll to the end and paint", scroll_to_end, 5)
    before = peak_mb()
    measure("export every note (JSON)", lambda: pane.export_to(export_to))
    print(f"  export file: {export_to.stat().st_size / 1e6:.1f} MB; peak memory of this process "
          f"{before:.0f} -> {peak_mb():.0f} MB")  # fmt: skip
    pane.close()
    session.notes.close()


def reimport_figures(export: Path) -> None:
    into = Path(tempfile.mkdtemp(prefix="notes-bench-import-")) / "notes.db"
    command = [sys.executable, __file__, "--import-child", str(export), str(into)]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True)
    wall = time.perf_counter() - started
    print("re-import of that export into an empty notes file (child process):")
    print("  " + (done.stdout.strip() or done.stderr.strip()[-800:]).replace("\n", "\n  "))
    print(f"  child wall time including start-up {wall:.1f} s")


def import_child(export: Path, into: Path) -> int:
    """Import as the app does, report wall, CPU and peak memory of this process alone."""
    from explorer.store import notes_io

    store = NotesStore.open(into, dataset_version="bench")
    cpu, wall = time.process_time(), time.perf_counter()
    try:
        if hasattr(notes_io, "import_file"):
            report = notes_io.import_file(store, export)
        else:  # before streaming import: read the whole text, with the app's size cap
            from explorer.store.import_limits import read_import_text
            from explorer.store.notes_import_check import MAX_IMPORT_BYTES

            report = notes_io.import_json(store, read_import_text(export, MAX_IMPORT_BYTES))
        outcome = f"added {report.added:,} notes, {report.unchanged:,} already there"
    except Exception as error:  # noqa: BLE001 - the refusal is the figure
        outcome = f"REFUSED: {type(error).__name__}: {str(error)[:300]}"
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(f"{outcome}\nwall {wall:.1f} s  cpu {cpu:.1f} s  peak memory (RSS) {peak_mb():.0f} MB")
    store.close()
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
    print("compare (bundled store):")
    facts = measure("facts of 4 episodes", lambda: load_facts(conn, ids), 10)

    def align() -> None:
        for series_id in series:
            for episode in facts:
                before_after(
                    series_id, episode.id, aligned_points(conn, series_id, episode, (-5, 5))
                )

    measure(f"align {len(series)} series x {len(facts)} episodes + means", align, 10)


def main() -> int:
    if len(sys.argv) == 4 and sys.argv[1] == "--import-child":
        return import_child(Path(sys.argv[2]), Path(sys.argv[3]))
    from explorer.paths import bundled_store_path

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=100_000)
    parser.add_argument("--store", type=Path, default=None, help="default: the bundled store")
    parser.add_argument("--quick", action="store_true", help="skip export and re-import")
    args = parser.parse_args()
    store_path = args.store or bundled_store_path()
    print(f"{args.notes:,} notes on {store_path.name}; {load()}; python {sys.version.split()[0]}")
    source = make_notes_file(store_path, args.notes)
    store_figures(working_copy(source))
    copy = working_copy(source)
    export = copy.with_name("export.json")
    pane_figures(copy, store_path, export)
    if not args.quick:
        reimport_figures(export)
        compare_figures()
    print(f"done; {load()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
