"""The chart pane in a narrow or short dock: the series tree becomes a drawer, the toolbar folds
into a "⋯" popup instead of scrolling sideways, stacked plots keep a readable height (the plots
scroll instead), their axis titles never run into each other, and the hover card stays in view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QScrollArea

from explorer.ui.chart import ChartPane
from explorer.ui.chart.figure import MIN_PLOT_HEIGHT
from explorer.ui.chart.pane import NARROW_WIDTH

SECOND_UNIT = "sy2013-t1-nikkei"  # a series in another unit than the default aid series


def _pane(qtbot, session, width, height, in_dock_scroll=True):
    pane = ChartPane(session)
    # In the window the pane sits in a scroll area inside its dock (see ui/docks.py).
    holder = QScrollArea()
    holder.setWidgetResizable(True)
    holder.setWidget(pane)
    qtbot.addWidget(holder)
    holder.resize(width, height)
    holder.show()
    qtbot.waitExposed(holder)
    _settle(pane)
    return pane, holder


def _settle(pane) -> None:
    for _ in range(3):
        QApplication.processEvents()
    pane.figure.viewport().repaint()
    QApplication.processEvents()


def test_a_wide_pane_shows_the_tree_and_the_whole_toolbar(qtbot, demo_session):
    pane, _holder = _pane(qtbot, demo_session, 1100, 480)
    assert pane.picker.isVisible() and pane.picker.width() >= 200
    assert not pane.toolbar.series_button.isVisible()
    assert not pane.toolbar.compact and pane.toolbar.log_box.isVisible()


def test_a_narrow_pane_folds_the_series_tree_into_a_drawer(qtbot, demo_session):
    pane, holder = _pane(qtbot, demo_session, 480, 420)
    assert pane.width() < NARROW_WIDTH
    assert not pane.picker.isVisible()
    assert pane.figure.width() >= pane.width() * 0.75  # the plot has the width
    button = pane.toolbar.series_button
    assert button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    _settle(pane)
    assert pane.picker.isVisible() and pane.picker.width() >= 200
    assert pane.picker.search.hasFocus() or pane.picker.search.isVisible()
    qtbot.keyClicks(pane.picker.search, "nikkei")
    _settle(pane)
    leaf = next(item for item in pane.picker._leaves())
    leaf.setCheckState(Qt.CheckState.Checked)
    assert any("nikkei" in sid for sid in demo_session.state.chart_series)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    _settle(pane)
    assert not pane.picker.isVisible()
    assert holder.horizontalScrollBar().maximum() == 0


def test_a_narrow_toolbar_folds_into_a_menu_instead_of_overflowing(qtbot, demo_session):
    pane, holder = _pane(qtbot, demo_session, 440, 420)
    toolbar = pane.toolbar
    assert toolbar.compact and toolbar.more_button.isVisible()
    assert holder.horizontalScrollBar().maximum() == 0  # no sideways scrolling
    for widget in (toolbar.series_button, toolbar.style_box, toolbar.export_button):
        rect = widget.geometry()
        assert widget.isVisible() and rect.left() >= 0 and rect.right() <= toolbar.width()
    assert not toolbar.log_box.isVisible()
    qtbot.mouseClick(toolbar.more_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(toolbar.popup.isVisible)
    assert toolbar.log_box.isVisible() and toolbar.fit_button.isVisible()
    toolbar.log_box.click()  # the folded controls still work
    _settle(pane)
    assert toolbar.log and pane.figure.log
    toolbar.popup.hide()
    holder.resize(1100, 420)
    _settle(pane)
    assert not toolbar.compact and toolbar.log_box.isVisible() and toolbar.log_box.isChecked()


def test_two_units_in_a_short_pane_keep_readable_plots_that_scroll(qtbot, demo_session):
    state = demo_session.state
    pane, _holder = _pane(qtbot, demo_session, 520, 330)
    state.set_chart_series((*state.chart_series, SECOND_UNIT), origin="test")
    _settle(pane)
    assert len(pane.figure.plots) == 2
    for plot in pane.figure.plots:
        assert plot.getViewBox().sceneBoundingRect().height() >= MIN_PLOT_HEIGHT
    assert pane.plots_area.verticalScrollBar().maximum() > 0
    first, second = (p.getAxis("left").label.sceneBoundingRect() for p in pane.figure.plots)
    # The axis titles are drawn rotated: their scene rectangles are what the reader sees.
    assert not first.intersects(second)
    for plot in pane.figure.plots:
        title = plot.getAxis("left").label.sceneBoundingRect()
        box = plot.getViewBox().sceneBoundingRect()
        assert title.height() <= box.height() + 8


def test_the_hover_card_stays_inside_the_visible_plots(qtbot, demo_session):
    state = demo_session.state
    pane, _holder = _pane(qtbot, demo_session, 520, 330)
    state.set_chart_series((*state.chart_series, SECOND_UNIT), origin="test")
    _settle(pane)
    pane.plots_area.verticalScrollBar().setValue(0)  # the top plot in view, the lower one not
    _settle(pane)
    visible = pane.visible_plot_rect()
    assert visible.height() < pane.figure.height()
    corner = QPoint(visible.right() - 5, visible.bottom() - 5)
    pane._show_card("<b>A long title of an episode</b><br>1990–1995<br><i>Click</i>", corner)
    card = pane.figure.hover_card.geometry()
    assert visible.contains(card), (visible, card)


@pytest.mark.parametrize("width", [380, 640])
def test_narrow_pane_asks_for_no_more_width_than_it_has(qtbot, demo_session, width):
    pane, holder = _pane(qtbot, demo_session, width, 420)
    assert pane.minimumSizeHint().width() <= width
    assert holder.horizontalScrollBar().maximum() == 0
