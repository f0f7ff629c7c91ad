"""For --allow-errors: drop the rows an error names, and rows that depend on dropped ones."""

from __future__ import annotations

import re

from explorer.build.load import Dataset, check


def drop_unsound_rows(data: Dataset) -> None:
    for _ in range(5):  # dropping a row can orphan others; a few passes settle it
        bad = {m.group(1) for e in data.errors if (m := re.match(r"^(\S+:\d+):", e))}
        bad_files = {e.split(":")[0] for e in data.errors if not re.match(r"^\S+:\d+:", e)}
        for kind, rows in data.rows.items():
            data.rows[kind] = [r for r in rows if r.where not in bad and r.file not in bad_files]
        data.provenance = [
            r for r in data.provenance if r.where not in bad and r.file not in bad_files
        ]
        data.spanish_aliases = [r for r in data.spanish_aliases if r.where not in bad]
        data.errors = []
        check(data)
        if not data.errors:
            return
    raise SystemExit("could not build: errors remain after dropping unsound rows")
