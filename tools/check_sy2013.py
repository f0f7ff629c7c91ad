"""Self-check of the sy2013 files (Sanborn & Yong, c. 2013).

python3 tools/check_sy2013.py  -> prints problems, exits 1 if any.

Checks: every quote occurs in data/texts/sy2013.txt (whitespace collapsed); ids unique;
controlled vocabularies; EDTF parses; every observation's series exists and every series has
observations; actors referenced exist (here or in another curator's file); no U+FFFD; every
table row of the cleaned text has as many cells as its header; every numeric cell of
Tables 1-4 is an observation; shares in Tables 2-3 sum to ~100 per column.
"""

from __future__ import annotations

import csv
import glob
import re
import sys
from pathlib import Path

import edtf

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
SID = "sy2013"

EPISODE_KINDS = {"migration", "immigration_policy", "deportation", "diplomatic", "treaty",
                 "trade_agreement", "visit", "multilateral", "election", "coup",
                 "domestic_politics", "war", "security", "aid", "finance", "investment", "trade",
                 "legal", "institution", "other"}
ACTOR_KINDS = {"country", "region", "person", "organisation", "company", "agreement", "group"}
ROLES = {"participant", "signatory", "host", "visitor", "donor", "recipient", "lender",
         "borrower", "investor", "target", "perpetrator", "victim", "mediator", "member",
         "agency", "subject", "leader"}
PERIOD_KINDS = {"presidency", "military_government", "era", "war", "programme"}
UNITS = {"USD", "JPY", "persons", "percent", "count", "ratio"}
FLAGS = {"", "inconsistent", "conflict", "approximate", "lower_bound", "estimate",
         "preliminary", "missing"}

problems: list[str] = []


def bad(msg: str) -> None:
    problems.append(msg)


