"""Self-check of the pj2003 curation files (run: python tools/check_pj2003.py).

Checks: every quote occurs in data/texts/pj2003.txt (whitespace collapsed) and, preferably, exactly
once (so the build highlights the right passage); ids unique; controlled vocabularies; EDTF parses
to bounds; observations name existing series; values are numbers and agree with value_text; flags
that need a reason have one; no U+FFFD; no hosting-site gloss left in the text; actors referenced
exist and agree in name/kind with the other curators' files.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

import edtf

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "data"
SRC = "pj2003"
sys.path.insert(0, str(REPO / "src"))
from explorer.build import vocab  # noqa: E402

problems: list[str] = []
warnings: list[str] = []


def read(kind: str, source: str = SRC) -> list[dict]:
    path = DATA / kind / f"{source}.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def squash(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def check_date(where: str, value: str) -> None:
    try:
        parsed = edtf.parse_edtf(value)
        parsed.lower_fuzzy(), parsed.upper_fuzzy(), parsed.lower_strict(), parsed.upper_strict()
    except Exception as error:  # noqa: BLE001
        problems.append(f"{where}: bad EDTF {value!r} ({error})")


text = (DATA / "texts" / f"{SRC}.txt").read_text(encoding="utf-8")
flat = squash(text)
for marker in ("\ufffd", "\xa0", "Noun 1.", "Adv. 1.", "IPA", "Farlex", "Terms of use", "[yen]", "RETRIBUTION",
               "MEDIATE", "DISBURSEMENT", "Open Document Architecture", "Jimmy Carter", "Paris Club", "ir·ri",
               "Biological Informatics", "Athens Derivatives", "PASSHE", "Brumaire", "(born "):
    if marker in text:
        problems.append(f"texts/{SRC}.txt still contains {marker!r}")
for m in re.finditer(r"\b(\w+) \1\b", flat):
    if m.group(1).lower() not in {"that", "had"}:
        warnings.append(f"doubled word in text: {flat[m.start() - 30:m.end() + 10]!r}")

all_files = {}
for kind in ("actors", "episodes", "periods", "series", "observations"):
    all_files[kind] = read(kind)
    for i, row in enumerate(all_files[kind], start=2):
        for key, value in row.items():
            if value and "\ufffd" in value:
                problems.append(f"{kind}:{i} column {key} has U+FFFD")

# quotes
for kind in ("episodes", "periods", "observations"):
    for i, row in enumerate(all_files[kind], start=2):
        q = squash(row["quote"])
        n = flat.count(q)
        if n == 0:
            problems.append(f"{kind}:{i} quote not in text: {q[:70]!r}")
        elif n > 1:
            warnings.append(f"{kind}:{i} quote occurs {n} times: {q[:70]!r}")
        if not row["locator"]:
            problems.append(f"{kind}:{i} no locator")

# actors (mine + everyone's, for references and agreement)
actors = {}
for path in sorted((DATA / "actors").glob("*.csv")):
    for row in read("actors", path.stem):
        if row["id"] in actors and path.stem != SRC:
            mine = actors[row["id"]]
            if (mine["name"], mine["kind"]) != (row["name"], row["kind"]):
                warnings.append(f"actor {row['id']}: {mine['name']!r}/{mine['kind']} vs {row['name']!r}/{row['kind']} in {path.stem}")
        actors.setdefault(row["id"], row)
mine = [r["id"] for r in all_files["actors"]]
if len(mine) != len(set(mine)):
    problems.append("duplicate actor ids")
for r in all_files["actors"]:
    if r["kind"] not in vocab.ACTOR_KINDS:
        problems.append(f"actor {r['id']}: kind {r['kind']!r}")

# episodes
defined = {}
for path in sorted((DATA / "episodes").glob("*.csv")):
    for row in read("episodes", path.stem):
        if row["id"] and not row["same_as"]:
            if row["id"] in defined and path.stem == SRC:
                problems.append(f"episode id {row['id']} defined twice")
            defined.setdefault(row["id"], path.stem)
for i, row in enumerate(all_files["episodes"], start=2):
    where = f"episodes:{i}"
    if row["same_as"]:
        if row["same_as"] not in defined:
            problems.append(f"{where}: same_as {row['same_as']!r} undefined")
    else:
        if defined.get(row["id"]) != SRC:
            problems.append(f"{where}: {row['id']} also defined in {defined.get(row['id'])}")
        if row["kind"] not in vocab.EPISODE_KINDS:
            problems.append(f"{where}: kind {row['kind']!r}")
        for col in ("title", "date_text", "start", "summary"):
            if not row[col]:
                problems.append(f"{where}: no {col}")
        year = re.match(r"^\[?(\d{3})", row["start"])
        if year and not row["id"].startswith(year.group(1)):
            problems.append(f"{where}: id {row['id']} does not start with its start year {row['start']}")
    for col in ("start", "end"):
        if row[col]:
            check_date(where, row[col])
    for item in filter(None, row["actors"].split(";")):
        actor, _, role = item.partition(":")
        if actor not in actors:
            problems.append(f"{where}: unknown actor {actor!r}")
        if role not in vocab.ROLES:
            problems.append(f"{where}: unknown role {role!r}")

# periods
for i, row in enumerate(all_files["periods"], start=2):
    if not row["same_as"] and row["kind"] not in vocab.PERIOD_KINDS:
        problems.append(f"periods:{i}: kind {row['kind']!r}")
    for col in ("start", "end"):
        if row[col]:
            check_date(f"periods:{i}", row[col])
    if row["actor"] and row["actor"] not in actors:
        problems.append(f"periods:{i}: unknown actor {row['actor']}")

# series and observations
series = {}
for i, row in enumerate(all_files["series"], start=2):
    if row["id"] in series:
        problems.append(f"series:{i}: duplicate id {row['id']}")
    series[row["id"]] = row
    if not row["id"].startswith(f"{SRC}-"):
        problems.append(f"series:{i}: id {row['id']} lacks the {SRC}- prefix")
    if row["unit"] not in vocab.UNITS:
        problems.append(f"series:{i}: unit {row['unit']!r}")
    float(row["scale"])
    for col in ("reporter", "partner"):
        if row[col] and row[col] not in actors:
            problems.append(f"series:{i}: {col} {row[col]!r} unknown")
seen = set()
for i, row in enumerate(all_files["observations"], start=2):
    where = f"observations:{i}"
    if row["series"] not in series:
        problems.append(f"{where}: unknown series {row['series']}")
    key = (row["series"], row["period"])
    if key in seen:
        problems.append(f"{where}: duplicate {key}")
    seen.add(key)
    check_date(where, row["period"])
    if not row["value_text"]:
        problems.append(f"{where}: empty value_text")
    if row["flag"] and row["flag"] not in vocab.FLAGS:
        problems.append(f"{where}: flag {row['flag']!r}")
    if row["flag"] in vocab.FLAGS_NEEDING_REASON and not row["flag_reason"]:
        problems.append(f"{where}: flag needs reason")
    if row["value"]:
        value = float(row["value"])
        digits = re.sub(r"[^\d.]", "", row["value_text"].replace(",", ""))
        if (series.get(row["series"], {}).get("table") not in ("text", "Table 5") and digits
                and abs(abs(value) - float(digits.rstrip("."))) > 1e-9):
                problems.append(f"{where}: value {value} disagrees with value_text {row['value_text']!r}")
        if row["value_text"].startswith("-") and value >= 0:
            problems.append(f"{where}: sign lost")
    elif row["flag"] != "missing":
        problems.append(f"{where}: no value and not flagged missing")
    # the cited row must hold the printed cell
    if row["value_text"] not in ("(blank)",) and row["value_text"] not in row["quote"]:
        problems.append(f"{where}: value_text {row['value_text']!r} not in its quote")

for w in warnings:
    print("warning:", w)
for p in problems:
    print("PROBLEM:", p)
print(f"{SRC}: {len(all_files['episodes'])} episode rows, {len(all_files['periods'])} periods, "
      f"{len(all_files['actors'])} actors, {len(series)} series, {len(all_files['observations'])} observations; "
      f"{len(problems)} problem(s), {len(warnings)} warning(s)")
sys.exit(1 if problems else 0)
