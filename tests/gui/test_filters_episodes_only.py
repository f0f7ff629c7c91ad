"""The Filters pane with the table on another list, empty searches and typed date ranges."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt

from explorer.core.dates import format_range
from tests.gui.helpers import wait_for_query


def _hook(window) -> None:
    """The one line main_window._wire needs (see the round-3 report): the table announces its
    list, the Filters pane says which of its parts apply."""
    filters = window.panes["filters"]
    window.table.results_changed.connect(lambda _s, _t, view: filters.show_applies_to(view))


def test_facets_say_they_apply_to_episodes_only_on_other_tabs(qtbot, window):
    _hook(window)
    filters = window.panes["filters"]
    assert not filters.episodes_only.isVisible()
    assert filters.lists.isEnabled() and filters.date_range.isEnabled()
    for tab in (1, 2, 3):
        qtbot.mouseClick(
            window.table.tabs, Qt.MouseButton.LeftButton,
            pos=window.table.tabs.tabRect(tab).center(),
        )  # fmt: skip
        assert window.table.view_name == ("episodes", "series", "actors", "sources")[tab]
        assert filters.episodes_only.isVisible()
        assert "episodes only" in filters.episodes_only.text()
        assert not filters.kinds.isEnabled() and not filters.actors.isEnabled()
        assert not filters.date_range.typed.isEnabled()
    window.table.tabs.setCurrentIndex(0)
    assert not filters.episodes_only.isVisible()
    assert filters.kinds.isEnabled() and filters.date_range.typed.isEnabled()


def test_search_still_narrows_other_lists(qtbot, window, synthetic_path):
    import sqlite3

    _hook(window)
    window.table.tabs.setCurrentIndex(2)  # actors
    conn = sqlite3.connect(synthetic_path)
    total = conn.execute("SELECT COUNT(*) FROM actors").fetchone()[0]
    name = conn.execute("SELECT name FROM actors ORDER BY name LIMIT 1").fetchone()[0]
    qtbot.keyClicks(window.table.search, name.split()[0])
    wait_for_query(qtbot, window)
    assert 0 < len(window.table.model.ids) < total
    assert window.table.search.isEnabled()


def test_operators_alone_search_nothing_and_say_so(qtbot, window):
    filters = window.panes["filters"]
    everything = list(window.table.model.ids)
    for typed in ("AND", "NEAR(", "(((", '"', "*"):
        window.table.search.clear()
        with qtbot.waitSignal(window.table.search_notice, timeout=3000) as notice:
            qtbot.keyClicks(window.table.search, typed)
            wait_for_query(qtbot, window)
        assert window.table.model.ids == everything
        assert notice.args == [f"Nothing to search for in “{typed}”: type a word."]
        assert window.table.notice_text == notice.args[0]
        assert "searched for its words" not in window.notice.text()
        assert filters.summary.text() == "No filters"
        assert not filters.clear_button.isEnabled()


def test_a_real_fallback_still_explains_itself(qtbot, window):
    qtbot.keyClicks(window.table.search, '"hostage crisis')
    wait_for_query(qtbot, window)
    assert "searched for its words instead" in window.table.notice_text
    assert window.panes["filters"].summary.text() == "Active filters: 1"


def _type_range(qtbot, window, text: str) -> None:
    typed = window.panes["filters"].date_range.typed
    typed.setFocus()
    typed.selectAll()  # typing replaces it, as a user retyping a range does
    qtbot.keyClicks(typed, text)
    qtbot.keyClick(typed, Qt.Key.Key_Return)


def test_a_year_outside_the_store_changes_nothing(qtbot, window, synthetic_path):
    import sqlite3

    lo, hi = (
        sqlite3.connect(synthetic_path)
        .execute("SELECT MIN(start_lo), MAX(end_hi) FROM episodes")
        .fetchone()
    )
    date_range = window.panes["filters"].date_range
    _type_range(qtbot, window, "1997")
    before = window.session.state.filters
    for text in ("3000", "2101", f"{math.ceil(hi) + 5}-{math.ceil(hi) + 9}", "1700-1720"):
        _type_range(qtbot, window, text)
        assert window.session.state.filters == before, text
        assert date_range.message.isVisible()
        assert text in date_range.message.text()
        assert format_range(lo, hi) in date_range.message.text()
        assert (date_range.first.year(), date_range.last.year()) == (1997, 1997)


def test_a_reversed_range_is_read_in_order_with_a_note(qtbot, window):
    date_range = window.panes["filters"].date_range
    _type_range(qtbot, window, "1998-1985")
    filters = window.session.state.filters
    assert (filters.date_from, filters.date_to) == (1985.0, 1999.0)
    assert date_range.message.isVisible()
    assert "1985–1998" in date_range.message.text()
    assert not date_range.typed.property("invalid")
    assert (date_range.first.year(), date_range.last.year()) == (1985, 1998)
