"""Dates as people write them in spreadsheets, read into the EDTF the store keeps.

"April 5, 1992", "5 de abril de 1992", "1990s", "c. 1850", "mid-1930s", "1976-78",
"April 5 – May 3, 1992", separate year/month/day columns: each becomes an EDTF start (and end,
for a range) written the way the curators write data/ (docs/import.md lists the conventions:
"mid-1930s" is 1935~, "early 1990s" is 1990~ to 1993~, "late 1990" is 1990-41). The build's
own EDTF reader (explorer.build.dates) then gives the bounds, so an imported date and a curated
one are the same kind of thing. What cannot be read is refused with a sentence saying why:
"05/04/1992" could be April or May, so it is never guessed.
"""

from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass

from explorer.build.dates import DateError, bounds

EARLIEST_YEAR = 1
LATEST_YEAR = 2999

_MONTHS = {
    # English
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    # Spanish
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
    "diciembre": 12, "ene": 1, "abr": 4, "ago": 8, "set": 9, "dic": 12,
}  # fmt: skip
_MONTH_WORD = "|".join(sorted(_MONTHS, key=len, reverse=True))


class DateReadError(ValueError):
    """A date we will not guess at. The message is a sentence for the person who wrote it."""


@dataclass(frozen=True)
class ReadDate:
    start: str  # EDTF
    end: str = ""  # EDTF, empty for a point in time


def _check_year(year: int, text: str) -> None:
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        raise DateReadError(f"“{text}”: the year {year} is outside {EARLIEST_YEAR}–{LATEST_YEAR}.")


def from_parts(year: str, month: str = "", day: str = "", text: str = "") -> str:
    """EDTF from separate year, month and day cells ("1992", "4" or "April", "5")."""
    shown = text or "/".join(p for p in (year, month, day) if p)
    year, month, day = (_number_text(p) for p in (year, month, day))
    if not re.fullmatch(r"-?\d{1,4}", year):
        raise DateReadError(f"“{shown}”: the year “{year}” is not a number.")
    y = int(year)
    _check_year(y, shown)
    if not month:
        if day:
            raise DateReadError(f"“{shown}”: a day is given without its month.")
        return f"{y:04d}"
    m = _MONTHS.get(month.lower().rstrip(".")) if not month.isdigit() else int(month)
    if not m or not 1 <= m <= 12:
        raise DateReadError(f"“{shown}”: “{month}” is not a month.")
    if not day:
        return f"{y:04d}-{m:02d}"
    if not day.isdigit():
        raise DateReadError(f"“{shown}”: the day “{day}” is not a number.")
    d = int(day)
    if not 1 <= d <= calendar.monthrange(y, m)[1]:
        raise DateReadError(f"“{shown}”: {calendar.month_name[m]} {y} has no day {d}.")
    return f"{y:04d}-{m:02d}-{d:02d}"


def _number_text(cell: str) -> str:
    cell = (cell or "").strip()
    # A spreadsheet stores 1992 as the number 1992.0.
    return cell[:-2] if re.fullmatch(r"-?\d+\.0", cell) else cell


_APPROX = re.compile(
    r"^(?:circa|approximately|approx\.?|about|around|alrededor de|aproximadamente|aprox\.?|"
    r"cerca de|hacia|ca\.|c\.|ca|c|h\.)\s*(.+)$"
)
_LEAD = re.compile(r"^(?:in|on|en|el|the|during|durante)\s+(.+)$")
# "1990s", "the 1990's", "los años 1990", "la década de 1990" (the Spanish needs no "s").
_DECADE_WORDS = (
    r"(?:(?:the\s+)?(\d{3})0\s*'?s|(?:los\s+|la\s+)?(?:años|década de(?:\s+los)?(?:\s+años)?)"
    r"\s+(\d{3})0)"
)
_DECADE = re.compile(rf"^{_DECADE_WORDS}$")
_PART_OF_DECADE = re.compile(
    r"^(early|mid|late|principios de|comienzos de|inicios de|mediados de|fines de|finales de)"
    rf"[\s-]+{_DECADE_WORDS}$"
)
_PART_OF_YEAR = re.compile(
    r"^(early|late|principios de|comienzos de|fines de|finales de)[\s-]+(?:de\s+)?(\d{4})$"
)
_CENTURY = re.compile(r"^(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\s+century$|^siglo\s+([ivxl]+)$")
_EARLY = {"early", "principios de", "comienzos de", "inicios de"}
_MID = {"mid", "mediados de"}
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50}


