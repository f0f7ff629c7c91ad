"""relations-explorer [--store PATH] [--self-test [--report PATH]] [--lang es|en] [--presentation]
relations-explorer SUBCOMMAND ...   (see explorer.cli: import, export-template, cite)

Start-up is kept short on purpose (the budget is 0.6 s to a window painted with data): only
Qt widgets and sqlite3 are imported before the first paint; the panes that need pyqtgraph are
built just after it (see ui/docks.py).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from pathlib import Path

# Set by benchmarks/startup.py: print the time of the first paint with data, then quit.
PROBE_ENV = "RELATIONS_EXPLORER_STARTUP_PROBE"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="relations-explorer",
        description="Explore Peru's foreign relations with Japan, China and South Korea, "
        "1849–2015, with every record traced to its source.",
    )
    parser.add_argument(
        "--store", type=Path, help="open this relations store instead of the bundled one"
    )
    parser.add_argument("--self-test", action="store_true",
                        help="start, check every pane shows data, write a report, exit 0 or 1")  # fmt: skip
    parser.add_argument("--report", type=Path, help="where --self-test writes its report")
    parser.add_argument("--lang", choices=("en", "es"), help="interface language")
    parser.add_argument("--presentation", action="store_true",
                        help="start in presentation mode (large type, high contrast)")  # fmt: skip
    return parser.parse_args(argv)


def open_first_store(args, bundled: Path):
    """The store to start with, asking the user what to do if it cannot be opened.

    Returns (connection, path), or None if the user chose to quit or nothing can be opened.
    """
    from explorer.store.bundled import StoreError, open_store
    from explorer.ui import dialogs

    path = args.store or bundled
    while True:
        try:
            return open_store(path, immutable=Path(path).resolve() == bundled.resolve()), Path(path)
        except StoreError as error:
            if args.self_test:
                raise
            if Path(path).resolve() == bundled.resolve():
                dialogs.bundled_store_broken(None, error)
                return None
            choice = dialogs.ask_about_store_problem(None, error, at_startup=True)
            if choice == dialogs.RETURN_TO_BUNDLED:
                path = bundled
            elif choice == dialogs.CHOOSE_ANOTHER:
                path = dialogs.choose_store_file(None, Path(path).parent) or bundled
            else:
                return None


def _self_test_failed_to_open(args, error) -> int:
    from explorer.ui.selftest import Report

    report = Report()
    report.check("store", False, f"{error.path}: {error.problem}")
    report.write(args.report)
    return 1


def main(argv: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else list(argv)
    from explorer.cli import SUBCOMMANDS, run

    if arguments and arguments[0] in SUBCOMMANDS:
        return run(arguments[0], arguments[1:])
    args = parse_args(arguments)
    from explorer import logs

    logs.setup()  # before Qt: a failure to start is worth a line in the log too
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from explorer import APP_NAME, DESKTOP_ID, __version__, paths
    from explorer.core.session import Session
    from explorer.store.bundled import StoreError
    from explorer.ui import theme
    from explorer.ui.settings import Settings

    if QApplication.instance() is None:
        from explorer import qt_platform

        missing = qt_platform.check()  # Qt's own abort would bury the one fact that matters
        if missing:
            logging.getLogger(__name__).error(missing)
            if sys.stderr is not None:
                print(missing, file=sys.stderr)
            return 1
    from explorer.ui.plotting.raster import paint_on_one_thread

    paint_on_one_thread()  # read by Qt once, at its first large fill
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from explorer.ui import errors

    shown: dict = {}  # the window and session the error dialog names, once they exist
    app.error_reporter = errors.install(
        lambda: shown.get("window"), lambda: _dataset_version(shown.get("session"))
    )
    from explorer.ui import plain

    plain.install(app)  # before any dialog: data is shown as plain text
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_ID)
    app.setWindowIcon(QIcon(str(paths.resource("icons", "app", "relations-explorer.svg"))))
    settings = Settings()
    if args.lang:
        settings.set("interface/language", args.lang)
    # Translators go in before any widget is made: widgets translate their texts when built.
    from explorer.ui import i18n

    i18n.install(app, i18n.resolve(settings.get("interface/language")))
    theme.apply(app, settings.get("appearance/theme"))

    bundled = paths.bundled_store_path()
    try:
        opened = open_first_store(args, bundled)
    except StoreError as error:
        return _self_test_failed_to_open(args, error)
    if opened is None:
        return 1
    conn, store_path = opened

    from explorer.ui.main_window import MainWindow

    session = Session(conn, store_path)
    window = MainWindow(session, settings, bundled)
    shown.update(window=window, session=session)
    window.presentation_requested = args.presentation
    if args.presentation:
        from explorer.ui.lessons.menus import present_when_ready

        present_when_ready(window)
    if os.environ.get(PROBE_ENV):
        window.first_painted.connect(lambda: _report_paint_and_quit(app, window))
    exit_code = {"value": 0}
    if args.self_test:
        from explorer.ui.selftest import run_self_test

        def done(code: int) -> None:
            exit_code["value"] = code
            window.close()
            app.exit(code)

        run_self_test(window, args.report, done)
    # A first start uses the whole screen (not 96% of it); a remembered size is kept after.
    # The self-test checks the reference laptop window instead, whatever the screen.
    maximize = window.fresh_geometry and not args.self_test
    window.showMaximized() if maximize else window.show()
    result = app.exec()
    return exit_code["value"] if args.self_test else result


def _dataset_version(session) -> str | None:
    """The open store's dataset version for an error report; None if it cannot be read."""
    if session is None:
        return None
    import sqlite3

    from explorer.store.bundled import store_meta

    try:
        return store_meta(session.store).get("dataset_version")
    except sqlite3.Error:
        logging.getLogger(__name__).warning("no dataset version for the report", exc_info=True)
        return None


def _report_paint_and_quit(app, window) -> None:
    rows = len(window.table.model.ids)
    heavy = ",".join(
        m for m in ("pyqtgraph", "pandas", "numpy", "sqlite_utils") if m in sys.modules
    )
    if sys.stdout is not None:  # a windowed Windows build has no stdout
        print(f"painted {time.time():.6f} rows={rows} heavy={heavy or '-'}", flush=True)
    app.exit(0)
