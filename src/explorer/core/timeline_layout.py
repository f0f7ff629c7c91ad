"""Qt-free layout rules of the timeline: which lanes, in what order, rows, ticks, typed ranges.

Everything here works in plain numbers (decimal years and pixels) so it is tested without Qt;
the timeline pane only paints what these functions decide.
"""

from __future__ import annotations

import math
import re
import zlib
from collections.abc import Callable, Sequence

LANE_MODES = ("kind", "partner")
NO_PARTNER = "_none"  # lane for episodes that involve no country besides Peru
OTHER_PARTNERS = "_other"  # lane for countries other than the three the app is about

# Twenty kinds would make lanes too thin on a laptop or a projector; lanes group them into
# families a reader recognises (the hover card still names the exact kind).
KIND_FAMILIES = {
    "migration": "people",
    "immigration_policy": "people",
    "deportation": "people",
    "diplomatic": "diplomacy",
    "visit": "diplomacy",
    "treaty": "agreements",
    "trade_agreement": "agreements",
    "multilateral": "agreements",
    "trade": "economy",
    "investment": "economy",
    "aid": "aid",
    "finance": "aid",
    "security": "security",
    "war": "security",
    "legal": "security",
    "coup": "politics",
    "election": "politics",
    "domestic_politics": "politics",
    "institution": "politics",
    # CAMEO root codes, the kinds of an imported event corpus (GDELT, ICEWS: ingest/events.py).
    **dict.fromkeys(
        (
            "make_public_statement",
            "appeal",
            "express_intent_to_cooperate",
            "consult",
            "engage_in_diplomatic_cooperation",
            "yield",
            "demand",
            "disapprove",
            "reject",
            "reduce_relations",
        ),
        "diplomacy",
    ),  # fmt: skip
    "engage_in_material_cooperation": "economy",
    "provide_aid": "aid",
    **dict.fromkeys(
        (
            "investigate",
            "threaten",
            "exhibit_force_posture",
            "coerce",
            "assault",
            "fight",
            "use_unconventional_mass_violence",
        ),
        "security",
    ),  # fmt: skip
    "protest": "politics",
}
FAMILY_ORDER = (
    "people",
    "diplomacy",
    "agreements",
    "economy",
    "aid",
    "security",
    "politics",
    "other",
)
PARTNER_ORDER = ("JPN", "CHN", "KOR", OTHER_PARTNERS)
FOCUS_PARTNERS = frozenset({"JPN", "CHN", "KOR"})

# Earliest and latest years the timeline lets a user reach.
TIME_MIN, TIME_MAX = 1840.0, 2025.0
MIN_SPAN = 7 / 365.25  # never zoom closer than a week


def lane_order(keys: Sequence[str], mode: str) -> list[str]:
    """Distinct lane keys in reading order; unknown keys follow the known ones alphabetically."""
    known = FAMILY_ORDER if mode == "kind" else PARTNER_ORDER
    rank = {key: i for i, key in enumerate(known)}
    distinct = set(keys)

    def sort_key(key: str) -> tuple[int, int, str]:
        if key == NO_PARTNER:
            return (2, 0, key)
        return (0, rank[key], key) if key in rank else (1, 0, key)

    return sorted(distinct, key=sort_key)


def lane_color_index(key: str, mode: str) -> int:
    """The colour of a lane, as an index into the plot palette: fixed by the lane itself (its
    place among all the lanes of its mode), so that hiding lanes or filtering episodes away
    never repaints the lanes that remain. Unknown keys get a stable index from their name."""
    known = FAMILY_ORDER if mode == "kind" else PARTNER_ORDER
    if key in known:
        return known.index(key)
    if key == NO_PARTNER:
        return len(known)
    return len(known) + 1 + zlib.crc32(key.encode("utf-8")) % 64


