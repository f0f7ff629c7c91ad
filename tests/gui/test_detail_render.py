"""The detail pane as a reader sees it: type that scales as a whole (presentation mode enlarges
it 1.8×), and numbers and dates written the interface language's way, while quotes and printed
values stay as the source printed them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QTextDocument

from explorer.core.dates import format_edtf
from explorer.core.session import Session
from explorer.store.bundled import open_store
from explorer.ui import i18n, labels, theme
from explorer.ui.detail import render
from explorer.ui.detail.pane import DetailPane


@pytest.fixture
def pane(qtbot, store_path):
    conn = open_store(Path(store_path), immutable=True)
    widget = DetailPane(Session(conn, Path(store_path)))
    qtbot.addWidget(widget)
    widget.resize(480, 600)
    widget.show()
    yield widget
    conn.close()


@pytest.fixture
def spanish(qapp):
    assert i18n.install(qapp, "es") == "es"
    yield
    i18n.install(qapp, "en")


def _line_heights(document: QTextDocument) -> dict[int, float]:
    """Height of the first line as laid out, per heading level (0 = body text)."""
    heights: dict[int, float] = {}
    layout = document.documentLayout()
    block = document.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level not in heights and block.text().strip():
            layout.blockBoundingRect(block)  # lays the block out
            heights[level] = block.layout().lineAt(0).height()
        block = block.next()
    return heights


def _episode_with_sources(store) -> str:
    return store.execute(
        "SELECT target_id FROM citations WHERE target_type = 'episode' "
        "GROUP BY target_id ORDER BY COUNT(*) DESC, target_id LIMIT 1"
    ).fetchone()[0]


def test_stylesheet_has_no_fixed_type_sizes(qapp):
    small, large = QFont(), QFont()
    small.setPointSizeF(9.0)
    large.setPointSizeF(16.2)  # 1.8× as in presentation mode
    css = render.stylesheet(theme.current(), large)
    assert "pt;" not in css  # headings are relative keywords, lengths follow the font
    assert "font-size: x-large" in css and "font-size: large" in css
    assert css != render.stylesheet(theme.current(), small)  # margins grow with the type


def test_headings_stay_larger_than_the_text_when_the_font_grows(pane, store):
    pane.session.state.select("episode", _episode_with_sources(store), origin="test")
    normal = _line_heights(pane.browser.document())
    assert normal[2] > normal[3] > normal[0]
    bigger = QFont(pane.browser.font())
    bigger.setPointSizeF(pane.browser.font().pointSizeF() * 1.8)
    pane.browser.setFont(bigger)  # what presentation mode's style sheet does to the browser
    grown = _line_heights(pane.browser.document())
    assert grown[2] > grown[3] > grown[0]
    for level in (0, 2, 3):  # everything grew by about the same factor
        assert grown[level] / normal[level] == pytest.approx(1.8, rel=0.15)


def test_presentation_mode_scales_the_detail_pane_as_a_whole(make_window, store_path, store):
    window = make_window(store_path)
    window.session.state.select("episode", _episode_with_sources(store), origin="test")
    browser = window.detail.browser
    before = _line_heights(browser.document())
    presentation = window.classroom.presentation
    try:
        window.classroom.present(fullscreen=False)
        assert presentation.active
        during = _line_heights(browser.document())
    finally:
        presentation.leave()
    assert during[0] >= before[0] * 1.5  # the type is large
    assert during[2] > during[3] > during[0]  # headings still stand out above the text
    assert during[2] / before[2] == pytest.approx(during[0] / before[0], rel=0.15)
    assert _line_heights(browser.document()) == before  # and back to normal on leaving


def _spanish_number(value: float, decimals: int) -> str:
    """'1,382.33' written with Spain's symbols: '1.382,33' (independent of i18n)."""
    english = f"{value:,.{decimals}f}"
    return english.replace(",", "\0").replace(".", ",").replace("\0", ".")


def test_an_observation_reads_in_spanish(spanish, pane, store):
    row = store.execute(
        "SELECT id, value, value_text FROM observations WHERE value >= 1000 "
        "AND value_text GLOB '*.[0-9]*' AND value_text NOT GLOB '*[^0-9.,]*' ORDER BY id LIMIT 1"
    ).fetchone()
    decimals = len(row["value_text"].split(".")[-1])
    pane.session.state.select("observation", row["id"], origin="test")
    text = pane.browser.toPlainText()
    heading = text.splitlines()[0]
    assert heading.startswith(_spanish_number(row["value"], decimals))
    assert row["value_text"] in text  # the value as printed stays, for checking the source


def test_an_observation_period_uses_spanish_month_names(spanish, pane, store):
    row = store.execute(
        "SELECT id, period FROM observations WHERE period GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]' "
        "ORDER BY id LIMIT 1"
    ).fetchone()
    if row is None:
        pytest.skip("no monthly observation in the store")
    pane.session.state.select("observation", row["id"], origin="test")
    spanish_date = format_edtf(row["period"], labels.date_words())
    assert spanish_date != format_edtf(row["period"])  # the month name differs in Spanish
    assert spanish_date in pane.browser.toPlainText()
    assert format_edtf(row["period"]) not in pane.browser.toPlainText()


def test_an_episode_reads_in_spanish(spanish, pane, store):
    row = store.execute(
        "SELECT e.id, e.start_edtf, e.summary FROM episodes e WHERE e.start_edtf "
        "GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND e.end_edtf IS NULL ORDER BY e.id"
    ).fetchone()
    pane.session.state.select("episode", row["id"], origin="test")
    text = pane.browser.toPlainText()
    assert format_edtf(row["start_edtf"], labels.date_words()) in text
    assert row["summary"].split(".")[0] in text  # the record's own words are not touched
    n = store.execute(
        "SELECT COUNT(*) FROM citations WHERE target_type = 'episode' AND target_id = ?",
        (row["id"],),
    ).fetchone()[0]
    assert f"Fuentes ({n})" in text


def test_an_unparseable_printed_value_is_shown_as_printed():
    record = {"value_text": "n.a.", "value": None}
    assert render.observation_value(record) == "n.a."
    # A print that does not match the stored number is shown as printed, never "corrected".
    assert render.observation_value({"value_text": "1.694", "value": 1694.0}) == "1.694"
    assert render.printed_decimals("1,694.90") == 2
    assert render.printed_decimals("12") == 0
