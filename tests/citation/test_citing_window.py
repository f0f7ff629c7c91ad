"""Citing from the real window: Copy Citation, Cite This View and its view file, Export Sources.

Everything is driven through the window's actions, as a user's keys and menus would, and
checked against the store with SQL.
"""

from __future__ import annotations

import sqlite3

import pytest
import rispy
from PySide6.QtWidgets import QApplication, QFileDialog, QTextBrowser

from explorer.core.views import state_to_dict
from explorer.ui.lessons import capture
from tests.citation.test_source_formats import covers
from tests.classroom.conftest import leave_any_presentation, open_window
from tests.conftest import STORE_PATH


@pytest.fixture
def window(qtbot, store_path):
    win = open_window(qtbot, store_path)
    yield win
    leave_any_presentation(win)
    if getattr(win, "cite_dialog", None) is not None:
        win.cite_dialog.close()
    win.close()


@pytest.fixture(scope="module")
def sql():
    conn = sqlite3.connect(f"{STORE_PATH.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    yield conn
    conn.close()


def meta(sql) -> dict:
    return dict(sql.execute("SELECT key, value FROM meta"))


def test_copy_citation_of_a_flagged_value_names_unit_flag_locator_and_version(window, sql):
    obs_id, value_text, unit, title, locator, series_title = sql.execute(
        """SELECT o.id, o.value_text, s.unit_label, src.title, p.locator, s.title
           FROM observations o JOIN series s ON s.id = o.series_id
           JOIN passages p ON p.id = o.passage_id JOIN sources src ON src.id = p.source_id
           WHERE o.flag = 'inconsistent' ORDER BY o.id LIMIT 1""").fetchone()  # fmt: skip
    window.session.state.select("observation", obs_id)
    window.actions["edit.copy_citation"].trigger()
    text = QApplication.clipboard().text()
    first = text.splitlines()[0]
    assert first.startswith(f"{series_title}, ")
    assert f"{value_text} {unit}" in first and "Inconsistent" in first
    assert f"{title}, {locator}" in text
    assert f"version {meta(sql)['dataset_version']}" in text
    assert "Copied" in window.statusBar().currentMessage()


def test_copy_citation_of_a_series_names_its_unit_table_locators_and_flags(window, sql):
    series_id, unit, table_ref = sql.execute(
        """SELECT s.id, s.unit_label, s.table_ref FROM series s
           WHERE EXISTS (SELECT 1 FROM observations o WHERE o.series_id = s.id
                         AND o.flag = 'inconsistent') ORDER BY s.id LIMIT 1""").fetchone()  # fmt: skip
    window.session.state.select("series", series_id)
    window.actions["edit.copy_citation"].trigger()
    text = QApplication.clipboard().text()
    assert f"({unit})" in text.splitlines()[0]
    assert table_ref in text
    for period, value_text in sql.execute(
        "SELECT period, value_text FROM observations WHERE series_id = ? AND flag IS NOT NULL",
        (series_id,),
    ):
        assert f"Flagged: {period} {value_text}" in text
    # Every observation's locator can be read in the merged locators.
    raw = {row[0] for row in sql.execute(
        "SELECT p.locator FROM observations o JOIN passages p ON p.id = o.passage_id "
        "WHERE o.series_id = ?", (series_id,))}  # fmt: skip
    locators_line = next(line for line in text.splitlines() if line.startswith("Locators: "))
    assert covers(locators_line[len("Locators: ") :].split("; "), raw)
    assert meta(sql)["dataset_version"] in text


def test_the_citing_commands_sit_beside_their_neighbours_in_the_menus(window):
    def menu_of(action_id):
        from PySide6.QtWidgets import QMenu

        for menu in window.menuBar().findChildren(QMenu):
            names = [a.objectName() for a in menu.actions()]
            if action_id in names:
                return names
        return []

    edit = menu_of("edit.cite_view")
    assert edit.index("edit.cite_view") == edit.index("edit.copy_citation") + 1
    file_menu = menu_of("file.export_sources")
    assert file_menu.index("file.export_sources") == file_menu.index("file.export_csv") + 1
    assert "view.export_lesson_web" in menu_of("view.present")


def set_up_view(window, sql) -> dict:
    state = window.session.state
    series = [row[0] for row in sql.execute(
        "SELECT id FROM series WHERE source_id = 'sy2013' ORDER BY id LIMIT 1")]  # fmt: skip
    state.update_filters(text="Fujimori Japan")
    state.set_chart_series(series)
    state.select("episode", "1996-japanese-embassy-hostage-crisis")
    window.panes["timeline"].plot.set_x_range(1985.0, 2001.0)
    state.set_time_range(1985.0, 2001.0)
    return state_to_dict(state)


def test_cite_this_view_names_the_dataset_filters_selection_and_every_source(window, sql):
    view_state = set_up_view(window, sql)
    window.actions["edit.cite_view"].trigger()
    dialog = window.cite_dialog
    assert dialog.isVisible()
    from explorer.core.citation import sources_behind

    records, locators = sources_behind(sql, [view_state])
    assert len(records) >= 2
    for index in range(dialog.style_box.count()):
        dialog.style_box.setCurrentIndex(index)
        text = dialog.plain_text()
        shown = dialog.browser.toPlainText()
        assert meta(sql)["dataset_version"] in text and meta(sql)["content_hash"] in text
        assert "search “Fujimori Japan”" in text and "Timeline range: 1985–2001" in text
        assert "MRTA" in text  # the selected episode, by its title
        for record in records:
            assert record["title"].lower()[:30] in text.lower()
            assert record["title"].lower()[:30] in shown.lower()
            assert all(loc in text for loc in locators[record["id"]][:40])
    chicago, apa = dialog.style_box.itemText(0), dialog.style_box.itemText(1)
    assert "Chicago" in chicago and "APA" in apa
    dialog.copy()
    mime = QApplication.clipboard().mimeData()
    assert mime.hasHtml() and mime.hasText()
    assert "How to cite the dataset" in shown  # the store's CITATION.cff record


def test_the_view_file_reopens_the_same_view_in_a_fresh_profile(
    qtbot, store_path, sql, tmp_path, monkeypatch
):
    monkeypatch.setenv("RELATIONS_EXPLORER_HOME", str(tmp_path / "author"))
    first = open_window(qtbot, store_path)
    set_up_view(first, sql)
    first.panes["chart"].toolbar.log_box.setChecked(True)
    first.actions["edit.cite_view"].trigger()
    path = first.cite_dialog.save_view_file(tmp_path / "cited-view")
    assert path.name == "cited-view.json"
    saved = capture.capture(first, "then")
    first.cite_dialog.close()
    first.close()

    monkeypatch.setenv("RELATIONS_EXPLORER_HOME", str(tmp_path / "reader"))
    second = open_window(qtbot, store_path)
    try:
        library = second.classroom.library
        assert library.views() == []
        report, message = library.import_file(path)
        assert report is not None, message
        (view,) = library.views()
        second.classroom.show_view(view)
        qtbot.wait(50)
        now = capture.capture(second, "now")
        assert now.state == saved.state
        assert now.options["chart"] == saved.options["chart"]
        assert now.options["table"] == saved.options["table"]
        assert now.panes == saved.panes
        assert second.panes["chart"].toolbar.log_box.isChecked()
    finally:
        second.close()


def test_export_sources_writes_what_a_reference_manager_reads(window, tmp_path, monkeypatch):
    target = tmp_path / "sources"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), "RIS (*.ris)"))  # fmt: skip
    window.actions["file.export_sources"].trigger()
    written = tmp_path / "sources.ris"
    records = rispy.loads(written.read_text(encoding="utf-8"))
    assert len(records) == 6
    assert str(written) in window.statusBar().currentMessage()


def test_about_says_how_to_cite_the_dataset(window, sql):
    from explorer.ui import dialogs

    dialog = dialogs.about_dialog(window, window.session.store, window.session.store_path)
    text = dialog.findChild(QTextBrowser, "about-text").toPlainText()
    assert "Cite this dataset" in text
    assert f"Version {meta(sql)['dataset_version']}" in text and "[Dataset]" in text
    dialog.close()
