"""Search and facet timings on the bundled store (budget: an update ≤ 50 ms).

Two measurements for each case:
- store: the SQL alone — matching ids in order (search_episodes) plus every facet count;
- window: the whole update a user waits for — state.update_filters() in a real main window,
  with the table, the facets, the details and every other pane that listens reacting.
Each figure is the median (and worst) of --repeat runs. --scale N also times the store queries
on a synthetic store with N generated episodes, to show how they grow.

    PYTHONPATH=src:. python3 benchmarks/queries.py [--repeat 30] [--scale 100000]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO / "src"), str(REPO)]
BUDGET_MS = 50

from explorer.core.state import Filters  # noqa: E402
from explorer.store.episodes import search_episodes  # noqa: E402
from explorer.store.facets import facet_counts  # noqa: E402

CASES = {
    "no filters": Filters(),
    "hostage": Filters(text="hostage"),
    "Fujimori Japan": Filters(text="Fujimori Japan"),
    "fishmeal": Filters(text="fishmeal"),
    "prefix 'ja'": Filters(text="ja"),
    'malformed "unbalan': Filters(text='"unbalan'),
    "kind trade+aid": Filters(kinds=frozenset({"trade", "aid"})),
    "actors JPN+PER": Filters(actors=frozenset({"JPN", "PER"})),
    "decade 1990s": Filters(decades=frozenset({1990})),
    "active 1985–1990": Filters(date_from=1985.0, date_to=1991.0),
    "all combined": Filters(
        text="japan",
        kinds=frozenset({"aid", "finance", "diplomatic"}),
        actors=frozenset({"JPN"}),
        decades=frozenset({1980, 1990}),
        date_from=1985.0,
        date_to=1996.0,
    ),  # fmt: skip
}


def timed(function, repeat: int) -> tuple[float, float]:
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples), max(samples)


def store_figures(conn, repeat: int) -> list[tuple[str, int, float, float]]:
    rows = []
    for name, filters in CASES.items():
        count = len(search_episodes(conn, filters).ids)

        def run(filters=filters):
            search_episodes(conn, filters)
            facet_counts(conn, filters)

        rows.append((name, count, *timed(run, repeat)))
    return rows


def window_figures(store_path: Path, repeat: int) -> list[tuple[str, int, float, float]]:
    from PySide6.QtWidgets import QApplication

    from explorer.core.session import Session
    from explorer.paths import bundled_store_path
    from explorer.store.bundled import open_store
    from explorer.ui.main_window import MainWindow
    from explorer.ui.settings import Settings

    app = QApplication.instance() or QApplication([])
    os.environ["RELATIONS_EXPLORER_HOME"] = tempfile.mkdtemp()
    session = Session(open_store(store_path), store_path)
    window = MainWindow(session, Settings(), bundled_store_path())
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    window.build_deferred_panes()
    app.processEvents()
    state = session.state
    rows = []
    for name, filters in CASES.items():
        shown = []

        def run(filters=filters, shown=shown):
            state.set_filters(filters)
            app.processEvents()  # let the panes repaint what changed
            shown.append(len(window.table.model.ids))
            state.set_filters(Filters())
            app.processEvents()

        median, worst = timed(run, repeat)
        # Each run is two updates (apply, then clear): report one.
        rows.append((name, shown[-1], median / 2, worst / 2))
    window.close()
    return rows


def show(title: str, rows) -> bool:
    print(f"\n{title}")
    print(f"  {'case':<22}{'episodes':>9}{'median ms':>11}{'worst ms':>10}")
    for name, count, median, worst in rows:
        print(f"  {name:<22}{count:>9}{median:>11.2f}{worst:>10.2f}")
    ok = all(median <= BUDGET_MS for _, _, median, _ in rows)
    print(f"  {'within' if ok else 'OVER'} the {BUDGET_MS} ms budget (medians)")
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--scale", type=int, default=0, help="also time a synthetic store this big")
    parser.add_argument("--store", type=Path, default=REPO / "data" / "relations.db")
    args = parser.parse_args()

    from explorer.store.bundled import open_store

    conn = open_store(args.store)
    total = conn.execute("SELECT COUNT(*) FROM episodes").fetchone()[0]
    ok = show(f"store queries: search + all facet counts ({args.store.name}, {total} episodes)",
              store_figures(conn, args.repeat))  # fmt: skip
    ok &= show("whole-window update: set filters → every pane updated and repainted",
               window_figures(args.store, max(5, args.repeat // 3)))  # fmt: skip
    if args.scale:
        from tests.store.synthetic import build_synthetic_store

        with tempfile.TemporaryDirectory() as folder:
            path = build_synthetic_store(Path(folder) / "big.db", extra=args.scale)
            big = open_store(path, immutable=False)
            show(f"store queries at scale ({args.scale:,} generated episodes)",
                 store_figures(big, max(3, args.repeat // 10)))  # fmt: skip
            big.close()
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
