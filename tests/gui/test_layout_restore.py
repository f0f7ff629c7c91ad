"""A used profile's saved layout never starves a pane: a timeline/table split saved from an
older session (here one that leaves the timeline 68 px) is clamped, and the self-test measures
the reference layout whatever the profile holds."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QApplication

from explorer.ui import selftest
from tests.gui.layout_walk import settle
from tests.gui.windows import make_window_fixture  # noqa: F401 - provides make_window

# What a session that ended on the Notes saved (found in a real profile): the split's sizes
# as they were while the timeline's page was hidden.
STARVING = {"workspace": "notes", "split": [68, 612], "hidden": [],
            "filters_open": {"explore": True, "chart": False, "compare": False, "notes": False}}  # fmt: skip
TIMELINE_MIN = selftest.MIN_PANE_SIZES["timeline"][1]


def _used_profile(make_window, store_path) -> None:
    """A profile with the starving layout saved, as a closed window leaves it."""
    window = make_window(store_path, deferred=True)
    window.close()  # saves its layout
    window.settings.set("window/workspaces", json.dumps(STARVING))
    window.settings.sync()


def test_a_restored_split_that_starves_the_timeline_is_clamped(qtbot, make_window, synthetic_path):
    _used_profile(make_window, synthetic_path)
    window = make_window(synthetic_path, deferred=True)
    assert window.workspaces.current() == "notes"  # the saved layout was restored
    window.show_workspace("explore")
    settle()
    qtbot.waitUntil(lambda: window.panes["timeline"].height() >= TIMELINE_MIN, timeout=3000)
    assert window.table.isVisible() and window.table.height() >= 220


def test_the_self_test_measures_the_reference_layout_whatever_the_profile_holds(
    qtbot, make_window, synthetic_path
):
    _used_profile(make_window, synthetic_path)
    window = make_window(synthetic_path, deferred=True)
    selftest.use_reference_window(window)
    qtbot.waitUntil(lambda: window.size() == selftest.REFERENCE_WINDOW, timeout=3000)
    report = selftest.Report()
    QApplication.processEvents()
    selftest.check_window(window, report)
    results = {name: (ok, detail) for ok, name, detail in report.lines}
    for pane in ("timeline", "table", "chart"):
        ok, detail = results[f"{pane} pane"]
        assert ok, f"{pane}: {detail}"


def test_a_fit_asked_for_behind_another_workspace_is_done_when_it_comes_forward(
    qtbot, make_window, synthetic_path
):
    window = make_window(synthetic_path, deferred=True, size=(1366, 768))
    window.show_workspace("notes")
    settle()
    window.workspaces.fit_timeline(window.panes["timeline"])
    window.show_workspace("explore")
    settle()
    split = window.workspaces.split.sizes()
    assert split[0] >= TIMELINE_MIN and split[1] >= 12 * 24, split
