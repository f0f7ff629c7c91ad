"""Child process of the browsing fuzz test: opens each store with File ▸ Open, makes it fail
the way the case says, and browses every pane as a user would.

    python -m tests.hostile.browse_child MODE BASE LIST START CANARY...

MODE "browse" opens each store with File ▸ Open in one window; MODE "start" opens it as
`--store` does and builds a window on it once it is spoiled, so the panes' first reads (in
their constructors) meet the failure.

Each line of LIST is "path<TAB>late action": "none", "damage:SEED" (pages of the file are
zeroed once it is open, as if another program rewrote it) or "interrupt:N" (every N-th step
of SQLite's progress handler stops the query running, as the work limit does). Protocol as in
store_child: "BEGIN i" before each case, one JSON line after it, "DONE" at the end."""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import sys
import time
import traceback
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PAGE = 4096


def damage(path: Path, seed: int) -> None:
    """Zero a few pages (never the header page) and bump the change counter, so SQLite drops
    its cache and reads the damage on the next query."""
    rng = random.Random(seed)
    data = bytearray(path.read_bytes())
    pages = len(data) // PAGE
    for _ in range(rng.randint(1, 4)):
        index = rng.randrange(1, max(2, pages))
        data[index * PAGE : (index + 1) * PAGE] = bytes(PAGE)
    counter = int.from_bytes(data[24:28], "big")
    data[24:28] = ((counter + 1) % 2**32).to_bytes(4, "big")
    path.write_bytes(bytes(data))


def interrupt_every(conn: sqlite3.Connection, steps: int) -> None:
    calls = {"n": 0}

    def handler() -> int:
        calls["n"] += 1
        return 1 if calls["n"] % steps == 0 else 0

    conn.set_progress_handler(handler, 20)


