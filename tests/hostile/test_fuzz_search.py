"""Generated search strings (HTML, lone surrogates, NUL, RTL, 10,000 characters, FTS syntax)
through every search of the store layer, and through the real search box.

Before the search text was bounded, 103 of 10,000 such strings raised UnicodeEncodeError in the
series, sources and notes searches, and 9,000-character queries took 1.2-7.5 s."""

from __future__ import annotations

import random
import sys
import time

import pytest

from explorer.core.state import Filters
from explorer.store.bundled import open_store
from explorer.store.episodes import search_episodes
from explorer.store.facets import facet_counts
from explorer.store.notes import NotesStore
from explorer.store.search import search_terms
from explorer.store.series_data import list_series
from explorer.store.tables import listing_ids
from explorer.ui.markup import match_spans
from tests.hostile.figures import Tally
from tests.hostile.generate import search_string

SEED = 15
STRINGS = 5_000
BOX_STRINGS = 300
LIMIT_MS = 200.0


@pytest.fixture(scope="module")
def bundled():
    from explorer.paths import bundled_store_path

    conn = open_store(bundled_store_path())
    yield conn
    conn.close()


def test_generated_searches_through_the_store_layer(bundled, tmp_path):
    notes = NotesStore.open(tmp_path / "notes.db")
    for i in range(50):
        notes.add("episode", f"e{i}", f"<b>note {i}</b> japan", ("tag",), f"label {i}")
    summary = bundled.execute("SELECT summary FROM episodes LIMIT 1").fetchone()[0] * 4
    every = {
        "episodes": lambda s: search_episodes(bundled, Filters(text=s)),
        "actors": lambda s: listing_ids(bundled, "actors", s),
        "sources": lambda s: listing_ids(bundled, "sources", s),
        "notes": lambda s: notes.search(s),
        "highlight": lambda s: match_spans(summary, search_terms(s)),
    }
    # The slower searches take every tenth string (500 each), so the test stays within its time.
    some = {
        "facets": lambda s: facet_counts(bundled, Filters(text=s)),
        "series": lambda s: listing_ids(bundled, "series", s),
        "series list": lambda s: list_series(bundled, s),
    }
    rng = random.Random(SEED)
    tally = Tally("search strings, store layer")
    slowest = (0.0, "", "")
    for index in range(STRINGS):
        text = search_string(rng)
        calls = dict(every, **(some if index % 10 == 0 else {}))
        outcome = "clean"
        for name, call in calls.items():
            started = time.perf_counter()
            try:
                call(text)
            except Exception as error:  # noqa: BLE001 - counted and reported
                outcome = "escaped exception"
                tally.add(outcome, f"#{index} {name}: {type(error).__name__}: {error}")
                break
            elapsed = (time.perf_counter() - started) * 1000
            if elapsed > slowest[0]:
                slowest = (elapsed, name, text[:60])
        else:
            tally.add(outcome)
    tally.slowest_ms = slowest[0]
    tally.notes = f"slowest query: {slowest[0]:.1f} ms, {slowest[1]}, {ascii(slowest[2][:24])}"
    tally.report()
    print(f"  slowest query: {slowest[0]:.1f} ms ({slowest[1]}, {slowest[2]!r})")
    notes.close()
    assert tally.tried == STRINGS
    assert tally["escaped exception"] == 0, tally.examples
    assert slowest[0] < LIMIT_MS, slowest


def test_generated_searches_through_the_search_box(qtbot, make_window, monkeypatch):
    """Three hundred strings typed into the window's search box, every pane built: nothing
    escapes or breaks a pane, the status bar shows them as text, nothing is markup."""
    from PySide6.QtCore import Qt

    from explorer.paths import bundled_store_path
    from explorer.ui import guarded

    window = make_window(bundled_store_path(), deferred=True)
    box = window.table.search
    rng = random.Random(SEED + 1)
    tally = Tally("search strings, search box (every pane follows)")
    escaped: list[str] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, error, trace: escaped.append(repr(error)))
    for index in range(BOX_STRINGS):
        text = search_string(rng)
        problems = guarded.tally["shown"]
        box.setText(text)
        box.apply()
        qtbot.wait(1)
        labels = (window.notice, window.result_count, window.dataset_label)
        if escaped:
            tally.add("escaped exception", f"#{index}: {escaped.pop()}")
        elif guarded.tally["shown"] != problems:  # the bundled store reads fine: a pane broke
            tally.add("escaped exception", f"#{index}: caught by a pane: {guarded.shown[-1]}")
        elif any(label.textFormat() != Qt.TextFormat.PlainText for label in labels):
            tally.add("unsafe render", f"#{index}")
        else:
            tally.add("clean")
    # A search that the app itself once died of.
    box.setText('<img src="file:///dev/zero"> japan')
    box.apply()
    qtbot.wait(50)
    tally.add("clean" if window.isVisible() else "death")
    tally.report()
    assert tally["clean"] == tally.tried, tally.examples
