"""A large store's Date column is fitted to a sample of its rows read by the query worker.

Read on the UI thread, the 250 sampled rows spread over a million episodes took ~25 ms from
memory and 200-230 ms from a cold page cache: the window froze at a user's first search."""

from __future__ import annotations

import threading

import pytest

from explorer.build.synthetic import make_store
from explorer.store import episode_query
from explorer.ui.table import date_width
from explorer.ui.table.pane import LARGE_DATE_SAMPLE
from tests.gui.windows import make_window_fixture  # noqa: F401 - provides make_window

EPISODES = 24_000  # above the size from which the episodes are queried off the UI thread


@pytest.fixture(scope="module")
def large_store(tmp_path_factory):
    return make_store(tmp_path_factory.mktemp("dates") / "large.db", EPISODES)


def test_the_date_column_is_fitted_to_rows_the_worker_read(
    qtbot, make_window, large_store, monkeypatch
):
    read_on: list[tuple[str, int]] = []
    rows_at = episode_query.rows_at

    def recorded(conn, index, positions):
        read_on.append((threading.current_thread().name, len(positions)))
        return rows_at(conn, index, positions)

    monkeypatch.setattr("explorer.ui.worker.rows_at", recorded)
    fetched_here: list[int] = []
    texts = date_width.date_texts
    monkeypatch.setattr(date_width, "date_texts", lambda *a: fetched_here.append(1) or texts(*a))

    window = make_window(large_store)
    table, queries = window.table, window.table.queries
    assert queries.is_async
    qtbot.waitUntil(lambda: table._date_content > 0, timeout=30_000)

    samples = [(thread, n) for thread, n in read_on if n == LARGE_DATE_SAMPLE]
    assert samples and all(thread == "latest-query" for thread, _ in samples)
    assert not fetched_here  # the UI thread read no sample of its own
    assert queries.sample_rows == 0  # asked once per store, and answered

    # The column shows the widest sampled date whole: the same rows read again here.
    result = queries.result
    step = max(1, len(result.order) // LARGE_DATE_SAMPLE)
    rows = rows_at(window.session.store, queries.index, result.order[::step][:LARGE_DATE_SAMPLE])
    metrics = table.table.fontMetrics()
    widest = max(metrics.horizontalAdvance(table.model.display(row, "date")) for row in rows)
    column = date_width.date_column(table.model)
    assert table.table.columnWidth(column) >= min(widest, date_width.MAX_WIDTH)
    assert table._date_content >= widest

    # Another search reads no second sample.
    before = len(samples)
    window.session.state.update_filters(text="japan")
    qtbot.waitUntil(lambda: not queries.pending, timeout=30_000)
    qtbot.wait(100)
    assert len([n for _, n in read_on if n == LARGE_DATE_SAMPLE]) == before
