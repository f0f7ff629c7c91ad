"""Dates written for people, and typed "active during" ranges read back."""

from __future__ import annotations

import pytest

from explorer.core.dates import (
    DateWords,
    RangeError,
    format_edtf,
    format_range,
    format_span,
    format_span_short,
    format_year,
    parse_range,
)


@pytest.mark.parametrize(
    "edtf, shown",
    [
        ("1996-12-17", "17 Dec 1996"),
        ("1989-12", "Dec 1989"),
        ("1935~", "c. 1935"),
        ("1997?", "1997?"),
        ("193X", "1930s"),
        ("19XX", "20th century"),
        ("1989-41", "second half of 1989"),
        ("1971/1975", "1971–1975"),
        ("1990/..", "from 1990"),
        ("[1968..1975]", "some time in 1968–1975"),
        ("something odd", "something odd"),  # unknown shapes are shown as stored
        ("", ""),
    ],
)
def test_format_edtf(edtf, shown):
    assert format_edtf(edtf) == shown


def test_spans_and_short_spans():
    assert format_span("1996-12-17", "1997-04-22") == "17 Dec 1996 – 22 Apr 1997"
    assert format_span("1991-03", None) == "Mar 1991"
    assert format_span_short("1996-12-17", "1997-04-22") == "1996–1997"
    assert format_span_short("1996-12-17", "1996-12-31") == "1996"
    assert format_span_short("1935~", None) == "c. 1935"
    assert format_span_short("[1968..1975]", None) == "1968–1975"
    assert format_span_short("196X/198X", None) == "1960s–1980s"


def test_translated_words_are_used():
    words = DateWords(months=tuple(f"m{i}" for i in range(1, 13)), approximate="ca. {}")
    assert format_edtf("1935-02~", words) == "ca. m2 1935"


def test_format_year():
    assert format_year(1996.958) == "1996"
    assert format_year(1996.958, "month") == "Dec 1996"
    assert format_year(1996.0, "day") == "1 Jan 1996"


@pytest.mark.parametrize(
    "typed, bounds",
    [
        ("1985–1990", (1985.0, 1991.0)),
        ("1985-1990", (1985.0, 1991.0)),
        ("1985 - 1990", (1985.0, 1991.0)),
        ("1985 to 1990", (1985.0, 1991.0)),
        ("1985-90", (1985.0, 1991.0)),
        ("1990s", (1990.0, 2000.0)),
        ("1990's", (1990.0, 2000.0)),
        ("1980s–1990s", (1980.0, 2000.0)),
        ("1985", (1985.0, 1986.0)),
        ("from 1968", (1968.0, None)),
        ("1968–", (1968.0, None)),
        ("until 1900", (None, 1901.0)),
        ("before 1900", (None, 1900.0)),
        ("after 1900", (1901.0, None)),
        ("desde 1968", (1968.0, None)),
        ("", None),
    ],
)
def test_parse_range(typed, bounds):
    assert parse_range(typed) == bounds


@pytest.mark.parametrize("typed", ["abc", "19x5", "1991s", "–", "3000", "from 2101"])
def test_unreadable_ranges_raise_range_error(typed):
    with pytest.raises(RangeError):
        parse_range(typed)


@pytest.mark.parametrize("typed", ["1985–1990", "1990s", "1985", "from 1968", "until 1900"])
def test_format_range_round_trips(typed):
    bounds = parse_range(typed)
    assert parse_range(format_range(*bounds)) == bounds


def test_centuries_can_be_written_in_roman_numerals_as_spanish_does():
    from explorer.core.dates import DateWords, format_edtf

    assert format_edtf("19XX") == "20th century"
    assert format_edtf("18XX", DateWords(century="siglo {roman}")) == "siglo XIX"


@pytest.mark.parametrize(
    ("typed", "bounds"),
    [
        ("1990–1985", (1985.0, 1991.0)),
        ("1990 to 1985", (1985.0, 1991.0)),
        ("1990-85", (1985.0, 1991.0)),
        ("1990s–1980s", (1980.0, 2000.0)),
    ],
)
def test_a_reversed_range_is_read_in_order_and_flagged(typed, bounds):
    from explorer.core.dates import parse_range_noted

    assert parse_range_noted(typed) == (bounds, True)
    assert parse_range(typed) == bounds


def test_an_ordered_range_is_not_flagged():
    from explorer.core.dates import parse_range_noted

    assert parse_range_noted("1985–1990") == ((1985.0, 1991.0), False)
    assert parse_range_noted("") == (None, False)


@pytest.mark.parametrize("typed", ["3000", "2101", "1990–3000", "after 2500"])
def test_years_after_2100_are_out_of_range_not_clamped(typed):
    from explorer.core.dates import YearOutOfRange

    with pytest.raises(YearOutOfRange):
        parse_range(typed)
