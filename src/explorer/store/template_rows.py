"""A store read back as rows of the import template (docs/import.md), for export-template.

Rows come out in the order the store's rows went in (passages and claims are numbered by that
order), so importing the exported template builds the same store: the same content hash.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterator

Record = dict[str, str]


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def store_rows(conn: sqlite3.Connection) -> list[Record]:
    meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    keys = ("title", "dataset_version", "citation_cff")  # citation_cff: how to cite the store
    return [{"key": k, "value": meta[k]} for k in keys if k in meta]


def source_rows(conn: sqlite3.Connection) -> tuple[list[Record], dict[str, str]]:
    """(sources, full texts by source id)."""
    rows, texts = [], {}
    for r in conn.execute(
        "SELECT id, short_title, title, authors, year, venue, kind, language, rights, "
        "rights_note, full_text FROM sources ORDER BY rowid"
    ):
        record = {k: _text(r[k]) for k in r.keys() if k != "full_text"}  # noqa: SIM118 - a Row iterates values
        record["full_text_in_store"] = "1" if r["full_text"] is not None else "0"
        if r["full_text"] is not None:
            texts[r["id"]] = r["full_text"]
        rows.append(record)
    return rows, texts


def actor_rows(conn: sqlite3.Connection) -> list[Record]:
    aliases: dict[tuple[str, str], list[str]] = defaultdict(list)
    for actor_id, alias, language in conn.execute(
        "SELECT actor_id, alias, COALESCE(language, '') FROM actor_aliases ORDER BY 1, 2"
    ):
        aliases[(actor_id, language)].append(alias)
    return [
        {"id": r["id"], "name": r["name"], "kind": r["kind"],
         "aliases": ";".join(aliases.get((r["id"], ""), [])),
         "aliases_es": ";".join(aliases.get((r["id"], "es"), [])), "note": _text(r["note"])}
        for r in conn.execute("SELECT id, name, kind, note FROM actors ORDER BY id")
    ]  # fmt: skip


def provenance_rows(conn: sqlite3.Connection, full_texts: dict[str, str]) -> list[Record]:
    passages = _passages(conn)
    rows = []
    for r in conn.execute("SELECT * FROM provenance ORDER BY passage_id, rowid"):
        record = {"subject_type": r["subject_type"], "subject_id": r["subject_id"],
                  "field": r["field"], "basis": r["basis"], "reference": _text(r["reference"])}  # fmt: skip
        _cite(record, passages.get(r["passage_id"]) if r["passage_id"] else None, full_texts)
        rows.append(record)
    return rows


def _passages(conn: sqlite3.Connection) -> dict[int, sqlite3.Row]:
    return {r["id"]: r for r in conn.execute("SELECT * FROM passages")}


def _cite(record: Record, passage, full_texts: dict[str, str]) -> None:
    if passage is None:
        record.update(source="", quote="", locator="", char_start="", char_end="")
        return
    record.update(source=passage["source_id"], quote=passage["quote"], locator=passage["locator"])
    shipped = passage["source_id"] in full_texts
    record["char_start"] = "" if shipped else str(passage["char_start"])
    record["char_end"] = "" if shipped else str(passage["char_end"])


def _in_insertion_order(rows: list[tuple[int | None, int | None, Record]]) -> list[Record]:
    """Rows as (first claim id, passage id, record) in the order they were first written:
    claim ids keep that order; a row without a claim goes where its passage's number puts it."""
    claimed = sorted((r for r in rows if r[0] is not None), key=lambda r: r[0] or 0)
    claimless = [(r[1], r[2]) for r in rows if r[0] is None and r[1] is not None]
    claimless.sort(key=lambda r: r[0] or 0)
    uncited = [r for r in rows if r[1] is None]
    out: list[Record] = []
    seen: set[int | None] = set()
    i = 0
    for _claim, passage, record in claimed:
        while (passage not in seen and i < len(claimless)
               and (claimless[i][0] or 0) < (passage or 0)):  # fmt: skip
            if claimless[i][0] not in seen:
                seen.add(claimless[i][0])
            out.append(claimless[i][1])
            i += 1
        seen.add(passage)
        out.append(record)
    out.extend(r[1] for r in claimless[i:])
    out.extend(r[2] for r in uncited)
    return out


