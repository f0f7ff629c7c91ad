"""Tallies of a fuzz run, printed for the record, and the one table of them all.

Every hostile test keeps a Tally per category of the adversarial list (issue 15) and calls
`report()`, which writes it as JSON into the folder HOSTILE_FIGURES names, one file per
category: the suite runs on pytest-xdist workers, and the tests' root conftest (in the process
that prints the summary) makes that folder and prints `table(recorded(folder))` at the end of
the run; benchmarks/hostile_fuzz.py names a folder of its own and reads it the same way."""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

# The columns of the table, and the outcomes each one counts.
COLUMNS: tuple[tuple[str, frozenset[str]], ...] = (
    ("refused", frozenset({"clean refusal"})),
    (
        "accepted",
        frozenset(
            {
                "whole import",
                "opened and browsed",
                "browsed, nothing to show",
                "problem shown on its pane",
                "clean",
                "shown as text",
            }
        ),
    ),  # fmt: skip
    ("escaped", frozenset({"escaped exception"})),
    ("deaths", frozenset({"death", "hang"})),
    ("partial", frozenset({"partial import"})),
    ("unsafe", frozenset({"unsafe render"})),
    ("file reads", frozenset({"file read by data"})),
)
KNOWN = frozenset().union(*(outcomes for _, outcomes in COLUMNS))
FOLDER_VARIABLE = "HOSTILE_FIGURES"


@dataclass
class Tally:
    category: str
    counts: Counter = field(default_factory=Counter)
    examples: dict[str, str] = field(default_factory=dict)
    slowest_ms: float | None = None  # the slowest query on the bundled store, if measured
    file_reads: int = 0  # reads of canary files seen by inotify (0 unless data made one)
    notes: str = ""  # one line more for the table ("problems shown on panes: 12")

    def add(self, outcome: str, example: str = "") -> None:
        self.counts[outcome] += 1
        if example and outcome not in self.examples:
            self.examples[outcome] = example[:300]

    def __getitem__(self, outcome: str) -> int:
        return self.counts[outcome]

    @property
    def tried(self) -> int:
        return sum(self.counts.values())

    def column(self, outcomes: frozenset[str]) -> int:
        return sum(n for outcome, n in self.counts.items() if outcome in outcomes)

    @property
    def other_failures(self) -> int:
        return sum(n for outcome, n in self.counts.items() if outcome not in KNOWN)

    def line(self) -> str:
        parts = ", ".join(f"{k} {v}" for k, v in sorted(self.counts.items()))
        return f"FUZZ {self.category}: tried {self.tried}: {parts}"

    def report(self) -> str:
        text = self.line()
        for outcome, example in self.examples.items():
            text += f"\n  first {outcome}: {example}"
        print(text)
        self._write()
        return text

    def _write(self) -> None:
        folder = os.environ.get(FOLDER_VARIABLE)
        if folder:
            name = re.sub(r"[^a-z0-9]+", "-", self.category.lower()).strip("-")[:80]
            path = Path(folder) / f"{name}.json"
            path.write_text(json.dumps(self.as_dict(), indent=1), "utf-8")

    def as_dict(self) -> dict:
        row = {"category": self.category, "tried": self.tried}
        row.update({name: self.column(outcomes) for name, outcomes in COLUMNS})
        row["file reads"] += self.file_reads
        row["other failures"] = self.other_failures
        row["slowest ms"] = None if self.slowest_ms is None else round(self.slowest_ms, 1)
        row["counts"] = dict(self.counts)
        row["notes"] = self.notes
        return row


def recorded(folder: Path) -> list[dict]:
    """The tallies written into `folder`, in the order they were written."""
    paths = sorted(Path(folder).glob("*.json"), key=lambda p: (p.stat().st_mtime_ns, p.name))
    return [json.loads(path.read_text("utf-8")) for path in paths]


HEADERS = ("tried", "refused", "accepted", "escaped", "deaths", "partial", "unsafe",
           "file reads", "other failures", "slowest ms")  # fmt: skip


def table(rows: list[dict]) -> str:
    """The figures as a fixed-width table, one category a line."""
    width = max([len("category")] + [len(r["category"]) for r in rows])
    head = "category".ljust(width) + "".join(f" | {h}" for h in HEADERS)
    lines = [head, "-" * len(head)]
    for row in rows:
        cells = []
        for name in HEADERS:
            value = row.get(name)
            cells.append(f" | {'-' if value is None else value:>{len(name)}}")
        lines.append(row["category"].ljust(width) + "".join(cells))
        if row.get("notes"):
            lines.append(" " * 2 + row["notes"])
    lines.append("accepted: imported whole, opened and browsed, or answered; a failure while "
                 "browsed shown on its pane counts as accepted (see notes)")  # fmt: skip
    return "\n".join(lines)
