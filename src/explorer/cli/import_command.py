"""relations-explorer import FILE… --out STORE.db [--format F] [--mapping MAP.json]

Reads spreadsheets and event exports into a new relations store, through the same checks and
writer as the curated build. Prints every problem with its file, sheet, row and column, and
exits 1 writing nothing when there is any, unless --keep-valid is given: then the sound rows
are imported and the refused ones written to --rejects (default STORE.rejects.csv).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from explorer.ingest.pipeline import FORMATS, NeedsMapping, Progress, run_import


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="relations-explorer import", description=__doc__.split("\n\n")[1]
    )
    parser.add_argument(
        "files", nargs="+", type=Path, help="CSV, TSV, XLSX files or template folders"
    )
    parser.add_argument("--out", type=Path, required=True, help="the store to make (.db)")
    parser.add_argument("--format", choices=FORMATS, default="auto", help="what the files are")
    parser.add_argument("--mapping", type=Path, help="column mapping (JSON) for any other CSV")
    parser.add_argument("--title", default="", help="the store's name")
    parser.add_argument("--keep-valid", action="store_true",
                        help="import the sound rows even when others have problems")  # fmt: skip
    parser.add_argument("--rejects", type=Path, help="where the refused rows are written (CSV)")
    parser.add_argument("--force", action="store_true", help="replace --out if it exists")
    parser.add_argument("--quiet", action="store_true", help="no progress line")
    return parser


def progress_line(p: Progress, elapsed: float) -> str:
    """'reading: 42% · 41,984 rows (3,210/s) · about 1 min 5 s left' (English, like the rest of
    the command's output: scripts and logs read it)."""
    rate = p.rows / max(elapsed, 1e-6)
    parts = [p.stage + (f": {p.percent}%" if p.percent is not None else ""),
             f"{p.rows:,} rows ({rate:,.0f}/s)"]  # fmt: skip
    if p.seconds_left is not None:
        parts.append(f"about {duration(p.seconds_left)} left")
    return " · ".join(parts)


def duration(seconds: float) -> str:
    seconds = max(int(round(seconds)), 0)
    if seconds < 60:
        return f"{seconds} s"
    minutes, seconds = divmod(seconds, 60)
    return f"{minutes} min {seconds} s" if minutes < 60 else f"{minutes // 60} h {minutes % 60} min"


def main(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    out: Path = args.out
    if out.exists() and not args.force:
        print(f"error: {out} exists; choose another --out or pass --force", file=sys.stderr)
        return 2
    mapping = None
    if args.mapping:
        from explorer.ingest.mapping import Mapping

        try:
            mapping = Mapping.load(args.mapping)
        except (OSError, ValueError, KeyError) as error:
            print(f"error: {args.mapping}: not a mapping ({error})", file=sys.stderr)
            return 2
    started = time.monotonic()
    show = not args.quiet and sys.stderr is not None

    def progress(p: Progress) -> None:
        if show:
            print(f"\r{progress_line(p, time.monotonic() - started)}\x1b[K", end="",
                  file=sys.stderr, flush=True)  # fmt: skip

    rejects = args.rejects or (out.with_suffix(".rejects.csv") if args.keep_valid else None)
    try:
        report = run_import(args.files, out, args.format, mapping, keep_valid=args.keep_valid,
                            title=args.title, progress=progress, rejects=rejects)  # fmt: skip
    except NeedsMapping as need:
        from explorer.ingest.mapping import guess

        print(f"\nerror: {need}", file=sys.stderr)
        print("Write a mapping file (see docs/import.md), for example:\n"
              + guess(need.table.header).to_json(), file=sys.stderr)  # fmt: skip
        return 2
    if show:
        print(file=sys.stderr)
    for notice in report.notices:
        print(f"notice: {notice}", file=sys.stderr)
    for problem in report.problems:
        print(f"problem: {problem}", file=sys.stderr)
    if report.problem_count > len(report.problems):
        print(f"… and {report.problem_count - len(report.problems):,} more problems",
              file=sys.stderr)  # fmt: skip
    elapsed = time.monotonic() - started
    if not report.content_hash:
        print(f"{report.summary()}; nothing written ({elapsed:.1f} s).", file=sys.stderr)
        if report.rejects_path:
            print(f"rejected rows: {report.rejects_path}", file=sys.stderr)
        return 1
    print(f"made {out} (content {report.content_hash[:12]}): {report.summary()} "
          f"in {elapsed:.1f} s")  # fmt: skip
    if report.rejects_path:
        print(f"rejected rows: {report.rejects_path}")
    return 0
