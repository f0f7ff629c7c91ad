"""What the app remembers across restarts (settings.ini), checked value by value when read back.

settings.ini is a text file: edited by hand, written by another version of the app, or spoiled
by a full disk, it may hold anything — a list where a number belongs, NaN, a split of 10**30
pixels, a pane id this version does not have, a JSON list of a million entries, a lone
surrogate (which no file name, SQLite query or label can take). None of that may break the
window. So each remembered value is checked here by its type and range, as saved views are
(core/view_options.py, whose rules are reused): a bad part falls back to its default and is
named in the `dropped` list the caller logs; the good parts are kept.
"""

from __future__ import annotations

import json
import math
from typing import Any

from explorer.core.view_options import MAX_ID, MAX_LIST, window

MAX_SETTING = 4_096  # characters of a plain text setting (a folder, a theme name)
MAX_JSON = 200_000  # characters of a JSON setting (500 ids of 200 characters, with room)
MAX_SIZE = 100_000  # pixels: more than any screen's, less than any overflow
MAX_RECENT = 50  # entries of a remembered list of files


def is_text(value: Any, length: int = MAX_SETTING) -> bool:
    """A str that any label, file name or SQLite query can take: no lone surrogates (they
    cannot be encoded), no NUL, at most `length` characters."""
    if not isinstance(value, str) or len(value) > length or "\x00" in value:
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def text_problem(length: int = MAX_SETTING):
    def check(value: Any) -> str:
        return "" if is_text(value, length) else (
            f"should be text of at most {length} characters, without NUL or lone surrogates")  # fmt: skip

    return check


def number_problem(lo: float, hi: float, whole: bool = False):
    def check(value: Any) -> str:
        if isinstance(value, bool) or not isinstance(value, int | float):
            return "should be a number"
        if not math.isfinite(value) or not lo <= value <= hi or (whole and value != int(value)):
            return f"should be a {'whole ' if whole else ''}number from {lo:g} to {hi:g}"
        return ""

    return check


def choice_problem(*choices: str):
    def check(value: Any) -> str:
        return "" if isinstance(value, str) and value in choices else (
            "should be one of " + ", ".join(repr(c) for c in choices))  # fmt: skip

    return check


def parse_json(text: str, dropped: list[str], what: str) -> Any:
    """`text` as JSON, or None (the reason added to `dropped`). Deep nesting raises
    RecursionError, not ValueError; Python's json also takes NaN and Infinity, which the
    checks that follow refuse."""
    if not text:
        return None
    if not is_text(text, MAX_JSON):
        dropped.append(f"{what}: longer than {MAX_JSON} characters or not plain text")
        return None
    try:
        return json.loads(text)
    except (ValueError, RecursionError) as error:
        dropped.append(f"{what}: not readable JSON ({str(error)[:80]})")
        return None


def clean_ids(value: Any, dropped: list[str], what: str) -> list[str]:
    """The usable ids of a remembered list: texts of at most MAX_ID characters, MAX_LIST of
    them at most, each once; the rest named in `dropped`."""
    if value is None:
        return []
    if not isinstance(value, list):
        dropped.append(f"{what}: should be a list of ids")
        return []
    kept = list(dict.fromkeys(v for v in value[: MAX_LIST * 4] if is_text(v, MAX_ID) and v))
    if len(kept) > MAX_LIST:
        dropped.append(f"{what}: more than {MAX_LIST} ids, the rest dropped")
        kept = kept[:MAX_LIST]
    if len(kept) < len(value) and len(value) <= MAX_LIST:
        dropped.append(f"{what}: {len(value) - len(kept)} entries that are not ids dropped")
    return kept


def clean_workspaces(
    state: Any, workspaces: tuple[str, ...], explore_panes: tuple[str, ...], panes: tuple[str, ...]
) -> tuple[dict, list[str]]:
    """The workspace layout (ui/workspaces.py save_state) without its bad parts: `workspace`
    one of `workspaces`; `split` two whole pixel sizes; `hidden` a list of known `panes` that
    leaves at least one of `explore_panes` shown; `filters_open` flags of known workspaces."""
    dropped: list[str] = []
    if not isinstance(state, dict):
        if state is not None:
            dropped.append("the layout should be an object")
        return {}, dropped
    clean: dict[str, Any] = {}
    for key in sorted(set(state) - {"workspace", "split", "hidden", "filters_open"}, key=str):
        dropped.append(f"{str(key)[:40]!r}: not a part of the layout this version knows")
    if "workspace" in state:
        problem = choice_problem(*workspaces)(state["workspace"])
        if problem:
            dropped.append(f"workspace: {problem}")
        else:
            clean["workspace"] = state["workspace"]
    if "split" in state:
        split = state["split"]
        size = number_problem(0, MAX_SIZE, whole=True)
        if not isinstance(split, list) or len(split) != 2 or any(size(v) for v in split):
            dropped.append(f"split: should be two whole sizes from 0 to {MAX_SIZE} pixels")
        else:
            clean["split"] = [int(v) for v in split]
    if "hidden" in state:
        hidden = state["hidden"]
        if not isinstance(hidden, list) or len(hidden) > len(panes) * 2:
            dropped.append("hidden: should be a short list of pane names")
        else:
            known = [p for p in hidden if isinstance(p, str) and p in panes]
            if len(known) < len(hidden):
                dropped.append(f"hidden: {len(hidden) - len(known)} names that are no panes")
            if all(p in known for p in explore_panes):
                dropped.append("hidden: would hide every pane of the timeline's workspace")
                known = [p for p in known if p not in explore_panes]
            clean["hidden"] = list(dict.fromkeys(known))
    if "filters_open" in state:
        opened = state["filters_open"]
        if not isinstance(opened, dict):
            dropped.append("filters_open: should be an object")
        else:
            good = {k: v for k, v in opened.items() if k in workspaces and isinstance(v, bool)}
            if len(good) < len(opened):
                dropped.append(f"filters_open: {len(opened) - len(good)} entries dropped")
            clean["filters_open"] = good
    return clean, dropped


def clean_session_work(data: Any) -> tuple[dict, list[str]]:
    """The remembered chart and comparison (ui/session_memory.py) without its bad parts."""
    dropped: list[str] = []
    if not isinstance(data, dict):
        if data is not None:
            dropped.append("should be an object")
        return {}, dropped
    if not is_text(data.get("store")):
        dropped.append("store: should be the path of a store")
        return {}, dropped
    clean: dict[str, Any] = {"store": data["store"]}
    for key in ("chart_series", "compare_episodes", "compare_series"):
        clean[key] = clean_ids(data.get(key), dropped, key)
    span = data.get("compare_window")
    if span is not None:
        problem = window(span)
        if problem:
            dropped.append(f"compare_window: {problem}")
        else:
            clean["compare_window"] = [int(v) for v in span]
    return clean, dropped


def recent_problem(text: Any) -> str:
    """What is wrong with a remembered list of files (JSON text), "" when nothing."""
    dropped: list[str] = []
    items = parse_json(text, dropped, "list") if isinstance(text, str) else None
    if dropped:
        return dropped[0]
    if not isinstance(items, list) or len(items) > MAX_RECENT * 2:
        return f"should be a list of at most {MAX_RECENT * 2} file paths"
    if not all(is_text(p) and p for p in items):
        return "should hold only file paths (text without NUL or lone surrogates)"
    return ""
