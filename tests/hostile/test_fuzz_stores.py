"""Mutated stores opened with File ▸ Open and as `--store` does, in child processes.

Before the checks at open, 206 such stores gave 4 segfaults, 21 exceptions escaping File ▸ Open
(leaving the window on the bad store), 8 more while browsing and 26 opens over 10 s; a
recursive view in place of `episodes` hung for ever, and a `dataset_version` of
`<img src="file:///dev/zero">` killed the app at start. A store's outcome here is a clean
refusal (a dialog, the window stays where it was), an opened store browsed without any
exception, or a failure: an escaped exception, a death (the child died), a hang (no answer in
HANG_SECONDS), a file read caused by data, or data rendered as markup."""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.hostile.figures import Tally
from tests.hostile.file_watch import make_canaries
from tests.hostile.mutate_store import make_stores
from tests.store.synthetic import build_synthetic_store

REPO = Path(__file__).resolve().parents[2]
STORES = 200
# As `--store` (a window built per store that opens) every fourth store: 50, of every kind.
START_EVERY = 4
HANG_SECONDS = 30.0
SLOW_SECONDS = 10.0


def _pipe(stream, lines: queue.Queue) -> None:
    for line in stream:
        lines.put(line)
    lines.put(None)


def _run_child(mode: str, base: Path, paths: list, canaries: list[Path], folder: Path,
               module: str = "tests.hostile.store_child"):  # fmt: skip
    """Yield (index, result or None, how it ended) for every store, restarting after a death.
    `paths` are the lines of the child's listing (a path, or what `module` reads)."""
    listing = folder / f"{mode}-stores.txt"
    listing.write_text("\n".join(str(p) for p in paths), encoding="utf-8")
    # HOSTILE_SRC runs the children on another checkout's code (to measure an older version).
    src = os.environ.get("HOSTILE_SRC", str(REPO / "src"))
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([src, str(REPO)]))
    start = 0
    while start < len(paths):
        child = subprocess.Popen(
            [sys.executable, "-m", module, mode, str(base), str(listing),
             str(start), *map(str, canaries)],
            cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        )  # fmt: skip
        lines: queue.Queue = queue.Queue()
        threading.Thread(target=_pipe, args=(child.stdout, lines), daemon=True).start()
        current = start
        while True:
            try:
                line = lines.get(timeout=HANG_SECONDS)
            except queue.Empty:
                child.kill()
                yield current, None, "hang"
                start = current + 1
                break
            if line is None:  # the child ended without saying DONE
                child.wait()
                yield current, None, f"death (exit {child.returncode})"
                start = current + 1
                break
            line = line.strip()
            if line.startswith("BEGIN "):
                current = int(line.split()[1])
            elif line == "DONE":
                child.wait()
                start = len(paths)
                break
            elif line.startswith("{"):
                result = json.loads(line)
                yield result["index"], result, "answered"


def _tally(mode: str, results, made) -> Tally:
    tally = Tally({"open": "hostile stores via File ▸ Open (then browsed)",
                   "start": "hostile stores via --store (window built, browsed)"}[mode])  # fmt: skip
    slow = []
    for index, result, ended in results:
        if result is not None:
            slow.append((result["seconds"], made[index][1][:70]))
        what = made[index][1]
        if result is None:
            tally.add(ended.split()[0], f"{what}: {ended}")
        elif result["errors"]:
            tally.add("escaped exception", f"{what}: {result['errors'][0]}")
        elif result["reads"]:
            tally.add("file read by data", what)
        elif result["unsafe"]:
            tally.add("unsafe render", f"{what}: {result['unsafe'][0]}")
        elif result["outcome"] == "switched elsewhere":
            tally.add("left on a bad store", what)
        elif result["seconds"] > SLOW_SECONDS:
            tally.add("over 10 s", f"{what}: {result['seconds']} s")
        else:
            tally.add("clean refusal" if result["outcome"] == "refused" else "opened and browsed")
    tally.slowest = sorted(slow, reverse=True)[:3]
    if tally.slowest:
        tally.notes = f"slowest store: {tally.slowest[0][0]} s ({tally.slowest[0][1][:50]})"
    return tally


@pytest.fixture(scope="module")
def mutated(tmp_path_factory):
    folder = tmp_path_factory.mktemp("stores")
    base = build_synthetic_store(folder / "base.db")
    canaries = make_canaries(folder / "canaries")
    return base, canaries, make_stores(base, folder / "mutated", STORES, canaries), folder


@pytest.mark.slow
def test_mutated_stores(mutated):
    """Both ways of opening at once, each in its own child process (the two run in parallel)."""
    base, canaries, made, folder = mutated
    started = time.monotonic()
    tallies: dict[str, Tally] = {}

    def run(mode: str) -> None:
        chosen = made if mode == "open" else made[::START_EVERY]
        paths = [p for p, _ in chosen]
        tallies[mode] = _tally(mode, _run_child(mode, base, paths, canaries, folder), chosen)

    threads = [threading.Thread(target=run, args=(mode,)) for mode in ("open", "start")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print(f"stores: {time.monotonic() - started:.0f} s in all")
    for mode in ("open", "start"):
        tally = tallies[mode]
        tally.report()
        print(f"  slowest: {tally.slowest}")
    assert tallies["open"].tried == STORES
    assert tallies["start"].tried == len(made[::START_EVERY])
    for tally in tallies.values():
        failures = {k: v for k, v in tally.counts.items()
                    if k not in ("clean refusal", "opened and browsed")}  # fmt: skip
        assert not failures, (failures, tally.examples)
        assert tally["clean refusal"] > 0 and tally["opened and browsed"] > 0
