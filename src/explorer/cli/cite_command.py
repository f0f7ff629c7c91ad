"""relations-explorer cite [--store STORE] --format bibtex|ris|csl-json [--view VIEW.json] [-o FILE]

Writes the sources behind the whole store, or behind what the saved views in VIEW.json show,
in a format reference managers (Zotero, JabRef, Mendeley…) import, followed by an entry for the
dataset itself. No Qt is imported: this runs on a machine with no display.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from explorer.core import citation_formats
from explorer.core.citation import export_sources


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="relations-explorer cite",
        description="Write the sources behind the store, or behind a saved view, as BibTeX, "
        "RIS or CSL-JSON for a reference manager.",
    )
    parser.add_argument("--store", type=Path, help="the relations store (default: the bundled one)")
    parser.add_argument("--format", required=True, choices=citation_formats.FORMATS,
                        help="bibtex, ris or csl-json")  # fmt: skip
    parser.add_argument("--view", type=Path,
                        help="a saved-views file (.json): cite only the sources its views show")  # fmt: skip
    parser.add_argument("-o", "--output", type=Path, help="write here instead of standard output")
    parser.add_argument("--no-dataset", action="store_true",
                        help="leave out the entry for the dataset itself")  # fmt: skip
    return parser.parse_args(argv)


def view_states(path: Path) -> list[dict]:
    """The states of the views in a saved-views file, checked; ValueError in plain words."""
    from explorer.core.views import SavedView, check_payload
    from explorer.store.views_store import VIEW_KIND, ViewsFileError, read_document

    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise ValueError(f"cannot read {path}: {error.strerror or error}") from None
    try:
        _version, items = read_document(text, check_payload)
    except ViewsFileError as error:
        raise ValueError(f"{path} is not a saved-views file: {'; '.join(error.problems)}") from None
    views = [SavedView.from_payload(i.payload, i.id) for i in items if i.kind == VIEW_KIND]
    if not views:
        raise ValueError(f"{path} holds no saved view")
    return [v.state for v in views]


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    from explorer import paths
    from explorer.store.bundled import StoreError, open_store

    store = args.store or paths.bundled_store_path()
    try:
        conn = open_store(store, immutable=args.store is None)
    except StoreError as error:
        print(f"relations-explorer cite: {error.problem} ({error.path})", file=sys.stderr)
        return 2
    try:
        states = view_states(args.view) if args.view else None
        text, count = export_sources(conn, args.format, states, not args.no_dataset)
    except ValueError as error:
        print(f"relations-explorer cite: {error}", file=sys.stderr)
        return 2
    finally:
        conn.close()
    if args.output:
        from explorer.store.atomic import write_atomically

        try:
            write_atomically(args.output, text)
        except OSError as error:
            print(f"relations-explorer cite: cannot write {args.output}: "
                  f"{error.strerror or error}", file=sys.stderr)  # fmt: skip
            return 1
        print(f"Wrote {count} source(s) to {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0
