"""The default dock layout gives every pane room at the two screen sizes that matter: the chart
beside the timeline on a 1920×1080 screen (the teacher sees timeline, table, details and chart
at once), and on 1366×768 every pane showing or one tab-click away, the timeline kept tall."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from explorer.ui.chart.figure import MIN_PLOT_HEIGHT
from explorer.ui.docks import DOCKS


def _settle(window) -> None:
    for _ in range(4):
        QApplication.processEvents()
    chart = window.panes["chart"]
    if chart.figure.plots:
        chart.figure.viewport().repaint()
        QApplication.processEvents()


def _showing(window, dock) -> bool:
    """On screen in the window, not a tab hidden behind another."""
    return (
        dock.isVisible()
        and not dock.isFloating()
        and window.rect().contains(dock.geometry())
        and dock.width() > 100
        and dock.height() > 100
    )


def _plot_rect(window):
    plots = window.panes["chart"].figure.plots
    assert plots, "the chart draws its default series"
    return plots[0].getViewBox().sceneBoundingRect()


def test_full_hd_gives_the_chart_a_real_plot_beside_the_timeline(make_window, store_path):
    window = make_window(store_path, deferred=True, size=(1920, 1080))
    _settle(window)
    plot = _plot_rect(window)
    assert plot.height() >= 250 and plot.width() >= 500, plot
    # The teacher's four panes at once.
    for pane in ("timeline", "table", "detail", "chart"):
        widget = window.table if pane == "table" else window.docks[pane]
        if pane == "table":
            assert widget.isVisible() and widget.width() > 400 and widget.height() > 250
        else:
            assert _showing(window, widget), pane
    timeline, chart = window.docks["timeline"], window.docks["chart"]
    assert timeline.geometry().top() == chart.geometry().top()  # side by side across the top
    assert timeline.width() > chart.width() >= 700
    assert timeline.height() >= 400
    # Details, compare and notes share the right column as tabs.
    tabs = set(window.tabifiedDockWidgets(window.docks["detail"]))
    assert {window.docks["compare"], window.docks["notes"]} <= tabs


def test_laptop_screen_has_every_pane_a_click_away_and_a_tall_timeline(
    make_window, store_path, qtbot
):
    window = make_window(store_path, deferred=True, size=(1366, 768))
    _settle(window)
    docks = window.docks
    assert _showing(window, docks["timeline"]) and docks["timeline"].height() >= 280
    showing = [spec.id for spec in DOCKS if _showing(window, docks[spec.id])]
    for spec in DOCKS:
        dock = docks[spec.id]
        beside = {d for shown in showing for d in window.tabifiedDockWidgets(docks[shown])}
        assert spec.id in showing or dock in beside, f"{spec.id} is neither shown nor a tab"
    # The chart, one tab-click away, then has a readable plot.
    docks["chart"].raise_()
    _settle(window)
    assert _showing(window, docks["chart"])
    plot = _plot_rect(window)
    assert plot.width() >= 280 and plot.height() >= MIN_PLOT_HEIGHT, plot
    assert docks["timeline"].height() >= 280


def test_reset_layout_follows_the_window_size(make_window, store_path):
    window = make_window(store_path, deferred=True, size=(1366, 768))
    _settle(window)
    assert window.docks["chart"] in window.tabifiedDockWidgets(window.docks["detail"])
    window.resize(1920, 1080)
    _settle(window)
    window.actions["view.reset_layout"].trigger()
    _settle(window)
    assert window.docks["chart"] not in window.tabifiedDockWidgets(window.docks["detail"])
    assert _plot_rect(window).height() >= 250
