"""Dates for people: EDTF and decimal years written as a reader says them, and typed ranges.

The store keeps dates as EDTF strings plus decimal-year bounds; the `edtf` package is a build
dependency only, so the few EDTF shapes the data uses are read here by hand. Anything we do not
recognise is shown exactly as stored rather than guessed at.

A typed range ("1985–1990", "1990s", "1985 to 1990") becomes (date_from, date_to) in decimal
years, date_to being the end of the last year named: "1985–1990" is (1985.0, 1991.0).
"""

from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import dataclass, field

EN_DASH = "–"
# No typed year beyond this is a date anyone means here ("3000" is a slip, not a filter).
LATEST_YEAR = 2100


@dataclass(frozen=True)
class DateWords:
    """The words dates are written with. The UI passes a translated copy; core has no Qt."""

    months: tuple[str, ...] = (
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    )  # fmt: skip
    # EDTF level-2 sub-year groupings (21–41) that the curated data uses.
    seasons: dict[int, str] = field(default_factory=lambda: {
        21: "spring {}", 22: "summer {}", 23: "autumn {}", 24: "winter {}",
        33: "Q1 {}", 34: "Q2 {}", 35: "Q3 {}", 36: "Q4 {}",
        40: "first half of {}", 41: "second half of {}",
    })  # fmt: skip
    approximate: str = "c. {}"
    uncertain: str = "{}?"
    decade: str = "{}s"
    century: str = "{}th century"  # may use {roman} instead: Spanish writes "siglo XX"
    open_end: str = "from {}"
    open_start: str = "until {}"
    one_of: str = "some time in {}"  # EDTF [a..b]: one date in the range, not known which


ENGLISH = DateWords()


def roman_numeral(number: int) -> str:
    numerals = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out = ""
    for value, letters in numerals:
        count, number = divmod(number, value)
        out += letters * count
    return out


# --- how far an approximate or uncertain date may lie from what it names ------------------
#
# EDTF marks a date approximate ("~", "c. Dec 1996"), uncertain ("?") or both ("%") but does
# not say by how much. We widen it by its own precision: one unit of a day, a month or a year,
# and for the coarse units, which already span many years, a third of a decade and a quarter
# of a century; a season by a month. "%" widens twice as far. So "c. Dec 1996" may be any day
# of Nov 1996 – Jan 1997, "1990~" any day of 1989–1991. (The `edtf` package's fuzzy bounds pad
# every component a date names, year included: "c. Dec 1996" came out as Nov 1995 – Feb 1998.)
# Documented in docs/schema.md ("Approximate and uncertain dates").
WIDENING: dict[str, tuple[int, int, int]] = {  # (years, months, days) either side
    "day": (0, 0, 1),
    "month": (0, 1, 0),
    "season": (0, 1, 0),
    "year": (1, 0, 0),
    "decade": (3, 0, 0),
    "century": (25, 0, 0),
}

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


def widening_steps(text: str) -> int:
    """How many WIDENING units a date's marks ask for: 0 (exact), 1 (~ or ?), 2 (% or both)."""
    if "%" in text or ("~" in text and "?" in text):
        return 2
    return 1 if ("~" in text or "?" in text) else 0


def date_of_decimal(value: float) -> datetime.date:
    year = int(value // 1)
    days = 366 if calendar.isleap(year) else 365
    index = round((value - year) * days)
    return datetime.date(year, 1, 1) + datetime.timedelta(days=index)


def decimal_of_date(day: datetime.date) -> float:
    days = 366 if calendar.isleap(day.year) else 365
    return round(day.year + (day.timetuple().tm_yday - 1) / days, 6)


def _shift(value: float, sign: int, years: int, months: int, days: int) -> float:
    """A decimal-year instant moved by whole calendar years, months and days."""
    day = date_of_decimal(value)
    month_index = day.month - 1 + sign * months
    year = day.year + sign * years + month_index // 12
    month = month_index % 12 + 1
    day = day.replace(year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1]))
    return decimal_of_date(day + datetime.timedelta(days=sign * days))


def widened(strict_lo: float, strict_hi: float, text: str) -> tuple[float, float]:
    """The earliest and latest a date written `text` can be, given the instants it names
    exactly (`strict_lo` .. `strict_hi`, the end of its last day): see WIDENING."""
    steps = widening_steps(text)
    if not steps:
        return strict_lo, strict_hi
    years, months, days = (steps * n for n in WIDENING[precision(text)])
    return _shift(strict_lo, -1, years, months, days), _shift(strict_hi, 1, years, months, days)


