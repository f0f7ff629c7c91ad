"""The timeline pane driven like a user: wheel, drag, typed ranges, clicks, hovers, filters."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from explorer.core.state import Filters
from explorer.ui.timeline import TimelinePane
from tests.timeline.gui import click, drag, followed, hover, wheel

CRISIS = "1996-japanese-embassy-hostage-crisis"


@pytest.fixture
def pane(qtbot, demo_session):
    widget = TimelinePane(demo_session)
    qtbot.addWidget(widget)
    widget.resize(1366, 520)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _point_of(pane, episode_id: str) -> QPoint:
    canvas = pane.plot.canvas
    canvas.ensure_layout()
    rect = canvas.episode_rect(pane.model.columns.index_of(episode_id))
    assert rect is not None, f"{episode_id} is not drawn"
    return rect.center().toPoint()


def _settle(pane) -> None:
    """Let the plot paint, as it would before a user's next gesture (pyqtgraph applies a new
    range to its transforms when it paints)."""
    pane.plot.viewport().repaint()
    QApplication.processEvents()


def _year_at(pane, x: float) -> float:
    pane.plot.canvas.ensure_layout()
    area = pane.plot.canvas.area
    lo, hi = pane.plot.x_range()
    return lo + (x - area.left()) * (hi - lo) / area.width()


def test_opens_on_every_episode(pane, demo_session):
    lo_min, hi_max = demo_session.store.execute(
        "SELECT MIN(start_lo), MAX(end_hi) FROM episodes"
    ).fetchone()
    lo, hi = pane.plot.x_range()
    assert lo <= lo_min and hi >= hi_max
    assert hi - lo < (hi_max - lo_min) * 1.1
    assert pane.toolbar.range_edit.text().startswith(str(int(lo)))


def test_presidencies_are_labelled_bands(pane, demo_session):
    pane.plot.set_x_range(1985, 2001)
    pane.plot.canvas.ensure_layout()
    periods = [t for t in pane.plot.canvas.targets if t.kind == "period"]
    names = {pane.model.periods[t.index].name for t in periods}
    assert "Alberto Fujimori" in names
    point = next(
        t.rect.center().toPoint()
        for t in periods
        if pane.model.periods[t.index].name == "Alberto Fujimori"
    )
    hover(pane.plot, point)
    assert "Alberto Fujimori" in pane.plot.hover_card.text()


def test_wheel_zooms_at_the_cursor(pane):
    pane.plot.set_x_range(1900, 2000)
    _settle(pane)
    area = pane.plot.canvas.area
    pos = QPoint(int(area.left() + area.width() * 0.75), int(area.center().y()))
    year_before = _year_at(pane, pos.x())
    wheel(pane.plot, pos, 3)
    lo, hi = pane.plot.x_range()
    assert hi - lo < 100 * 0.9
    assert _year_at(pane, pos.x()) == pytest.approx(year_before, abs=0.5)
    wheel(pane.plot, pos, -6)
    assert pane.plot.x_range()[1] - pane.plot.x_range()[0] > hi - lo


def test_drag_pans(pane):
    pane.plot.set_x_range(1950, 1990)
    _settle(pane)
    area = pane.plot.canvas.area
    y = int(area.bottom() - 30)
    start = QPoint(int(area.center().x()), y)
    drag(pane.plot, start, start + QPoint(int(area.width() / 4), 0))
    lo, hi = pane.plot.x_range()
    assert lo == pytest.approx(1940, abs=1.0)
    assert hi - lo == pytest.approx(40, abs=0.01)


def test_typed_range_jumps_and_bad_input_is_explained(pane, qtbot):
    edit = pane.toolbar.range_edit
    edit.clear()
    qtbot.keyClicks(edit, "1985-1990")  # (QTest cannot type an en dash; parse tests do)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert pane.plot.x_range() == pytest.approx((1985.0, 1991.0))
    edit.clear()
    qtbot.keyClicks(edit, "the nineties")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert pane.plot.x_range() == pytest.approx((1985.0, 1991.0))
    assert "not a range" in pane.toolbar.message.text()


def test_fit_all_and_zoom_to_selection(pane, demo_session):
    pane.plot.set_x_range(1900, 1901)
    demo_session.state.select("episode", CRISIS, origin="test")
    pane.toolbar.selection_button.click()
    lo, hi = pane.plot.x_range()
    start, end = demo_session.store.execute(
        "SELECT start_lo, end_hi FROM episodes WHERE id = ?", (CRISIS,)
    ).fetchone()
    assert lo < start and hi > end and hi - lo < 5
    pane.toolbar.fit_button.click()
    assert pane.plot.x_range()[1] - pane.plot.x_range()[0] > 150


def test_click_selects_and_hover_shows_the_date_as_written(pane, demo_session):
    pane.plot.set_x_range(1990, 2001)
    point = _point_of(pane, CRISIS)
    hover(pane.plot, point)
    date_text = demo_session.store.execute(
        "SELECT date_text FROM episodes WHERE id = ?", (CRISIS,)
    ).fetchone()[0]
    text = pane.plot.hover_card.text()
    assert "Japanese embassy hostage crisis" in text and date_text in text
    click(pane.plot, point)
    assert demo_session.state.selection.kind == "episode"
    assert demo_session.state.selection.id == CRISIS
    assert pane.plot.canvas.selected == pane.model.columns.index_of(CRISIS)


def _hover_text(qtbot, pane, episode_id: str, expected: str) -> str:
    """Hover an episode until its card shows `expected`: on a loaded machine the new x range
    may reach pyqtgraph's transforms only at a later paint, as a user's next mouse move would."""

    def shown() -> bool:
        _settle(pane)
        hover(pane.plot, _point_of(pane, episode_id))
        return expected in pane.plot.hover_card.text()

    qtbot.waitUntil(shown, timeout=3000)
    return pane.plot.hover_card.text()


def test_approximate_and_disputed_dates_are_told(qtbot, pane, demo_session):
    pane.plot.set_x_range(1990, 2001)
    text = _hover_text(qtbot, pane, "1998-apec-entry", "sources disagree")
    for value_text, source in demo_session.store.execute(
        "SELECT c.value_text, s.short_title FROM claims c JOIN sources s "
        "ON s.id = c.source_id WHERE subject_id = '1998-apec-entry'"
    ):
        assert value_text in text and source in text
    pane.plot.set_x_range(1925, 1945)
    text = _hover_text(qtbot, pane, "1935-mid-1930s-tensions", "mid-1930s")
    assert "known to the year" in text


def test_selection_from_elsewhere_is_brought_into_view(pane, demo_session):
    pane.plot.set_x_range(1850, 1860)
    demo_session.state.select("episode", CRISIS, origin="table")
    lo, hi = pane.plot.x_range()
    assert lo < 1997 < hi
    assert hi - lo == pytest.approx(10, abs=0.01)


def test_filters_filter_the_timeline(pane, demo_session):
    demo_session.state.set_filters(Filters(kinds=frozenset({"security"})), origin="table")
    followed(pane)
    expected = {
        row[0]
        for row in demo_session.store.execute("SELECT id FROM episodes WHERE kind = 'security'")
    }
    pane.fit_all()
    pane.plot.canvas.ensure_layout()
    drawn = {
        pane.model.columns.ids[t.index] for t in pane.plot.canvas.targets if t.kind == "episode"
    }
    assert drawn == expected
    assert f"{len(expected)} of" in pane.footer.status.text()
    demo_session.state.clear_filters(origin="table")
    followed(pane)
    assert "of" not in pane.footer.status.text().split("·")[0]


def test_lanes_by_partner_and_hiding_a_lane(pane, demo_session):
    pane.toolbar.mode.setCurrentIndex(pane.toolbar.mode.findData("partner"))
    assert pane.model.mode == "partner"
    assert {"JPN", "CHN", "KOR"} <= set(pane.model.index.keys)
    japan = pane.toolbar._lane_actions["JPN"]
    japan.setChecked(False)
    assert "JPN" not in pane.model.shown_lanes
    pane.plot.canvas.ensure_layout()
    assert "JPN" not in [lane.key for lane in pane.plot.canvas.lanes]


def test_zoom_and_pan_are_published_after_a_pause_and_followed(pane, demo_session, qtbot):
    pane.plot.set_x_range(1960, 1970)
    qtbot.waitUntil(
        lambda: demo_session.state.time_range == pytest.approx((1960, 1970)), timeout=2000
    )
    demo_session.state.set_time_range(1900, 1920, origin="saved-view")
    assert pane.plot.x_range() == pytest.approx((1900, 1920))


def test_keyboard_pans_zooms_and_steps_through_episodes(pane, demo_session, qtbot):
    pane.plot.set_x_range(1990, 2000)
    pane.plot.setFocus()
    qtbot.keyClick(pane.plot, Qt.Key.Key_Right)
    assert pane.plot.x_range()[0] == pytest.approx(1991, abs=0.01)
    qtbot.keyClick(pane.plot, Qt.Key.Key_Plus)
    assert pane.plot.x_range()[1] - pane.plot.x_range()[0] == pytest.approx(8, abs=0.01)
    qtbot.keyClick(pane.plot, Qt.Key.Key_BracketRight)
    assert demo_session.state.selection is not None
    assert demo_session.state.selection.kind == "episode"


def test_context_menu_adds_to_comparison(pane, demo_session):
    pane.plot.set_x_range(1990, 2001)
    canvas = pane.plot.canvas
    target = next(
        t
        for t in canvas.targets
        if t.kind == "episode" and pane.model.columns.ids[t.index] == CRISIS
    )
    pane._on_menu(target, QPoint(10, 10))
    action = next(a for a in pane._last_menu.actions() if a.text() == "Add to comparison")
    action.trigger()
    assert CRISIS in demo_session.state.compare_episodes
    pane._last_menu.close()


class FakeNotes:
    def __init__(self):
        self.ids = set()

    def noted_ids(self, target_type):
        return self.ids if target_type == "episode" else set()


def test_noted_episodes_are_marked(pane, demo_session):
    notes = FakeNotes()
    demo_session.notes = notes
    notes.ids = {CRISIS}
    demo_session.notes_changed.emit("episode", CRISIS)
    assert pane.model.columns.index_of(CRISIS) in pane.model.noted
    pane.plot.set_x_range(1990, 2001)
    hover(pane.plot, _point_of(pane, CRISIS))
    assert "note" in pane.plot.hover_card.text()


def test_export_png_svg_and_clipboard(pane, tmp_path):
    from PySide6.QtGui import QGuiApplication, QImage

    from explorer.ui.plotting import export

    export.export_png(pane.plot, tmp_path / "t.png")
    image = QImage(str(tmp_path / "t.png"))
    assert image.width() == pane.plot.width() * 2
    export.export_svg(pane.plot, tmp_path / "t.svg", "Timeline")
    svg = (tmp_path / "t.svg").read_text(encoding="utf-8")
    assert "<svg" in svg and "Fujimori" in svg
    export.copy_image(pane.plot)
    assert not QGuiApplication.clipboard().image().isNull()


def test_dark_palette_repaints_dark(pane):
    from tests.timeline.harness import dark_palette

    pane.setPalette(dark_palette())
    assert pane.plot.canvas.colors.dark
    assert pane.plot.backgroundBrush().color().lightness() < 60


def test_follows_a_new_store(pane, demo_session, tmp_path):
    from explorer.store.bundled import open_store
    from tests.timeline.synthetic_store import build_large_store

    path = build_large_store(tmp_path / "big.db", n_episodes=500)
    demo_session.replace_store(open_store(path), path)
    assert (
        len(pane.model.columns)
        == demo_session.store.execute("SELECT COUNT(*) FROM episodes").fetchone()[0]
    )
