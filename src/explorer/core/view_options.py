"""What a saved view may say about the panes, checked field by field at the boundary.

A view file comes from anyone (a colleague's lesson, a workshop's export). Before this check
the pane options were only looked at generically (small values of plain types); a view then
passed the import that the panes could not honour. Here every pane id must be one the app
has, and every option the panes read has its real type and range: the chart's style is one
of its styles and its x range two finite years in order, the timeline's hidden lanes a short
list of short texts, the comparison's window two whole years around year 0, and so on. A
refusal is a ViewFormatError naming the place ("options.chart.x_range") and the problem.

Options a pane does not read (one a later version may add) keep the generic check: small
values of plain types, ignored by the panes.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

# Every pane a view can show or hold options for; "table" is the window's central table.
PANE_IDS = ("table", "timeline", "chart", "detail", "compare", "filters", "notes")
# Years the app can draw (as store/untrusted.py refuses any store beyond them).
YEAR_MIN, YEAR_MAX = -10_000, 10_000
# The comparison's window of years around each episode's start (core/compare.clamp_window).
WINDOW_MIN, WINDOW_MAX = -30, 30
MAX_LIST = 500  # entries in any list of ids (as core/views.MAX_IDS)
MAX_ID = 200  # characters in one id or key
MAX_TEXT = 200  # characters in any other text option

Check = Callable[[Any], str]  # "" when the value is fine, else what is wrong with it


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def flag(value: Any) -> str:
    return "" if isinstance(value, bool) else "should be true or false"


def one_of(*choices: str) -> Check:
    def check(value: Any) -> str:
        return "" if value in choices and isinstance(value, str) else (
            "should be one of " + ", ".join(choices))  # fmt: skip

    return check


def whole(lo: int, hi: int) -> Check:
    def check(value: Any) -> str:
        if isinstance(value, bool) or not isinstance(value, int | float):
            return "should be a whole number"
        if not math.isfinite(value) or value != int(value) or not lo <= value <= hi:
            return f"should be a whole number from {lo} to {hi}"
        return ""

    return check


def year_range(value: Any) -> str:
    if not isinstance(value, list | tuple) or len(value) != 2 or not all(map(_number, value)):
        return "should be two years, like [1985, 1995]"
    lo, hi = value
    if not all(math.isfinite(v) and YEAR_MIN <= v <= YEAR_MAX for v in value):
        return f"should be two years from {YEAR_MIN} to {YEAR_MAX}"
    return "" if lo <= hi else "should be two years, the earlier first"


def window(value: Any) -> str:
    if not isinstance(value, list | tuple) or len(value) != 2:
        return "should be two whole years around year 0, like [-5, 10]"
    problem = whole(WINDOW_MIN, WINDOW_MAX)(value[0]) or whole(WINDOW_MIN, WINDOW_MAX)(value[1])
    if problem:
        return problem
    return "" if value[0] <= 0 <= value[1] else "should start at or before 0 and end at or after it"


def texts(limit: int = MAX_LIST, length: int = MAX_ID) -> Check:
    def check(value: Any) -> str:
        if not isinstance(value, list | tuple):
            return "should be a list of texts"
        if len(value) > limit:
            return f"lists more than {limit} entries"
        if any(not isinstance(v, str) or not v or len(v) > length for v in value):
            return f"should be a list of non-empty texts of at most {length} characters"
        return ""

    return check


def text(length: int = MAX_TEXT) -> Check:
    def check(value: Any) -> str:
        if not isinstance(value, str):
            return "should be text"
        return "" if len(value) <= length else f"is longer than {length} characters"

    return check


# pane id -> option -> its check. What each pane reads (ui/lessons/capture.py adapters).
RULES: dict[str, dict[str, Check]] = {
    "chart": {
        "style": one_of("bars", "lines"), "log": flag, "relative": flag,
        "year": whole(YEAR_MIN, YEAR_MAX), "episodes": flag, "x_range": year_range,
    },
    "timeline": {"lanes": one_of("kind", "partner"), "hidden": texts(), "follow_filters": flag},
    "table": {
        "view": one_of("episodes", "series", "actors", "sources"), "sort": text(40),
        "descending": flag,
    },
    "compare": {"window": window, "series": texts()},
}  # fmt: skip


def generic_problem(value: Any, depth: int = 0) -> str:
    """An option no pane reads: small settings only (text, flags, finite numbers, short flat
    lists of those)."""
    if value is None or isinstance(value, bool):
        return ""
    if isinstance(value, int | float):
        return "" if math.isfinite(value) and abs(value) < 1e12 else "is not a finite number"
    if isinstance(value, str):
        return "" if len(value) <= MAX_TEXT else f"is longer than {MAX_TEXT} characters"
    if isinstance(value, list) and depth == 0:
        if len(value) > MAX_LIST:
            return f"lists more than {MAX_LIST} entries"
        return next((p for p in (generic_problem(v, 1) for v in value) if p), "")
    return "is not a setting this app knows"


def option_problems(options: Any) -> tuple[str, str]:
    """("options.pane.key", problem) for the first option at fault, or ("", "")."""
    if not isinstance(options, dict):
        return "options", "should be an object"
    for pane, values in options.items():
        if pane not in PANE_IDS:
            return f"options.{str(pane)[:40]}", "is not a pane of this app"
        if not isinstance(values, dict):
            return f"options.{pane}", "should be an object"
        if len(values) > 50:
            return f"options.{pane}", "holds more than 50 settings"
        rules = RULES.get(pane, {})
        for key, value in values.items():
            check = rules.get(key)
            problem = check(value) if check is not None else generic_problem(value)
            if problem:
                return f"options.{pane}.{str(key)[:40]}", problem
    return "", ""


def pane_problem(panes: Any) -> str:
    """What is wrong with a list of pane ids ("" when nothing)."""
    if not isinstance(panes, list):
        return "should be a list of pane names"
    if len(panes) > len(PANE_IDS) * 2:
        return f"lists more than {len(PANE_IDS) * 2} panes"
    unknown = [p for p in panes if p not in PANE_IDS or not isinstance(p, str)]
    if unknown:
        return f"{str(unknown[0])[:40]!r} is not a pane of this app ({', '.join(PANE_IDS)})"
    return ""
