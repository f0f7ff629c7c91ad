"""Child process of the store fuzz test: opens each store given, as a user would, and reports.

    python -m tests.hostile.store_child MODE BASE LIST START CANARY...

MODE "open" opens each store with File ▸ Open in one window (on BASE), browses it if it opened,
and goes back to BASE; MODE "start" opens each as `--store` does at start-up (the dialog then
offers the bundled store) and builds a window on what opened. Before each store it prints
"BEGIN i", after it one JSON line; the parent counts a store whose line never came as a death
(or a hang), so a segfault costs one store, not the test run."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import traceback
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    mode, base, listing, start = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4])
    canaries = [Path(p) for p in sys.argv[5:]]
    paths = [Path(line) for line in listing.read_text(encoding="utf-8").splitlines()]

    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from explorer.app import open_first_store
    from explorer.core.session import Session
    from explorer.paths import bundled_store_path
    from explorer.store.bundled import open_store
    from explorer.ui import dialogs

    try:  # absent from versions before issue 15: the same run then measures those
        from explorer.ui import plain, safe_text
    except ImportError:
        plain = safe_text = None
    from explorer.ui.main_window import MainWindow
    from explorer.ui.settings import Settings
    from tests.hostile.file_watch import FileWatch
    from tests.hostile.walk import unsafe_renders

    if plain is not None:
        plain.install(app)
    errors: list[str] = []

    def hook(kind, value, tb):
        errors.append("".join(traceback.format_exception_only(kind, value)).strip()[:300])

    sys.excepthook = hook
    answers = {"open": dialogs.KEEP_CURRENT, "start": dialogs.RETURN_TO_BUNDLED}

    def answer(box) -> int:
        wanted = answers[mode]
        for button in box.buttons():
            if button.objectName() == wanted:
                button.click()
                return 0
        box.done(0)
        return 0

    dialogs.run = answer
    watch = FileWatch(canaries)
    bundled = bundled_store_path()

    def pump(times: int = 3) -> None:
        for _ in range(times):
            app.processEvents()

    def browse(window) -> None:
        window.build_deferred_panes()
        pump()
        state = window.session.state
        for episode_id in list(window.table.model.ids[:2]):
            state.select("episode", episode_id, origin="fuzz")
            pump()
        conn = window.session.store
        for kind, sql in (("series", "SELECT id FROM series LIMIT 1"),
                          ("source", "SELECT id FROM sources LIMIT 1"),
                          ("passage", "SELECT id FROM passages LIMIT 1"),
                          ("actor", "SELECT id FROM actors LIMIT 1")):  # fmt: skip
            try:
                row = conn.execute(sql).fetchone()
            except Exception:  # noqa: BLE001 - the fuzz's own look-up, not the app's
                row = None
            if row is not None:
                state.select(kind, str(row[0]) if kind != "passage" else row[0], origin="fuzz")
                if kind == "series":
                    state.set_chart_series((row[0],), origin="fuzz")
                pump()
        for view in ("series", "actors", "sources", "episodes"):
            window.table.show_view(view)
        pump(1)
        window.session.state.update_filters(text="<b>BOLD</b> japan", origin="fuzz")
        pump()

    window = None
    current = base
    if mode == "open":
        window = MainWindow(Session(open_store(base, immutable=False), base), Settings(), bundled)
        window.resize(1366, 768)
        window.show()
        window.build_deferred_panes()
        pump(5)
    for index in range(start, len(paths)):
        path = paths[index]
        print(f"BEGIN {index}", flush=True)
        errors.clear()
        refused = safe_text.refused if safe_text else []
        before_reads, before_refused = watch.count(), len(refused)
        started = time.monotonic()
        outcome = "refused"
        unsafe: list[str] = []
        try:
            if mode == "open":
                dialogs.choose_store_file = lambda parent, start_dir, p=path: p
                window.actions["file.open_store"].trigger()
                pump()
                if window.session.store_path == path:
                    outcome = "opened"
                    browse(window)
                    unsafe = unsafe_renders(("note-preview",))
                    current = path  # the next store is opened from this one
                elif window.session.store_path != current:
                    outcome = "switched elsewhere"
            else:
                args = argparse.Namespace(store=path, self_test=False)
                result = open_first_store(args, bundled)
                if result is not None and result[1] == path:
                    outcome = "opened"
                    conn, store_path = result
                    window = MainWindow(Session(conn, store_path), Settings(), bundled)
                    window.resize(1366, 768)
                    window.show()
                    pump()
                    browse(window)
                    unsafe = unsafe_renders(("note-preview",))
                    window.close()
                    window.deleteLater()
                    pump()
                elif result is not None:
                    result[0].close()
        except Exception as error:  # noqa: BLE001 - counted by the parent
            errors.append(f"raised: {type(error).__name__}: {error}"[:300])
        line = {
            "index": index,
            "outcome": outcome,
            "errors": list(errors),
            "seconds": round(time.monotonic() - started, 2),
            "reads": watch.count() - before_reads,
            "refused_loads": len(refused) - before_refused,
            "unsafe": unsafe[:3],
        }
        print(json.dumps(line, ensure_ascii=True), flush=True)
    print("DONE", flush=True)
    os._exit(0)  # no teardown: Qt's at-exit work is not what is being tested


if __name__ == "__main__":
    sys.exit(main())