def lane_entries(
    kinds: Sequence[str], partners: Sequence[Sequence[str]], mode: str
) -> tuple[list[int], list[str]]:
    """(episode index, lane key) pairs. By kind, lanes are kind families; by partner, an
    episode with two partners is in two lanes, and countries besides Japan, China and Korea
    share one lane."""
    if mode == "kind":
        return list(range(len(kinds))), [KIND_FAMILIES.get(kind, "other") for kind in kinds]
    indices, keys = [], []
    for i, countries in enumerate(partners):
        lanes = dict.fromkeys(c if c in FOCUS_PARTNERS else OTHER_PARTNERS for c in countries)
        for lane in lanes or (NO_PARTNER,):
            indices.append(i)
            keys.append(lane)
    return indices, keys


def pack_rows(extents: Sequence[tuple[float, float]], n_rows: int, gap: float = 4.0) -> list[int]:
    """Greedy row assignment of pixel extents given in left-to-right order; -1 = no room.

    A row takes an extent if the row's last extent ends `gap` pixels before it starts, so
    nothing drawn in a row overlaps. Earlier (leftmost) extents win, which keeps the layout
    stable while panning.
    """
    row_ends = [-math.inf] * n_rows
    rows = []
    for x0, x1 in extents:
        for row in range(n_rows):
            if row_ends[row] + gap <= x0:
                row_ends[row] = x1
                rows.append(row)
                break
        else:
            rows.append(-1)
    return rows


def declutter(
    positions: Sequence[tuple[float, float]],
    priorities: Sequence[float] | None = None,
    gap: float = 6.0,
) -> list[bool]:
    """Which of several labels (pixel extents on one line) to show so that none overlap.

    Higher priority labels are placed first; a label is shown only where it fits.
    """
    order: Sequence[int] = range(len(positions))
    if priorities is not None:
        order = sorted(order, key=lambda i: -priorities[i])
    placed: list[tuple[float, float]] = []
    shown = [False] * len(positions)
    for i in order:
        x0, x1 = positions[i]
        if all(x1 + gap <= p0 or x0 >= p1 + gap for p0, p1 in placed):
            placed.append((x0, x1))
            shown[i] = True
    return shown


