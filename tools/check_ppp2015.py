#!/usr/bin/env python3
"""Self-check of the ppp2015 data files (curator's tool; not used by the app or tests).

Usage: python3 tools/check_ppp2015.py
Checks: every quote occurs in data/texts/ppp2015.txt (whitespace-collapsed); ids unique; controlled
vocabularies; EDTF parses; every observation's series exists and is ours; actors referenced exist
(in any actors file); no U+FFFD; value agrees with value_text; Table 1-A / 1-B arithmetic.
"""
from __future__ import annotations

import csv
import glob
import os
import re
import sys

import edtf

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = "ppp2015"
EPISODE_KINDS = {"migration", "immigration_policy", "deportation", "diplomatic", "treaty", "trade_agreement",
                 "visit", "multilateral", "election", "coup", "domestic_politics", "war", "security", "aid",
                 "finance", "investment", "trade", "legal", "institution", "other"}
ACTOR_KINDS = {"country", "region", "person", "organisation", "company", "agreement", "group"}
ROLES = {"participant", "signatory", "host", "visitor", "donor", "recipient", "lender", "borrower", "investor",
         "target", "perpetrator", "victim", "mediator", "member", "agency", "subject", "leader"}
PERIOD_KINDS = {"presidency", "military_government", "era", "war", "programme"}
UNITS = {"USD", "JPY", "persons", "percent", "count", "ratio"}
FLAGS = {"", "inconsistent", "conflict", "approximate", "lower_bound", "estimate", "preliminary", "missing"}

errors: list[str] = []


def err(msg: str) -> None:
    errors.append(msg)


