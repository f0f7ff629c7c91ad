"""The compare pane's second round: numbers in the interface language, and the comparison
as plain data for saved views (old saved views still open)."""

from __future__ import annotations

import pytest

from explorer.ui import i18n
from explorer.ui.lessons import capture

scenario = pytest.importorskip("notes_scenario_store")


@pytest.fixture
def pane(qtbot, session):
    from explorer.ui.compare import ComparePane

    widget = ComparePane(session)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    return widget


@pytest.fixture
def spanish(qapp):
    assert i18n.install(qapp, "es") == "es"
    yield
    i18n.install(qapp, "en")


def _row(pane, episode_start: str) -> list[str]:
    return next(
        r
        for r in pane.summary.row_texts()
        if r[0].startswith("Japan's ODA to Peru: grant aid") and r[1].startswith(episode_start)
    )


def test_summary_numbers_in_spanish(qtbot, spanish, pane, session):
    from explorer.ui.compare.summary_table import number

    assert number(1694.9) == "1.694,90" and number(-8.4, signed=True) == "−8,40"
    assert number(20.69, signed=True) == "+20,69" and number(None) == "—"
    session.state.set_compare_episodes([scenario.HUARAL, scenario.HOSTAGE])
    pane.apply_comparison(series=[scenario.GRANT], window=[-2, 2])
    row = _row(pane, "Japanese embassy")
    before = sum(scenario.TABLE3[y][0] for y in (1994, 1995)) / 2
    after = sum(scenario.TABLE3[y][0] for y in (1996, 1997, 1998)) / 3
    assert row[2].startswith(i18n.format_number(before, 2)) and "," in row[2]
    assert row[3].startswith(i18n.format_number(after, 2))
    sign = "+" if after >= before else "−"
    assert row[4] == sign + i18n.format_number(abs(after - before), 2)


def test_summary_numbers_in_english(qtbot, pane, session, qapp):
    i18n.install(qapp, "en")
    session.state.set_compare_episodes([scenario.HUARAL, scenario.HOSTAGE])
    pane.apply_comparison(series=[scenario.GRANT], window=[-2, 2])
    before = sum(scenario.TABLE3[y][0] for y in (1994, 1995)) / 2
    assert _row(pane, "Japanese embassy")[2].startswith(f"{before:,.2f}")


def test_aligned_chart_value_axis_in_spanish(qtbot, spanish, pane, session):
    session.state.set_compare_episodes([scenario.HUARAL, scenario.HOSTAGE])
    axis = pane.charts.plots[0].getAxis("left")
    assert axis.tickStrings([12.5, 40000.0], 1.0, 0.5) == ["12,5", "40.000,0"]


def test_comparison_state_round_trip(qtbot, pane, session):
    pane.apply_comparison(
        episodes=[scenario.HUARAL, scenario.HOSTAGE], series=[scenario.GRANT], window=[-3, 4]
    )
    assert session.state.compare_episodes == (scenario.HUARAL, scenario.HOSTAGE)
    state = pane.comparison_state()
    assert state == {
        "episodes": [scenario.HUARAL, scenario.HOSTAGE],
        "series": [scenario.GRANT],
        "window": [-3, 4],
    }
    assert [r[0].split(" (")[0] for r in pane.summary.row_texts()].count(
        "Japan's ODA to Peru: grant aid · Table 3"  # whose, to whom, which table
    ) == 2
    assert "−3…−1" in pane.summary.horizontalHeaderItem(2).text()
    # None keeps a part as it is; a window out of range is clamped, never refused.
    pane.apply_comparison(window=[-99, 99])
    assert pane.comparison_state()["window"] == [-30, 30]
    assert pane.comparison_state()["series"] == [scenario.GRANT]


def test_saved_view_options_of_the_old_format_still_restore(qtbot, pane, session):
    """The view format written before the API existed: {"window": [lo, hi], "series": [...]}."""
    get, before, after = capture.ADAPTERS["compare"]
    session.state.set_compare_episodes([scenario.HUARAL, scenario.HOSTAGE])
    old = {"window": [-3, 4], "series": [scenario.GRANT]}
    if before is not None:
        before(pane, old)
    after(pane, old, {})
    assert pane.window == (-3, 4) and pane.series_ids == (scenario.GRANT,)
    assert get(pane) == old
    after(pane, {"window": "odd", "series": None, "other": 1}, {})  # kept as it was
    assert pane.window == (-3, 4) and pane.series_ids == (scenario.GRANT,)
