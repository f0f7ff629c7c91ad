"""CITATION.cff: valid by the Citation File Format 1.2.0 schema, and the same in the store."""

from __future__ import annotations

import json

import jsonschema
import yaml

from tests.citation.conftest import SCHEMAS
from tests.conftest import DATA, REPO

CFF = REPO / "CITATION.cff"


def cff_validator():
    schema = json.loads((SCHEMAS / "cff-1.2.0.json").read_text(encoding="utf-8"))
    return jsonschema.Draft7Validator(schema)


def test_citation_cff_is_valid_by_its_schema():
    record = yaml.safe_load(CFF.read_text(encoding="utf-8"))
    errors = [e.message for e in cff_validator().iter_errors(record)]
    assert errors == []
    assert record["type"] == "dataset"


def test_the_schema_check_does_catch_a_bad_record():
    assert list(cff_validator().iter_errors({"cff-version": "1.2.0", "title": "x"}))


def test_citation_cff_names_the_dataset_version_and_title(bundled):
    record = yaml.safe_load(CFF.read_text(encoding="utf-8"))
    meta = dict(bundled.execute("SELECT key, value FROM meta"))
    assert record["version"] == (DATA / "VERSION").read_text(encoding="utf-8").strip()
    assert record["version"] == meta["dataset_version"]
    assert record["title"] == meta["title"]


def test_the_store_carries_the_same_record(bundled):
    meta = dict(bundled.execute("SELECT key, value FROM meta"))
    assert meta["citation_cff"] == CFF.read_text(encoding="utf-8")