class RangeError(ValueError):
    """A typed range we cannot read. The message is a sentence for the user."""


class YearOutOfRange(RangeError):
    """A typed year no store covers (after LATEST_YEAR): readable, but surely a slip."""


def format_edtf(text: str | None, words: DateWords = ENGLISH) -> str:
    """'1996-12-17' -> '17 Dec 1996', '193X' -> '1930s', '1935~' -> 'c. 1935', '1971/1975' ->
    '1971–1975'. Shapes we do not know are returned unchanged."""
    if not text:
        return ""
    choice = _choice(text)
    if choice:
        first, last = (format_edtf(part, words) for part in choice)
        span = first if first == last else f"{first}{EN_DASH}{last}"
        return words.one_of.format(span) if text[0] == "[" else span
    if "/" in text:
        first, _, last = text.partition("/")
        if last in ("", ".."):
            return words.open_end.format(format_edtf(first, words))
        if first in ("", ".."):
            return words.open_start.format(format_edtf(last, words))
        return f"{format_edtf(first, words)}{EN_DASH}{format_edtf(last, words)}"
    core = text.replace("~", "").replace("?", "").replace("%", "")
    shown = _format_core(core, words)
    if shown is None:
        return text
    if "~" in text or "%" in text:
        shown = words.approximate.format(shown)
    if "?" in text or "%" in text:
        shown = words.uncertain.format(shown)
    return shown


def _choice(text: str) -> tuple[str, str] | None:
    """'[1968..1975]' or '[1968, 1970]' -> ('1968', '1975'): its first and last dates."""
    if len(text) > 2 and text[0] in "[{" and text[-1] in "]}":
        parts = [p.strip() for p in re.split(r"\.\.|,", text[1:-1]) if p.strip()]
        if parts:
            return parts[0], parts[-1]
    return None


def _format_core(core: str, words: DateWords) -> str | None:
    match = re.fullmatch(r"(-?\d{4})(?:-(\d{2}|XX)(?:-(\d{2}|XX))?)?", core)
    if match:
        year, month, day = match.groups()
        number = int(month) if month and month != "XX" else 0
        if number in words.seasons:
            return words.seasons[number].format(year)
        if 1 <= number <= 12:
            name = words.months[number - 1]
            if day and day != "XX":
                return f"{int(day)} {name} {year}"
            return f"{name} {year}"
        return year
    if re.fullmatch(r"\d{3}X", core):
        return words.decade.format(core[:3] + "0")
    if re.fullmatch(r"\d{2}XX", core):
        number = int(core[:2]) + 1
        return words.century.format(number, roman=roman_numeral(number))
    return None


def format_span(start_edtf: str | None, end_edtf: str | None, words: DateWords = ENGLISH) -> str:
    """An episode's EDTF start and end as one readable span."""
    if not end_edtf or end_edtf == start_edtf:
        return format_edtf(start_edtf, words)
    return f"{format_edtf(start_edtf, words)} {EN_DASH} {format_edtf(end_edtf, words)}"


def _year_only(text: str, words: DateWords) -> str:
    choice = _choice(text)
    if choice:
        first, last = (_year_only(part, words) for part in choice)
        return first if first == last else f"{first}{EN_DASH}{last}"
    core = text.replace("~", "").replace("?", "").replace("%", "")
    match = re.fullmatch(r"(-?\d{4})(?:-(?:\d{2}|XX))*", core)
    if match:
        shown = match.group(1)
        if "~" in text or "%" in text:
            shown = words.approximate.format(shown)
        if "?" in text or "%" in text:
            shown = words.uncertain.format(shown)
        return shown
    return format_edtf(text, words)


def format_span_short(
    start_edtf: str | None, end_edtf: str | None, words: DateWords = ENGLISH
) -> str:
    """Years only, for a table column: '1996-12-17'..'1997-04-22' -> '1996–1997'."""
    if not start_edtf:
        return ""
    choice = _choice(start_edtf)
    if choice and not end_edtf:
        start_edtf, end_edtf = choice
    elif "/" in start_edtf and not end_edtf:
        start_edtf, _, end_edtf = start_edtf.partition("/")
    first = _year_only(start_edtf, words)
    if not end_edtf or end_edtf in ("..", ""):
        return first if end_edtf != ".." else words.open_end.format(first)
    last = _year_only(end_edtf, words)
    return first if last == first else f"{first}{EN_DASH}{last}"


