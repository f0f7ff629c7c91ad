"""Child process of the settings fuzz test: starts a real window on each settings file given.

    python -m tests.hostile.settings_child MODE BASE LIST START

For each line of LIST (a mutated settings.ini) the file is put where the app reads its
settings (RELATIONS_EXPLORER_HOME/config), a MainWindow is built on the store BASE as app.py
builds it, shown at 1366×768, its deferred panes built (the comparison is restored then), every
workspace brought forward, the Preferences, the file choosers' folders and Open Recent read,
and the layout saved again. The protocol is store_child's: "BEGIN i" before each file, one
JSON line after it, "DONE" at the end; a file whose line never came is a death.

MODE "base" writes the file the mutations start from instead: a window whose user charted
two series, compared two episodes, hid nothing and closed it, saved to LIST."""

from __future__ import annotations

import json
import logging
import os
import shutil
import sys
import time
import traceback
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class Dropped(logging.Handler):
    """Counts the warnings that say a remembered value was dropped (and any error logged)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.warnings: list[str] = []
        self.errors: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        text = record.getMessage()[:200]
        (self.errors if record.levelno >= logging.ERROR else self.warnings).append(text)


def usable(window, app) -> str:
    """ "" when a user can work in the window, else what is wrong."""
    from explorer.ui.workspaces import BY_ID, TIMELINE_USABLE

    if not window.isVisible():
        return "the window is not shown"
    size = window.size()
    if not (300 <= size.width() <= 20_000 and 200 <= size.height() <= 20_000):
        return f"the window is {size.width()}×{size.height()}"
    if window.workspaces.current() not in BY_ID:
        return "no workspace in front"
    window.workspaces.show_workspace("explore")
    app.processEvents()
    table, timeline = window.table, window.workspaces.slots["timeline"]
    if table.isHidden() and timeline.isHidden():
        return "the timeline's workspace shows nothing"
    if not table.isHidden() and (table.height() < 40 or not table.search.isEnabled()):
        return f"the table is {table.height()} px high"
    if not timeline.isHidden() and timeline.height() < TIMELINE_USABLE:
        return f"the timeline is {timeline.height()} px high"
    return ""


def main() -> int:
    base, listing, start = Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4])
    paths = [] if sys.argv[1] == "base" else listing.read_text(encoding="utf-8").splitlines()
    target = Path(os.environ["RELATIONS_EXPLORER_HOME"]) / "config" / "settings.ini"
    target.parent.mkdir(parents=True, exist_ok=True)

    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from explorer.core.session import Session
    from explorer.paths import bundled_store_path
    from explorer.store.bundled import open_store
    from explorer.ui import dialogs, session_memory
    from explorer.ui.main_window import MainWindow
    from explorer.ui.preferences import PreferencesDialog
    from explorer.ui.settings import Settings

    errors: list[str] = []

    def hook(kind, value, tb):
        errors.append("".join(traceback.format_exception_only(kind, value)).strip()[:300])

    sys.excepthook = hook
    dialogs.run = lambda box: box.done(0) or 0
    handler = Dropped()
    logging.getLogger("explorer").addHandler(handler)
    logging.getLogger("explorer").setLevel(logging.WARNING)

    def pump(times: int = 3) -> None:
        for _ in range(times):
            app.processEvents()

    if sys.argv[1] == "base":
        target.unlink(missing_ok=True)
        conn = open_store(base)
        window = MainWindow(Session(conn, base), Settings(), bundled_store_path())
        window.resize(1366, 768)
        window.show()
        window.build_deferred_panes()
        pump()
        series = [r[0] for r in conn.execute("SELECT id FROM series LIMIT 2")]
        episodes = [r[0] for r in conn.execute("SELECT id FROM episodes LIMIT 2")]
        window.session.state.set_chart_series(series, origin="fuzz")
        window.session.state.set_compare_episodes(episodes, origin="fuzz")
        window.store_menus.remember(base)
        pump()
        window.save_layout()
        session_memory.save(window)
        window.settings.set("files/export_folder", str(base.parent))
        window.settings.sync()
        shutil.copyfile(target, listing)
        print("DONE", flush=True)
        os._exit(0)
    for index in range(start, len(paths)):
        print(f"BEGIN {index}", flush=True)
        errors.clear()
        handler.warnings.clear()
        handler.errors.clear()
        shutil.copyfile(Path(paths[index]), target)
        started = time.monotonic()
        problem = ""
        try:
            settings = Settings()
            window = MainWindow(Session(open_store(base), base), settings, bundled_store_path())
            if window.fresh_geometry:
                window.resize(1366, 768)
            window.show()
            pump()
            window.build_deferred_panes()
            pump()
            for workspace in window.workspaces.ids():
                window.workspaces.show_workspace(workspace)
                pump(1)
            PreferencesDialog(settings, window).values()
            for key in (dialogs.STORE_FOLDER, dialogs.EXPORT_FOLDER):
                dialogs._start_folder(key, Path.home())
            window.store_menus.fill_recent()
            problem = usable(window, app)
            window.save_layout()
            session_memory.save(window)
            window.close()
            window.deleteLater()
            pump()
        except Exception as error:  # noqa: BLE001 - counted by the parent
            errors.append(f"raised: {type(error).__name__}: {error}"[:300])
        line = {
            "index": index,
            "errors": errors + [f"logged: {e}" for e in handler.errors],
            "unusable": problem,
            "dropped": len(handler.warnings),
            "warning": handler.warnings[0] if handler.warnings else "",
            "seconds": round(time.monotonic() - started, 2),
        }
        print(json.dumps(line, ensure_ascii=True), flush=True)
    print("DONE", flush=True)
    os._exit(0)  # no teardown: Qt's at-exit work is not what is being tested


if __name__ == "__main__":
    sys.exit(main())
