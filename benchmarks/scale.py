"""The app against Datasette on the same synthetic store, at 10k, 100k and 1M episodes.

    python benchmarks/scale.py                          # 10k, 100k, 1M (stores made in the temp folder)
    python benchmarks/scale.py --sizes 100000,1000000 --repeat 5
    python benchmarks/scale.py --stores big.db other.db   # stores already written
    python benchmarks/scale.py --make-store 1000000 --out /tmp/big.db   # just write a store
    python benchmarks/scale.py --upgrade old.db   # add the derived tables an older store lacks
    relations-explorer --store /tmp/big.db                                # and try the app on it
    python benchmarks/scale.py --window-only /tmp/big.db --plots   # the whole window on one store

Stores come from the one generator, explorer.build.synthetic (the tests use it too). For each
operation the app's query layer (explorer.store.episode_query: what the window's worker runs)
and Datasette (its in-process client: no socket is opened) run interleaved, `--repeat` times,
and the table gives medians, p95 and the ratio Datasette ÷ app (> 1: the app is faster).

What is compared, for each search ('hostage': rare, 'japan': ~90 % of rows, 'ja': a prefix):
- first page: the app's first 100 rows in date order (the stage the table shows first) against
  Datasette's table JSON for the same search, `_size=100`, `_nocount=1`, sorted by start_lo;
- + facets: the app's whole update (order of every match, total, kind/actor/decade counts)
  against Datasette's table JSON with its count and `_facet=kind`, plus the actor and decade
  counts as the SQL a Datasette user would run (`/db.json?sql=...`).
Then an "active during 1985–1990" range with facets, the first page sorted by date and by
title with no filter, and each other tab (actors, sources, series: its rows in its default
order, the first page read) against the same listing as SQL in Datasette. Datasette's time
limits are raised so it always finishes. Each table gives the app's median CPU time beside its
wall time, and the run prints the load average when it starts and ends (on a shared machine
the wall times follow the load; CPU time much less).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO / "src")]

from explorer.build.synthetic import make_store  # noqa: E402
from explorer.store import records  # noqa: E402
from explorer.store.bundled import open_store  # noqa: E402
from explorer.store.episode_index import EpisodeIndex  # noqa: E402
from explorer.store.episode_query import (  # noqa: E402
    EpisodeRequest,
    facets_for,
    rows_at,
    run_episode_query,
)
from explorer.store.filters import Filters  # noqa: E402
from explorer.store.tables import listing_ids, listing_rows  # noqa: E402

PAGE = 100
# The listings' default sorts, as ui.table.pane.DEFAULT_SORT (not imported: that module is Qt's).
TAB_ORDER = {"actors": ("episodes", True), "sources": ("year", False), "series": ("title", False)}
# The same listings as a Datasette user would ask for them, counts and all.
TAB_SQL = {
    "actors": "SELECT a.*, (SELECT COUNT(DISTINCT episode_id) FROM episode_actors ea"
    " WHERE ea.actor_id = a.id) AS episodes FROM actors a ORDER BY episodes DESC, a.id LIMIT 100",
    "sources": "SELECT s.*, (SELECT COUNT(*) FROM passages p WHERE p.source_id = s.id)"
    " AS passages FROM sources s ORDER BY s.year, s.id LIMIT 100",
    "series": "SELECT t.*, (SELECT COUNT(*) FROM observations o WHERE o.series_id = t.id)"
    " AS observations FROM series t ORDER BY t.title, t.id LIMIT 100",
}
SEARCHES = {"one word 'hostage'": "hostage", "broad word 'japan'": "japan", "prefix 'ja'": "ja"}


# -- the app ------------------------------------------------------------------------------------
class App:
    def __init__(self, path: Path) -> None:
        self.conn = open_store(path)
        started = time.perf_counter()
        self.index = EpisodeIndex(self.conn)
        self.open_ms = (time.perf_counter() - started) * 1000

    def first_page(self, filters: Filters, order_by: str = "date") -> int:
        """Time to the first rows on screen: the worker's first stage, then the rows read."""
        shown: list = []

        def first(page) -> None:
            shown.append(rows_at(self.conn, self.index, page.positions[:PAGE]))
            raise _Done

        try:
            result = run_episode_query(
                self.conn, self.index, EpisodeRequest(filters, order_by), first, PAGE
            )
        except _Done:
            return len(shown[0])
        return len(rows_at(self.conn, self.index, result.order[:PAGE]))

    def with_facets(self, filters: Filters) -> int:
        result = run_episode_query(self.conn, self.index, EpisodeRequest(filters), None, PAGE)
        rows_at(self.conn, self.index, result.order[:PAGE])
        return facets_for(self.index, result).total

    def tab(self, name: str) -> int:
        """What the table pane does on switching to a listing: its ids in order, a page."""
        key, descending = TAB_ORDER[name]
        ids = listing_ids(self.conn, name, "", key, descending)
        return len(listing_rows(self.conn, name, ids[:PAGE]))