def format_year(value: float | None, precision: str = "year", words: DateWords = ENGLISH) -> str:
    """A decimal year as text: 1996.958 -> '1996' (year), 'Dec 1996' (month), '15 Dec 1996'."""
    if value is None:
        return ""
    year = int(value // 1)
    if precision == "year":
        return str(year)
    days = 366 if calendar.isleap(year) else 365
    # Bounds are stored to 6 decimals (a third of a second short of midnight at worst): a
    # thousandth of a day of slack keeps 1 Nov from reading as 31 Oct.
    day_of_year = min(int((value - year) * days + 1e-3), days - 1)
    month, day = 1, day_of_year + 1
    while month < 12 and day > calendar.monthrange(year, month)[1]:
        day -= calendar.monthrange(year, month)[1]
        month += 1
    if precision == "month":
        return f"{words.months[month - 1]} {year}"
    return f"{day} {words.months[month - 1]} {year}"


def format_range(date_from: float | None, date_to: float | None) -> str:
    """(1985.0, 1991.0) -> '1985–1990': the inverse of parse_range for whole years."""
    if date_from is None and date_to is None:
        return ""
    first = str(int(date_from)) if date_from is not None else ""
    last = str(int(-(-date_to // 1)) - 1) if date_to is not None else ""
    if first and last and first == last:
        return first
    return f"{first}{EN_DASH}{last}"


_SPLIT = re.compile(
    r"\s*(?:–|—|-|/|\bto\b|\buntil\b|\btill\b|\bthrough\b|\ba\b|\bal\b|\bhasta\b)\s*"
)


def _year_bounds(token: str, previous: str | None = None) -> tuple[float, float]:
    token = token.strip().lower().replace("’", "'")
    match = re.fullmatch(r"(\d{1,4})\s*'?s", token)
    if match:  # a decade: "1990s"
        decade = int(match.group(1))
        if decade % 10:
            raise RangeError(f"“{token}” is not a decade.")
        return float(decade), float(decade + 10)
    if not re.fullmatch(r"\d{1,4}", token):
        raise RangeError(f"“{token}” is not a year.")
    year = int(token)
    if previous and len(token) < len(previous) and len(previous) == 4:
        # "1985-90": the second year shares the first one's leading digits.
        year = int(previous[: 4 - len(token)] + token)
    if year > LATEST_YEAR:
        raise YearOutOfRange(f"{year} is later than {LATEST_YEAR}.")
    return float(year), float(year + 1)


def parse_range(text: str) -> tuple[float | None, float | None] | None:
    """Read a typed "active during" range; see parse_range_noted (this drops the note)."""
    return parse_range_noted(text)[0]


def parse_range_noted(text: str) -> tuple[tuple[float | None, float | None] | None, bool]:
    """Read a typed "active during" range: (range, reversed). The range is None for empty
    text; `reversed` is True when the years were typed last first ("1990–1985"), which is
    read as the range they bound (1985–1990) so the caller can say it swapped them.

    Accepts "1985", "1985–1990", "1985-90", "1985 to 1990", "1990s", "1980s–1990s", and open
    ends: "1985–" / "from 1985" / "after 1985", "–1990" / "until 1990" / "before 1990".
    Raises RangeError with a sentence for the user when the text cannot be read.
    """
    text = text.strip().lower()
    if not text:
        return None, False
    for word, side in (
        ("from ", "from"),
        ("since ", "from"),
        ("after ", "after"),
        ("until ", "to"),
        ("before ", "before"),
        ("desde ", "from"),
        ("hasta ", "to"),
        ("antes de ", "before"),
        ("después de ", "after"),
    ):
        if text.startswith(word):
            lo, hi = _year_bounds(text[len(word) :])
            return {
                "from": (lo, None),
                "after": (hi, None),
                "to": (None, hi),
                "before": (None, lo),
            }[side], False
    parts = [p for p in _SPLIT.split(text, maxsplit=1)]
    if len(parts) == 1:
        return _year_bounds(parts[0]), False
    first, last = parts
    first_bounds = _year_bounds(first) if first else None
    last_bounds = _year_bounds(last, first.strip() or None) if last else None
    if first_bounds is None and last_bounds is None:
        raise RangeError("Type a year or a range of years, such as 1985–1990.")
    if first_bounds and last_bounds and last_bounds[1] <= first_bounds[0]:
        # "1990–1985": both years are clear, only their order is not.
        return (last_bounds[0], first_bounds[1]), True
    start: float | None = first_bounds[0] if first_bounds else None
    stop: float | None = last_bounds[1] if last_bounds else None
    return (start, stop), False
