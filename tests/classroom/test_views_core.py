"""Saved views and lessons as data: round trips, defaults and clear errors (no Qt)."""

from __future__ import annotations

import json

import pytest

from explorer.core.state import AppState
from explorer.core.views import (
    Lesson,
    SavedView,
    ViewFormatError,
    apply_state,
    check_payload,
    state_to_dict,
)


def busy_state() -> AppState:
    state = AppState()
    state.update_filters(text="hostage crisis", kinds=frozenset({"security", "diplomatic"}),
                         actors=frozenset({"JPN"}), decades=frozenset({1990}),
                         date_from=1996.0, date_to=1998.0)  # fmt: skip
    state.select("episode", "ep-42")
    state.set_chart_series(["s1", "s2"])
    state.set_compare_episodes(["a", "b", "c"])
    state.set_time_range(1995.5, 1997.25)
    return state


def test_state_round_trips_through_json():
    original = busy_state()
    data = json.loads(json.dumps(state_to_dict(original)))
    restored = AppState()
    heard = []
    restored.filters_changed.connect(lambda *a: heard.append("filters"))
    restored.selection_changed.connect(lambda *a: heard.append("selection"))
    apply_state(restored, data)
    assert restored.filters == original.filters
    assert restored.selection == original.selection
    assert restored.chart_series == original.chart_series
    assert restored.compare_episodes == original.compare_episodes
    assert restored.time_range == original.time_range
    assert heard[-1] == "selection"  # the selection comes after the filters it belongs to


def test_applying_an_empty_view_clears_what_was_there():
    state = busy_state()
    apply_state(state, state_to_dict(AppState()))
    assert state.filters.is_empty() and state.selection is None
    assert state.chart_series == () and state.compare_episodes == ()


def test_view_payload_round_trip_keeps_everything():
    view = SavedView(
        "Hostage crisis",
        "127 days in Lima",
        state_to_dict(busy_state()),
        ("timeline", "detail"),
        ("detail",),
        {"chart": {"log": True}},
        "2026.1",
    )
    again = SavedView.from_payload(json.loads(json.dumps(view.to_payload())), view.id)
    assert again == view


def test_lesson_payload_round_trip_and_order():
    lesson = Lesson("Peru and Japan", ("v3", "v1", "v2"), "for 4th year")
    again = Lesson.from_payload(json.loads(json.dumps(lesson.to_payload())), lesson.id)
    assert again == lesson and again.view_ids == ("v3", "v1", "v2")


def test_missing_optional_parts_take_defaults():
    view = SavedView.from_payload({"title": "Old view", "state": {}}, "x")
    assert view.caption == "" and view.panes == () and view.state["filters"]["text"] == ""
    assert view.state["time_range"] is None


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"state": {}}, "title"),
        ({"title": " ", "state": {}}, "title"),
        ({"title": "t"}, "state"),
        (
            {"title": "t", "state": {"selection": {"kind": "planet", "id": "x"}}},
            "state.selection.kind",
        ),
        ({"title": "t", "state": {"time_range": [1990]}}, "state.time_range"),
        ({"title": "t", "state": {"filters": {"decades": ["1990s"]}}}, "state.filters.decades"),
        ({"title": "t", "state": {"filters": {"date_from": "1990"}}}, "state.filters.date_from"),
        ({"title": "t", "state": {}, "format_version": 99}, "format_version"),
        ({"title": "t", "state": {}, "options": {"chart": 3}}, "options.chart"),
    ],
)
def test_bad_payloads_name_the_field(payload, field):
    with pytest.raises(ViewFormatError) as raised:
        check_payload("view", payload)
    assert raised.value.field == field


def test_lesson_with_bad_view_list_is_refused():
    with pytest.raises(ViewFormatError) as raised:
        check_payload("lesson", {"title": "L", "views": ["a", 3]})
    assert raised.value.field == "views"