def episode_rows(conn: sqlite3.Connection, full_texts: dict[str, str]) -> list[Record]:
    passages = _passages(conn)
    actors: dict[str, list[str]] = defaultdict(list)
    for eid, aid, role in conn.execute(
        "SELECT episode_id, actor_id, role FROM episode_actors ORDER BY rowid"
    ):
        actors[eid].append(f"{aid}:{role}")
    claims: dict[tuple[str, int], dict] = defaultdict(dict)
    for c in conn.execute(
        "SELECT id, subject_id, field, value, value_text, passage_id FROM claims "
        "WHERE subject_type = 'episode' ORDER BY id"
    ):
        claims[(c["subject_id"], c["passage_id"])][c["field"]] = c
    cites: dict[str, list[int]] = defaultdict(list)
    for eid, pid in conn.execute(
        "SELECT target_id, passage_id FROM citations WHERE target_type = 'episode'"
    ):
        cites[eid].append(pid)
    rows: list[tuple[int | None, int | None, Record]] = []
    for e in conn.execute("SELECT * FROM episodes ORDER BY rowid"):
        own = (e["start_edtf"], e["end_edtf"] or "", e["date_text"])
        candidates = []
        for pid in cites.get(e["id"], []):
            got = claims.get((e["id"], pid), {})
            start, end = got.get("start"), got.get("end")
            either = start or end
            said = (start["value"] if start else "", end["value"] if end else "",
                    either["value_text"] if either is not None else "")  # fmt: skip
            first_claim = min((c["id"] for c in got.values()), default=None)
            candidates.append((first_claim, pid, said))
        candidates.sort(key=lambda c: (c[0] is None, c[0] or 0, c[1]))
        defining = next((c for c in candidates if c[2] == own or c[2][:2] == own[:2]), None)
        if defining is None and candidates:
            defining = candidates[0]
        base = {"id": e["id"], "same_as": "", "title": e["title"], "kind": e["kind"],
                "date_text": e["date_text"], "date_note": _text(e["date_note"]),
                "start": e["start_edtf"], "end": e["end_edtf"] or "",
                "summary": e["summary"], "actors": ";".join(actors.get(e["id"], []))}  # fmt: skip
        if defining is None:
            _cite(base, None, full_texts)
            rows.append((None, None, base))
            continue
        _cite(base, passages.get(defining[1]), full_texts)
        rows.append((defining[0], defining[1], base))
        for claim, pid, said in candidates:
            if (claim, pid) == defining[:2]:
                continue
            extra = {"id": "", "same_as": e["id"], "title": "", "kind": "", "date_text": said[2],
                     "start": said[0], "end": said[1], "summary": "", "actors": ""}  # fmt: skip
            _cite(extra, passages.get(pid), full_texts)
            rows.append((claim, pid, extra))
    return _in_insertion_order(rows)


def period_rows(conn: sqlite3.Connection, full_texts: dict[str, str]) -> list[Record]:
    passages = _passages(conn)
    cites: dict[str, list[int]] = defaultdict(list)
    for pid_, passage in conn.execute(
        "SELECT target_id, passage_id FROM citations WHERE target_type = 'period' ORDER BY 2"
    ):
        cites[pid_].append(passage)
    rows: list[tuple[int, Record]] = []
    for p in conn.execute("SELECT * FROM periods ORDER BY rowid"):
        base = {"id": p["id"], "same_as": "", "name": p["name"], "kind": p["kind"],
                "date_text": p["date_text"], "date_note": _text(p["date_note"]),
                "start": p["start_edtf"], "end": p["end_edtf"] or "",
                "actor": _text(p["actor_id"]), "country": _text(p["country"])}  # fmt: skip
        ids = cites.get(p["id"], [])
        _cite(base, passages.get(ids[0]) if ids else None, full_texts)
        rows.append((ids[0] if ids else 1 << 62, base))
        for passage in ids[1:]:
            extra = {"id": "", "same_as": p["id"], "name": "", "kind": "", "date_text": "",
                     "start": "", "end": "", "actor": "", "country": ""}  # fmt: skip
            _cite(extra, passages.get(passage), full_texts)
            rows.append((passage, extra))
    return [r for _, r in sorted(rows, key=lambda r: r[0])]


def series_rows(conn: sqlite3.Connection) -> list[Record]:
    return [
        {"id": s["id"], "title": s["title"], "indicator": s["indicator"],
         "category": _text(s["category"]), "unit": s["unit"], "scale": _text(s["scale"]),
         "unit_label": s["unit_label"], "reporter": _text(s["reporter"]),
         "partner": _text(s["partner"]), "source": s["source_id"], "table": s["table_ref"],
         "table_title": _text(s["table_title"]), "note": _text(s["note"])}
        for s in conn.execute("SELECT * FROM series ORDER BY id")
    ]  # fmt: skip


def observation_rows(conn: sqlite3.Connection, full_texts: dict[str, str]) -> Iterator[Record]:
    passages = _passages(conn)
    for o in conn.execute(
        "SELECT * FROM observations ORDER BY CASE passage_id WHEN 0 THEN 1 << 62 "
        "ELSE passage_id END, rowid"
    ):
        record = {"series": o["series_id"], "period": o["period"], "value_text": o["value_text"],
                  "value": _value(o["value"]), "flag": _text(o["flag"]),
                  "flag_reason": _text(o["flag_reason"])}  # fmt: skip
        _cite(record, passages.get(o["passage_id"]), full_texts)
        yield record


def _value(value: float | None) -> str:
    if value is None:
        return ""
    return repr(value) if not float(value).is_integer() else str(int(value))