def _roman(text: str) -> int:
    total = 0
    for i, letter in enumerate(text):
        value = _ROMAN[letter]
        following = _ROMAN[text[i + 1]] if i + 1 < len(text) else 0
        total += -value if value < following else value
    return total


def _single(text: str, original: str) -> str:
    """One date (not a range) -> EDTF."""
    t = text.strip().strip(",;").strip()
    if not t:
        raise DateReadError(f"“{original}” has no date in it.")
    # Already EDTF as the curated data writes it (1990-41, 199X, 1935~, [1968..1975]).
    if re.fullmatch(r"[\d\-X~?%\[\]{}.,/]+", t) and not re.fullmatch(
        r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}", t
    ):
        iso = _iso(t, original)
        if iso:
            return iso
    low = t.lower()
    match = _LEAD.match(low)
    if match:
        return _single(match.group(1), original)
    match = _APPROX.match(low)
    if match:
        inner = _single(match.group(1), original)
        return (
            inner
            if inner.endswith(("~", "%"))
            else inner.rstrip("?") + ("%" if inner.endswith("?") else "~")
        )
    if low.endswith("?"):
        inner = _single(low[:-1], original)
        return inner if inner.endswith(("?", "%")) else inner + "?"
    match = _PART_OF_DECADE.match(low)
    if match:
        part, english, spanish = match.groups()
        base = int(english or spanish) * 10
        _check_year(base, original)
        if part in _EARLY:
            return f"{base}~/{base + 3}~"
        if part in _MID:
            return f"{base + 5}~"
        return f"{base + 7}~/{base + 9}~"
    match = _PART_OF_YEAR.match(low)
    if match:
        part, year = match.groups()
        _check_year(int(year), original)
        return f"{year}-{40 if part in _EARLY else 41}"
    match = _DECADE.match(low)
    if match:
        stem = match.group(1) or match.group(2)
        _check_year(int(stem) * 10, original)
        return f"{stem}X"
    match = _CENTURY.match(low)
    if match:
        number = int(match.group(1)) if match.group(1) else _roman(match.group(2))
        if not 1 <= number <= 29:
            raise DateReadError(f"“{original}”: there is no such century here.")
        return f"{number - 1:02d}XX"
    return _worded(low, original)


def _iso(t: str, original: str) -> str | None:
    match = re.fullmatch(r"(\d{4})(\d{2})(\d{2})", t)  # GDELT's SQLDATE: 19920405
    if match:
        return from_parts(*match.groups(), text=original)
    match = re.fullmatch(r"(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?", t)
    if match and (match.group(3) or int(match.group(2)) <= 12):
        year, month, day = match.groups()
        return from_parts(year, month, day or "", text=original)
    match = re.fullmatch(r"\d{1,4}", t)
    if match:
        return from_parts(t, text=original)
    try:
        bounds(t)
    except DateError:
        return None
    year = re.search(r"\d{4}", t)
    if year:
        _check_year(int(year.group()), original)
    return t


