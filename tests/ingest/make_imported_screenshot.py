"""imported-events-1366x768.png: an imported event corpus explored in the app (for an issue note).

    QT_QPA_PLATFORM=offscreen python3 tests/ingest/make_imported_screenshot.py [--lang es] [--out PNG]

Imports a GDELT 2.0 export of 1,500 events (benchmarks/import_scale.py writes it, as the
codebook lays it out) through `relations-explorer import`'s pipeline, opens the store in the
main window at 1366x768, filters it to the events involving Japan and selects one, so the
timeline's lanes by kind, the facets by kind and actor, the table and the detail pane show.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(REPO), str(REPO / "benchmarks")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="en")
    parser.add_argument("--out", type=Path,
                        default=Path("imported-events-1366x768.png"))  # fmt: skip
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from explorer.ui import i18n
    from tests.conftest import _with_pending_translations

    app = QApplication([])
    _with_pending_translations(i18n.install)(app, args.lang)

    import import_scale

    from explorer.core.session import Session
    from explorer.ingest.pipeline import run_import
    from explorer.paths import bundled_store_path
    from explorer.store.bundled import open_store
    from explorer.store.filters import Filters
    from explorer.ui.main_window import MainWindow
    from explorer.ui.settings import Settings

    with tempfile.TemporaryDirectory() as scratch:
        export = Path(scratch) / "20150218.export.CSV"
        import_scale.write_gdelt(export, 1500)
        store = Path(scratch) / "gdelt.db"
        report = run_import([export], store, title="GDELT events, 2010–2014")
        assert report.content_hash, report.problems[:5]
        window = MainWindow(Session(open_store(store, immutable=False), store), Settings(),
                            bundled_store_path())  # fmt: skip
        window.resize(1366, 768)
        window.show()
        window.build_deferred_panes()
        window.session.state.set_filters(Filters(actors=frozenset({"JPN"})), origin="screenshot")
        window.session.state.select("episode", "gdelt-400000057", origin="screenshot")
        until = time.monotonic() + 5
        while time.monotonic() < until:
            app.processEvents()
            time.sleep(0.05)
        args.out.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(args.out))
        window.close()
    print(args.out)


if __name__ == "__main__":
    main()
