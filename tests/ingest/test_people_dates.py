"""Dates as people write them become the EDTF curators write, bounded by the build's reader."""

from __future__ import annotations

import random

import edtf
import pytest

from explorer.build import dates as build_dates
from explorer.ingest.people_dates import DateReadError, from_parts, read_date

CASES = [
    ("1992", "1992", ""),
    ("1992-04-05", "1992-04-05", ""),
    ("April 5, 1992", "1992-04-05", ""),
    ("April 5th, 1992", "1992-04-05", ""),
    ("5 April 1992", "1992-04-05", ""),
    ("5 de abril de 1992", "1992-04-05", ""),
    ("abril de 1992", "1992-04", ""),
    ("1990s", "199X", ""),
    ("los años 1990", "199X", ""),
    ("c. 1850", "1850~", ""),
    ("circa 1850", "1850~", ""),
    ("hacia 1850", "1850~", ""),
    ("1850?", "1850?", ""),
    ("mid-1930s", "1935~", ""),  # as data/ writes "In the mid-1930s"
    ("mediados de los años 1930", "1935~", ""),
    ("early 1990s", "1990~", "1993~"),
    ("late 1990s", "1997~", "1999~"),
    ("finales de la década de 1990", "1997~", "1999~"),
    ("late 1990", "1990-41", ""),
    ("1990-41", "1990-41", ""),  # EDTF already: second half of 1990, not "1990 to 1941"
    ("1976-78", "1976", "1978"),
    ("1998-1999", "1998", "1999"),
    ("1992-04", "1992-04", ""),  # ISO month, not a range
    ("April 5 – May 3, 1992", "1992-04-05", "1992-05-03"),
    ("5–7 April 1992", "1992-04-05", "1992-04-07"),
    ("1990 to 1995", "1990", "1995"),
    ("desde 1990 hasta 1995", "1990", "1995"),
    ("between 1990 and 1995", "1990", "1995"),
    ("1992/1995", "1992", "1995"),
    ("20150218", "2015-02-18", ""),  # GDELT's SQLDATE
    ("25/04/1992", "1992-04-25", ""),  # only one reading: 25 is no month
    ("19th century", "18XX", ""),
    ("siglo XIX", "18XX", ""),
    ("[1968..1975]", "[1968..1975]", ""),
]


@pytest.mark.parametrize(("text", "start", "end"), CASES)
def test_people_dates_read_as_curators_write_them(text, start, end):
    read = read_date(text)
    assert (read.start, read.end) == (start, end)
    # The same code the bundled store uses gives the bounds, and they make sense.
    lo = build_dates.bounds(read.start).lo
    hi = build_dates.bounds(read.end or read.start).hi
    assert lo < hi


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("05/04/1992", "could be day/month or month/day"),
        ("3000", "outside"),
        ("February 30, 1992", "has no day 30"),
        ("banana", "not a date"),
        ("", "empty"),
        ("1995-1990", "ends before it starts"),
    ],
)
def test_what_cannot_be_read_is_refused_with_a_reason(text, words):
    with pytest.raises(DateReadError, match=words):
        read_date(text)


def test_separate_year_month_day_columns():
    assert from_parts("1992", "4", "5") == "1992-04-05"
    assert from_parts("1992.0", "abril", "") == "1992-04"
    assert from_parts("1992") == "1992"
    with pytest.raises(DateReadError):
        from_parts("1992", "13", "1")
    with pytest.raises(DateReadError):
        from_parts("1992", "", "5")


def test_plain_dates_are_bounded_as_edtf_bounds_them():
    """The fast path for plain days, months and years gives edtf's own figures."""
    rng = random.Random(13)
    samples = {"2000-02-29", "1900-02", "0001", "2024-12-31"}
    for _ in range(25):  # edtf takes ~25 ms a date
        y, m, d = rng.randrange(1, 2999), rng.randrange(1, 13), rng.randrange(1, 29)
        samples |= {f"{y:04d}", f"{y:04d}-{m:02d}", f"{y:04d}-{m:02d}-{d:02d}"}
    for text in samples:
        parsed = edtf.parse_edtf(text)
        expected = build_dates.Bounds(
            lo=build_dates.decimal_year(parsed.lower_fuzzy()),
            hi=build_dates.decimal_year(parsed.upper_fuzzy(), end_of_day=True),
            strict_lo=build_dates.decimal_year(parsed.lower_strict()),
            strict_hi=build_dates.decimal_year(parsed.upper_strict(), end_of_day=True),
        )
        assert build_dates._plain_bounds(text) == expected, text