def _worded(low: str, original: str) -> str:
    low = re.sub(r"(\d)(?:st|nd|rd|th|º|°)\b", r"\1", low)
    low = re.sub(r"\s+", " ", low.replace(",", " ")).strip()
    patterns = (
        # April 5 1992, Apr. 5 1992
        (rf"^({_MONTH_WORD})\.? (\d{{1,2}}) (\d{{1,4}})$", ("m", "d", "y")),
        # 5 April 1992, 5 de abril de 1992, 5 de abril del 1992
        (rf"^(\d{{1,2}}) (?:de )?({_MONTH_WORD})\.? (?:de |del )?(\d{{1,4}})$", ("d", "m", "y")),
        # April 1992, abril de 1992
        (rf"^({_MONTH_WORD})\.? (?:de |del )?(\d{{1,4}})$", ("m", "y")),
    )
    for pattern, order in patterns:
        match = re.fullmatch(pattern, low)
        if match:
            parts = dict(zip(order, match.groups(), strict=True))
            return from_parts(parts["y"], parts["m"], parts.get("d", ""), text=original)
    match = re.fullmatch(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})", low)
    if match:
        first, second, year = (int(g) for g in match.groups())
        if first > 12 >= second:
            return from_parts(str(year), str(second), str(first), text=original)
        if second > 12 >= first:
            return from_parts(str(year), str(first), str(second), text=original)
        raise DateReadError(
            f"“{original}” could be day/month or month/day: write it as "
            f"{year}-{second:02d}-{first:02d} or {year}-{first:02d}-{second:02d}."
        )
    raise DateReadError(f"“{original}” is not a date this import can read.")


_RANGE = re.compile(
    r"\s+(?:-|–|—|to|until|till|through|a|al|hasta)\s+|\s*[–—]\s*|^(?:from|de|desde)\s+"
)


@functools.lru_cache(maxsize=65536)  # an event export repeats the same few thousand dates
def read_date(text: str) -> ReadDate:
    """A date or range as written -> EDTF start (and end). Raises DateReadError."""
    original = (text or "").strip()
    if not original:
        raise DateReadError("The date is empty.")
    if len(original) > 200:
        raise DateReadError("The date cell is too long to be a date.")
    t = original
    match = re.fullmatch(r"(?:between\s+|entre\s+)?(.+?)\s+(?:and|y)\s+(.+)", t, re.I)
    if match and re.search(r"\d", match.group(1)):
        return _range(match.group(1), match.group(2), original)
    # 1976-78 and 1998-1999: a hyphen between years is a range (1992-04 stays a month).
    # A two-digit end is a year only when it comes after the start: 1990-41 stays EDTF's
    # "second half of 1990".
    match = re.fullmatch(r"(\d{4})\s*-\s*(\d{2}|\d{4})", t)
    if match:
        first, last = match.groups()
        if len(last) == 2:
            last = first[:2] + last if int(last) > 12 else ""
        if last and (len(match.group(2)) == 4 or int(last) >= int(first)):
            return _range(first, last, original)
    t = re.sub(r"^(?:from|desde|de)\s+(?=.*\d.*\s(?:to|until|hasta|a|al)\s)", "", t, flags=re.I)
    if "/" in t and re.fullmatch(r"[\dX~?%.-]+/[\dX~?%.-]*", t):
        first, _, last = t.partition("/")
        if len(first) >= 4 and (len(last) >= 4 or last in ("", "..")):
            if last in ("", ".."):
                _single(first, original)
                return ReadDate(t)
            return _range(first, last, original)
    parts = [p for p in _RANGE.split(t, maxsplit=1) if p and p.strip()]
    if len(parts) == 2:
        return _range(parts[0], parts[1], original)
    start = _single(t, original)
    if "/" in start:  # "early 1990s" reads as a span
        first, _, last = start.partition("/")
        return ReadDate(first, last)
    return ReadDate(start)


def _range(first: str, last: str, original: str) -> ReadDate:
    last_edtf = _single(last, original)
    first = first.strip()
    # "April 5 – May 3, 1992" and "5–7 April 1992": the first date borrows what it lacks.
    year = re.search(r"\d{4}", last)
    if year and not re.search(r"\d{3,4}", first):
        tail = last[year.start() :]
        if re.fullmatch(r"\d{1,2}", first):
            month = re.search(rf"({_MONTH_WORD})", last.lower())
            first = f"{first} {month.group(1) if month else ''} {tail}".strip()
        else:
            first = f"{first} {tail}"
    first_edtf = _single(first, original)
    start = first_edtf.partition("/")[0]
    end = last_edtf.partition("/")[2] or last_edtf
    try:
        if bounds(end).hi < bounds(start).lo:
            raise DateReadError(f"“{original}” ends before it starts.")
    except DateError as error:
        raise DateReadError(f"“{original}” is not a date this import can read.") from error
    return ReadDate(start, end)
