"""What the curators added is shown as theirs: a labelled "curators' note", apart from the
source's words, in the detail pane."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.core.session import Session
from explorer.store.bundled import open_store
from explorer.ui.detail.pane import DetailPane


@pytest.fixture
def pane(qtbot, store_path):
    conn = open_store(Path(store_path), immutable=True)
    widget = DetailPane(Session(conn, Path(store_path)))
    qtbot.addWidget(widget)
    widget.resize(480, 700)
    widget.show()
    yield widget
    conn.close()


def _html_of(pane) -> str:
    return pane.browser.document().toHtml()


def test_an_episode_shows_the_sources_words_and_the_curators_note_apart(pane, store):
    row = store.execute(
        "SELECT id, date_text, date_note FROM episodes WHERE id = '1970-japan-expands-commercial-representation-in-lima'"
    ).fetchone()
    assert row["date_text"] == "That year" and row["date_note"]
    pane.session.state.select("episode", row["id"], origin="test")
    text = pane.browser.toPlainText()
    assert "That year" in text
    assert f"Curators’ note: {row['date_note']}" in text
    # The source's words are not followed by the curators' bracket, as they were ("That year [1970]").
    assert "That year [1970]" not in text
