"""EDTF strings -> decimal-year bounds and precision, for sorting, filtering and drawing."""

from __future__ import annotations

import calendar
import datetime
import functools
import re
import time
from dataclasses import dataclass

import edtf


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
    plain = _plain_bounds(text)
    if plain is not None:
        return plain
    try:
        parsed = edtf.parse_edtf(text)
    except Exception as error:  # the edtf package raises several exception types
        raise DateError(f"not a valid EDTF date: {text!r}") from error
    if parsed is None:
        raise DateError(f"not a valid EDTF date: {text!r}")
    return Bounds(
        lo=decimal_year(parsed.lower_fuzzy()),
        hi=decimal_year(parsed.upper_fuzzy(), end_of_day=True),
        strict_lo=decimal_year(parsed.lower_strict()),
        strict_hi=decimal_year(parsed.upper_strict(), end_of_day=True),
    )


_PRECISIONS = (
    (re.compile(r"^-?\d{4}-\d{2}-\d{2}$"), "day"),
    (re.compile(r"^-?\d{4}-(0[1-9]|1[0-2])$"), "month"),
    (re.compile(r"^-?\d{4}-(2[1-9]|3\d|4[01])$"), "season"),
    (re.compile(r"^-?\d{4}-\d{2}-XX$"), "month"),
    (re.compile(r"^-?\d{4}-XX(-XX)?$"), "year"),
    (re.compile(r"^-?\d{4}$"), "year"),
    (re.compile(r"^-?\d{3}X$"), "decade"),
    (re.compile(r"^-?\d{2}XX$"), "century"),
)


def precision(text: str) -> str:
    """Coarsest unit a date names: day, month, season, year, decade or century."""
    core = re.sub(r"[?~%]", "", text.strip("[]{}")).split(",")[0].split("/")[0]
    for pattern, name in _PRECISIONS:
        if pattern.match(core):
            return name
    return "year"


def is_uncertain(text: str) -> bool:
    return any(mark in text for mark in "?~%") or text.startswith("[")
