"""Actions bring their pane forward, chart names say whose series they are, and the small
things of issue 11: scroll to the first row, Active during moves the timeline, the Lanes menu
stays open, the lane counts are explained, the hover readout never moves the plot."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from tests.conftest import STORE_PATH
from tests.gui.windows import make_window_fixture  # noqa: F401 - provides make_window


def test_selecting_with_the_inspector_closed_says_where_the_details_are(make_window, qtbot):
    window = make_window(STORE_PATH, deferred=True)
    window.show_workspace("chart")
    window.docks["detail"].hide()
    episode = window.session.store.execute("SELECT id FROM episodes LIMIT 1").fetchone()[0]
    window.session.state.select("episode", episode, origin="chart")
    message = window.statusBar().currentMessage()
    assert "Details" in message and "Ctrl+3" in message


def test_series_names_say_whose_to_whom_and_which_table(store):
    from explorer.store.series_data import list_series
    from explorer.ui.chart.picker import legend_name

    aid = [s for s in list_series(store, "") if s.reporter == "JPN" and s.partner == "PER"
           and s.category and s.category.lower().startswith("grant aid")]  # fmt: skip
    assert len(aid) >= 2, "the store has several Japanese grant-aid series to Peru"
    names = [legend_name(s) for s in aid]
    assert len(set(names)) == len(names), names  # none reads like another
    for info, name in zip(aid, names, strict=True):
        assert "Japan" in name and "Peru" in name  # whose, to whom
        assert info.table_ref in name and info.source_title in name  # which table


def test_the_readout_never_resizes_the_plot(make_window, qtbot):
    window = make_window(STORE_PATH, deferred=True)
    window.show_workspace("chart")
    chart = window.panes["chart"]
    qtbot.waitUntil(lambda: bool(chart.figure.plots), timeout=5000)
    QApplication.processEvents()
    before = chart.plots_area.height()
    chart.readout.setText(" ".join(["A long readout of a value and its source."] * 12))
    QApplication.processEvents()
    assert chart.plots_area.height() == before
    assert chart.readout.toolTip().startswith("A long readout")  # whole on hover


def test_a_sort_or_a_filter_shows_the_first_rows(make_window, qtbot):
    window = make_window(STORE_PATH, size=(1366, 768))
    view = window.table.table
    view.scrollToBottom()
    QApplication.processEvents()
    assert view.verticalScrollBar().value() > 0
    window.session.state.update_filters(kinds=frozenset({"trade"}))
    QApplication.processEvents()
    assert view.verticalScrollBar().value() == 0
    view.scrollToBottom()
    view.horizontalHeader().sectionClicked.emit(2)  # sort by another column
    view.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    QApplication.processEvents()
    assert view.verticalScrollBar().value() == 0


def test_active_during_moves_the_timeline_to_the_years_typed(make_window, qtbot):
    window = make_window(STORE_PATH, deferred=True)
    timeline = window.panes["timeline"]
    assert timeline.follows_filters
    window.session.state.update_filters(date_from=1985.0, date_to=1990.0)
    qtbot.wait(50)
    lo, hi = timeline.plot.x_range()
    assert 1983 <= lo <= 1985 and 1990 <= hi <= 1992, (lo, hi)


def test_the_lanes_menu_stays_open_while_lanes_are_toggled(make_window, qtbot):
    window = make_window(STORE_PATH, deferred=True)
    toolbar = window.panes["timeline"].toolbar
    menu = toolbar.lanes_menu
    menu.popup(toolbar.lanes_button.mapToGlobal(QPoint(0, toolbar.lanes_button.height())))
    qtbot.waitExposed(menu)
    first = next(a for a in menu.actions() if a.isCheckable())
    text, was, where = first.text(), first.isChecked(), menu.actionGeometry(first).center()
    qtbot.mouseMove(menu, where)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=where)
    again = next(a for a in menu.actions() if a.text() == text)  # the menu is rebuilt
    assert again.isChecked() != was and menu.isVisible()
    menu.close()


def test_the_number_beside_each_lane_is_explained(make_window, qtbot):
    window = make_window(STORE_PATH, deferred=True)
    axis = window.panes["timeline"].plot.lane_axis
    qtbot.waitUntil(lambda: bool(axis.lanes), timeout=5000)
    assert "counts its episodes" in axis.toolTip()
    assert all(title in axis.toolTip() for _k, title, _t, _h, _c in axis.lanes)


def test_new_note_from_another_workspace_shows_the_notes_first(make_window, qtbot):
    window = make_window(STORE_PATH, deferred=True)
    qtbot.waitUntil(lambda: window.session.notes is not None, timeout=5000)
    window.show_workspace("chart")
    episode = window.session.store.execute("SELECT id FROM episodes LIMIT 1").fetchone()[0]
    window.session.state.select("episode", episode, origin="test")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.actions["edit.new_note"].trigger()
    pane = window.panes["notes"]
    assert window.workspaces.current() == "notes" and pane.editor.body.isVisible()
    assert QApplication.focusWidget() is pane.editor.body


def test_chart_series_and_comparison_are_remembered_across_restarts(make_window, qtbot):
    first = make_window(STORE_PATH, deferred=True)
    conn = first.session.store
    series = [r[0] for r in conn.execute("SELECT id FROM series ORDER BY id DESC LIMIT 2")]
    episodes = [r[0] for r in conn.execute("SELECT id FROM episodes ORDER BY id LIMIT 2")]
    first.session.state.set_chart_series(series)
    first.session.state.set_compare_episodes(episodes)
    first.panes["compare"].apply_comparison(series=series[:1], window=(-3, 4))
    first.close()
    second = make_window(STORE_PATH, deferred=True)
    state = second.session.state
    assert list(state.chart_series) == series and list(state.compare_episodes) == episodes
    comparison = second.panes["compare"].comparison_state()
    assert comparison["series"] == series[:1] and comparison["window"] == [-3, 4]


def test_open_store_starts_in_the_documents_not_inside_the_app(make_window, qtbot):
    from explorer import paths

    bundled = paths.bundled_store_path()  # inside site-packages when installed, not editable
    window = make_window(bundled)
    start = window.store_start_folder()
    assert "site-packages" not in str(start) and start != bundled.parent
    assert start.is_dir()


def test_the_timeline_shows_when_it_has_the_keyboard(make_window, qtbot):
    from explorer.ui import theme

    app = QApplication.instance()
    theme.apply(app, "light")  # the style sheet draws the focus frame
    try:
        window = make_window(STORE_PATH, deferred=True)
        plot = window.panes["timeline"].plot
        window.activateWindow()
        window.table.table.setFocus()
        qtbot.wait(20)
        edge = plot.mapTo(window, QPoint(plot.width() // 2, 0))
        unfocused = window.grab().toImage().pixelColor(edge).name()
        window.focus_pane("timeline")
        qtbot.waitUntil(plot.hasFocus, timeout=2000)
        qtbot.wait(20)
        focused = window.grab().toImage().pixelColor(edge).name()
        assert focused == theme.LIGHT.accent and unfocused != focused
    finally:
        app.setStyleSheet("")  # as the other tests expect the application


def test_reset_layout_puts_the_sidebar_and_inspector_back(make_window, qtbot):
    window = make_window(STORE_PATH, deferred=True)
    window.docks["filters"].toggleViewAction().trigger()
    window.docks["detail"].hide()
    window.actions["view.reset_layout"].trigger()
    assert window.docks["filters"].isVisible() and window.docks["detail"].isVisible()
    window.show_workspace("chart")
    assert not window.docks["filters"].isVisible()  # closed over the chart, as it starts