class _Done(Exception):
    pass


# -- Datasette ----------------------------------------------------------------------------------
class Datasette:
    def __init__(self, path: Path) -> None:
        from datasette.app import Datasette as Server

        self.db = path.stem
        self.server = Server(
            immutables=[str(path)],
            metadata={"databases": {self.db: {"tables": {
                "episodes": {"fts_table": "episodes_fts", "fts_pk": "rowid"}}}}},
            settings={"sql_time_limit_ms": 600_000, "facet_time_limit_ms": 600_000,
                      "max_returned_rows": 1000, "num_sql_threads": 2, "suggest_facets": False},
        )  # fmt: skip
        self.loop = asyncio.new_event_loop()
        self.get("/-/versions.json")  # start it up outside the timings

    def get(self, path: str) -> dict:
        response = self.loop.run_until_complete(self.server.client.get(path))
        if response.status_code != 200:
            raise RuntimeError(
                f"Datasette {response.status_code} for {path}: {response.text[:300]}"
            )
        return json.loads(response.text)

    def table(self, **params) -> dict:
        query = urllib.parse.urlencode({"_size": PAGE, **params}, doseq=True)
        return self.get(f"/{self.db}/episodes.json?{query}")

    def sql(self, sql: str, **params) -> dict:
        query = urllib.parse.urlencode({"sql": sql, **params, "_shape": "array"})
        return self.get(f"/{self.db}.json?{query}")

    def first_page(self, text: str = "", sort: str = "start_lo") -> int:
        params = {"_nocount": 1, "_sort": sort}
        if text:
            params |= {"_search": f'"{text}"*', "_searchmode": "raw"}
        return len(self.table(**params)["rows"])

    def with_facets(self, text: str = "", date_from: float | None = None, date_to=None) -> int:
        params: dict = {"_sort": "start_lo", "_facet": "kind"}
        where, args = [], {}
        if text:
            params |= {"_search": f'"{text}"*', "_searchmode": "raw"}
            where.append("rowid IN (SELECT rowid FROM episodes_fts WHERE episodes_fts MATCH :q)")
            args["q"] = f'"{text}"*'
        if date_from is not None:
            params |= {"end_hi__gt": date_from, "start_lo__lt": date_to}
            where.append("end_hi > :a AND start_lo < :b")
            args |= {"a": date_from, "b": date_to}
        page = self.table(**params)
        condition = " AND ".join(where) or "1"
        self.sql(
            "SELECT actor_id, COUNT(*) FROM episode_actors WHERE episode_id IN"
            f" (SELECT id FROM episodes WHERE {condition}) GROUP BY actor_id",
            **args,
        )
        self.sql(
            "SELECT CAST((start_lo + start_hi) / 20 AS INT) * 10, CAST((end_lo + end_hi) / 20"
            f" AS INT) * 10, COUNT(*) FROM episodes WHERE {condition} GROUP BY 1, 2",
            **args,
        )
        return page["filtered_table_rows_count"]


