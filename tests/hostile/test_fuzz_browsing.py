"""Stores that pass the checks at open and fail while browsed, browsed in a child process.

A case's outcome is one of: browsed with nothing to report; browsed with the failure shown
on the panes it reached (ui/guarded.py: a plain-text line, the pane emptied, the window goes
on); refused at open (the checks saw it after all); or a failure: an exception that escaped
a model, a slot or a pane; a death (the child died: a segfault costs one case, not the suite);
a hang; a file read caused by data; data rendered as markup.

Before every pane's reads went through ui/guarded.py, a query stopped by the work limit or a
damaged page read while browsing escaped from the table, timeline and chart models."""

from __future__ import annotations

import pytest

from tests.hostile.figures import Tally
from tests.hostile.file_watch import make_canaries
from tests.hostile.late_store import make_cases
from tests.hostile.test_fuzz_stores import _run_child
from tests.store.synthetic import build_synthetic_store

CASES = 48
START_EVERY = 4  # as `--store` (a window built per case): every fourth case, 12, of each kind
SLOW_SECONDS = 60.0  # a case browses every pane; an endless view costs 2 s per query reaching it


def browse_cases(folder, count: int = CASES, mode: str = "browse", every: int = 1) -> Tally:
    base = build_synthetic_store(folder / "base.db")
    canaries = make_canaries(folder / "canaries")
    cases = make_cases(base, folder / f"late-{mode}", count)[::every]
    lines = [f"{path}\t{late}" for path, late, _ in cases]
    where = "File ▸ Open" if mode == "browse" else "--store, panes built on it"
    tally = Tally(f"stores failing while browsed ({where}; every pane)")
    slowest = []
    shown = 0
    for index, result, ended in _run_child(
        mode, base, lines, canaries, folder, module="tests.hostile.browse_child"
    ):
        what = cases[index][2]
        if result is None:
            tally.add(ended.split()[0], f"{what}: {ended}")
            continue
        slowest.append((result["seconds"], what[:70]))
        shown += result["problems"]
        if result["errors"]:
            tally.add("escaped exception", f"{what}: {result['errors'][0]}")
        elif not result["alive"]:
            tally.add("death", f"{what}: the window closed")
        elif result["reads"]:
            tally.add("file read by data", what)
        elif result["unsafe"]:
            tally.add("unsafe render", f"{what}: {result['unsafe'][0]}")
        elif result["seconds"] > SLOW_SECONDS:
            tally.add("too slow", f"{what}: {result['seconds']} s")
        elif result["outcome"] == "refused":
            tally.add("clean refusal", what)
        elif result["problems"]:
            tally.add("problem shown on its pane", f"{what}: {result['problem']}")
        else:
            tally.add("browsed, nothing to show")
    tally.slowest = sorted(slowest, reverse=True)[:3]
    tally.problems_shown = shown
    tally.notes = (f"{tally['problem shown on its pane']} cases showed {shown} problems on "
                   f"their panes; slowest case {tally.slowest[0][0] if slowest else 0} s")  # fmt: skip
    return tally


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["browse", "start"])
def test_stores_failing_while_browsed(tmp_path, mode):
    every = 1 if mode == "browse" else START_EVERY
    tally = browse_cases(tmp_path, CASES, mode, every)
    tally.report()
    print(f"  problems shown on panes: {tally.problems_shown}; slowest: {tally.slowest}")
    assert tally.tried == len(range(0, CASES, every))
    allowed = ("clean refusal", "problem shown on its pane", "browsed, nothing to show")
    failures = {k: v for k, v in tally.counts.items() if k not in allowed}
    assert not failures, (failures, tally.examples)
    # The cases reach what they are meant to: most fail while browsed, and say so.
    assert tally["problem shown on its pane"] >= tally.tried // 3, tally.counts
