"""EDTF strings -> decimal-year bounds and precision, for sorting, filtering and drawing."""

from __future__ import annotations

import calendar
import datetime
import functools
import re
import time
from dataclasses import dataclass

import edtf

# One reading of precision and of the ~ ? % marks, shared with the app (explorer.core.dates).
from explorer.core.dates import is_uncertain, precision, widened

__all__ = ["Bounds", "DateError", "bounds", "decimal_year", "is_uncertain", "precision"]


class DateError(ValueError):
    pass


@dataclass(frozen=True)
class Bounds:
    lo: float  # earliest the date can be
    hi: float  # latest it can be (end of its last day)
    strict_lo: float
    strict_hi: float


def decimal_year(moment: time.struct_time, end_of_day: bool = False) -> float:
    days = 366 if calendar.isleap(moment.tm_year) else 365
    # edtf's struct_time leaves tm_yday unset, so count the day from year, month and day.
    day_of_year = datetime.date(moment.tm_year, moment.tm_mon, moment.tm_mday).timetuple().tm_yday
    day_index = day_of_year - (0 if end_of_day else 1)
    return round(moment.tm_year + day_index / days, 6)


_PLAIN = re.compile(r"^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$")


def _plain_bounds(text: str) -> Bounds | None:
    """Bounds of a plain year, month or day (1992, 1992-04, 1992-04-05) without the edtf
    parser, which takes ~25 ms a date: a million-row event export has thousands of distinct
    days. The figures are those edtf gives (a test compares them); None for any other shape."""
    match = _PLAIN.match(text)
    if not match:
        return None
    year, month, day = int(match[1]), int(match[2] or 0), int(match[3] or 0)
    if day and day > calendar.monthrange(year, month)[1]:
        return None  # let edtf refuse it with its own words
    first = (year, month or 1, day or 1)
    last_month = month or 12
    last = (year, last_month, day or calendar.monthrange(year, last_month)[1])

    def moment(y: int, m: int, d: int) -> time.struct_time:
        return time.struct_time((y, m, d, 0, 0, 0, 0, 0, -1))

    lo = decimal_year(moment(*first))
    hi = decimal_year(moment(*last), end_of_day=True)
    return Bounds(lo=lo, hi=hi, strict_lo=lo, strict_hi=hi)


@functools.cache  # edtf's parser is slow (~10 ms a date) and the same dates recur
def bounds(text: str) -> Bounds:
    """Exact bounds from the `edtf` package; the fuzzy ones widened by our own rule
    (explorer.core.dates.widened), each end of an interval by its own marks."""
    plain = _plain_bounds(text)
    if plain is not None:
        return plain  # no marks: nothing to widen
    try:
        parsed = edtf.parse_edtf(text)
    except Exception as error:  # the edtf package raises several exception types
        raise DateError(f"not a valid EDTF date: {text!r}") from error
    if parsed is None:
        raise DateError(f"not a valid EDTF date: {text!r}")
    try:
        strict_lo = decimal_year(parsed.lower_strict())
        strict_hi = decimal_year(parsed.upper_strict(), end_of_day=True)
    except (AttributeError, TypeError, ValueError) as error:
        # Open ends ("1992-04-05/..", "[1992..]") have no finite bound to draw.
        raise DateError(f"EDTF date without finite bounds: {text!r}") from error
    first, _, last = text.partition("/") if "/" in text else (text, "", text)
    lo = widened(strict_lo, strict_hi, first)[0] if first not in ("", "..") else strict_lo
    hi = widened(strict_lo, strict_hi, last)[1] if last not in ("", "..") else strict_hi
    return Bounds(lo=lo, hi=hi, strict_lo=strict_lo, strict_hi=strict_hi)