# -- the whole window -----------------------------------------------------------------------------
def window_figures(path: Path, with_plots: bool) -> dict:
    """Start the window as a user does and measure: first paint; each of the timeline and the
    chart drawn with every episode; typing 'japan' a key every 60 ms (from the last key to the
    first rows / every match / the counts / the timeline and chart updated); pan/zoom frames of
    the timeline and the chart; the longest event-loop stall (a 5 ms QTimer heartbeat) during
    start-up, typing and panning; CPU time and peak memory (ru_maxrss) of the whole session."""
    import os
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # A window as on a first start: no layout or workspace remembered from another run.
    os.environ.setdefault("RELATIONS_EXPLORER_HOME", tempfile.mkdtemp(prefix="scale-window-"))
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    started, cpu_started = time.perf_counter(), time.process_time()
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from pane_meters import (
        StallMeter,
        chart_frames,
        frame_summary,
        peak_memory_mb,
        pump,
        timeline_frames,
        wait_until,
    )

    from explorer.core.session import Session
    from explorer.paths import bundled_store_path
    from explorer.ui.main_window import MainWindow
    from explorer.ui.settings import Settings
    from explorer.ui.worker import episode_queries

    window = MainWindow(Session(open_store(path), path), Settings(), bundled_store_path())
    built: list[float] = []  # when the window had built every pane, as it does for a user
    window.panes_ready.connect(lambda: built.append(time.perf_counter()))
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    figures = {"first paint": time.perf_counter() - started}
    startup = StallMeter().start()
    queries = episode_queries(window.session)
    total = window.session.store.execute("SELECT MAX(rowid) FROM episodes").fetchone()[0]

    def settled() -> bool:
        # A small store's facet counts follow the table's rows a turn later (ui/after_paint).
        counts_follow = getattr(window.panes.get("filters"), "counts_follow", False)
        return not queries.pending and not window.table.search.pending() and not counts_follow

    wait_until(app, settled)
    figures["table and facets filled"] = time.perf_counter() - started
    # Typing is timed once the window has started: its panes built (a step per turn of the
    # event loop, after the first paint) and the timeline and the chart drawn. A key typed
    # during the start is answered between those steps (the start-up stall above).
    wait_until(app, lambda: bool(built))
    figures["every pane built"] = built[0] - started
    timeline, chart = window.panes["timeline"], window.panes["chart"]

    def timeline_ready() -> bool:
        return len(timeline.model.columns) > 0 or total is None

    def chart_ready() -> bool:
        # A chart behind the Timeline workspace makes its marks when it is shown (below).
        shown = chart.isVisible() and chart.toolbar.show_episodes
        return chart.marks is not None or not shown or total is None

    for name, pane, ready in (("timeline", timeline, timeline_ready),
                              ("chart", chart, chart_ready)):  # fmt: skip
        wait_until(app, ready)
        pane.repaint()
        figures[f"{name} drawn"] = time.perf_counter() - started
    figures["every pane drawn"] = time.perf_counter() - started
    figures["longest stall, start-up"] = startup.stop() / 1000
    pump(app, 0.3)
    typing = StallMeter().start()
    queries.longest_ui_slice = 0.0  # the typing's deliveries alone
    box = window.table.search
    box.setFocus()
    for key in "japan":
        QTest.keyClicks(box, key)
        last_key = time.perf_counter()  # every "last key →" figure counts from the key itself
        pump(app, 0.06)
    wait_until(app, settled)
    stages = dict(queries.timings)  # seconds from the query's start
    # The timeline and the chart follow the typing in every run.
    if queries.is_async:
        expected = len(queries.result.order) if queries.result is not None else None
        wait_until(app, lambda: timeline.model.n_shown == expected, limit=60)
    else:  # a small store's lanes follow the table's rows on a later turn of the event loop
        wait_until(app, lambda: not timeline.filters_follow, limit=60)
    timeline.plot.viewport().repaint()
    chart.figure.viewport().repaint()
    figures["last key → timeline and chart updated"] = time.perf_counter() - last_key
    pump(app, 0.1)
    figures["longest stall while typing"] = typing.stop() / 1000
    figures["longest UI-thread CPU stretch while typing"] = typing.longest_cpu() / 1000
    figures["longest stage delivery while typing (UI-thread CPU)"] = queries.longest_ui_slice
    delay = box._timer.interval() / 1000
    figures |= {f"last key → {k}": v + delay for k, v in stages.items()}
    if with_plots:
        window.show_pane("timeline")  # a remembered layout may have another workspace in front
        pump(app, 0.2)
        # Panning is measured while the frames are driven; bringing the Chart workspace
        # forward between them (a click, not a pan) is a figure of its own.
        panning = StallMeter().start()
        measured = {"timeline": timeline_frames(app, timeline)}
        stalls = [panning.stop()]
        shown_at = time.perf_counter()
        switching = StallMeter().start()
        window.show_pane("chart")  # it may share a workspace with another pane: in front
        wait_until(app, lambda: chart.marks is not None and (
            total is None or not queries.is_async
            or len(chart.marks.ids) == len(queries.result.order)))  # fmt: skip
        figures["chart shown → its marks for the filter"] = time.perf_counter() - shown_at
        pump(app, 0.2)
        figures["longest stall, Chart workspace brought forward"] = switching.stop() / 1000
        panning = StallMeter().start()
        measured["chart"] = chart_frames(app, chart)
        stalls.append(panning.stop())
        for name, frames in measured.items():
            summary = frame_summary(frames)
            for stat in ("p50", "p95", "worst", "CPU p50", "CPU p95"):
                if stat in summary:
                    figures[f"{name} frame {stat}"] = summary[stat] / 1000
        figures["longest stall while panning"] = max(stalls) / 1000
    figures["CPU time (s)"] = time.process_time() - cpu_started
    figures["peak memory (MB)"] = peak_memory_mb()
    queries.close()
    return figures


