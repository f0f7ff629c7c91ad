"""The self-test measures each pane as the user sees it (brought forward) against one table."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from explorer.ui import selftest


def run_checks(window):
    report = selftest.Report()
    QApplication.processEvents()
    selftest.check_window(window, report)
    return {name: (ok, detail) for ok, name, detail in report.lines}


def test_every_pane_is_big_enough_at_the_reference_window(qtbot, make_window, synthetic_path):
    window = make_window(synthetic_path, deferred=True)
    selftest.use_reference_window(window)
    qtbot.waitUntil(lambda: window.size() == selftest.REFERENCE_WINDOW, timeout=3000)
    results = run_checks(window)
    for pane_id, (width, height) in selftest.MIN_PANE_SIZES.items():
        ok, detail = results[f"{pane_id} pane"]
        assert ok, f"{pane_id}: {detail}"
        assert f"(needs at least {width}×{height})" in detail
        shown = window.panes[pane_id].size()
        assert shown.width() >= width and shown.height() >= height


def test_a_pane_too_small_to_use_fails_even_though_it_draws(qtbot, make_window, synthetic_path):
    window = make_window(synthetic_path, deferred=True)
    selftest.use_reference_window(window)
    # The chart squeezed to about what the self-test once passed ("renders 86×119"): it
    # draws, but in too little room to read.
    window.panes["chart"].setMaximumSize(120, 140)
    window.show_pane("chart")
    qtbot.waitUntil(lambda: window.panes["chart"].width() <= 120, timeout=3000)
    results = run_checks(window)
    ok, detail = results["chart pane"]
    width, height = selftest.MIN_PANE_SIZES["chart"]
    assert not ok and f"needs at least {width}×{height}" in detail and "shown at" in detail
    assert results["table pane"][0]


def test_the_chart_is_measured_brought_forward_not_hidden_behind_a_tab(qtbot, make_window,
                                                                       synthetic_path):  # fmt: skip
    window = make_window(synthetic_path, deferred=True)
    selftest.use_reference_window(window)
    window.show_workspace("notes")  # another workspace in front: the chart is hidden
    QApplication.processEvents()
    assert not window.panes["chart"].isVisible()
    selftest.bring_forward(window, "chart")
    assert window.panes["chart"].isVisible()
    assert selftest.big_enough("chart", window.panes["chart"])[0]


def test_a_window_with_workspaces_is_asked_to_show_the_pane(qtbot, make_window, synthetic_path):
    window = make_window(synthetic_path, deferred=True)
    asked = []
    window.show_pane = asked.append  # what a workspace window offers
    selftest.bring_forward(window, "notes")
    assert asked == ["notes"]


def test_thresholds_live_in_one_table_covering_every_pane(make_window, synthetic_path):
    window = make_window(synthetic_path, deferred=True)
    assert set(selftest.MIN_PANE_SIZES) == set(window.panes)