def main() -> int:
    base, listing, start = Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4])
    canaries = [Path(p) for p in sys.argv[5:]]
    cases = [line.split("\t") for line in listing.read_text(encoding="utf-8").splitlines()]

    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from explorer.app import open_first_store
    from explorer.core.session import Session
    from explorer.paths import bundled_store_path
    from explorer.store.bundled import open_store
    from explorer.ui import dialogs, plain

    try:  # absent before every pane's reads were guarded: the same run then measures that
        from explorer.ui import guarded
    except ImportError:
        guarded = None
    from explorer.ui.main_window import MainWindow
    from explorer.ui.settings import Settings
    from explorer.ui.timeline.canvas import Target
    from tests.hostile.file_watch import FileWatch
    from tests.hostile.walk import unsafe_renders

    plain.install(app)
    errors: list[str] = []

    def hook(kind, value, tb):
        errors.append("".join(traceback.format_exception_only(kind, value)).strip()[:300])

    sys.excepthook = hook

    wanted = dialogs.KEEP_CURRENT if sys.argv[1] == "browse" else dialogs.RETURN_TO_BUNDLED

    def answer(box) -> int:
        for button in box.buttons():
            if button.objectName() == wanted:
                button.click()
                return 0
        box.done(0)
        return 0

    dialogs.run = answer
    watch = FileWatch(canaries)

    def pump(times: int = 2) -> None:
        for _ in range(times):
            app.processEvents()

    def direct(what: str, call, *args) -> None:
        """A call the test makes itself into a pane or model: what escapes it is counted."""
        try:
            call(*args)
        except Exception as error:  # noqa: BLE001 - counted
            errors.append(f"{what} raised {type(error).__name__}: {error}"[:300])

    def read_cells(model, rows: int = 250) -> None:
        for row in range(min(model.rowCount(), rows)):
            for column in range(model.columnCount()):
                index = model.index(row, column)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    direct("model.data", model.data, index, role)

    def first_ids(sql: str, count: int = 3) -> list:
        try:  # the test's own look-up on its own connection, not the app's
            with sqlite3.connect(f"file:{window.session.store_path}?mode=ro", uri=True) as conn:
                conn.text_factory = lambda b: b.decode("utf-8", "replace")
                return [row[0] for row in conn.execute(sql).fetchmany(count)]
        except sqlite3.Error:
            return []

    def browse(window) -> None:
        state = window.session.state
        table = window.table
        series = first_ids("SELECT id FROM series")
        episodes = first_ids("SELECT id FROM episodes")
        for view in range(4):
            table.tabs.setCurrentIndex(view)
            pump(1)
            read_cells(table.model)
            for row in range(min(3, table.model.rowCount())):
                table.table.selectRow(row)
                pump(1)
            direct("table.grab", table.grab)
        table.tabs.setCurrentIndex(0)
        for text in ("japan", "<b>BOLD</b> japan", 'treaty OR "visit', "a*", ""):
            table.search.setText(text)
            table.search.apply()
            pump(1)
            read_cells(table.model, 50)
        for kind, sql in (("period", "SELECT id FROM periods"),
                          ("actor", "SELECT id FROM actors"),
                          ("source", "SELECT id FROM sources"),
                          ("passage", "SELECT id FROM passages"),
                          ("observation", "SELECT id FROM observations")):  # fmt: skip
            for item in first_ids(sql, 2):
                state.select(kind, str(item), origin="fuzz")
                pump(1)
        state.set_chart_series(tuple(series[:2]), origin="fuzz")
        pump(1)
        state.set_compare_episodes(tuple(episodes[:3]), origin="fuzz")
        pump(1)
        compare = window.panes.get("compare")
        if compare is not None:
            direct("compare find", compare._find_episodes, "a")
            direct("compare find", compare._find_series, "a")
        timeline = window.panes.get("timeline")
        if timeline is not None and len(timeline.model.columns):
            for kind in ("episode", "period"):
                target = Target(kind, QRectF(0, 0, 10, 10), 0)
                if kind == "period" and not timeline.model.periods:
                    continue
                direct("timeline hover", timeline._on_hovered, target, timeline.rect().center())
                direct("timeline click", timeline._on_clicked, target, timeline.rect().center())
        chart = window.panes.get("chart")
        if chart is not None and episodes:
            direct("chart hover", chart._on_episode_hovered, episodes[0], chart.rect().center())
        filters = window.panes.get("filters")
        if filters is not None and filters.facets.kinds:
            state.update_filters(kinds=frozenset({filters.facets.kinds[0].key}), origin="fuzz")
            pump(1)
            state.clear_filters(origin="fuzz")
        for pane in window.panes.values():
            direct("pane.grab", pane.grab)
        direct("window.grab", window.grab)

    def make_window(session):
        window = MainWindow(session, Settings(), bundled_store_path())
        window.resize(1366, 768)
        window.show()
        window.build_deferred_panes()
        pump(5)
        return window

    def spoil(path: Path, conn: sqlite3.Connection, late: str) -> None:
        if late.startswith("damage:"):
            damage(path, int(late.split(":")[1]))
        elif late.startswith("interrupt:"):
            interrupt_every(conn, int(late.split(":")[1]))

    mode = sys.argv[1]
    window = None
    if mode == "browse":
        window = make_window(Session(open_store(base, immutable=False), base))
    for index in range(start, len(cases)):
        path_text, late = cases[index]
        path = Path(path_text)
        print(f"BEGIN {index}", flush=True)
        errors.clear()
        before_reads = watch.count()
        before_problems = guarded.tally["shown"] if guarded else 0
        started = time.monotonic()
        outcome, unsafe = "refused", []
        try:
            if mode == "start":
                # As `--store` does: the store is opened, then spoiled, then every pane is
                # built on it (their first reads are the constructors').
                result = open_first_store(argparse.Namespace(store=path, self_test=False),
                                          bundled_store_path())  # fmt: skip
                if result is not None and result[1] == path:
                    outcome = "browsed"
                    spoil(path, result[0], late)
                    window = make_window(Session(result[0], path))
                    browse(window)
                    unsafe = unsafe_renders(("note-preview",))
                    window.close()
                    window.deleteLater()
                    pump()
                elif result is not None:
                    result[0].close()
            else:
                dialogs.choose_store_file = lambda parent, start_dir, p=path: p
                window.actions["file.open_store"].trigger()
                pump()
                if window.session.store_path == path:
                    outcome = "browsed"
                    spoil(path, window.session.store, late)
                    browse(window)
                    unsafe = unsafe_renders(("note-preview",))
                    window.session.store.set_progress_handler(None, 0)
                    dialogs.choose_store_file = lambda parent, start_dir: base
                    window.actions["file.open_store"].trigger()
                    pump()
                    if window.session.store_path != base:
                        errors.append("could not go back to the base store")
        except Exception as error:  # noqa: BLE001 - counted by the parent
            errors.append(f"raised: {type(error).__name__}: {error}"[:300])
        problems = guarded.tally["shown"] - before_problems if guarded else 0
        line = {
            "index": index,
            "outcome": outcome,
            "errors": list(errors),
            "problems": problems,
            "problem": guarded.shown[-1] if problems else "",
            "seconds": round(time.monotonic() - started, 2),
            "reads": watch.count() - before_reads,
            "unsafe": unsafe[:3],
            "alive": mode == "start" or window.isVisible(),
        }
        print(json.dumps(line, ensure_ascii=True), flush=True)
    print("DONE", flush=True)
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
