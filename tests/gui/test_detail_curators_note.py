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


def test_an_actor_note_from_the_curators_is_labelled_with_its_reference(pane, store):
    reference = store.execute(
        "SELECT reference FROM provenance WHERE subject_type = 'actor' AND subject_id = 'alan-garcia'"
        " AND field = 'note' AND basis = 'curator'"
    ).fetchone()[0]
    pane.session.state.select("actor", "alan-garcia", origin="test")
    text = " ".join(pane.browser.toPlainText().split())
    assert "Curators’ note: President of Peru 1985-90 and 2006-11" in text
    assert " ".join(reference.split()) in text


def test_an_actor_note_resting_on_the_documents_is_not_marked_as_the_curators(pane):
    pane.session.state.select("actor", "sendero-luminoso", origin="test")
    text = pane.browser.toPlainText()
    assert "Maoist insurgent group in Peru" in text
    assert "Curators’ note" not in text


def test_a_public_domain_source_says_what_its_rights_rest_on(pane):
    pane.session.state.select("source", "csfor", origin="test")
    record = pane.findChild(type(pane.browser), "source-record")
    text = " ".join(record.toPlainText().split())
    rights = text.split("Rights", 1)[1]
    assert rights.lower().startswith(" public domain")
    assert "Curators’ note: 17 U.S.C. § 105" in rights
