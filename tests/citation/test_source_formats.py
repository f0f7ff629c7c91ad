"""BibTeX, RIS and CSL-JSON of the store's sources, read back by maintained parsers.

bibtexparser (v2) and rispy are the parsers reference-manager tooling uses; CSL-JSON is checked
against the CSL project's schema (vendored under schemas/, with its licence). Every field is
compared with the store's own record, so nothing can be invented or lost on the way.
"""

from __future__ import annotations

import json
import sqlite3

import bibtexparser
import jsonschema
import pytest
import rispy
from bibtexparser.middlewares import LatexDecodingMiddleware, SeparateCoAuthors

from explorer.core import citation_formats
from explorer.core.citation import export_sources, sources_behind
from tests.citation.conftest import HOSTILE_TITLE, SCHEMAS


def store_sources(conn) -> dict[str, dict]:
    cursor = conn.execute("SELECT id, title, authors, year, venue, kind, language, rights, "
                          "rights_note FROM sources")  # fmt: skip
    names = [d[0] for d in cursor.description]
    return {row[0]: dict(zip(names, row, strict=True)) for row in cursor}


def curators_fields(conn) -> dict[tuple[str, str], tuple[str, str]]:
    return {(row[0], row[1]): (row[2], row[3] or "") for row in conn.execute(
        "SELECT subject_id, field, basis, reference FROM provenance WHERE subject_type = 'source'"
    )}  # fmt: skip


def parse_bibtex(text: str):
    library = bibtexparser.parse_string(
        text, append_middleware=[LatexDecodingMiddleware(), SeparateCoAuthors()]
    )
    assert library.failed_blocks == [], [b.error for b in library.failed_blocks]
    return {e.key: {k: f.value for k, f in e.fields_dict.items()} | {"_type": e.entry_type}
            for e in library.entries}  # fmt: skip


def csl_validator():
    schema = json.loads((SCHEMAS / "csl-data.json").read_text(encoding="utf-8"))
    return jsonschema.Draft3Validator(schema)


def test_bibtex_entries_match_the_store(bundled):
    text, count = export_sources(bundled, "bibtex")
    entries = parse_bibtex(text)
    sources = store_sources(bundled)
    assert count == len(sources) == 5
    assert set(entries) == set(sources) | {"relations-explorer-dataset"}
    for sid, src in sources.items():
        entry = entries[sid]
        assert entry["title"] == f"{{{src['title']}}}" or entry["title"] == src["title"]
        assert entry["year"] == str(src["year"])
        assert entry["language"] == src["language"]
        assert entry["copyright"].startswith(src["rights_note"])
        assert entry["_type"] == citation_formats.KINDS[src["kind"]][0]
        assert entry["type"] == citation_formats.KINDS[src["kind"]][3]
        assert "publisher" not in entry  # the store records none: none is made up
    # Authors exactly as the document gives them, split at the store's ";" only.
    assert entries["sy2013"]["author"] == ["Cynthia Sanborn", "Alexis Yong"]
    # A remark about an unnamed author is never turned into an author.
    assert "author" not in entries["pj2003"]
    assert "name not given in the text" in entries["pj2003"]["note"]
    # What the store's provenance marks as the curators' knowledge is said to be, with the
    # curators' reference; a venue the curators attribute is a note, not a journal.
    for (sid, field), (basis, reference) in curators_fields(bundled).items():
        entry = entries[sid]
        if basis == "curator" and field in ("year", "venue"):
            assert reference in entry["note"], (sid, field)
            if field == "venue":
                assert "journal" not in entry and "institution" not in entry
        if basis == "curator" and field == "rights":
            assert reference in entry["copyright"]
    assert entries["sy2013"]["institution"] == sources["sy2013"]["venue"]  # basis: source
    dataset = entries["relations-explorer-dataset"]
    meta = dict(bundled.execute("SELECT key, value FROM meta"))
    assert dataset["version"] == meta["dataset_version"]
    assert meta["content_hash"] in dataset["note"]


def test_ris_records_match_the_store(bundled):
    text, _count = export_sources(bundled, "ris")
    records = {r["id"]: r for r in rispy.loads(text)}
    sources = store_sources(bundled)
    assert set(records) == set(sources) | {"relations-explorer-dataset"}
    for sid, src in sources.items():
        record = records[sid]
        assert record["title"] == src["title"]
        assert record["year"] == str(src["year"])
        assert record["language"] == src["language"]
        assert record["type_of_reference"] == citation_formats.KINDS[src["kind"]][1]
        assert src["rights_note"] in " ".join(record["notes"])
        assert "publisher" not in record or sid == "sy2013"
    assert records["sy2013"]["authors"] == ["Sanborn, Cynthia", "Yong, Alexis"]
    assert "authors" not in records["pj2003"]
    # ppp2015's journal is the curators' attribution ("check before citing"): a note only.
    assert "secondary_title" not in records["ppp2015"]
    assert "Revista Mundo Asia Pacífico" in " ".join(records["ppp2015"]["notes"])
    assert records["sy2013"]["publisher"] == sources["sy2013"]["venue"]
    assert records["relations-explorer-dataset"]["type_of_reference"] == "DATA"


