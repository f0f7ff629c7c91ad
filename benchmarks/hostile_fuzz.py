"""Issue 15's figures in one command: every hostile-input category, run as the tests run it.

Runs the tests of tests/hostile (the fuzz tests and the single adversarial cases: import
files, stores, searches, stores failing while browsed, settings files opening a window) in a
pytest child, collects each category's tally (tests/hostile/figures.py) and prints one table: tried,
clean refusals, accepted (imported whole, opened and browsed, answered), escaped exceptions,
deaths, partial imports, unsafe renders, file reads caused by data, other failures, and the
slowest query on the bundled store. It also prints the wall time, the CPU time of the run
(the pytest process and every child it started) and the load average, so the figures can be
compared with a quieter machine's.

    PYTHONPATH=src:. python3 benchmarks/hostile_fuzz.py [-k EXPR] [--json out.json]
    PYTHONPATH=src:. python3 benchmarks/hostile_fuzz.py -k settings   # one category

Exit status 0 when every category is clean (nothing escaped, died, was half-imported, rendered
as markup or read a file, and no query on the bundled store took over 200 ms).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO / "src"), str(REPO)]
SLOWEST_MS = 200.0
FAILURES = ("escaped", "deaths", "partial", "unsafe", "file reads", "other failures")


def run(select: str | None, figures: Path) -> tuple[int, float]:
    """pytest on tests/hostile; every category's tally is written into the folder `figures`."""
    env = dict(os.environ, HOSTILE_FIGURES=str(figures), QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=os.pathsep.join([str(REPO / "src"), str(REPO)]))  # fmt: skip
    env.setdefault("RELATIONS_EXPLORER_HOME", tempfile.mkdtemp(prefix="hostile-home-"))
    command = [sys.executable, "-m", "pytest", "tests/hostile", "-q", "-p", "no:cacheprovider"]
    if select:
        command += ["-k", select]
    started = time.monotonic()
    done = subprocess.run(command, cwd=REPO, env=env)
    return done.returncode, time.monotonic() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-k", dest="select", help="only the tests pytest -k selects")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    from tests.hostile.figures import recorded, table

    with tempfile.TemporaryDirectory() as folder:
        status, wall = run(args.select, Path(folder))
        rows = recorded(Path(folder))
    cpu = resource.getrusage(resource.RUSAGE_CHILDREN)
    load = os.getloadavg()
    print()
    print("Hostile input (issue 15): figures per category")
    print(table(rows))
    print(f"\nwall {wall:.0f} s; CPU {cpu.ru_utime + cpu.ru_stime:.0f} s (user {cpu.ru_utime:.0f}, "
          f"system {cpu.ru_stime:.0f}) for pytest and its children; load average "
          f"{load[0]:.2f} {load[1]:.2f} {load[2]:.2f}; pytest exit {status}")  # fmt: skip
    if args.json:
        args.json.write_text(json.dumps({"rows": rows, "wall_s": wall, "load": load}, indent=1))
    bad = [r["category"] for r in rows if any(r.get(k) for k in FAILURES)]
    slow = [r["category"] for r in rows if (r.get("slowest ms") or 0) > SLOWEST_MS]
    if bad or slow or status != 0 or not rows:
        print(f"NOT CLEAN: failures in {bad}, slow in {slow}, pytest exit {status}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