def read(kind: str) -> list[dict]:
    with open(os.path.join(ROOT, "data", kind, f"{SRC}.csv"), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def squash(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def edtf_ok(s: str) -> bool:
    try:
        return edtf.parse_edtf(s) is not None
    except Exception:
        return False


text = open(os.path.join(ROOT, "data", "texts", f"{SRC}.txt"), encoding="utf-8").read()
stext = squash(text)
if "\ufffd" in text:
    err("U+FFFD in cleaned text")
for kind in ("actors", "episodes", "periods", "series", "observations"):
    raw = open(os.path.join(ROOT, "data", kind, f"{SRC}.csv"), "rb").read()
    if "\ufffd".encode() in raw:
        err(f"U+FFFD in {kind}")
    if raw.startswith(b"\xef\xbb\xbf") or b"\r\n" in raw:
        err(f"{kind}: BOM or CRLF")

actors, episodes, periods = read("actors"), read("episodes"), read("periods")
series, observations = read("series"), read("observations")
all_actor_ids = set()
for f in glob.glob(os.path.join(ROOT, "data", "actors", "*.csv")):
    all_actor_ids |= {r["id"] for r in csv.DictReader(open(f, encoding="utf-8"))}
defined_episodes = set()
for f in glob.glob(os.path.join(ROOT, "data", "episodes", "*.csv")):
    defined_episodes |= {r["id"] for r in csv.DictReader(open(f, encoding="utf-8")) if not r["same_as"]}

ids = [a["id"] for a in actors]
if len(ids) != len(set(ids)):
    err("duplicate actor ids")
for a in actors:
    if a["kind"] not in ACTOR_KINDS:
        err(f"actor {a['id']}: kind {a['kind']}")
    if a["kind"] == "country" and not re.fullmatch(r"[A-Z]{3}", a["id"]):
        err(f"actor {a['id']}: country id is not ISO3")

for kind, rows, kinds in (("episodes", episodes, EPISODE_KINDS), ("periods", periods, PERIOD_KINDS)):
    own = [r["id"] for r in rows if not r["same_as"]]
    if len(own) != len(set(own)):
        err(f"duplicate {kind} ids")
    for r in rows:
        tag = r["id"] or f"same_as {r['same_as']}"
        if squash(r["quote"]) not in stext:
            err(f"{kind} {tag}: quote not in text")
        if not r["locator"]:
            err(f"{kind} {tag}: no locator")
        for col in ("start", "end"):
            if r[col] and not edtf_ok(r[col]):
                err(f"{kind} {tag}: {col} {r[col]!r} not EDTF")
        if r["same_as"]:
            if kind == "episodes" and r["same_as"] not in defined_episodes:
                err(f"{kind}: same_as {r['same_as']} not defined anywhere")
            continue
        if r["kind"] not in kinds:
            err(f"{kind} {tag}: kind {r['kind']}")
        if not r["start"] or not r["date_text"]:
            err(f"{kind} {tag}: missing start/date_text")
        if kind == "episodes":
            if not r["summary"] or not r["title"]:
                err(f"{tag}: missing title/summary")
            if not re.match(r"^\d{3}[\dX]-", r["id"]):
                err(f"{tag}: id does not start with a year")
            for item in r["actors"].split(";"):
                actor, _, role = item.partition(":")
                if actor not in all_actor_ids:
                    err(f"{tag}: unknown actor {actor}")
                if role not in ROLES:
                    err(f"{tag}: unknown role {role}")

sids = [s["id"] for s in series]
if len(sids) != len(set(sids)):
    err("duplicate series ids")
smap = {s["id"]: s for s in series}
for s in series:
    if not s["id"].startswith(f"{SRC}-"):
        err(f"series {s['id']}: id prefix")
    if s["unit"] not in UNITS:
        err(f"series {s['id']}: unit {s['unit']}")
    float(s["scale"])
    for col in ("reporter", "partner"):
        if s[col] and s[col] not in all_actor_ids:
            err(f"series {s['id']}: unknown {col} {s[col]}")
    if not any(o["series"] == s["id"] for o in observations):
        err(f"series {s['id']}: no observations")

seen = set()
for o in observations:
    key = (o["series"], o["period"])
    if key in seen:
        err(f"duplicate observation {key}")
    seen.add(key)
    if o["series"] not in smap:
        err(f"observation for unknown series {o['series']}")
    if not edtf_ok(o["period"]):
        err(f"{key}: period not EDTF")
    if o["flag"] not in FLAGS:
        err(f"{key}: flag {o['flag']}")
    if o["flag"] in ("inconsistent", "conflict") and not o["flag_reason"]:
        err(f"{key}: flag needs reason")
    if squash(o["quote"]) not in stext:
        err(f"{key}: quote not in text")
    if not o["locator"]:
        err(f"{key}: no locator")
    if o["flag"] == "missing":
        if o["value"]:
            err(f"{key}: missing flag but value given")
        continue
    # the digits printed must be the value (allowing '.' thousands / ',' decimals in the tables)
    if o["value"]:
        nums = re.findall(r"-?\d[\d.,]*", o["value_text"])
        v = float(o["value"])
        cands = set()
        for n in nums:
            n = n.rstrip(".,")
            for conv in (n.replace(",", ""), n.replace(".", "").replace(",", "."), n.replace(",", ".")):
                try:
                    cands.add(round(float(conv), 9))
                except ValueError:
                    pass
        if nums and round(v, 9) not in cands:
            print(f"  check value by hand: {key} value={o['value']} printed={o['value_text']!r}")

# Table arithmetic
def table_rows(caption_prefix: str) -> tuple[list[str], dict[str, list[str]]]:
    lines = text.splitlines()
    i = next(n for n, l in enumerate(lines) if l.startswith(caption_prefix))
    header = lines[i + 2].split(" | ")
    rows = {}
    for l in lines[i + 3:]:
        if l.startswith("Source:"):
            break
        c = l.split(" | ")
        rows[c[0]] = c[1:]
    return header, rows


def num(c: str) -> float:
    return 0.0 if c == "na" else float(c.replace(".", "").replace(",", "."))


hdr, rows = table_rows("Table 1-A.")
for j in range(12):
    if j % 3 == 2:
        for name, vals in rows.items():
            a, b = num(vals[j - 2]), num(vals[j - 1])
            if abs(round(100 * a / b, 1) - num(vals[j])) > 0.051:
                err(f"Table 1-A {name} {hdr[j + 1]}: ratio {num(vals[j])} vs {100 * a / b:.2f}")
        continue
    tot = sum(num(v[j]) for k, v in rows.items() if not k.startswith("Total"))
    if tot != num(rows["Total of the 6 countiries"][j]):
        err(f"Table 1-A column {hdr[j + 1]}: sum {tot}")
hdr, rows = table_rows("Table 1-B.")
for j in range(5):
    tot = sum(num(v[j]) for k, v in rows.items() if k != "LAC")
    if tot != num(rows["LAC"][j]):
        print(f"  Table 1-B column {hdr[j + 1]}: countries add to {tot:.0f}, LAC printed {rows['LAC'][j]}")

print(f"{len(actors)} actors, {sum(1 for e in episodes if not e['same_as'])} episodes, {len(periods)} periods, "
      f"{len(series)} series, {len(observations)} observations")
if errors:
    print("\n".join("ERROR " + e for e in errors))
    sys.exit(1)
print("ok")