def lane_heights(n_lanes: int, available: float, row_height: float, max_rows: int = 4) -> int:
    """How many rows of episodes each lane gets so that all lanes fit (at least one)."""
    if n_lanes <= 0:
        return max_rows
    rows = int((available / n_lanes - 3) // row_height)
    return max(1, min(max_rows, rows))


# --- ticks -----------------------------------------------------------------------------------

_YEAR_STEPS = (1, 2, 5, 10, 20, 25, 50, 100)
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def year_ticks(
    lo: float, hi: float, width_px: float, min_spacing: float = 70.0
) -> tuple[list[float], list[float], str]:
    """(major ticks, minor ticks, 'year' | 'month') for a visible span of decimal years."""
    span = max(hi - lo, 1e-9)
    px_per_year = width_px / span
    for step in _YEAR_STEPS:
        if step * px_per_year >= min_spacing:
            break
    else:
        step = _YEAR_STEPS[-1]
    if step == 1 and px_per_year / 12 * 3 >= min_spacing / 1.6:
        month_step = (
            1 if px_per_year / 12 >= min_spacing else 3 if px_per_year / 4 >= min_spacing else 6
        )
        first = math.floor(lo * 12 / month_step) * month_step
        majors = [
            m / 12 for m in range(first, math.ceil(hi * 12) + 1, month_step) if lo <= m / 12 <= hi
        ]
        minors = (
            [
                m / 12
                for m in range(math.floor(lo * 12), math.ceil(hi * 12) + 1)
                if lo <= m / 12 <= hi
            ]
            if month_step > 1
            else []
        )
        return majors, minors, "month"
    first = math.floor(lo / step) * step
    majors = [float(y) for y in range(int(first), int(hi) + 1, step) if lo <= y <= hi]
    minor_step = step / 2 if step in (10, 20, 50, 100) else 0
    minors = []
    if minor_step:
        k0, k1 = math.ceil(lo / minor_step), math.floor(hi / minor_step)
        minors = [k * minor_step for k in range(k0, k1 + 1)]
    return majors, minors, "year"


def tick_label(value: float, style: str, month_names: Sequence[str] = _MONTHS) -> str:
    """A time axis label: the year, or the month and year. `month_names` (January first) in
    the interface's language; English by default (the core knows no locale)."""
    if style == "month":
        total = round(value * 12)
        year, month = divmod(total, 12)
        return f"{month_names[month]} {year}" if month else str(year)
    return str(round(value))


# --- typed ranges ----------------------------------------------------------------------------


class RangeError(ValueError):
    """A typed range that cannot be read; the message says what to type instead."""


def _part(tag: str) -> str:
    return rf"(?P<y{tag}>\d{{4}})(?:-(?P<m{tag}>\d{{1,2}}))?(?P<s{tag}>s)?"


_SINGLE = re.compile(_part("1"))
_PAIR = re.compile(_part("1") + r"\s*(?:–|—|-|to|until|\.\.|/)\s*" + _part("2"))


def _part_bounds(match: re.Match, tag: str) -> tuple[float, float]:
    year = int(match.group(f"y{tag}"))
    if match.group(f"s{tag}"):  # "1990s"
        return float(year), float(year + 10)
    if match.group(f"m{tag}"):
        month = int(match.group(f"m{tag}"))
        if not 1 <= month <= 12:
            raise RangeError(f"{month} is not a month (1–12).")
        return year + (month - 1) / 12, year + month / 12
    return float(year), float(year + 1)


def parse_range(text: str) -> tuple[float, float]:
    """Read '1985–1990', '1985-1990', '1985 to 1990', '1990s', '1996' or '1996-12'.

    Returns decimal-year bounds (end of the last year included): '1985–1990' is 1985.0–1991.0.
    """
    cleaned = text.strip().lower()
    if not cleaned:
        raise RangeError("Type a year or a range such as 1985–1990.")
    single = _SINGLE.fullmatch(cleaned)
    if single:
        lo, hi = _part_bounds(single, "1")
    else:
        pair = _PAIR.fullmatch(cleaned)
        if not pair:
            raise RangeError(f"“{text.strip()}” is not a range; type e.g. 1985–1990 or 1990s.")
        lo, _ = _part_bounds(pair, "1")
        _, hi = _part_bounds(pair, "2")
        if hi <= lo:
            raise RangeError("The range ends before it starts.")
    if hi < TIME_MIN or lo > TIME_MAX:
        raise RangeError(f"The timeline covers {int(TIME_MIN)}–{int(TIME_MAX)}.")
    return max(lo, TIME_MIN), min(hi, TIME_MAX)


def format_range(lo: float, hi: float) -> str:
    """The visible range as a person would type it back ('1985–1990')."""
    first, last = math.floor(lo + 1e-6), math.ceil(hi - 1e-6) - 1
    return str(first) if last <= first else f"{first}–{last}"


def zoom_about(lo: float, hi: float, anchor: float, factor: float) -> tuple[float, float]:
    """Zoom the span [lo, hi] by `factor` (< 1 zooms in) keeping `anchor` where it is."""
    new_lo = anchor - (anchor - lo) * factor
    new_hi = anchor + (hi - anchor) * factor
    return clamp_range(new_lo, new_hi)


def clamp_range(lo: float, hi: float) -> tuple[float, float]:
    span = min(max(hi - lo, MIN_SPAN), TIME_MAX - TIME_MIN)
    lo = min(max(lo, TIME_MIN), TIME_MAX - span)
    return lo, lo + span


def fit_range(
    starts: Sequence[float], ends: Sequence[float], margin: float = 0.012
) -> tuple[float, float]:
    """A view that shows every given span with a small margin."""
    if not starts:
        return TIME_MIN + 9, TIME_MAX - 10
    lo, hi = min(starts), max(ends)
    pad = max((hi - lo) * margin, 0.5)
    return clamp_range(lo - pad, hi + pad)


Measure = Callable[[str], float]
