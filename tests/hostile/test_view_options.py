"""Saved views' pane options checked by their real type and range at the import boundary.

Each field a pane reads has its own rule (core/view_options.py); a view that breaks one is
refused with the file, the place and the problem named, and nothing of the file is imported.
"""

from __future__ import annotations

import copy
import json

import pytest

from explorer.core.views import VIEW_KIND, SavedView, ViewFormatError, check_payload
from explorer.store.notes import NotesStore
from explorer.store.views_store import ViewsFileError, ViewsStore

GOOD_OPTIONS = {
    "chart": {"style": "bars", "log": False, "relative": True, "year": 1990, "episodes": True,
              "x_range": [1980.0, 2000.5]},
    "timeline": {"lanes": "partner", "hidden": ["JPN", "treaty"], "follow_filters": False},
    "table": {"view": "series", "sort": "title", "descending": True},
    "compare": {"window": [-5, 10], "series": ["s1", "s2"]},
}  # fmt: skip

# (where, value, the place the refusal names)
BAD = [
    (("options", "chart", "style"), "<b>pie</b>", "options.chart.style"),
    (("options", "chart", "log"), "yes", "options.chart.log"),
    (("options", "chart", "year"), 1e308, "options.chart.year"),
    (("options", "chart", "year"), 1990.5, "options.chart.year"),
    (("options", "chart", "x_range"), [float("inf"), 2000], "options.chart.x_range"),
    (("options", "chart", "x_range"), [2000, 1990], "options.chart.x_range"),
    (("options", "chart", "x_range"), [1990], "options.chart.x_range"),
    (("options", "chart", "x_range"), [-1e9, 1e9], "options.chart.x_range"),
    (("options", "chart", "x_range"), [True, 2000], "options.chart.x_range"),
    (("options", "timeline", "lanes"), "everything", "options.timeline.lanes"),
    (("options", "timeline", "hidden"), ["x"] * 501, "options.timeline.hidden"),
    (("options", "timeline", "hidden"), ["x" * 201], "options.timeline.hidden"),
    (("options", "timeline", "hidden"), [None], "options.timeline.hidden"),
    (("options", "timeline", "hidden"), "JPN", "options.timeline.hidden"),
    (("options", "timeline", "follow_filters"), 1, "options.timeline.follow_filters"),
    (("options", "table", "view"), "notes", "options.table.view"),
    (("options", "table", "sort"), "x" * 41, "options.table.sort"),
    (("options", "table", "descending"), None, "options.table.descending"),
    (("options", "compare", "window"), [-500, 10], "options.compare.window"),
    (("options", "compare", "window"), [5, 10], "options.compare.window"),
    (("options", "compare", "window"), [-5.5, 10], "options.compare.window"),
    (("options", "compare", "window"), {"lo": -5}, "options.compare.window"),
    (("options", "compare", "series"), [12], "options.compare.series"),
    (("options", "compare", "series"), ["s"] * 501, "options.compare.series"),
    (("options", "<img src=x>"), {}, "options.<img src=x>"),
    (("options", "chart"), [], "options.chart"),
    (("options", "chart", "future"), {"nested": 1}, "options.chart.future"),
    (("options", "chart", "future"), float("nan"), "options.chart.future"),
    (("panes", "shown"), ["table", "spreadsheet"], "panes.shown"),
    (("panes", "shown"), "table", "panes.shown"),
    (("panes", "raised"), [["chart"]], "panes.raised"),
    (("panes", "shown"), ["chart"] * 15, "panes.shown"),
    (("panes", "shown"), "", "panes.shown"),
    (("panes", "raised"), 0, "panes.raised"),
]


def _view_payload() -> dict:
    view = SavedView("A view", "caption", panes=("table", "chart"), raised=("chart",),
                     options=copy.deepcopy(GOOD_OPTIONS))  # fmt: skip
    return view.to_payload()


def _set(payload: dict, where: tuple, value) -> dict:
    payload = copy.deepcopy(payload)
    target = payload
    for key in where[:-1]:
        target = target.setdefault(key, {})
    target[where[-1]] = value
    return payload


def test_the_apps_own_options_pass():
    payload = _view_payload()
    check_payload(VIEW_KIND, payload)
    view = SavedView.from_payload(json.loads(json.dumps(payload)), "x")
    assert view.options == GOOD_OPTIONS
    # An option a later version may add is kept to the generic rule, not refused.
    check_payload(VIEW_KIND, _set(payload, ("options", "chart", "grid"), True))


@pytest.mark.parametrize(("where", "value", "place"), BAD, ids=[b[2] for b in BAD])
def test_each_bad_option_is_refused_naming_its_place(where, value, place):
    with pytest.raises(ViewFormatError) as caught:
        check_payload(VIEW_KIND, _set(_view_payload(), where, value))
    assert caught.value.field == place
    assert caught.value.message  # says what is wrong, not only where


def test_a_views_file_with_a_bad_option_is_refused_whole(tmp_path):
    source = ViewsStore(NotesStore.open(tmp_path / "source.db"))
    ids = [source.save(VIEW_KIND, f"View {n}", _view_payload()).id for n in range(2)]
    document = json.loads(source.export_document(ids))
    document["items"][1]["payload"]["options"]["chart"]["x_range"] = [1990, 1e300]
    source.notes.close()
    notes = NotesStore.open(tmp_path / "notes.db")
    store = ViewsStore(notes)
    with pytest.raises(ViewsFileError) as caught:
        store.import_document(json.dumps(document), check_payload)
    words = str(caught.value)
    assert "options.chart.x_range" in words and "items[1]" in words, words
    assert store.items(VIEW_KIND) == []  # nothing of the file was imported
    notes.close()
