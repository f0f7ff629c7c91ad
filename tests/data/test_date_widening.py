"""Approximate (~) and uncertain (?) dates are widened in proportion to their precision."""

from __future__ import annotations

import datetime
import sqlite3

import pytest

from explorer.build.dates import bounds
from explorer.core.dates import date_of_decimal, format_year


def _days(value: float) -> datetime.date:
    return date_of_decimal(value)


@pytest.mark.parametrize(
    "text, earliest, after_latest",
    [
        # one unit of the precision named, either side; the end is exclusive (midnight after)
        ("1996-12-17~", "1996-12-16", "1996-12-19"),
        ("1996-12~", "1996-11-01", "1997-02-01"),  # "c. Dec 1996": Nov 1996 – Jan 1997
        ("2015-05?", "2015-04-01", "2015-07-01"),
        ("1996-01~", "1995-12-01", "1996-03-01"),  # across the turn of a year
        ("1990~", "1989-01-01", "1992-01-01"),
        ("199X~", "1987-01-01", "2003-01-01"),  # a decade: three years, not ten
        ("19XX?", "1875-01-01", "2025-01-01"),  # a century: a quarter of it
        ("1990%", "1988-01-01", "1993-01-01"),  # approximate and uncertain: twice as far
        ("1968~/1975", "1967-01-01", "1976-01-01"),  # each end of a span by its own mark
        ("1985/1990~", "1985-01-01", "1992-01-01"),
        ("1996-12", "1996-12-01", "1997-01-01"),  # exact: not widened
    ],
)
def test_widening_follows_the_precision(text, earliest, after_latest):
    b = bounds(text)
    assert _days(b.lo).isoformat() == earliest
    assert _days(b.hi).isoformat() == after_latest
    assert b.lo <= b.strict_lo and b.hi >= b.strict_hi


def test_a_month_is_never_widened_by_a_year():
    b = bounds("1996-12~")
    assert b.strict_lo - b.lo < 0.1 and b.hi - b.strict_hi < 0.1  # about a month each side


def test_c_dec_1996_starts_in_nov_1996_in_the_store(store: sqlite3.Connection):
    row = store.execute(
        "SELECT start_lo, start_hi, date_text FROM episodes WHERE start_edtf = '1996-12~'"
    ).fetchone()
    assert row is not None
    assert format_year(row["start_lo"], "month") == "Nov 1996"
    assert format_year(row["start_hi"] - 1e-4, "month") == "Jan 1997"
