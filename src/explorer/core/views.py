"""Saved views and lessons: the window's state as a small, versioned JSON payload (no Qt).

A saved view is everything needed to put the window back as it was: the shared AppState
(filters, search, date range, selection, chart series, comparison, timeline range), which panes
are shown, and each pane's own options (chart style, lane mode…), plus a title and a caption
for the class. A lesson is an ordered list of saved views. Both are kept as saved items in the
notes store (store/views_store.py); this module only turns them into plain dicts and back, and
says clearly what is wrong with a payload it cannot read.

The UI decides what each pane records (ui/lessons/capture.py); core/view_options.py checks
every pane id and every option the panes read by its real type and range.
"""

from __future__ import annotations

import math
import uuid
from dataclasses import dataclass, field, replace
from typing import Any

from explorer.core import view_options
from explorer.core.state import SELECTION_KINDS, AppState, Filters
from explorer.store.views_store import LESSON_KIND, VIEW_KIND

__all__ = [
    "LESSON_KIND",
    "VIEW_KIND",
    "Lesson",
    "SavedView",
    "ViewFormatError",
    "apply_state",
    "check_payload",
    "from_item",
    "state_to_dict",
]

FORMAT_VERSION = 1
MAX_TITLE = 120
MAX_CAPTION = 2000


class ViewFormatError(ValueError):
    """A payload that cannot be read as a view or lesson. `field` names the part at fault."""

    def __init__(self, field_name: str, message: str) -> None:
        self.field = field_name
        self.message = message
        super().__init__(f"{field_name}: {message}" if field_name else message)


def new_id() -> str:
    return uuid.uuid4().hex


# --- the shared state ------------------------------------------------------------------------


def state_to_dict(state: AppState) -> dict[str, Any]:
    """The AppState as JSON-ready data. Sets become sorted lists so equal states compare equal."""
    f = state.filters
    return {
        "filters": {
            "text": f.text,
            "kinds": sorted(f.kinds),
            "actors": sorted(f.actors),
            "decades": sorted(f.decades),
            "date_from": f.date_from,
            "date_to": f.date_to,
        },
        "selection": {"kind": state.selection.kind, "id": state.selection.id}
        if state.selection
        else None,
        "chart_series": list(state.chart_series),
        "compare_episodes": list(state.compare_episodes),
        "time_range": list(state.time_range) if state.time_range else None,
    }


def apply_state(state: AppState, data: dict[str, Any], origin: str = "view") -> None:
    """Put `data` (from state_to_dict, already checked) into `state` through its setters, so
    every pane hears each change once. The selection goes last: panes that follow it (the table
    scrolling to the row) then see the filters it belongs to."""
    filters = data["filters"]
    state.set_filters(
        Filters(
            text=filters["text"],
            kinds=frozenset(filters["kinds"]),
            actors=frozenset(filters["actors"]),
            decades=frozenset(filters["decades"]),
            date_from=filters["date_from"],
            date_to=filters["date_to"],
        ),
        origin,
    )
    state.set_chart_series(data["chart_series"], origin)
    state.set_compare_episodes(data["compare_episodes"], origin)
    if data["time_range"] is not None:
        lo, hi = data["time_range"]
        state.set_time_range(lo, hi, origin=origin)
    selection = data["selection"]
    if selection is None:
        state.select(None, origin=origin)
    else:
        state.select(selection["kind"], selection["id"], origin=origin)


# --- views and lessons -----------------------------------------------------------------------


