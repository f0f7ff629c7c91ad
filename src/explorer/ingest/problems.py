"""What an import found wrong, each problem pointing at a file, sheet, row and column."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

# A file with a million bad rows should not hold a million messages: the first ones are kept
# (and every rejected row still goes to the rejects file), the rest are counted.
MAX_KEPT_PROBLEMS = 5000


@dataclass(frozen=True)
class Problem:
    file: str
    sheet: str
    row: int  # as a spreadsheet numbers it: the header is row 1; 0 for the whole file
    column: str
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.sheet:
            where += f" [{self.sheet}]"
        if self.row:
            where += f" row {self.row}"
        if self.column:
            where += f", column {self.column}"
        return f"{where}: {self.message}"


@dataclass
class Report:
    """Counts and problems of one import (or one check before it)."""

    problems: list[Problem] = field(default_factory=list)
    problem_count: int = 0
    notices: list[str] = field(default_factory=list)  # not problems: "read as Windows-1252"
    read: int = 0  # data rows read from the files
    imported: dict[str, int] = field(default_factory=dict)  # kind -> rows written
    rejected: int = 0  # rows refused
    uncited: int = 0  # rows imported without any citation
    refused_files: list[str] = field(default_factory=list)  # files that could not be read at all
    content_hash: str = ""
    cancelled: bool = False
    _rejects: list[list[str]] = field(default_factory=list, repr=False)
    rejects_path: Path | None = None
    current_cells: list[str] = field(default_factory=list, repr=False)  # row being checked
    row_rejected: bool = field(default=False, repr=False)  # it already went to the rejects

    def add(self, problem: Problem) -> None:
        self.problem_count += 1
        if len(self.problems) < MAX_KEPT_PROBLEMS:
            self.problems.append(problem)

    def refuse_file(self, file: str, message: str) -> None:
        self.refused_files.append(file)
        self.add(Problem(file, "", 0, "", message))

    def reject(self, problem: Problem, cells: list[str]) -> None:
        self.rejected += 1
        if len(self._rejects) < 1_000_000:
            self._rejects.append([problem.file, problem.sheet, str(problem.row), problem.column,
                                  problem.message, *cells])  # fmt: skip

    @property
    def ok(self) -> bool:
        return self.problem_count == 0

    def summary(self) -> str:
        made = ", ".join(f"{n:,} {kind}" for kind, n in self.imported.items() if n) or "nothing"
        text = f"read {self.read:,} rows; imported {made}"
        if self.uncited:
            text += f"; {self.uncited:,} uncited"
        if self.rejected:
            text += f"; rejected {self.rejected:,} rows"
        if self.problem_count:
            text += f"; {self.problem_count:,} problem(s)"
        return text

    def write_rejects(self, path: Path) -> Path:
        """The refused rows, as they were read, with where and why first: a CSV to fix and
        import again."""
        with Path(path).open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(["file", "sheet", "row", "column", "problem", "cells…"])
            writer.writerows(self._rejects)
        self.rejects_path = Path(path)
        return self.rejects_path
