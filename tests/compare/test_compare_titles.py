"""In the real window you can read what is compared: chips and column titles show enough of
each title (24+ characters, cut at the right), the whole title is in the tooltip."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from tests.conftest import STORE_PATH
from tests.gui.windows import make_window_fixture  # noqa: F401 - provides make_window

MIN_CHARS = 24


def _chip_texts(picker):
    chips = [picker.chips.itemAt(i).widget() for i in range(picker.chips.count())]
    return [(c, c.shown_text().removesuffix("  ✕")) for c in chips if c is not None]


def _readable(shown: str, full: str) -> bool:
    """The whole title, or at least MIN_CHARS of its start followed by "…" (and its tail)."""
    if shown == full:
        return True
    # Cut in its name, the tail that tells chips apart ("(1990)", "· Table 3") kept whole.
    head, _, tail = shown.partition("…")
    return len(head) >= MIN_CHARS and full.startswith(head) and full.endswith(tail)


@pytest.fixture(params=[(1366, 768), (1920, 1080)], ids=["1366", "1920"])
def compared(request, qtbot, make_window):
    window = make_window(STORE_PATH, deferred=True, size=request.param)
    store = window.session.store
    episodes = store.execute(
        "SELECT id, title FROM episodes ORDER BY length(title) DESC, id LIMIT 3"
    ).fetchall()
    window.session.state.set_compare_episodes([e[0] for e in episodes], origin="test")
    window.focus_pane("compare")
    pane = window.panes["compare"]
    qtbot.waitUntil(lambda: len(pane.facts) == 3, timeout=5000)
    qtbot.wait(50)  # the layout settles (chips are fitted on resize)
    return window, pane, dict(episodes)


def test_episode_chips_show_the_start_of_each_title(compared):
    _window, pane, titles = compared
    picker = pane.episode_picker
    chips = _chip_texts(picker)
    assert len(chips) == 3
    for (chip, shown), full in zip(chips, titles.values(), strict=True):
        assert _readable(shown, chip.property("fullText")), shown  # the title and its year
        assert full in chip.toolTip()
        right = chip.mapTo(picker, chip.rect().topRight()).x()
        assert right <= picker.width()  # wrapped onto another line, not clipped


def test_series_chips_show_the_start_of_each_title(compared):
    _window, pane, _titles = compared
    chips = _chip_texts(pane.series_picker)
    assert chips
    for chip, shown in chips:
        full = chip.property("fullText")
        assert _readable(shown, full), shown
        assert full in chip.toolTip()


def test_column_titles_are_left_aligned_wrapped_and_complete_in_the_tooltip(compared):
    _window, pane, titles = compared
    table = pane.facts_table
    header = table.horizontalHeader()
    metrics = header.fontMetrics()
    for column, full in enumerate(titles.values()):
        item = table.horizontalHeaderItem(column)
        alignment = Qt.AlignmentFlag(item.textAlignment())
        assert alignment & Qt.AlignmentFlag.AlignLeft
        assert int(alignment) & int(Qt.TextFlag.TextWordWrap)
        assert item.toolTip() == full
        shown = item.text().removeprefix("● ")
        assert _readable(shown, full), shown
        box = metrics.boundingRect(
            0, 0, table.columnWidth(column) - 14, 10_000, int(Qt.TextFlag.TextWordWrap), item.text()
        )
        assert box.height() <= header.height()  # every wrapped line is inside the header
    assert header.textElideMode() == Qt.TextElideMode.ElideNone
    assert header.height() >= 2 * metrics.lineSpacing()  # these long titles take 2–3 lines


def test_grant_aid_series_say_which_table_and_when_they_have_no_values(qtbot, make_window):
    """Three series read "grant aid": each chip and chart title names its table too; one whose
    only figure is a 1989–1999 total has no value to align, and its chart says so instead of
    drawing an empty 0–0.8 axis."""
    window = make_window(STORE_PATH, deferred=True, size=(1366, 768))
    store = window.session.store
    episodes = [row[0] for row in store.execute(
        "SELECT id FROM episodes WHERE start_lo BETWEEN 1995 AND 1997 ORDER BY id LIMIT 2")]  # fmt: skip
    ids = ["pj2003-t3-grant-aid", "pj2003-text-grant-aid", "pj2003-text-grant-aid-1989-1999"]
    window.session.state.set_compare_episodes(episodes)
    window.show_workspace("compare")
    pane = window.panes["compare"]
    pane.apply_comparison(series=ids)
    chips = [full for _chip, full in _full_chip_texts(pane.series_picker)]
    assert chips == [
        "Japan's ODA to Peru: grant aid · Table 3",
        "Japan's grant aid to Peru (text) · in the text",
        "Japan's grant aid to Peru, 1989-1999 (text) · in the text",
    ]
    charts = pane.charts
    titles = [plot.titleLabel.text for plot in charts.plots]
    assert "Table 3" in titles[0] and all("in the text" in t for t in titles[1:])
    assert charts.empty_notes == [ids[2]]
    empty = charts.plots[2]
    said = [i.toPlainText() for i in empty.items if hasattr(i, "toPlainText")]
    assert any("No values of this series" in text for text in said)
    assert not empty.getAxis("left").isVisible()  # no axis that reads like zeros
    assert charts.plots[0].getAxis("left").isVisible()


def _full_chip_texts(picker):
    return [(c, c.property("fullText")) for c, _shown in _chip_texts(picker)]


def test_a_cut_chip_keeps_what_tells_it_apart(qtbot):
    """Cut to a projector's width, a chip keeps its table or its year whole."""
    from explorer.ui.compare.picker import Chip

    series = Chip("Japan's grant aid to Peru, 1989-1999 (text) · in the text")
    episode = Chip("Alberto Fujimori elected president (1990)")
    for chip in (series, episode):
        qtbot.addWidget(chip)
        chip.fit(chip.fontMetrics().horizontalAdvance("M" * 22))
    assert "…" in series.shown_text() and series.shown_text().endswith("· in the text  ✕")
    assert "…" in episode.shown_text() and episode.shown_text().endswith("(1990)  ✕")
    assert series.shown_text().startswith("Japan's")


def test_chips_take_a_row_as_long_at_the_presentation_type(qtbot):
    """The longest a chip gets is counted in characters, not a fixed 420 px (presenting, that
    cut every series chip at half a row)."""
    from PySide6.QtGui import QFont

    from explorer.ui.compare.picker import ChipPicker

    label = "Japan's ODA to Peru: grant aid and technical cooperation · Table 3"
    picker = ChipPicker("Series:", "", lambda _text: [], 6)
    qtbot.addWidget(picker)
    font = QFont(picker.font())
    font.setPointSizeF(font.pointSizeF() * 1.8)
    picker.setFont(font)
    picker.resize(1300, 200)
    picker.show()
    picker.set_items([("s", label)])
    qtbot.waitExposed(picker)
    qtbot.wait(20)
    ((chip, shown),) = _chip_texts(picker)
    assert shown == label
