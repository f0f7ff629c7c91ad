"""Mutated settings files (settings.ini edited by hand, by another version, or spoiled), each
opening a real window in a child process.

Before the remembered values were checked (core/remembered.py), the window trusted them: a
split of two texts or of 10**30 pixels, a "hidden" that was a number, NaN as the presentation
scale, a lone surrogate in a remembered folder or series id all reached Qt, SQLite or the file
system as they were. A file's outcome here is: the window opened with a bad part dropped (its
default used, the drop logged) — a clean refusal; the window opened on it with nothing to
drop — accepted; or a failure: an exception escaped (or was logged as an error), the child
died or hung, or the window came up unusable (not shown, a tiny or giant size, the timeline's
workspace empty, the timeline or the table squeezed below use)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.hostile.figures import Tally
from tests.hostile.mutate_settings import make_settings
from tests.hostile.test_fuzz_stores import _run_child
from tests.store.synthetic import build_synthetic_store

REPO = Path(__file__).resolve().parents[2]
FILES = 200
SLOW_SECONDS = 20.0


def settings_cases(folder: Path, count: int = FILES) -> Tally:
    base = build_synthetic_store(folder / "base.db")
    base_ini = folder / "base.ini"
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(REPO / "src"), str(REPO)]))
    subprocess.run([sys.executable, "-m", "tests.hostile.settings_child", "base", str(base),
                    str(base_ini), "0"], cwd=REPO, env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)  # fmt: skip
    made = make_settings(base_ini, folder / "mutated", count)
    tally = Tally("settings files (a window opened on each, every workspace shown)")
    slowest, dropped = [], 0
    results = _run_child("settings", base, [p for p, _ in made], [], folder,
                         module="tests.hostile.settings_child")  # fmt: skip
    for index, result, ended in results:
        what = made[index][1]
        if result is None:
            tally.add(ended.split()[0], f"{what}: {ended}")
            continue
        slowest.append((result["seconds"], what[:70]))
        dropped += result["dropped"]
        if result["errors"]:
            tally.add("escaped exception", f"{what}: {result['errors'][0]}")
        elif result["unusable"]:
            tally.add("unusable window", f"{what}: {result['unusable']}")
        elif result["seconds"] > SLOW_SECONDS:
            tally.add("too slow", f"{what}: {result['seconds']} s")
        elif result["dropped"]:
            tally.add("clean refusal", f"{what}: {result['warning']}")
        else:
            tally.add("clean", what)
    slowest.sort(reverse=True)
    tally.notes = (f"{dropped} bad values dropped and logged; slowest window "
                   f"{slowest[0][0] if slowest else 0} s")  # fmt: skip
    return tally


@pytest.mark.slow
def test_mutated_settings(tmp_path, monkeypatch):
    monkeypatch.setenv("RELATIONS_EXPLORER_HOME", str(tmp_path / "home"))
    tally = settings_cases(tmp_path)
    tally.report()
    assert tally.tried == FILES
    failures = {k: v for k, v in tally.counts.items() if k not in ("clean refusal", "clean")}
    assert not failures, (failures, tally.examples)
    # The mutations reach what they are meant to: most files hold something to drop.
    assert tally["clean refusal"] >= FILES // 2, tally.counts
