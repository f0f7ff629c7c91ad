"""The compare pane as a user drives it, on the scenario store and on the real one."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage

scenario = pytest.importorskip("notes_scenario_store")


@pytest.fixture
def pane(qtbot, session):
    from explorer.ui.compare import ComparePane

    widget = ComparePane(session)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    return widget


def test_empty_pane_explains_what_to_do(pane):
    assert pane.empty.isVisible() and "Pick 2–4 episodes" in pane.empty.text()
    assert not pane.export_button.isEnabled()


def test_episodes_side_by_side_with_differences_marked(qtbot, pane, session):
    session.notes.add("episode", scenario.HUARAL, body="Japan recalled its experts")
    session.state.set_compare_episodes([scenario.HUARAL, scenario.HOSTAGE])
    table = pane.facts_table
    assert table.columnCount() == 2
    assert table.horizontalHeaderItem(1).text().endswith("Japanese embassy hostage crisis")
    assert table.cell_text("duration", 1) == "127 days"
    assert table.cell_text("dates", 1) == "December 17, 1996 – April 22, 1997"
    assert "Shining Path" in table.cell_text("actors", 0)
    assert "127 days" in table.cell_text("sources", 1)
    assert "Japan recalled its experts" in table.cell_text("notes", 0)
    assert set(table.differing_rows()) >= {"start", "duration", "actors", "notes"}
    assert "kind" not in table.differing_rows()


def test_typing_in_the_picker_adds_an_episode_and_state_follows(qtbot, pane, session):
    session.state.set_compare_episodes([scenario.HUARAL])
    qtbot.keyClicks(pane.episode_picker.search, "hostage")
    qtbot.keyClick(pane.episode_picker.search, Qt.Key.Key_Return)
    assert session.state.compare_episodes == (scenario.HUARAL, scenario.HOSTAGE)
    chip = pane.episode_picker.chips.itemAt(0).widget()
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert session.state.compare_episodes == (scenario.HOSTAGE,)
    session.state.select("episode", scenario.FUJIMORI)
    qtbot.mouseClick(pane.add_selected, Qt.MouseButton.LeftButton)
    assert session.state.compare_episodes == (scenario.HOSTAGE, scenario.FUJIMORI)


def test_aligned_charts_hover_shows_value_and_citation(qtbot, pane, session):
    session.state.set_compare_episodes([scenario.HUARAL, scenario.HOSTAGE])
    assert set(pane.series_ids) == {scenario.GRANT, scenario.TECH}  # suggested: data round both
    charts = pane.charts
    assert charts is not None and len(charts.plots) == 2
    pane.scroll.ensureWidgetVisible(charts, 0, 0)
    qtbot.wait(50)
    grant = pane.series_ids.index(scenario.GRANT)
    value_1997 = scenario.TABLE3[1997][0]
    scene = charts.point_scene_pos(grant, 1.0, value_1997)
    at = charts.view.mapFromScene(scene)
    qtbot.mouseMove(charts.view.viewport(), at)
    qtbot.waitUntil(lambda: charts.card.isVisible())
    text = charts.card.text()
    assert "Japanese embassy hostage crisis" in text and "16.17" in text
    assert "year +1 (1997)" in text and "Table 3, row 1997" in text
    qtbot.mouseMove(charts.view.viewport(), QPoint(2, 2))


def test_window_changes_the_means(qtbot, pane, session):
    session.state.set_compare_episodes([scenario.HUARAL, scenario.HOSTAGE])
    pane.window_lo.setValue(-2)
    qtbot.keyClicks(pane.window_hi, "")  # focus; then type a new value as a user would
    pane.window_hi.selectAll()
    qtbot.keyClicks(pane.window_hi, "2")
    qtbot.waitUntil(lambda: "0…+2" in pane.summary.horizontalHeaderItem(3).text())
    rows = pane.summary.row_texts()
    row = next(
        r
        for r in rows
        if r[0].startswith("Japan's ODA to Peru: grant aid") and r[1].startswith("Japanese embassy")
    )
    before = sum(scenario.TABLE3[y][0] for y in (1994, 1995)) / 2
    after = sum(scenario.TABLE3[y][0] for y in (1996, 1997, 1998)) / 3
    assert row[2].startswith(f"{before:,.2f}") and row[3].startswith(f"{after:,.2f}")
    assert row[4] == f"{after - before:+,.2f}".replace("-", "−")


def test_comparison_saved_in_the_notes_store_and_reopened(qtbot, pane, session):
    session.state.set_compare_episodes([scenario.HUARAL, scenario.HOSTAGE])
    pane.series_picker.remove(scenario.TECH)
    pane.window_lo.setValue(-3)
    item_id = pane.save_comparison("Huaral vs hostage crisis")
    assert [i.name for i in session.notes.items("comparison")] == ["Huaral vs hostage crisis"]
    session.state.set_compare_episodes([])
    pane.window_lo.setValue(-5)
    assert pane.open_comparison(item_id)
    assert session.state.compare_episodes == (scenario.HUARAL, scenario.HOSTAGE)
    assert pane.series_ids == (scenario.GRANT,) and pane.window == (-3, 5)
    assert "Opened" in pane.message.text()
    pane.saved_button.menu().aboutToShow.emit()
    names = [a.text() for a in pane.saved_button.menu().actions()]
    assert "Huaral vs hostage crisis" in names


def test_export_png_and_csv(qtbot, pane, session, tmp_path):
    session.state.set_compare_episodes([scenario.HUARAL, scenario.HOSTAGE])
    pane.export_png(tmp_path / "c.png")
    image = QImage(str(tmp_path / "c.png"))
    assert image.width() >= pane.content.width() and image.height() >= pane.content.height()
    pane.export_csv(tmp_path / "c.csv")
    data = (tmp_path / "c.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r" not in data  # Excel-ready UTF-8, LF only
    with (tmp_path / "c.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {r["series_id"] for r in rows} == set(pane.series_ids)
    assert {r["measure"] for r in rows} == {"value", "mean_before", "mean_after", "change"}


def test_real_store_scenario_end_to_end(qtbot, store_path, tmp_path):
    """The issue's scenario on the bundled data, when the curators' rows are in it."""
    from explorer.core.session import Session
    from explorer.store.bundled import open_store
    from explorer.store.notes import NotesStore
    from explorer.ui.compare import ComparePane

    conn = open_store(store_path)
    found = {}
    for key, query in (("huaral", "Huaral"), ("hostage", "hostage residence OR embassy hostage")):
        row = conn.execute(
            "SELECT episode_id FROM episodes_fts WHERE episodes_fts MATCH ? ORDER BY rank LIMIT 1",
            (query,),
        ).fetchone()
        found[key] = row[0] if row else None
    series = [
        r[0]
        for r in conn.execute(
            "SELECT id FROM series WHERE id IN ('pj2003-t3-grant-aid', 'pj2003-t3-technical-cooperation')"
        )
    ]
    if not all(found.values()) or not series:
        pytest.skip("the bundled store does not have the scenario's rows yet")
    session = Session(conn, store_path)
    session.notes = NotesStore.open(tmp_path / "notes.db")
    pane = ComparePane(session)
    qtbot.addWidget(pane)
    pane.show()
    session.state.set_compare_episodes([found["huaral"], found["hostage"]])
    pane._series_edited(tuple(series))
    starts = [f.start_year for f in pane.facts]
    assert starts == sorted(starts) and starts[0] == 1991
    expected = dict(
        conn.execute(
            "SELECT o.period, o.value FROM observations o WHERE o.series_id = ? AND o.start >= ?"
            " AND o.start < ? AND o.end - o.start <= 1.001 AND o.value IS NOT NULL",
            (series[0], starts[1] - 5, starts[1] + 6),
        ).fetchall()
    )
    plotted = {p.period: p.value for i, p in pane.charts._points[0] if i == 1}
    assert plotted == expected
    assert pane.summary.rowCount() == 2 * len(series)
    session.notes.close()
    conn.close()


def test_notes_changes_show_in_the_facts(qtbot, pane, session):
    session.state.set_compare_episodes([scenario.HUARAL, scenario.HOSTAGE])
    session.notes.add("episode", scenario.HOSTAGE, body="Aoki resigned")
    session.notes_changed.emit("episode", scenario.HOSTAGE)
    assert "Aoki resigned" in pane.facts_table.cell_text("notes", 1)


def test_switching_theme_with_charts_shown_redraws_them(qtbot, pane, session):
    from PySide6.QtWidgets import QApplication

    from explorer.ui import theme

    session.state.set_compare_episodes([scenario.HUARAL, scenario.HOSTAGE])
    app = QApplication.instance()
    before = pane.charts.view.backgroundBrush().color().name()
    try:
        theme.apply(app, "dark")
        qtbot.waitUntil(lambda: pane.charts.view.backgroundBrush().color().name() != before)
    finally:
        theme.apply(app, "light")
        app.setStyleSheet("")
    assert len(pane.charts.plots) == 2


def test_fits_a_narrow_dock(qtbot, pane, session):
    session.state.set_compare_episodes([scenario.HUARAL, scenario.HOSTAGE])
    pane.resize(440, 700)
    qtbot.wait(20)
    assert pane.minimumSizeHint().width() <= 460
    assert pane.third_row.indexOf(pane.controls) >= 0  # window and export moved below


def test_row_titles_in_spanish(qtbot, qapp, session):
    """Every row title of the comparison is translated (they were written where lupdate never
    looked, so "Dates", "Year 0", "Duration" and "Your notes" stayed English in Spanish)."""
    from explorer.ui import i18n
    from explorer.ui.compare import ComparePane

    assert i18n.install(qapp, "es") == "es"
    try:
        widget = ComparePane(session)
        qtbot.addWidget(widget)
        widget.resize(1366, 768)
        widget.show()
        session.state.set_compare_episodes([scenario.HUARAL, scenario.HOSTAGE])
        table = widget.facts_table
        titles = [
            table.verticalHeaderItem(row).text().removeprefix("≠ ")
            for row in range(table.rowCount())
        ]
        assert titles == ["Fechas", "Año 0", "Duración", "Tipo", "Actores", "Fuentes", "Sus notas"]
    finally:
        i18n.install(qapp, "en")
