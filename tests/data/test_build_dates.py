"""EDTF dates become honest numeric bounds and precisions."""

import pytest

from explorer.build.dates import DateError, bounds, is_uncertain, precision


@pytest.mark.parametrize(
    "text, lo, hi",
    [
        ("1996-12-17", 1996.9590, 1996.9617),  # day 352 of a leap year
        ("1991", 1991.0, 1992.0),
        ("193X", 1930.0, 1940.0),
        ("1849/1874", 1849.0, 1875.0),
    ],
)
def test_bounds_cover_the_whole_named_time(text, lo, hi):
    b = bounds(text)
    assert b.lo == pytest.approx(lo, abs=1e-3)
    assert b.hi == pytest.approx(hi, abs=1e-3)


def test_approximate_years_widen_the_fuzzy_bounds_only():
    b = bounds("1935~")
    assert b.strict_lo == 1935.0 and b.strict_hi == pytest.approx(1936.0)
    assert b.lo < 1935.0 and b.hi > 1936.0


@pytest.mark.parametrize(
    "text, expected",
    [
        ("1996-12-17", "day"),
        ("1989-12", "month"),
        ("1989-41", "season"),
        ("1991", "year"),
        ("1935~", "year"),
        ("193X", "decade"),
        ("19XX", "century"),
    ],
)
def test_precision(text, expected):
    assert precision(text) == expected


def test_uncertainty_marks():
    assert is_uncertain("1997?") and is_uncertain("1935~")
    assert not is_uncertain("1997")


def test_invalid_dates_are_reported():
    with pytest.raises(DateError, match="not a valid EDTF"):
        bounds("mid-1930s")
