"""What the user sees when the open store fails while browsed (ui/guarded.py), in-process.

The fuzz test (test_fuzz_browsing.py) counts outcomes over many hostile stores in a child
process; these tests look at one failure closely: the line on the pane, the pane emptied, the
other panes going on, and everything back once the store answers again."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt

from explorer.store import untrusted
from tests.store.synthetic import build_synthetic_store


def _line(pane):
    return getattr(pane, "_store_problem_line", None)


def test_a_search_the_store_cannot_answer_is_said_on_the_table(qtbot, make_window, tmp_path):
    window = make_window(build_synthetic_store(tmp_path / "store.db"), deferred=True)
    table = window.table
    assert table.model.rowCount() > 0
    conn = window.session.store
    conn.set_progress_handler(lambda: 1, 1)  # every query stops, as the work limit does
    table.search.setText("japan")
    table.search.apply()
    qtbot.wait(10)
    line = _line(table)
    assert line is not None and line.isVisible()
    assert line.textFormat() == Qt.TextFormat.PlainText
    assert "could not be read here" in line.text() and "keeps working" in line.text()
    assert "2 seconds" in line.text()  # the work limit named in words, not "interrupted"
    assert table.model.rowCount() == 0  # emptied, not half-updated
    assert line.geometry().bottom() <= table.height()  # over the pane's foot...
    assert line.geometry().top() > table.search.geometry().bottom()  # ...not over its search
    assert window.isVisible()
    # The store answers again: the next search shows rows, and the line goes.
    untrusted.guard(conn)
    table.search.setText("")
    table.search.apply()
    qtbot.wait(10)
    assert table.model.rowCount() > 0
    assert not line.isVisible()


def test_one_pane_failing_does_not_stop_the_others(qtbot, make_window, tmp_path, monkeypatch):
    window = make_window(build_synthetic_store(tmp_path / "store.db"), deferred=True)
    from explorer.ui.table import pane as table_pane

    def broken(*_args, **_kwargs):
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(table_pane, "search_episodes", broken)
    episode = window.session.store.execute("SELECT id FROM episodes LIMIT 1").fetchone()[0]
    window.session.state.update_filters(text="japan", origin="test")
    window.session.state.select("episode", episode, origin="test")
    qtbot.wait(10)
    assert "damaged" in _line(window.table).text()
    # The details and the timeline, connected after the table, still followed.
    assert window.detail.shown == ("episode", episode)
    timeline = window.panes["timeline"]
    assert timeline.model.columns.index_of(episode) is not None


def test_a_row_that_cannot_be_read_is_blank(qtbot, make_window, tmp_path):
    path = build_synthetic_store(tmp_path / "store.db")
    window = make_window(path, deferred=True)
    model = window.table.model
    rows = model.rowCount()
    model.set_ids(list(model.ids), lambda ids: {i: {"id": i, "start_edtf": None} for i in ids})
    index = model.index(0, 1)  # the Date column: needs start_edtf, has NULL
    assert model.data(index) is None  # blank, not an exception out of data()
    line = _line(window.table)
    assert line is not None and line.isVisible()
    assert model.rowCount() == rows  # the other rows are still listed


def test_a_guarded_slot_gets_only_the_arguments_it_takes(qtbot, make_window):
    """A Qt signal gives a slot as many arguments as it takes; the guard must too (the chart's
    series search, textChanged(str), goes to a slot that takes none)."""
    from explorer.paths import bundled_store_path
    from explorer.ui import guarded

    window = make_window(bundled_store_path(), deferred=True)
    before = guarded.tally["shown"]
    picker = window.panes["chart"].picker
    picker.search.setText("japan")
    qtbot.wait(5)
    assert guarded.tally["shown"] == before, list(guarded.shown)[-1:]
    assert picker.model.rowCount() > 0
