"""Tallies of a fuzz run, printed for the record (pytest -s shows them; -rA keeps them)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


@dataclass
class Tally:
    category: str
    counts: Counter = field(default_factory=Counter)
    examples: dict[str, str] = field(default_factory=dict)

    def add(self, outcome: str, example: str = "") -> None:
        self.counts[outcome] += 1
        if example and outcome not in self.examples:
            self.examples[outcome] = example[:300]

    def __getitem__(self, outcome: str) -> int:
        return self.counts[outcome]

    @property
    def tried(self) -> int:
        return sum(self.counts.values())

    def line(self) -> str:
        parts = ", ".join(f"{k} {v}" for k, v in sorted(self.counts.items()))
        return f"FUZZ {self.category}: tried {self.tried}: {parts}"

    def report(self) -> str:
        text = self.line()
        for outcome, example in self.examples.items():
            text += f"\n  first {outcome}: {example}"
        print(text)
        return text
