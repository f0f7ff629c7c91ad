"""Where a pane shows the date as the source writes it, the dates it means stand beside it:
date_text holds only the source's words ("That year", "during these months")."""

from __future__ import annotations

import re

from explorer.core.dates import format_span
from explorer.store import timeline as timeline_store
from explorer.ui.labels import date_words, written_date


def test_words_without_a_year_are_shown_with_the_dates_they_mean(qapp, store):
    rows = store.execute("SELECT id, date_text, start_edtf, end_edtf FROM episodes")
    wordy = [r for r in rows if not re.search(r"\d{4}", r["date_text"] or "")]
    assert wordy, "the store has episodes dated in words only"
    for row in wordy:
        shown = written_date(row["date_text"], row["start_edtf"], row["end_edtf"])
        readable = format_span(row["start_edtf"], row["end_edtf"], date_words())
        # The source's words first, as written, then what they mean ("20th century").
        assert shown == f"{row['date_text']} · {readable}" and readable


def test_words_that_already_name_the_year_are_not_repeated(qapp):
    assert written_date("1996", "1996", None) == "1996"
    said = "December 17, 1996 – April 22, 1997"
    assert written_date(said, "1996-12-17", "1997-04-22") == said


def test_the_store_gives_an_episodes_edtf(store):
    eid, start, end = store.execute("SELECT id, start_edtf, end_edtf FROM episodes").fetchone()
    assert timeline_store.episode_edtf(store, eid) == (start, end)
    assert timeline_store.episode_edtf(store, "no-such-episode") == (None, None)
