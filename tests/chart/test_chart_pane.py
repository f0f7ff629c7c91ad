"""The chart pane driven like a user: default series, hover readout, clicks, units, options."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QApplication

from explorer.store import series_data
from explorer.ui.chart import ChartPane
from tests.timeline.gui import click, hover

CRISIS = "1996-japanese-embassy-hostage-crisis"


@pytest.fixture
def pane(qtbot, demo_session):
    widget = ChartPane(demo_session)
    qtbot.addWidget(widget)
    widget.resize(1366, 480)
    widget.show()
    qtbot.waitExposed(widget)
    _settle(widget)
    return widget


def _settle(pane) -> None:
    pane.figure.viewport().repaint()
    QApplication.processEvents()


def _point_of(pane, observation_id: str) -> QPoint:
    """Viewport point at the middle of an observation's bar."""
    _settle(pane)
    for plot, panel in zip(pane.figure.plots, pane.figure.panels, strict=True):
        for d in panel.drawn:
            if d.obs.id == observation_id:
                box = plot.getViewBox()
                scene = box.mapViewToScene(QPointF(d.mid, (d.base + d.y) / 2))
                return pane.figure.mapFromScene(scene)
    raise AssertionError(f"{observation_id} is not drawn")


def _oda_ids(conn) -> set[str]:
    return {
        row[0]
        for row in conn.execute(
            "SELECT id FROM series WHERE indicator LIKE 'oda%' AND reporter = 'JPN' "
            "AND partner = 'PER'"
        )
    }


def test_default_chart_is_japans_aid_to_peru(pane, demo_session):
    shown = set(demo_session.state.chart_series)
    assert shown and shown <= _oda_ids(demo_session.store)
    assert len(pane.figure.plots) == 1
    assert "US$ millions" in pane.figure.plots[0].getAxis("left").labelText


@pytest.mark.parametrize("period", ["1991", "1971/1975"])
def test_hover_reads_exact_value_unit_period_and_source(pane, demo_session, period):
    series_id = demo_session.state.chart_series[0]
    obs_id = f"{series_id}@{period}"
    value_text, locator, source = demo_session.store.execute(
        "SELECT o.value_text, p.locator, s.short_title FROM observations o "
        "JOIN passages p ON p.id = o.passage_id JOIN sources s ON s.id = p.source_id "
        "WHERE o.id = ?",
        (obs_id,),
    ).fetchone()
    hover(pane.figure, _point_of(pane, obs_id))
    text = pane.readout.text()
    assert f"{value_text} US$ millions" in text
    assert period.replace("/", "–") in text
    assert source in text and locator in text
    assert value_text in pane.figure.hover_card.text()


def test_flagged_value_is_explained_on_hover(pane, demo_session):
    obs_id, series_id, reason = demo_session.store.execute(
        "SELECT id, series_id, flag_reason FROM observations WHERE flag = 'inconsistent'"
    ).fetchone()
    if series_id not in demo_session.state.chart_series:
        demo_session.state.set_chart_series((series_id,), origin="test")
    hover(pane.figure, _point_of(pane, obs_id))
    assert "Inconsistent" in pane.readout.text() and reason in pane.readout.text()


def test_click_opens_the_citation(pane, demo_session):
    series_id = demo_session.state.chart_series[0]
    click(pane.figure, _point_of(pane, f"{series_id}@1996"))
    selection = demo_session.state.selection
    assert selection.kind == "observation" and selection.id == f"{series_id}@1996"


def test_different_units_never_share_an_axis(pane, demo_session):
    state = demo_session.state
    state.set_chart_series((*state.chart_series, "sy2013-t1-nikkei"), origin="test")
    labels = [plot.getAxis("left").labelText for plot in pane.figure.plots]
    units = {
        row[0]
        for row in demo_session.store.execute(
            f"SELECT DISTINCT unit_label FROM series WHERE id IN "
            f"({','.join('?' * len(state.chart_series))})",
            state.chart_series,
        )
    }
    assert len(pane.figure.plots) == len(units)
    assert sorted(labels) == sorted(units)


def test_log_scale_and_relative_change(pane, demo_session, qtbot):
    pane.toolbar.log_box.setChecked(True)
    assert "log scale" in pane.figure.plots[0].getAxis("left").labelText
    zeros = demo_session.store.execute(
        "SELECT COUNT(*) FROM observations WHERE value <= 0 AND series_id IN "
        f"({','.join('?' * len(demo_session.state.chart_series))})",
        demo_session.state.chart_series,
    ).fetchone()[0]
    if zeros:
        assert str(zeros) in pane.message.text()
    pane.toolbar.log_box.setChecked(False)
    pane.toolbar.relative_box.setChecked(True)
    pane.toolbar.year.setValue(1990)
    assert "% change from 1990" in pane.figure.plots[0].getAxis("left").labelText
    series_id = demo_session.state.chart_series[0]
    base = demo_session.store.execute(
        "SELECT value FROM observations WHERE id = ?", (f"{series_id}@1990",)
    ).fetchone()[0]
    later = demo_session.store.execute(
        "SELECT value FROM observations WHERE id = ?", (f"{series_id}@1991",)
    ).fetchone()[0]
    drawn = next(d for d in pane.figure.panels[0].drawn if d.obs.id == f"{series_id}@1991")
    assert drawn.y == pytest.approx((later / base - 1) * 100)


def test_episodes_are_marked_and_clickable(pane, demo_session):
    demo_session.state.select("episode", CRISIS, origin="timeline")
    assert all(item.selected == CRISIS for item in pane.figure.mark_items)
    plot = pane.figure.plots[0]
    start, end = demo_session.store.execute(
        "SELECT start_lo, end_hi FROM episodes WHERE id = '1992-fujimori-self-coup'"
    ).fetchone()
    box = plot.getViewBox()
    top = box.sceneBoundingRect().top()
    scene = QPointF(box.mapViewToScene(QPointF((start + end) / 2, 0)).x(), top + 5)
    point = pane.figure.mapFromScene(scene)
    hover(pane.figure, point)
    assert "self-coup" in pane.figure.hover_card.text()
    click(pane.figure, point)
    assert demo_session.state.selection.id == "1992-fujimori-self-coup"


def test_picker_is_searchable_and_ticks_series(pane, demo_session, qtbot):
    picker = pane.picker
    picker.search.clear()
    qtbot.keyClicks(picker.search, "Nikkei")
    leaves = list(picker._leaves())
    assert len(leaves) == 1
    leaves[0].setCheckState(Qt.CheckState.Checked)
    assert "sy2013-t1-nikkei" in demo_session.state.chart_series
    picker.search.clear()
    assert (
        len(list(picker._leaves()))
        == demo_session.store.execute("SELECT COUNT(*) FROM series").fetchone()[0]
    )


def test_observation_selected_elsewhere_is_shown(pane, demo_session):
    demo_session.state.select("observation", "sy2013-t1-nikkei@1989", origin="detail")
    assert "sy2013-t1-nikkei" in demo_session.state.chart_series
    assert "1989" in pane.readout.text()


def test_default_series_picks_by_indicator(demo_session):
    chosen = series_data.default_series(demo_session.store)
    assert chosen and set(chosen) <= _oda_ids(demo_session.store)


def test_export_svg_keeps_the_units(pane, tmp_path):
    from explorer.ui.plotting import export

    export.export_svg(pane.figure, tmp_path / "c.svg", "Chart")
    assert "US$ millions" in (tmp_path / "c.svg").read_text(encoding="utf-8")