@dataclass(frozen=True)
class SavedView:
    title: str
    caption: str = ""
    state: dict[str, Any] = field(default_factory=lambda: state_to_dict(AppState()))
    # Panes shown, in the order they were captured; "table" is the central table. `raised` names
    # the panes on top of their tab group.
    panes: tuple[str, ...] = ()
    raised: tuple[str, ...] = ()
    options: dict[str, dict[str, Any]] = field(default_factory=dict)
    dataset_version: str = ""
    id: str = field(default_factory=new_id)
    conflict_of: str = ""  # set on an imported copy that differs from a view of ours

    def to_payload(self) -> dict[str, Any]:
        return _with_conflict(
            {
                "format_version": FORMAT_VERSION,
                "title": self.title,
                "caption": self.caption,
                "state": self.state,
                "panes": {"shown": list(self.panes), "raised": list(self.raised)},
                "options": self.options,
                "dataset_version": self.dataset_version,
            },
            self.conflict_of,
        )

    @classmethod
    def from_payload(cls, payload: Any, item_id: str) -> SavedView:
        """Read a stored payload; raise ViewFormatError naming the field that is wrong."""
        p = _check_top(payload)
        panes = _get(p, "panes", dict, "", {"shown": [], "raised": []})
        return cls(
            title=_text(p, "title", "", MAX_TITLE, required=True),
            caption=_text(p, "caption", "", MAX_CAPTION),
            state=check_state(_get(p, "state", dict, "", None, required=True)),
            panes=_pane_ids(panes, "shown"),
            raised=_pane_ids(panes, "raised"),
            options=_options(_get(p, "options", dict, "", {})),
            dataset_version=_text(p, "dataset_version", "", 200),
            id=item_id,
            conflict_of=_text(p, "conflict_of", "", 100),
        )

    def with_changes(self, **changes) -> SavedView:
        return replace(self, **changes)


@dataclass(frozen=True)
class Lesson:
    title: str
    view_ids: tuple[str, ...] = ()
    description: str = ""
    id: str = field(default_factory=new_id)
    conflict_of: str = ""

    def to_payload(self) -> dict[str, Any]:
        return _with_conflict(
            {
                "format_version": FORMAT_VERSION,
                "title": self.title,
                "description": self.description,
                "views": list(self.view_ids),
            },
            self.conflict_of,
        )

    @classmethod
    def from_payload(cls, payload: Any, item_id: str) -> Lesson:
        p = _check_top(payload)
        return cls(
            title=_text(p, "title", "", MAX_TITLE, required=True),
            view_ids=_ids(p, "views", ""),
            description=_text(p, "description", "", MAX_CAPTION),
            id=item_id,
            conflict_of=_text(p, "conflict_of", "", 100),
        )

    def with_changes(self, **changes) -> Lesson:
        return replace(self, **changes)


def from_item(item) -> SavedView | Lesson:
    """A stored saved item (store.notes.SavedItem) of kind view or lesson as its object."""
    if item.kind == VIEW_KIND:
        return SavedView.from_payload(item.payload, item.id)
    if item.kind == LESSON_KIND:
        return Lesson.from_payload(item.payload, item.id)
    raise ViewFormatError("kind", f"{item.kind!r} is neither a view nor a lesson")


def check_payload(kind: str, payload: dict) -> None:
    """Raise ViewFormatError (a ValueError) if `payload` is not a sound view or lesson."""
    if kind == VIEW_KIND:
        SavedView.from_payload(payload, "check")
    elif kind == LESSON_KIND:
        Lesson.from_payload(payload, "check")
    else:
        raise ViewFormatError("kind", f"{kind!r} is neither a view nor a lesson")


def _with_conflict(payload: dict[str, Any], conflict_of: str) -> dict[str, Any]:
    if conflict_of:
        payload["conflict_of"] = conflict_of
    return payload


# --- checking --------------------------------------------------------------------------------


