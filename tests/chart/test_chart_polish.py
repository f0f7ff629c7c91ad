"""The chart's second round: numbers written the interface language's way, the selected
episode's title wholly visible, the legend off the data, and the view-options API."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF
from PySide6.QtWidgets import QApplication

from explorer.core.chart_math import format_value
from explorer.ui import i18n
from explorer.ui.chart import ChartPane
from explorer.ui.chart.value_axis import log_tick_label, tick_label
from tests.timeline.gui import hover

CRISIS = "1996-japanese-embassy-hostage-crisis"


@pytest.fixture
def spanish(qapp):
    assert i18n.install(qapp, "es") == "es"
    yield
    i18n.install(qapp, "en")


@pytest.fixture
def real_session(store_path):
    from tests.timeline.harness import make_session

    session = make_session(store_path)
    yield session
    session.store.close()


@pytest.fixture
def english(qapp):
    i18n.install(qapp, "en")
    yield


def _pane(qtbot, session, width=1366, height=560) -> ChartPane:
    widget = ChartPane(session)
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    _settle(widget)
    return widget


def _settle(pane) -> None:
    pane.figure.viewport().repaint()
    QApplication.processEvents()


def _drawn_point(pane, obs_id: str) -> QPoint:
    _settle(pane)
    for plot, panel in zip(pane.figure.plots, pane.figure.panels, strict=True):
        for d in panel.drawn:
            if d.obs.id == obs_id:
                scene = plot.getViewBox().mapViewToScene(QPointF(d.mid, (d.base + d.y) / 2))
                return pane.figure.mapFromScene(scene)
    raise AssertionError(f"{obs_id} is not drawn")


def _axis_labels(plot) -> list[str]:
    """The labels the value axis shows for its current range, as it computes them."""
    axis = plot.getAxis("left")
    lo, hi = plot.getViewBox().viewRange()[1]
    labels = []
    for spacing, values in axis.tickValues(lo, hi, axis.height()):
        labels += [t for t in axis.tickStrings(values, 1.0, spacing) if t]
    return labels


# --- numbers -------------------------------------------------------------------------------


def test_tick_labels_follow_the_language(qapp, english):
    assert tick_label(40000, 10000) == "40,000" and tick_label(2.5, 0.5) == "2.5"
    assert tick_label(-0.0000001, 0.5) == "0.0"
    assert log_tick_label(4.0) == "10,000" and log_tick_label(-2.0) == "0.01"
    i18n.install(qapp, "es")
    try:
        assert tick_label(40000, 10000) == "40.000" and tick_label(2.5, 0.5) == "2,5"
        assert log_tick_label(4.0) == "10.000" and log_tick_label(-2.0) == "0,01"
    finally:
        i18n.install(qapp, "en")


def _largest_series(conn) -> tuple[str, float]:
    return conn.execute(
        "SELECT series_id, MAX(value) FROM observations GROUP BY series_id "
        "ORDER BY MAX(value) DESC LIMIT 1"
    ).fetchone()


def test_value_axis_of_a_large_series_in_spanish(qtbot, demo_session, spanish):
    series_id, largest = _largest_series(demo_session.store)
    assert largest >= 10000  # the demo store has thousands to group
    demo_session.state.set_chart_series((series_id,), origin="test")
    pane = _pane(qtbot, demo_session)
    labels = _axis_labels(pane.figure.plots[0])
    big = [t for t in labels if len(t.replace(".", "")) > 3]
    assert big and all("." in t and "," not in t for t in big), labels


def test_value_axis_of_a_large_series_in_english(qtbot, demo_session, english):
    series_id, _largest = _largest_series(demo_session.store)
    demo_session.state.set_chart_series((series_id,), origin="test")
    pane = _pane(qtbot, demo_session)
    labels = _axis_labels(pane.figure.plots[0])
    big = [t for t in labels if len(t.replace(",", "")) > 3]
    assert big and all("," in t and "." not in t for t in big), labels


def test_plotted_value_in_the_readout_is_spanish(qtbot, demo_session, spanish):
    pane = _pane(qtbot, demo_session)
    pane.toolbar.relative_box.setChecked(True)
    pane.toolbar.year.setValue(1990)
    series_id = demo_session.state.chart_series[0]
    obs_id = f"{series_id}@1991"
    drawn = next(d for d in pane.figure.panels[0].drawn if d.obs.id == obs_id)
    hover(pane.figure, _drawn_point(pane, obs_id))
    english_text = format_value(drawn.plotted)
    spanish_text = i18n.localize_number_text(english_text)
    assert "." in english_text and spanish_text != english_text
    assert spanish_text in pane.readout.text()
    assert spanish_text in pane.figure.hover_card.text()


# --- the selected episode's title ------------------------------------------------------------


def test_title_is_placed_inside_the_plot(qtbot, demo_session):
    pane = _pane(qtbot, demo_session)
    item = pane.figure.title_item
    area = QRectF(100, 50, 500, 300)
    title = "Alberto Fujimori elected president"
    for x0, x1 in ((110, 120), (560, 598), (300, 320), (101, 599)):
        rect, text = item.title_rect(area, x0, x1, title)
        assert area.contains(rect), (x0, x1, rect)
        assert text == title  # it fits: never shortened
    narrow = QRectF(0, 0, 90, 200)
    rect, text = item.title_rect(narrow, 40, 50, title)
    assert narrow.contains(rect) and text.endswith("…") and len(text) < len(title)


def test_selected_episode_title_is_wholly_visible(qtbot, demo_session):
    pane = _pane(qtbot, demo_session)
    demo_session.state.select("episode", CRISIS, origin="timeline")
    title = demo_session.store.execute(
        "SELECT title FROM episodes WHERE id = ?", (CRISIS,)
    ).fetchone()[0]
    start, end = demo_session.store.execute(
        "SELECT start_lo, end_hi FROM episodes WHERE id = ?", (CRISIS,)
    ).fetchone()
    # Against the right edge of the plot: the title goes left of the band, whole.
    pane.figure.plots[0].setXRange(start - 20, end + 0.2, padding=0)
    _settle(pane)
    rect, text, area = pane.figure.title_item.title_layout()
    assert text == title and area.contains(rect)
    assert rect.top() >= area.top()  # below the plot's top edge, not cut by it
    # In a narrow pane it is shortened with … rather than cut.
    pane.resize(330, 500)
    _settle(pane)
    rect, text, area = pane.figure.title_item.title_layout()
    assert area.contains(rect)
    assert text == title or text.endswith("…")


# --- the legend ------------------------------------------------------------------------------


def _three_series(session) -> tuple[str, ...]:
    """Three series of one unit with values (one panel, three legend entries), Japan's aid
    first when the store has it."""
    rows = session.store.execute(
        "SELECT s.id FROM series s WHERE s.unit_label = ("
        "  SELECT unit_label FROM series GROUP BY unit_label ORDER BY COUNT(*) DESC LIMIT 1)"
        " AND EXISTS (SELECT 1 FROM observations o WHERE o.series_id = s.id AND o.value > 0)"
        " ORDER BY s.reporter = 'JPN' DESC, s.indicator LIKE 'oda%' DESC, s.id LIMIT 3"
    ).fetchall()
    return tuple(r[0] for r in rows)


def _legend_clear_of_data(pane) -> None:
    for plot in pane.figure.plots:
        legend = plot.legend.sceneBoundingRect()
        assert legend.height() > 0
        assert not legend.intersects(plot.getViewBox().sceneBoundingRect())
        assert legend.bottom() <= plot.getViewBox().sceneBoundingRect().top()
        assert legend.right() <= pane.figure.sceneRect().right() + 1


@pytest.mark.parametrize("size", [(1366, 560), (1920, 800), (520, 500)])
def test_legend_sits_above_the_plot(qtbot, real_session, size):
    series = _three_series(real_session)
    assert len(series) == 3
    real_session.state.set_chart_series(series, origin="test")
    pane = _pane(qtbot, real_session, *size)
    assert len(pane.figure.plots[0].legend.items) == 3
    _legend_clear_of_data(pane)


def test_legend_stays_clear_in_presentation(qtbot, real_session):
    from explorer.ui.presentation.plot_style import PlotPresenter

    real_session.state.set_chart_series(_three_series(real_session), origin="test")
    pane = _pane(qtbot, real_session, 1366, 600)
    height = pane.figure.plots[0].legend.sceneBoundingRect().height()
    presenter = PlotPresenter(pane, 1.6, 16)
    presenter.attach()
    _settle(pane)
    assert pane.figure.plots[0].legend.sceneBoundingRect().height() > height
    _legend_clear_of_data(pane)
    presenter.detach()


# --- view options ----------------------------------------------------------------------------


def test_view_options_round_trip(qtbot, demo_session):
    pane = _pane(qtbot, demo_session)
    bar = pane.toolbar
    bar.style_box.setCurrentIndex(bar.style_box.findData("lines"))
    bar.log_box.setChecked(True)
    bar.year.setValue(1990)
    bar.relative_box.setChecked(True)
    bar.episodes_box.setChecked(False)
    pane.figure.plots[0].setXRange(1980.0, 1995.0, padding=0)
    options = pane.view_options()
    assert options["style"] == "lines" and options["log"] is True
    assert options["relative"] is True and options["year"] == 1990
    assert options["episodes"] is False
    assert options["x_range"] == pytest.approx([1980.0, 1995.0])

    other = _pane(qtbot, demo_session)
    redraws = []
    original = other.redraw
    other.redraw = lambda *a, **k: (redraws.append(1), original(*a, **k))
    other.apply_view_options(options)
    assert len(redraws) == 1  # all the options at once, one drawing
    restored = other.view_options()
    assert restored.pop("x_range") == pytest.approx(options.pop("x_range"))
    assert restored == options
    assert not other.toolbar.bars and other.toolbar.log and other.toolbar.relative_from == 1990
    assert other.toolbar.year.isEnabled() and other.marks is None


def test_apply_view_options_is_tolerant(qtbot, demo_session):
    pane = _pane(qtbot, demo_session)
    before = pane.view_options()
    pane.apply_view_options({})
    pane.apply_view_options(
        {"style": "pie", "log": "yes", "year": "1990", "x_range": [2000, 1990], "zoom": 3}
    )
    pane.apply_view_options("not a dict")  # type: ignore[arg-type]
    assert pane.view_options() == before
    pane.apply_view_options({"log": True})  # only what is given changes
    after = pane.view_options()
    assert after["log"] is True and after["style"] == before["style"]


def test_saved_view_options_of_the_old_format_still_restore(qtbot, demo_session):
    from explorer.ui.lessons import capture

    get, before, after = capture.ADAPTERS["chart"]
    pane = _pane(qtbot, demo_session)
    old = {"style": "lines", "log": True, "relative": False, "year": 1990, "episodes": True,
           "x_range": [1985.0, 2000.0]}  # fmt: skip
    before(pane, old)
    after(pane, old, {})
    assert get(pane) == old
