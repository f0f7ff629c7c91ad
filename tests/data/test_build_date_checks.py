"""The build refuses dates that contradict themselves and date_text that is not the source's.

The checks are functions over rows, so an import of someone's own spreadsheet can run them too.
"""

from __future__ import annotations

import pytest

from explorer.build.dates import DateError, bounds
from explorer.build.load import (
    Dataset,
    Row,
    bounds_problems,
    check,
    date_text_problems,
    squash,
)

from ..conftest import DATA

TEXT = squash("The debt crisis of the 1980s began in August 1982. That year Japan lent.").lower()


def row(**values: str) -> Row:
    return Row("data/periods/x.csv", 2, "x", values)


@pytest.mark.parametrize(
    ("start", "end"),
    [("1982-08", "198X"), ("1990~", "1989"), ("19XX", "1976"), ("201X", "2013")],
)
def test_an_end_that_can_fall_before_the_start_is_an_error(start, end):
    assert bounds_problems(row(start=start, end=end))


@pytest.mark.parametrize(
    ("start", "end"),
    [
        ("1982-08", "[1982-08..1989-12]"),
        ("1985~", "1990~"),
        ("1996-12-17", "1997-04-22"),
        ("1991", ""),
    ],
)
def test_consistent_bounds_pass(start, end):
    assert bounds_problems(row(start=start, end=end)) == []


def test_date_text_must_be_the_sources_words():
    assert date_text_problems(row(date_text="That year"), TEXT) == []
    assert date_text_problems(row(date_text="the 1980s … in August 1982"), TEXT) == []
    for builders in ("That year [1982]", "1982 (Table 6, 'Dates')", "the 1980s … early 1983"):
        assert date_text_problems(row(date_text=builders), TEXT), builders


def test_open_ended_dates_are_reported_not_crashed_on():
    with pytest.raises(DateError):
        bounds("1992-04-05/..")


def test_the_reported_debt_crisis_period_is_refused_by_the_build():
    """The issue's example: the "Latin American debt crisis" ended (198X, from 1980) before it
    began (1982-08). With that end back, the build's check names the row."""
    import csv

    path = DATA / "periods" / "ppp2015.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        records = [r for r in csv.DictReader(handle) if r["id"] == "latin-american-debt-crisis"]
    assert records and records[0]["end"] == "[1982-08..1989-12]"
    records[0]["end"] = "198X"
    dataset = Dataset(root=DATA)
    dataset.texts["ppp2015"] = (DATA / "texts" / "ppp2015.txt").read_text(encoding="utf-8")
    dataset.rows["actors"] = [
        Row("a.csv", 2, "ppp2015", {"id": "LAC", "name": "LAC", "kind": "region"})
    ]
    dataset.rows["periods"] = [Row("data/periods/ppp2015.csv", 3, "ppp2015", records[0])]
    check(dataset)
    assert any(
        e.startswith("data/periods/ppp2015.csv:3") and "can fall before start" in e
        for e in dataset.errors
    ), dataset.errors