def window_report(size: int, figures: dict) -> str:
    lines = [f"\nwhole window, {size:,} episodes", "| measure | value |", "|---|---|"]
    for name, value in figures.items():
        if "MB" in name:
            lines.append(f"| {name} | {value:,.0f} |")
        elif "(s)" in name:
            lines.append(f"| {name} | {value:,.1f} |")
        else:
            lines.append(f"| {name} | {fmt(value * 1000)} |")
    return "\n".join(lines)


# -- the run ------------------------------------------------------------------------------------
def operations(app: App, ds: Datasette) -> list[tuple[str, object, object]]:
    ops = []
    for name, text in SEARCHES.items():
        f = Filters(text=text)
        ops.append((f"{name}: first page", lambda f=f: app.first_page(f),
                    lambda t=text: ds.first_page(t)))  # fmt: skip
        ops.append((f"{name} + facets", lambda f=f: app.with_facets(f),
                    lambda t=text: ds.with_facets(t)))  # fmt: skip
    active = Filters(date_from=1985.0, date_to=1991.0)
    ops.append(("active 1985–1990 + facets", lambda: app.with_facets(active),
                lambda: ds.with_facets(date_from=1985.0, date_to=1991.0)))  # fmt: skip
    ops.append(("first page by date", lambda: app.first_page(Filters(), "date"),
                lambda: ds.first_page(sort="start_lo")))  # fmt: skip
    ops.append(("first page by title", lambda: app.first_page(Filters(), "title"),
                lambda: ds.first_page(sort="title")))  # fmt: skip
    for name in TAB_ORDER:
        ops.append((f"{name} tab", lambda n=name: app.tab(n),
                    lambda n=name: len(ds.sql(TAB_SQL[n]))))  # fmt: skip
    return ops


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def timed(function, cpu: list[float] | None = None) -> float:
    """Wall milliseconds of one call; its CPU milliseconds (this process) go to `cpu`."""
    started, started_cpu = time.perf_counter(), time.process_time()
    function()
    if cpu is not None:
        cpu.append((time.process_time() - started_cpu) * 1000)
    return (time.perf_counter() - started) * 1000


def measure(path: Path, repeat: int) -> list[tuple]:
    app, ds = App(path), Datasette(path)
    ops = operations(app, ds)
    samples: dict[str, tuple[list[float], list[float], list[float]]] = {
        name: ([], [], []) for name, _, _ in ops
    }
    for name, run_app, run_ds in ops:  # warm both, and check they agree on what they count
        a, d = run_app(), run_ds()
        if ("facets" in name or "tab" in name) and a != d:
            print(f"  note: {name}: app counts {a}, Datasette {d}", file=sys.stderr)
    for _ in range(repeat):
        for name, run_app, run_ds in ops:  # interleaved: app, Datasette, next operation
            wall, ds_wall, cpu = samples[name]
            wall.append(timed(run_app, cpu))
            ds_wall.append(timed(run_ds))
    rows = [("open (index columns)", [app.open_ms], None, [])]
    rows += [(name, *samples[name]) for name, _, _ in ops]
    return rows


def fmt(ms: float) -> str:
    return f"{ms:,.1f} ms" if ms < 1000 else f"{ms / 1000:,.2f} s"