def check_state(data: Any, path: str = "state.") -> dict[str, Any]:
    """A normalised copy of a state dict, or ViewFormatError. Missing parts take defaults, so a
    view saved before a field existed still opens."""
    if not isinstance(data, dict):
        raise ViewFormatError(path.rstrip("."), "should be an object")
    filters = _get(data, "filters", dict, path, {})
    fpath = f"{path}filters."
    decades = _get(filters, "decades", list, fpath, [])
    if any(not isinstance(d, int) or isinstance(d, bool) for d in decades):
        raise ViewFormatError(f"{fpath}decades", "should be a list of whole numbers")
    checked: dict[str, Any] = {
        "filters": {
            "text": _text(filters, "text", fpath, 500),
            "kinds": sorted(_ids(filters, "kinds", fpath)),
            "actors": sorted(_ids(filters, "actors", fpath)),
            "decades": sorted(decades),
            "date_from": _year(filters, "date_from", fpath),
            "date_to": _year(filters, "date_to", fpath),
        },
        "selection": None,
        "chart_series": list(_ids(data, "chart_series", path)),
        "compare_episodes": list(_ids(data, "compare_episodes", path)),
        "time_range": None,
    }
    selection = _get(data, "selection", dict, path, None)
    if selection is not None:
        kind = _text(selection, "kind", f"{path}selection.", 40, required=True)
        if kind not in SELECTION_KINDS:
            raise ViewFormatError(
                f"{path}selection.kind", f"{kind!r} is not one of {', '.join(SELECTION_KINDS)}"
            )
        checked["selection"] = {
            "kind": kind,
            "id": _text(selection, "id", f"{path}selection.", 200, required=True),
        }
    time_range = _get(data, "time_range", list, path, None)
    if time_range is not None:
        if len(time_range) != 2 or not all(_is_year(v) for v in time_range):
            raise ViewFormatError(f"{path}time_range", "should be two years, like [1985, 1995]")
        checked["time_range"] = [float(min(time_range)), float(max(time_range))]
    return checked


def _check_top(payload: Any) -> dict[str, Any]:
    if not isinstance(payload, dict):
        raise ViewFormatError("", "should be a JSON object")
    version = payload.get("format_version", FORMAT_VERSION)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ViewFormatError("format_version", "should be a whole number from 1")
    if version > FORMAT_VERSION:
        raise ViewFormatError(
            "format_version",
            f"is {version}; this version of the app reads "
            f"{FORMAT_VERSION} (update the app to open it)",
        )
    return payload


_NAMES = {str: "text", list: "a list", dict: "an object", int: "a whole number"}


def _get(obj: dict, key: str, kind: type, path: str, default: Any, required: bool = False) -> Any:
    if key not in obj or obj[key] is None:
        if required:
            raise ViewFormatError(f"{path}{key}", "is missing")
        return default
    value = obj[key]
    if not isinstance(value, kind):
        raise ViewFormatError(f"{path}{key}", f"should be {_NAMES.get(kind, kind.__name__)}")
    return value


def _text(obj: dict, key: str, path: str, limit: int, required: bool = False) -> str:
    value = _get(obj, key, str, path, "", required)
    if required and not value.strip():
        raise ViewFormatError(f"{path}{key}", "is empty")
    if len(value) > limit:
        raise ViewFormatError(f"{path}{key}", f"is longer than {limit} characters")
    return value


# Ids a view may list in one place: far more than the store holds of any kind, far fewer than
# would overflow SQLite's expression tree when they become a filter.
MAX_IDS = 500


def _ids(obj: dict, key: str, path: str) -> tuple[str, ...]:
    values = _get(obj, key, list, path, [])
    if any(not isinstance(v, str) or not v or len(v) > 200 for v in values):
        raise ViewFormatError(f"{path}{key}", "should be a list of non-empty text")
    if len(values) > MAX_IDS:
        raise ViewFormatError(f"{path}{key}", f"lists more than {MAX_IDS} entries")
    return tuple(dict.fromkeys(values))


def _is_year(value: Any) -> bool:
    return (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and math.isfinite(value)
        and -10000 < value < 10000
    )


def _year(obj: dict, key: str, path: str) -> float | None:
    value = obj.get(key)
    if value is None:
        return None
    if not _is_year(value):
        raise ViewFormatError(f"{path}{key}", "should be a year, like 1990.0")
    return float(value)


def _pane_ids(panes: dict, key: str) -> tuple[str, ...]:
    value = panes.get(key)
    value = [] if value is None else value
    problem = view_options.pane_problem(value)
    if problem:
        raise ViewFormatError(f"panes.{key}", problem)
    return tuple(dict.fromkeys(value))


def _options(options: dict) -> dict[str, dict[str, Any]]:
    place, problem = view_options.option_problems(options)
    if problem:
        raise ViewFormatError(place, problem)
    return {pane: dict(values) for pane, values in options.items()}
