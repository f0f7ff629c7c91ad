"""relations-explorer export-template STORE.db DIR

Writes any relations store back to the import template: a folder of CSVs (store, sources,
actors, episodes, periods, series, observations; texts/ for sources whose full text the store
carries). `relations-explorer import DIR --out COPY.db` builds the same store again (the same
content hash), so a store can be edited as spreadsheets and rebuilt.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from explorer.ingest.rows import TEMPLATE_COLUMNS
from explorer.store import template_rows
from explorer.store.bundled import StoreError, open_store

# Columns written beyond the template's own: where an export found each quote in its text.
_PLACE = ("char_start", "char_end")


def _write(path: Path, columns: tuple[str, ...], rows) -> int:
    count = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, columns, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
            count += 1
    return count


def export(store: Path, folder: Path) -> dict[str, int]:
    conn = open_store(store, immutable=False)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        sources, texts = template_rows.source_rows(conn)
        counts = {"store": _write(folder / "store.csv", ("key", "value"),
                                  template_rows.store_rows(conn))}  # fmt: skip
        counts["sources"] = _write(folder / "sources.csv",
                                   (*TEMPLATE_COLUMNS["sources"], "full_text_in_store"), sources)  # fmt: skip
        if texts:
            (folder / "texts").mkdir(exist_ok=True)
            for sid, text in texts.items():
                (folder / "texts" / f"{sid}.txt").write_text(text, encoding="utf-8")
        counts["actors"] = _write(folder / "actors.csv", TEMPLATE_COLUMNS["actors"],
                                  template_rows.actor_rows(conn))  # fmt: skip
        cited = {k: tuple(c for c in TEMPLATE_COLUMNS[k] if c != "url") + _PLACE
                 for k in ("episodes", "periods", "observations")}  # fmt: skip
        counts["episodes"] = _write(folder / "episodes.csv", cited["episodes"],
                                    template_rows.episode_rows(conn, texts))  # fmt: skip
        counts["periods"] = _write(folder / "periods.csv", cited["periods"],
                                   template_rows.period_rows(conn, texts))  # fmt: skip
        counts["series"] = _write(folder / "series.csv", TEMPLATE_COLUMNS["series"],
                                  template_rows.series_rows(conn))  # fmt: skip
        counts["observations"] = _write(folder / "observations.csv", cited["observations"],
                                        template_rows.observation_rows(conn, texts))  # fmt: skip
        provenance = template_rows.provenance_rows(conn, texts)
        if provenance:
            counts["provenance"] = _write(folder / "provenance.csv",
                                          TEMPLATE_COLUMNS["provenance"], provenance)  # fmt: skip
        return counts
    finally:
        conn.close()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="relations-explorer export-template", description=__doc__.split("\n\n")[1]
    )
    parser.add_argument("store", type=Path, help="the store to export (.db)")
    parser.add_argument("folder", type=Path, help="the folder to write the template into")
    args = parser.parse_args(argv)
    try:
        counts = export(args.store, args.folder)
    except StoreError as error:
        print(f"error: {error.path}: {error.problem} {error.advice}", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"error: cannot write {args.folder}: {error}", file=sys.stderr)
        return 1
    made = ", ".join(f"{n:,} {k}" for k, n in counts.items() if k != "store")
    print(f"wrote {args.folder}: {made}")
    return 0
