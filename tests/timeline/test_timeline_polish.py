"""The timeline on a projector, rubber-band zoom, band labels that elide, following the filters,
and the options a saved view keeps."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from explorer.core.state import Filters
from explorer.store import timeline as timeline_store
from explorer.ui.timeline import TimelinePane
from explorer.ui.timeline.canvas import BAND_ROW_H, ROW_H
from tests.timeline.gui import drag, followed, wheel
from tests.timeline.harness import PanesWindow


@pytest.fixture
def pane(qtbot, demo_session):
    widget = TimelinePane(demo_session)
    qtbot.addWidget(widget)
    widget.resize(1366, 520)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _settle(pane) -> None:
    pane.plot.viewport().repaint()
    QApplication.processEvents()


def _x_of(pane, year: float) -> int:
    pane.plot.canvas.ensure_layout()
    area = pane.plot.canvas.area
    lo, hi = pane.plot.x_range()
    return int(round(area.left() + (year - lo) * area.width() / (hi - lo)))


def _matching_extent(session, filters: Filters) -> tuple[float, float]:
    ids = timeline_store.matching_ids(session.store, filters)
    marks = ",".join("?" * len(ids))
    return session.store.execute(
        f"SELECT MIN(start_lo), MAX(end_hi) FROM episodes WHERE id IN ({marks})", list(ids)
    ).fetchone()


# --- projector scale ---------------------------------------------------------------------------


def test_rows_bands_and_type_follow_the_widget_font(pane):
    canvas = pane.plot.canvas
    assert canvas.row_h == pytest.approx(ROW_H) and canvas.band_h == pytest.approx(BAND_ROW_H)
    normal_font = canvas.font.pointSizeF()
    normal_axis = pane.plot.lane_axis.width()
    big = QFont(pane.plot.font())
    big.setPointSizeF(pane.plot.font().pointSizeF() * 1.8)
    pane.plot.setFont(big)
    _settle(pane)
    assert canvas.font.pointSizeF() == pytest.approx(normal_font * 1.8, rel=0.02)
    assert canvas.row_h >= ROW_H * 1.6 and canvas.band_h >= BAND_ROW_H * 1.6
    assert pane.plot.lane_axis.width() >= normal_axis * 1.6
    placed = [p for lane in canvas.lanes for p in lane.layout.placed]
    assert placed, "episodes are still drawn at the large size"
    glyph = canvas._row_rect(canvas.lanes[0], 0, 0, 10)
    assert glyph.height() >= 10 * 1.6
    pane.plot.setFont(QFont())
    _settle(pane)
    assert canvas.row_h == pytest.approx(ROW_H) and canvas.font.pointSizeF() == normal_font


def test_presentation_scales_the_timeline_once_by_the_full_factor(qtbot, demo_session):
    from explorer.ui.presentation.look import PresentationLook
    from explorer.ui.presentation.plot_style import PlotPresenter

    window = PanesWindow(demo_session, panes=("timeline",))
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    canvas = window.timeline.plot.canvas
    normal = canvas.font.pointSizeF()
    look = PresentationLook(QApplication.instance(), window, 1.8)
    look.apply()
    presenter = PlotPresenter(window, look.scale, look.point_size)
    try:
        presenter.attach()
        _settle(window.timeline)
        assert 1.6 * normal <= canvas.font.pointSizeF() <= 2.0 * normal  # not 1.8 × 1.3
        assert canvas.row_h >= 1.6 * ROW_H
    finally:
        presenter.detach()
        look.remove()
    _settle(window.timeline)
    assert canvas.font.pointSizeF() == pytest.approx(normal)


# --- rubber-band zoom ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("button", "modifiers"),
    [
        (Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier),
        (Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier),
    ],
)
def test_a_band_dragged_with_shift_or_the_right_button_zooms_to_it(pane, button, modifiers):
    pane.plot.set_x_range(1900, 2000)
    _settle(pane)
    y = int(pane.plot.canvas.area.bottom() - 30)
    drag(pane.plot, QPoint(_x_of(pane, 1940), y), QPoint(_x_of(pane, 1960), y), button=button,
         modifiers=modifiers)  # fmt: skip
    lo, hi = pane.plot.x_range()
    assert lo == pytest.approx(1940, abs=0.3) and hi == pytest.approx(1960, abs=0.3)
    assert not pane.plot.box.band.isVisible()
    assert pane.zoomed_by_hand


def test_a_band_dragged_leftwards_zooms_too_and_a_slip_does_nothing(pane):
    pane.plot.set_x_range(1900, 2000)
    _settle(pane)
    y = int(pane.plot.canvas.area.bottom() - 30)
    shift = Qt.KeyboardModifier.ShiftModifier
    slip = QPoint(_x_of(pane, 1930), y)
    drag(pane.plot, slip, slip + QPoint(2, 0), steps=2, modifiers=shift)
    assert pane.plot.x_range() == pytest.approx((1900, 2000))
    drag(pane.plot, QPoint(_x_of(pane, 1990), y), QPoint(_x_of(pane, 1970), y), modifiers=shift)
    assert pane.plot.x_range() == pytest.approx((1970, 1990), abs=0.3)


def test_escape_cancels_a_band_being_dragged(pane, qtbot):
    pane.plot.set_x_range(1900, 2000)
    _settle(pane)
    y = int(pane.plot.canvas.area.bottom() - 30)
    seen = []

    def press_escape():
        seen.append(pane.plot.box.band.isVisible())
        qtbot.keyClick(pane.plot, Qt.Key.Key_Escape)

    drag(pane.plot, QPoint(_x_of(pane, 1920), y), QPoint(_x_of(pane, 1950), y),
         modifiers=Qt.KeyboardModifier.ShiftModifier, before_release=press_escape)  # fmt: skip
    assert seen == [True]  # the band was shown while dragging
    assert pane.plot.x_range() == pytest.approx((1900, 2000))
    assert not pane.plot.box.band.isVisible()


# --- government band labels ----------------------------------------------------------------------


def _band_label(pane, period_id: str) -> str | None:
    _settle(pane)
    index = next(i for i, p in enumerate(pane.model.periods) if p.id == period_id)
    return dict(pane.plot.canvas.band_labels).get(index)


def test_a_partly_visible_presidency_gets_an_elided_label(pane):
    period = next(p for p in pane.model.periods if p.id == "presidency-garcia-1")
    # Only the last few months of the first García presidency are in view.
    pane.plot.set_x_range(period.end_hi - 0.9, period.end_hi + 19)
    label = _band_label(pane, period.id)
    assert label is not None and label.endswith("…")
    assert len(label) >= 5 and period.name.startswith(label[:-1].rstrip())
    # A sliver where not even four characters fit is left unlabelled.
    pane.plot.set_x_range(period.end_hi - 0.15, period.end_hi + 19)
    assert _band_label(pane, period.id) is None
    # Wide enough, the name in full.
    pane.plot.set_x_range(1980, 2000)
    assert _band_label(pane, period.id) == period.name


# --- following the filters -----------------------------------------------------------------------


def test_the_view_fits_the_filtered_episodes_until_zoomed_by_hand(pane, demo_session):
    filters = Filters(kinds=frozenset({"security"}))
    lo_expected, hi_expected = _matching_extent(demo_session, filters)
    assert pane.follows_filters
    demo_session.state.set_filters(filters, origin="table")
    followed(pane)
    lo, hi = pane.plot.x_range()
    assert lo < lo_expected and hi > hi_expected  # a margin each side
    assert (hi - lo) <= (hi_expected - lo_expected) * 1.2 + 1.0
    # The user zooms by hand: a change of filters leaves the view alone.
    _settle(pane)
    area = pane.plot.canvas.area
    wheel(pane.plot, QPoint(int(area.center().x()), int(area.center().y())), 2)
    zoomed = pane.plot.x_range()
    demo_session.state.set_filters(Filters(kinds=frozenset({"treaty"})), origin="table")
    followed(pane)
    assert pane.plot.x_range() == pytest.approx(zoomed)
    # Fit all follows the filters again, and so do the changes after it.
    pane.toolbar.fit_button.click()
    assert not pane.zoomed_by_hand
    demo_session.state.clear_filters(origin="table")
    followed(pane)
    all_lo, all_hi = demo_session.store.execute(
        "SELECT MIN(start_lo), MAX(end_hi) FROM episodes"
    ).fetchone()
    lo, hi = pane.plot.x_range()
    assert lo <= all_lo and hi >= all_hi


def test_switched_off_the_view_stays_and_switched_on_it_fits(pane, demo_session):
    pane.plot.set_x_range(1900, 1950)
    pane.toolbar.follow_button.click()
    assert not pane.follows_filters
    filters = Filters(kinds=frozenset({"security"}))
    demo_session.state.set_filters(filters, origin="table")
    assert pane.plot.x_range() == pytest.approx((1900, 1950))
    pane.toolbar.follow_button.click()
    lo_expected, hi_expected = _matching_extent(demo_session, filters)
    lo, hi = pane.plot.x_range()
    assert lo < lo_expected and hi > hi_expected


def test_filters_matching_nothing_leave_the_view(pane, demo_session):
    pane.fit_all()
    before = pane.plot.x_range()
    demo_session.state.set_filters(Filters(text="zzzz-no-such-episode"), origin="table")
    assert pane.plot.x_range() == pytest.approx(before)


def test_a_selection_made_elsewhere_is_not_a_zoom_by_hand(pane, demo_session):
    pane.fit_all()
    pane.plot.set_x_range(1850, 1860)
    pane.toolbar.fit_button.click()
    episode = demo_session.store.execute(
        "SELECT id FROM episodes ORDER BY start_lo DESC LIMIT 1"
    ).fetchone()[0]
    pane._fit_to((1850, 1860))
    demo_session.state.select("episode", episode, origin="table")
    assert pane.plot.x_range() != pytest.approx((1850, 1860))  # brought into view
    assert not pane.zoomed_by_hand


# --- view options -------------------------------------------------------------------------------


def test_view_options_round_trip_and_tolerate_odd_input(pane):
    assert pane.view_options() == {"lanes": "kind", "hidden": [], "follow_filters": True}
    pane.apply_view_options({"lanes": "partner", "hidden": ["JPN"], "follow_filters": False,
                             "from_the_future": 1})  # fmt: skip
    assert pane.toolbar.mode.currentData() == "partner"
    assert "JPN" not in pane.model.shown_lanes
    assert not pane.toolbar.follow_button.isChecked()
    options = pane.view_options()
    assert options == {"lanes": "partner", "hidden": ["JPN"], "follow_filters": False}
    pane.apply_view_options({"lanes": 3, "hidden": "JPN"})  # wrong types: defaults
    assert pane.view_options() == {"lanes": "kind", "hidden": [], "follow_filters": True}
    pane.apply_view_options(options)
    pane.apply_view_options({})
    assert pane.view_options() == {"lanes": "kind", "hidden": [], "follow_filters": True}
    pane.apply_view_options(None)
    assert pane.view_options()["lanes"] == "kind"


def test_saved_views_of_the_old_format_still_restore(pane):
    from explorer.ui.lessons import capture

    read, before, _after = capture.ADAPTERS["timeline"]
    before(pane, {"lanes": "partner", "hidden": ["JPN"]})  # saved before follow_filters
    assert read(pane) == {"lanes": "partner", "hidden": ["JPN"], "follow_filters": True}


def test_an_era_label_does_not_hide_a_government_label_below_it(pane):
    periods = pane.model.periods
    government = next(p for p in periods if p.id == "presidency-pardo")
    era = next(p for p in periods if not p.is_government and p.start_lo < government.start_lo
               and p.end_hi > government.end_hi)  # fmt: skip
    # The visible part of the era is centred over the government's band, and so are both
    # labels: on one row they would collide.
    middle = (government.start_lo + government.end_hi) / 2
    lo = 2 * middle - era.end_hi
    pane.plot.set_x_range(lo, lo + 3 * (era.end_hi - lo))
    assert _band_label(pane, government.id) is not None
    assert _band_label(pane, era.id) is not None


def test_a_short_plot_gives_up_the_eras_row_for_its_lanes(pane):
    canvas = pane.plot.canvas
    lanes = len(pane.model.shown_lanes)
    _settle(pane)
    assert canvas.show_eras
    assert any(t.kind == "period" and not pane.model.periods[t.index].is_government
               for t in canvas.targets)  # fmt: skip
    needed = canvas.header_height(True) + lanes * canvas.row_h
    pane.resize(1366, pane.height() - int(canvas.area.height() - needed) - 8)
    _settle(pane)
    assert not canvas.show_eras
    assert canvas.lanes[0].top - canvas.area.top() == pytest.approx(canvas.header_height(False))
    assert all(pane.model.periods[t.index].is_government
               for t in canvas.targets if t.kind == "period")  # fmt: skip
