"""python -m explorer.build [--data DIR] [--out FILE] [--check] [--allow-errors]

Checks every reviewed file under data/ and builds the store from it. Prints every problem with
its file and line; exits 1 (writing nothing) if there is any, unless --allow-errors is given,
in which case the rows that are sound are built so curators can work in parallel.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from explorer.build.load import load


def default_data_dir() -> Path:
    return Path(__file__).resolve().parents[3] / "data"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m explorer.build", description=__doc__.split("\n\n")[1]
    )
    parser.add_argument(
        "--data", type=Path, default=default_data_dir(), help="folder of reviewed files"
    )
    parser.add_argument("--out", type=Path, help="store to write (default: DATA/relations.db)")
    parser.add_argument("--check", action="store_true", help="check the files, build nothing")
    parser.add_argument(
        "--allow-errors", action="store_true", help="build what is sound despite errors"
    )
    args = parser.parse_args(argv)

    data = load(args.data)
    for error in data.errors:
        print(f"error: {error}", file=sys.stderr)
    if data.errors and not args.allow_errors:
        print(f"{len(data.errors)} error(s); nothing built.", file=sys.stderr)
        return 1
    if args.check:
        print("data files are sound" if not data.errors else f"{len(data.errors)} error(s)")
        return 1 if data.errors else 0
    if data.errors:
        from explorer.build.prune import drop_unsound_rows

        drop_unsound_rows(data)
    from explorer.build.write import write

    out = args.out or args.data / "relations.db"
    digest = write(data, out)
    for warning in data.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    counts = {k: len(v) for k, v in data.rows.items()}
    print(f"built {out} (content {digest[:12]}) from {counts}")
    return 1 if data.errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