def squash(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def rows(kind: str) -> list[dict]:
    with open(DATA / kind / f"{SID}.csv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def parses(date: str) -> bool:
    try:
        return edtf.parse_edtf(date) is not None
    except Exception:
        return False


text = (DATA / "texts" / f"{SID}.txt").read_text(encoding="utf-8")
flat = squash(text)
if "\ufffd" in text:
    bad("U+FFFD in cleaned text")
for kind in ("actors", "episodes", "periods", "series", "observations"):
    raw = (DATA / kind / f"{SID}.csv").read_text(encoding="utf-8")
    if "\ufffd" in raw:
        bad(f"U+FFFD in {kind}")
    if "\r" in raw:
        bad(f"CR line ends in {kind}")

actors = rows("actors")
episodes = rows("episodes")
periods = rows("periods")
series = rows("series")
observations = rows("observations")

# actors
all_actor_ids = set()
for f in glob.glob(str(DATA / "actors" / "*.csv")):
    with open(f, encoding="utf-8") as fh:
        all_actor_ids |= {r["id"] for r in csv.DictReader(fh)}
ids = [a["id"] for a in actors]
if len(ids) != len(set(ids)):
    bad("duplicate actor ids")
for a in actors:
    if a["kind"] not in ACTOR_KINDS:
        bad(f"actor {a['id']}: kind {a['kind']}")

# episodes and periods
defined_elsewhere = set()
for f in glob.glob(str(DATA / "episodes" / "*.csv")) + glob.glob(str(DATA / "periods" / "*.csv")):
    with open(f, encoding="utf-8") as fh:
        defined_elsewhere |= {r["id"] for r in csv.DictReader(fh) if r["id"]}
eids = [e["id"] for e in episodes if not e["same_as"]]
if len(eids) != len(set(eids)):
    bad("duplicate episode ids")
for e in episodes + periods:
    name = e["id"] or "->" + e["same_as"]
    if squash(e["quote"]) not in flat:
        bad(f"{name}: quote not in text")
    if not e["locator"]:
        bad(f"{name}: no locator")
    for col in ("start", "end"):
        if e[col] and not parses(e[col]):
            bad(f"{name}: {col} {e[col]!r} is not EDTF")
    if e["same_as"]:
        if e["same_as"] not in defined_elsewhere:
            bad(f"{name}: same_as target not defined anywhere")
        continue
    if not re.match(r"^\d{4}-[a-z0-9-]+$", e["id"]) and e in episodes:
        bad(f"{name}: id is not <year>-<slug>")
    if e in episodes:
        if e["kind"] not in EPISODE_KINDS:
            bad(f"{name}: kind {e['kind']}")
        if not (e["title"] and e["summary"] and e["date_text"] and e["start"]):
            bad(f"{name}: missing title/summary/date_text/start")
    elif e["kind"] not in PERIOD_KINDS:
        bad(f"{name}: period kind {e['kind']}")
for e in episodes:
    for item in filter(None, e["actors"].split(";")):
        actor, _, role = item.partition(":")
        if actor not in all_actor_ids:
            bad(f"{e['id'] or e['same_as']}: unknown actor {actor}")
        if role not in ROLES:
            bad(f"{e['id'] or e['same_as']}: unknown role {role}")

# series and observations
sids = [s["id"] for s in series]
if len(sids) != len(set(sids)):
    bad("duplicate series ids")
for s in series:
    if s["unit"] not in UNITS:
        bad(f"{s['id']}: unit {s['unit']}")
    float(s["scale"])
    if not s["id"].startswith(f"{SID}-"):
        bad(f"{s['id']}: id prefix")
    for col in ("reporter", "partner"):
        if s[col] and s[col] not in all_actor_ids:
            bad(f"{s['id']}: unknown {col} {s[col]}")
known = set(sids)
keys = set()
used = set()
for o in observations:
    key = f"{o['series']}@{o['period']}"
    if key in keys:
        bad(f"duplicate observation {key}")
    keys.add(key)
    used.add(o["series"])
    if o["series"] not in known:
        bad(f"{key}: unknown series")
    if not parses(o["period"]):
        bad(f"{key}: period not EDTF")
    if o["flag"] not in FLAGS:
        bad(f"{key}: flag {o['flag']}")
    if o["flag"] in ("inconsistent", "conflict") and not o["flag_reason"]:
        bad(f"{key}: flag needs reason")
    if o["value"]:
        float(o["value"])
    elif o["flag"] not in ("missing", "estimate", "approximate"):
        bad(f"{key}: no value and no flag explaining why")
    if squash(o["quote"]) not in flat:
        bad(f"{key}: quote not in text")
    if o["value_text"] not in o["quote"]:
        bad(f"{key}: value_text not in its quote")
for s in sids:
    if s not in used:
        bad(f"series {s} has no observation")

# tables in the cleaned text
lines = text.split("\n")
obs_quotes = {}
for o in observations:
    obs_quotes.setdefault(o["quote"], []).append(o)
for n in range(1, 8):
    start = next(i for i, line in enumerate(lines) if line.startswith(f"Table {n}."))
    block = []
    for line in lines[start + 1:]:
        if " | " not in line:
            if block:
                break
            continue
        block.append(line)
    width = len(block[0].split(" | "))
    for line in block[1:]:
        cells = line.split(" | ")
        if len(cells) != width:
            bad(f"Table {n}: row has {len(cells)} cells, header {width}: {line[:60]}")
        if n <= 4:
            header_cells = block[0].split(" | ")
            numeric = [c for h, c in zip(header_cells[1:], cells[1:])
                       if h != "Commodity Code (HS)" and re.fullmatch(r"-?[\d,]+(\.\d+)?%?", c)]
            got = [o for o in obs_quotes.get(line, []) if o["locator"].startswith(f"Table {n},")]
            if len(got) != len(numeric):
                bad(f"Table {n}: {len(numeric)} numeric cells but {len(got)} observations: {line[:50]}")
        elif line not in obs_quotes:
            bad(f"Table {n}: row without observation: {line[:60]}")
    if n in (2, 3):
        header = block[0].split(" | ")
        body = [r.split(" | ") for r in block[1:] if not r.startswith("Total")]
        for c in range(1, len(header)):
            total = sum(float(r[c].rstrip("%")) for r in body)
            if abs(total - 100) > 0.45 and not (n == 3 and header[c] == "World 1997"):
                bad(f"Table {n} column {header[c]} sums to {total:.1f}")

for p in problems:
    print("problem:", p)
print(f"{len(actors)} actors, {len(episodes)} episode rows "
      f"({sum(1 for e in episodes if not e['same_as'])} defining), {len(periods)} period rows, "
      f"{len(series)} series, {len(observations)} observations; {len(problems)} problem(s)")
sys.exit(1 if problems else 0)
