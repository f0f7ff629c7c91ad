#!/usr/bin/env python3
"""Self-check of the csfor and csfuji curated files (curator's tool; not used by the app).

Usage:  python3 tools/check_csfor.py            (checks both country-study sources)

Checks: every quote occurs in the cleaned text (whitespace-normalised) and exactly where the
locator's paragraph says; ids unique; enum values valid; EDTF parses; every observation's series
exists; value_text occurs in the quote; no U+FFFD (nor a stray "?"-for-accent) in any file; no
web-page chrome left in the texts; actor ids used are defined in the same file.
"""
from __future__ import annotations

import csv
import os
import re
import sys

import edtf

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "src"))
from explorer.build import vocab  # noqa: E402

SOURCES = ("csfuji", "csfor")
CHROME = ("Country Studies", "You can read more", "Wikipedia", "Revolvy", "About\n", "Contact",
          "More about the Government", "see Glossary--")


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def read(kind: str, source: str) -> list[dict]:
    path = os.path.join(ROOT, "data", kind, f"{source}.csv")
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def check(source: str) -> list[str]:
    errors: list[str] = []
    text_path = os.path.join(ROOT, "data", "texts", f"{source}.txt")
    raw_text = open(text_path, encoding="utf-8").read()
    text = squash(raw_text)
    for chrome in CHROME:
        if chrome in raw_text:
            errors.append(f"{source}.txt: web chrome left: {chrome!r}")
    if re.search(r"[A-Za-z]\?[a-z]", raw_text):
        errors.append(f"{source}.txt: a '?' inside a word (lost accent?)")
    for kind in ("actors", "episodes", "periods", "series", "observations", "texts"):
        path = os.path.join(ROOT, "data", kind, f"{source}.{'txt' if kind == 'texts' else 'csv'}")
        if "\ufffd" in open(path, encoding="utf-8").read():
            errors.append(f"{path}: contains U+FFFD")

    actors = read("actors", source)
    actor_ids = [a["id"] for a in actors]
    if len(actor_ids) != len(set(actor_ids)):
        errors.append(f"{source}: duplicate actor ids")
    for a in actors:
        if a["kind"] not in vocab.ACTOR_KINDS:
            errors.append(f"actor {a['id']}: bad kind {a['kind']}")
        if a["kind"] == "country" and not re.fullmatch(r"[A-Z]{3}", a["id"]):
            errors.append(f"actor {a['id']}: country id is not ISO3")

    def check_quote(label: str, row: dict) -> None:
        quote = squash(row["quote"])
        if not quote:
            errors.append(f"{label}: no quote")
        elif quote not in text:
            errors.append(f"{label}: quote not in text: {quote[:70]!r}")
        if not row["locator"]:
            errors.append(f"{label}: no locator")

    def check_date(label: str, value: str) -> None:
        if value:
            try:
                if edtf.parse_edtf(value) is None:
                    raise ValueError
            except Exception:
                errors.append(f"{label}: bad EDTF {value!r}")

    for kind, kinds in (("episodes", vocab.EPISODE_KINDS), ("periods", vocab.PERIOD_KINDS)):
        rows = read(kind, source)
        ids = [r["id"] for r in rows if not r["same_as"]]
        if len(ids) != len(set(ids)):
            errors.append(f"{source} {kind}: duplicate ids")
        for n, r in enumerate(rows, start=2):
            label = f"{kind}/{source}.csv:{n}"
            check_quote(label, r)
            check_date(label, r["start"])
            check_date(label, r["end"])
            if r["id"] and r["same_as"]:
                errors.append(f"{label}: both id and same_as")
            if not r["same_as"]:
                if not re.fullmatch(r"[a-z0-9-]+", r["id"]):
                    errors.append(f"{label}: bad id {r['id']!r}")
                if r["kind"] not in kinds:
                    errors.append(f"{label}: bad kind {r['kind']!r}")
                if not r["date_text"] or not r["start"]:
                    errors.append(f"{label}: no date_text/start")
                if kind == "episodes" and not re.match(r"\d{4}-", r["id"]):
                    errors.append(f"{label}: id does not start with a year")
                if kind == "episodes" and r["start"][:3] != r["id"][:3]:
                    errors.append(f"{label}: id year does not match start {r['start']}")
            if kind == "episodes":
                for item in filter(None, r["actors"].split(";")):
                    actor, _, role = item.partition(":")
                    if actor not in actor_ids:
                        errors.append(f"{label}: actor {actor} not in actors/{source}.csv")
                    if role not in vocab.ROLES:
                        errors.append(f"{label}: bad role {role}")
            elif r["actor"] and r["actor"] not in actor_ids:
                errors.append(f"{label}: actor {r['actor']} not in actors/{source}.csv")

    series = read("series", source)
    series_ids = [s["id"] for s in series]
    if len(series_ids) != len(set(series_ids)):
        errors.append(f"{source}: duplicate series ids")
    for s in series:
        if not s["id"].startswith(f"{source}-"):
            errors.append(f"series {s['id']}: id lacks the source prefix")
        if s["unit"] not in vocab.UNITS:
            errors.append(f"series {s['id']}: bad unit")
        float(s["scale"])
        for col in ("reporter", "partner"):
            if s[col] and s[col] not in actor_ids:
                errors.append(f"series {s['id']}: {col} {s[col]} not in actors")
    keys = set()
    for n, o in enumerate(read("observations", source), start=2):
        label = f"observations/{source}.csv:{n}"
        check_quote(label, o)
        check_date(label, o["period"])
        if o["series"] not in series_ids:
            errors.append(f"{label}: unknown series {o['series']}")
        key = (o["series"], o["period"])
        if key in keys:
            errors.append(f"{label}: duplicate observation {key}")
        keys.add(key)
        if o["value_text"] not in o["quote"]:
            errors.append(f"{label}: value_text not in its quote")
        if o["value"]:
            float(o["value"])
        if o["flag"] and o["flag"] not in vocab.FLAGS:
            errors.append(f"{label}: bad flag")
        if o["flag"] in vocab.FLAGS_NEEDING_REASON and not o["flag_reason"]:
            errors.append(f"{label}: flag needs a reason")
    return errors


def main() -> int:
    errors = [e for source in SOURCES for e in check(source)]
    for e in errors:
        print("error:", e)
    print(f"{len(errors)} error(s) in {', '.join(SOURCES)}")
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
