"""Cross-source checks of data/ (the reviewer's invariants; per-file checks are the builder's: python -m explorer.build --check).

  * an actor id means one entity: same name, kind and note in every file that lists it;
  * country actors carry an ISO 3166-1 alpha-3 code (SUN: ISO 3166-3, the former USSR);
  * episode and period ids are `<year>-<words>` slugs (no EDTF "X" in an id) or named spans;
  * every same_as names a defined record;
  * the built store's conflicts are exactly the reviewed, real disagreements listed below.

Run:  python3 tools/check_review.py   (after `python -m explorer.build`)
Not imported by the app or the tests.
"""

from __future__ import annotations

import csv
import re
import sqlite3
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
SOURCES = ("pj2003", "sy2013", "csfuji", "ppp2015", "csfor")

ISO3 = {
    "AGO", "ARG", "BEL", "BHS", "BMU", "BOL", "BRA", "CAN", "CHE", "CHL", "CHN", "COL", "CRI",
    "CUB", "CYM", "DEU", "ECU", "ESP", "FRA", "GBR", "GUY", "HTI", "IDN", "IND", "ITA", "JPN",
    "KEN", "KOR", "MEX", "MOZ", "NIC", "NLD", "PAN", "PER", "PHL", "PRK", "PRY", "RUS", "SLV",
    "SUN", "SWE", "THA", "TTO", "USA", "VEN", "ZAF", "ZWE",
}

# subject id -> why the disagreement is real (kept on purpose, shown as disputed)
REAL_CONFLICTS = {
    "1997-peru-joins-apec": "sy2013 dates Peru's APEC entry to 1997, ppp2015 to 1998",
    "1973-first-japanese-oda-loan-to-peru": "pj2003's text dates the first ODA credit for the "
    "Lima-Chimbote lines to 1973; its own Table 6 dates the Lima-Chimbote Transmission Line "
    "OECF loan 1979 (marked '*' completed)",
}


def rows(kind: str, source: str) -> list[dict]:
    with (DATA / kind / f"{source}.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def main() -> int:
    problems: list[str] = []
    actors: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
    for s in SOURCES:
        for r in rows("actors", s):
            actors[r["id"]].add((r["name"], r["kind"], r["note"]))
            if r["kind"] == "country" and r["id"] not in ISO3:
                problems.append(f"actors/{s}: country {r['id']} is not a known ISO3 code")
    for aid, versions in actors.items():
        if len(versions) > 1:
            problems.append(f"actor {aid} differs between files: {sorted(versions)}")
    for kind in ("episodes", "periods"):
        defined = set()
        cited = []
        for s in SOURCES:
            for r in rows(kind, s):
                if r["same_as"]:
                    cited.append((s, r["same_as"]))
                else:
                    defined.add(r["id"])
                    if kind == "episodes" and not re.fullmatch(r"\d{4}-[a-z0-9]+(-[a-z0-9]+)*", r["id"]):
                        problems.append(f"episodes/{s}: id {r['id']!r} is not <year>-<words>")
        for s, target in cited:
            if target not in defined:
                problems.append(f"{kind}/{s}: same_as {target!r} names nothing")
    store = DATA / "relations.db"
    if store.exists():
        conn = sqlite3.connect(store)
        found = {r[0] for r in conn.execute("SELECT subject_id FROM conflicts")}
        for sid in sorted(found - set(REAL_CONFLICTS)):
            problems.append(f"unreviewed conflict: {sid}")
        for sid in sorted(set(REAL_CONFLICTS) - found):
            problems.append(f"reviewed conflict no longer recorded: {sid}")
    for p in problems:
        print(p)
    print(f"{len(actors)} actors, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
