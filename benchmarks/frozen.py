"""Size and start-up of the frozen builds, against the packaging budgets.

Budgets (issue "Installers for packagers", this 2-core Linux machine): one-folder build
<= 179 MiB (tests/packaging/test_frozen_build.py), one-file build <= 75 MiB, frozen one-folder start to painted window <= 1.0 s median.

Start-up uses the app's own probe (RELATIONS_EXPLORER_STARTUP_PROBE, see explorer/app.py):
the app prints "painted <time.time()> rows=N ..." at its first paint with data and quits.
Each run is a fresh process, as a user starts it, timed from just before it is spawned; one
warm-up run first (so the figures are for a warm disk cache, as on a second start). The
one-file build and the app run from source are timed the same way for comparison.

    python packaging/build.py            # first: builds dist/
    python benchmarks/frozen.py [--runs 9] [--dist dist]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "packaging"))
import bundle_plan as plan  # noqa: E402

ONEDIR_BUDGET_MIB = 179  # as tests/packaging/test_frozen_build.py: the import libraries included
ONEFILE_BUDGET_MIB = 75
START_BUDGET_S = 1.0
MIB = 2**20


def tree_size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def largest_parts(onedir: Path, count: int = 8) -> list[tuple[int, str]]:
    """The biggest contributors, grouped the way a packager thinks of them."""
    groups: dict[str, int] = {}
    for path in onedir.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        relative = path.relative_to(onedir).as_posix().removeprefix("_internal/")
        if "libicu" in relative:
            key = "ICU (Qt's Unicode data)"
        elif relative.startswith("PySide6/Qt/lib/"):
            key = "Qt libraries"
        elif relative.startswith(("PySide6/", "shiboken6/")):
            key = "PySide6 bindings and Qt plugins"
        elif relative.startswith("numpy.libs/"):
            key = "OpenBLAS (numpy.libs)"
        elif relative.startswith("libpython"):
            key = "libpython"
        elif relative.startswith(("python3", "base_library")):
            key = "Python standard library"
        elif "/" not in relative and ".so" in relative:
            key = "other shared libraries"
        else:
            key = relative.split("/")[0]
        groups[key] = groups.get(key, 0) + path.stat().st_size
    return sorted(((size, name) for name, size in groups.items()), reverse=True)[:count]


def time_start(command: list[str], env: dict[str, str]) -> tuple[float, str]:
    started = time.time()
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    for line in result.stdout.splitlines():
        if line.startswith("painted "):
            return float(line.split()[1]) - started, " ".join(line.split()[2:])
    raise RuntimeError(f"{command[0]} printed no paint time (exit {result.returncode}):\n"
                       f"{result.stdout[-800:]}\n{result.stderr[-800:]}")  # fmt: skip


def median_start(command: list[str], runs: int) -> tuple[list[float], str]:
    with tempfile.TemporaryDirectory(prefix="relx-bench-") as home:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", RELATIONS_EXPLORER_HOME=home,
                   RELATIONS_EXPLORER_STARTUP_PROBE="1", QT_LOGGING_RULES="*.debug=false")  # fmt: skip
        time_start(command, env)  # warm-up: disk cache, first notes store
        times, detail = [], ""
        for _ in range(runs):
            seconds, detail = time_start(command, env)
            times.append(seconds)
    return times, detail


def verdict(ok: bool) -> str:
    return "within budget" if ok else "OVER BUDGET"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--dist", type=Path, default=REPO / "dist")
    parser.add_argument("--skip-source", action="store_true", help="do not time the source run")
    args = parser.parse_args()

    onedir = args.dist / plan.EXE_NAME
    onefile = args.dist / plan.onefile_name(plan.read_version())
    if not onedir.is_dir():
        print(f"no one-folder build at {onedir}: run `python packaging/build.py` first")
        return 2
    failures = 0

    size = tree_size(onedir) / MIB
    failures += size > ONEDIR_BUDGET_MIB
    print(
        f"one-folder build  {size:7.1f} MiB   budget {ONEDIR_BUDGET_MIB} MiB: {verdict(size <= ONEDIR_BUDGET_MIB)}"
    )
    if onefile.exists():
        size = tree_size(onefile) / MIB
        failures += size > ONEFILE_BUDGET_MIB
        print(
            f"one-file build    {size:7.1f} MiB   budget {ONEFILE_BUDGET_MIB} MiB: {verdict(size <= ONEFILE_BUDGET_MIB)}"
        )
    print("largest parts of the one-folder build:")
    for part_size, name in largest_parts(onedir):
        print(f"  {part_size / MIB:6.1f} MiB  {name}")

    print(f"start to painted window with data, median of {args.runs} runs (offscreen, warm cache):")
    times, detail = median_start([str(onedir / plan.EXE_NAME)], args.runs)
    median = statistics.median(times)
    failures += median > START_BUDGET_S
    print(f"  frozen one-folder  {median:.3f} s  (min {min(times):.3f}, max {max(times):.3f}; {detail})"
          f"  budget {START_BUDGET_S} s: {verdict(median <= START_BUDGET_S)}")  # fmt: skip
    if onefile.exists():
        times, _ = median_start([str(onefile)], max(3, args.runs // 3))
        print(
            f"  frozen one-file    {statistics.median(times):.3f} s  (unpacks to a temporary folder each start)"
        )
    if not args.skip_source:
        env_path = str(REPO / "src")
        command = [sys.executable, "-c", f"import sys; sys.path.insert(0, {env_path!r}); "
                   "from explorer.app import main; raise SystemExit(main())"]  # fmt: skip
        times, _ = median_start(command, args.runs)
        print(
            f"  from source        {statistics.median(times):.3f} s  (python -m explorer, for comparison)"
        )
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