def report(size: int, rows: list[tuple]) -> str:
    lines = [f"\n{size:,} episodes",
             "| operation | app median | app p95 | app CPU | Datasette median | Datasette p95"
             " | ratio |", "|---|---|---|---|---|---|---|"]  # fmt: skip
    for name, app, ds, cpu in rows:
        if ds is None:
            lines.append(f"| {name} | {fmt(app[0])} | | | | | |")
            continue
        am, dm = statistics.median(app), statistics.median(ds)
        lines.append(
            f"| {name} | {fmt(am)} | {fmt(p95(app))} | {fmt(statistics.median(cpu))} |"
            f" {fmt(dm)} | {fmt(p95(ds))} | {dm / am:,.1f}× |"
        )
    return "\n".join(lines)


def load_average() -> str:
    try:
        return " ".join(f"{value:.2f}" for value in os.getloadavg())
    except OSError:  # not on every platform
        return "unknown"


def sizes(text: str) -> list[int]:
    """'100000,1000000' (or one size) -> [100000, 1000000]."""
    return [int(part.replace("_", "")) for part in text.split(",") if part.strip()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--make-store", type=int, metavar="N", help="only write a store of N")
    parser.add_argument("--out", type=Path, help="where --make-store writes")
    parser.add_argument(
        "--sizes",
        type=sizes,
        nargs="+",
        default=[[10_000, 100_000, 1_000_000]],
        help="sizes to run, e.g. 100000,1000000 (stores made when missing)",
    )
    parser.add_argument(
        "--stores",
        type=Path,
        nargs="+",
        default=[],
        help="measure these stores instead of made ones",
    )
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--folder", type=Path,
                        default=Path(tempfile.gettempdir()) / "relations-scale")  # fmt: skip
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--window", action="store_true", help="also time the whole window")
    parser.add_argument("--plots", action="store_true", help="… with the timeline and chart")
    parser.add_argument("--upgrade", type=Path, metavar="PATH",
                        help="only add the derived tables (store.speedups) a store lacks")  # fmt: skip
    parser.add_argument("--window-only", type=Path, metavar="STORE",
                        help="only time the whole window on STORE (prints JSON and the table)")  # fmt: skip
    args = parser.parse_args(argv)
    if args.window_only:
        figures = window_figures(args.window_only, args.plots)
        load = ", ".join(f"{v:.2f}" for v in os.getloadavg())
        episodes = open_store(args.window_only).execute("SELECT COUNT(*) FROM episodes")
        print(window_report(episodes.fetchone()[0], figures) + f"\n(load average {load})")
        print(json.dumps(figures))
        return 0
    if args.upgrade:
        import sqlite3

        from explorer.store import speedups

        started = time.perf_counter()
        with sqlite3.connect(args.upgrade) as conn:
            added = speedups.add_missing(conn)
        print(f"{args.upgrade}: added {', '.join(added) or 'nothing'}"
              f" in {time.perf_counter() - started:.0f} s")  # fmt: skip
        return 0
    if args.make_store:
        out = args.out or Path(f"synthetic-{args.make_store}.db")
        started = time.perf_counter()
        make_store(out, args.make_store, args.seed)
        print(
            f"wrote {out} ({args.make_store:,} episodes) in {time.perf_counter() - started:.0f} s"
        )
        return 0
    started = time.perf_counter()
    print(f"load average at the start: {load_average()} (1, 5, 15 min); {os.cpu_count()} CPUs")
    paths = list(args.stores)
    if not paths:
        args.folder.mkdir(parents=True, exist_ok=True)
        for size in [size for group in args.sizes for size in group]:
            path = args.folder / f"synthetic-{size}-{args.seed}.db"
            if not path.exists():
                print(f"making {path} …", file=sys.stderr)
                make_store(path, size, args.seed)
            paths.append(path)
    for path in paths:
        conn = open_store(path)
        size = records.episode_rowid_max(conn)
        conn.close()
        print(report(size, measure(path, args.repeat)), flush=True)
        if args.window:  # in a process of its own: its memory and Qt are the window's alone
            import subprocess

            command = [sys.executable, __file__, "--window-only", str(path)]
            done = subprocess.run(command + (["--plots"] if args.plots else []),
                                  capture_output=True, text=True, check=True)  # fmt: skip
            print(window_report(size, json.loads(done.stdout.strip().splitlines()[-1])), flush=True)
    print(f"\nload average at the end: {load_average()}; {time.perf_counter() - started:,.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
