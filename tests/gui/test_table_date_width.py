"""The Date column fits its texts in the interface language (Spanish dates are longer), while
a narrow table keeps room for the titles."""

from __future__ import annotations

import pytest

from explorer.ui import i18n
from explorer.ui.table.date_width import DEFAULT_WIDTH, MAX_WIDTH, date_column, date_texts


@pytest.fixture
def spanish(qapp):
    assert i18n.install(qapp, "es") == "es"
    yield
    i18n.install(qapp, "en")


def _widest(table_pane) -> int:
    metrics = table_pane.table.fontMetrics()
    return max(metrics.horizontalAdvance(t) for t in date_texts(table_pane.model))


def _shown_whole(table_pane, rows: int = 60) -> list[str]:
    """The Date texts of the first rows that would be elided at the column's width."""
    column, model = date_column(table_pane.model), table_pane.model
    width = table_pane.table.columnWidth(column)
    metrics = table_pane.table.fontMetrics()
    texts = [model.data(model.index(r, column)) for r in range(min(rows, model.rowCount()))]
    return [t for t in texts if metrics.horizontalAdvance(t) + 6 > width]


def test_spanish_dates_are_not_cut_off_on_a_wide_screen(spanish, make_window, store_path, store):
    window = make_window(store_path, size=(1920, 1080))
    pane = window.table
    assert (
        len(date_texts(pane.model)) == store.execute("SELECT COUNT(*) FROM episodes").fetchone()[0]
    )
    width = pane.table.columnWidth(date_column(pane.model))
    assert _widest(pane) < width <= MAX_WIDTH
    assert _shown_whole(pane) == []


def test_a_laptop_window_keeps_room_for_titles(spanish, make_window, store_path):
    window = make_window(store_path, size=(1366, 768))
    pane = window.table
    date = pane.table.columnWidth(date_column(pane.model))
    title = pane.table.columnWidth(2)
    assert date > DEFAULT_WIDTH  # wider than the old fixed width that cut "hacia 1996–h…"
    assert title >= 90, (date, title)
    # The approximate spans ("hacia 1987–hacia 1990") are the common long form: they fit.
    metrics = pane.table.fontMetrics()
    approximate = [t for t in date_texts(pane.model) if t.count("hacia") == 2]
    assert approximate and all(metrics.horizontalAdvance(t) < date for t in approximate)


def test_english_dates_take_only_the_room_they_need(make_window, synthetic_path):
    pane = make_window(synthetic_path).table
    width = pane.table.columnWidth(date_column(pane.model))
    assert _shown_whole(pane) == []
    assert width <= max(DEFAULT_WIDTH, _widest(pane) + 40)


def test_a_width_the_user_dragged_survives_a_window_resize(qtbot, make_window, synthetic_path):
    window = make_window(synthetic_path, size=(1366, 768))
    pane = window.table
    column = date_column(pane.model)
    pane.table.horizontalHeader().resizeSection(column, 190)
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: pane.table.viewport().width() > 900)
    assert pane.table.columnWidth(column) == 190