def test_csl_json_is_valid_by_the_schema_and_matches_the_store(bundled):
    text, _count = export_sources(bundled, "csl-json")
    items = json.loads(text)
    errors = list(csl_validator().iter_errors(items))
    assert errors == [], [e.message for e in errors]
    by_id = {i["id"]: i for i in items}
    sources = store_sources(bundled)
    for sid, src in sources.items():
        item = by_id[sid]
        assert item["title"] == src["title"]
        assert item["issued"] == {"date-parts": [[src["year"]]]}
        assert item["language"] == src["language"]
        assert src["rights_note"] in item["note"]
        assert "publisher" not in item or sid == "sy2013"
    assert by_id["sy2013"]["author"] == [
        {"family": "Sanborn", "given": "Cynthia"},
        {"family": "Yong", "given": "Alexis"},
    ]
    assert by_id["sy2013"]["type"] == "report" and by_id["sy2013"]["genre"] == "Working paper"
    assert by_id["relations-explorer-dataset"]["type"] == "dataset"


def test_the_schema_check_does_catch_a_bad_item():
    """The vendored schema really constrains items (so the test above can fail)."""
    bad = [{"id": "x", "type": "not-a-csl-type", "title": "T", "invented": 1}]
    assert list(csl_validator().iter_errors(bad))


@pytest.mark.parametrize("fmt", citation_formats.FORMATS)
def test_hostile_text_round_trips_exactly(hostile_store, fmt):
    conn = sqlite3.connect(hostile_store)
    text, _ = export_sources(conn, fmt)
    conn.close()
    flat_title = " ".join(HOSTILE_TITLE.split())
    if fmt == "bibtex":
        entry = parse_bibtex(text)["sy2013"]
        assert entry["title"] in (flat_title, f"{{{flat_title}}}")
        assert entry["author"] == ["Cynthia {Sanborn}", "Alexis_Yong \\ Jr"]
        assert len(parse_bibtex(text)) == 6  # the braces did not swallow the next entry
    elif fmt == "ris":
        records = rispy.loads(text)
        assert len(records) == 6  # the "ER  - " inside the title did not end the record
        assert next(r for r in records if r["id"] == "sy2013")["title"] == flat_title
    else:
        items = json.loads(text)
        assert list(csl_validator().iter_errors(items)) == []
        # JSON carries any text as it is, newline included.
        assert next(i for i in items if i["id"] == "sy2013")["title"] == HOSTILE_TITLE


def test_a_view_cites_only_the_sources_behind_it_with_their_locators(bundled):
    series = bundled.execute(
        "SELECT id FROM series WHERE source_id = 'ppp2015' ORDER BY id LIMIT 1"
    ).fetchone()[0]
    state = {"filters": {"text": "zzzz-no-such-word"}, "chart_series": [series],
             "compare_episodes": [], "selection": None}  # fmt: skip
    records, locators = sources_behind(bundled, [state])
    assert [r["id"] for r in records] == ["ppp2015"]
    expected = {row[0] for row in bundled.execute(
        "SELECT p.locator FROM observations o JOIN passages p ON p.id = o.passage_id "
        "WHERE o.series_id = ?", (series,))}  # fmt: skip
    assert covers(locators["ppp2015"], expected)
    text, count = export_sources(bundled, "ris", [state])
    assert count == 1
    notes = " ".join(rispy.loads(text)[0]["notes"])
    assert covers(locators["ppp2015"], expected) and all(c in notes for c in locators["ppp2015"])


def covers(compact: list[str], raw) -> bool:
    """Every raw locator can be read off the merged ones: one merged locator starts as it does
    and holds the distinguishing word of each of its parts."""
    for locator in raw:
        parts = locator.split(", ")
        if not any(c.startswith(parts[0]) and all(p.split(" ")[-1] in c for p in parts)
                   for c in compact):  # fmt: skip
            return False
    return True


def test_locators_that_differ_in_their_last_part_are_merged():
    from explorer.core.citation import compact_locators

    merged = compact_locators(["Table 1, row A, column 1996", "Table 1, row A, column 1997",
                               "§ X, ¶1", "§ X, ¶2", "text", "Table 3, row 1989, column G",
                               "Table 3, row 1989, column T", "Table 3, row 1990, column G",
                               "Table 3, row 1990, column T", "Table 4, row 1990, column G"])  # fmt: skip
    assert merged == [
        "Table 1, row A, column 1996, 1997",
        "§ X, ¶1, ¶2",
        "text",
        "Table 3, row 1989, 1990, column G, T",
        "Table 4, row 1990, column G",
    ]


def test_provenance_recorded_by_the_store_is_honoured():
    record = {"id": "x", "title": "T", "year": 2001, "venue": "Journal of Things",
              "kind": "article", "authors": "Ana Díaz", "provenance": {}}  # fmt: skip
    entry = citation_formats.entry_from_record(record)  # no rows: all the document's own
    assert entry.container == "Journal of Things" and "curators" not in entry.note_text()
    record["provenance"] = {
        "year": {"basis": "curator", "reference": "from the preface"},
        "venue": {"basis": "curator", "reference": "a library record"},
    }
    entry = citation_formats.entry_from_record(record)
    assert entry.container == "" and "Journal of Things (a library record)" in entry.note_text()
    assert "Year: the dataset curators' knowledge" in entry.note_text()
    assert "from the preface" in entry.note_text()


def test_a_store_without_provenance_is_read_cautiously():
    described = {"id": "y", "title": "T", "year": 1992, "kind": "country_study",
                 "venue": "Country study (U.S. Library of Congress), as reproduced online"}  # fmt: skip
    entry = citation_formats.entry_from_record(described)
    assert entry.publisher == "" and "as reproduced online" in entry.note_text()
    assert "Year: the dataset curators' knowledge" in entry.note_text()
    named = {"id": "z", "title": "T", "kind": "article", "venue": "Revista Mundo Asia Pacífico",
             "authors": "Author at a university (name not given in the text)"}  # fmt: skip
    entry = citation_formats.entry_from_record(named)
    assert entry.container == "Revista Mundo Asia Pacífico" and entry.authors == []
