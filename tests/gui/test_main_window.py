"""The main window: menus, panes, keyboard, one state, remembered layout, notes markers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu

from tests.gui.helpers import click_row, wait_for_query

HOSTAGE, FISHMEAL = "1996-hostage-crisis", "195X-fishmeal-exports"
VISIT, CHINA = "1991-fujimori-visits-tokyo", "1971-china-relations"


def menu_titles(window):
    return [a.text().replace("&", "") for a in window.menuBar().actions()]


def test_menus_toolbar_and_status_bar(window):
    assert menu_titles(window) == ["File", "Edit", "View", "Go", "Help"]
    file_menu = window.findChild(QMenu, "menu-file")  # by object: see ui/lessons/menus.py
    names = [a.objectName() for a in file_menu.actions() if a.objectName()]
    assert names[:4] == ["file.open_store", "file.bundled_store", "file.new_store",
                         "file.export_csv"]  # fmt: skip
    submenus = [a.menu().objectName() for a in file_menu.actions() if a.menu() is not None]
    assert submenus[:2] == ["menu-open-recent", "menu-my-stores"]
    assert window.findChild(type(window.addToolBar("x")), "toolbar-main") is not None
    assert window.result_count.text() == "4 of 4 episodes"
    assert window.dataset_label.text() == "Dataset test.1"


def test_view_menu_switches_workspaces_and_toggles_the_docks(qtbot, window):
    window.build_deferred_panes()
    toggles = {
        a.objectName(): a for a in window.view_menu.actions() if a.objectName().startswith("view.")
    }
    for pane in ("filters", "detail"):
        toggle = toggles[f"view.{pane}"]
        dock = window.docks[pane]
        toggle.trigger()
        assert dock.isHidden()
        toggle.trigger()
        assert not dock.isHidden()
    for pane, workspace in (("chart", "chart"), ("compare", "compare"), ("notes", "notes"),
                            ("timeline", "explore")):  # fmt: skip
        toggles[f"view.{pane}"].trigger()
        assert window.workspaces.current() == workspace
        assert window.panes[pane].isVisible() and toggles[f"view.{pane}"].isChecked()
        others = [p for p in ("timeline", "chart", "compare", "notes") if p != pane]
        assert not any(window.panes[p].isVisible() for p in others)
        assert window.current_pane() == pane  # the keyboard is in it, ready to use


def test_deferred_panes_are_built_after_the_first_paint(qtbot, window):
    qtbot.waitUntil(
        lambda: {"timeline", "chart", "compare", "notes"} <= window.panes.keys(), timeout=10000
    )
    for pane in ("timeline", "chart", "compare", "notes"):
        assert window.slots[pane].widget().isAncestorOf(window.panes[pane])


def test_clear_filters_is_one_action(qtbot, window):
    state = window.session.state
    qtbot.keyClicks(window.table.search, "japan")
    wait_for_query(qtbot, window)
    state.update_filters(kinds=frozenset({"trade"}), decades=frozenset({1950}), date_from=1900.0)
    assert window.actions["edit.clear_filters"].isEnabled()
    window.actions["edit.clear_filters"].trigger()
    assert state.filters.is_empty()
    assert window.table.search.text() == ""
    assert window.panes["filters"].date_range.typed.text() == ""
    assert len(window.table.model.ids) == 4
    assert not window.actions["edit.clear_filters"].isEnabled()


def test_ctrl_f_focuses_search_and_esc_clears(qtbot, window):
    window.activateWindow()
    window.table.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.table.search
    qtbot.keyClicks(window.table.search, "hostage")
    wait_for_query(qtbot, window)
    window.session.state.update_filters(kinds=frozenset({"security"}))
    qtbot.keyClick(window.table.search, Qt.Key.Key_Escape)
    assert window.session.state.filters.text == ""
    assert window.session.state.filters.kinds == {"security"}
    qtbot.keyClick(window.table.search, Qt.Key.Key_Escape)  # a second Esc clears everything
    assert window.session.state.filters.is_empty()


def test_arrow_keys_move_the_selection_everywhere(qtbot, window):
    click_row(qtbot, window.table, 0)
    assert window.session.state.selected_episode == FISHMEAL
    qtbot.keyClick(window.table.table, Qt.Key.Key_Down)
    assert window.session.state.selected_episode == CHINA
    assert "Relations with China established" in window.detail.browser.toPlainText()


def test_selection_made_elsewhere_is_followed_by_the_table(qtbot, window):
    window.session.state.select("episode", VISIT, origin="timeline")
    assert window.table.selected_ids() == [VISIT]
    assert "Fujimori visits Tokyo" in window.detail.browser.toPlainText()


def test_f6_moves_focus_through_the_panes(qtbot, window):
    window.build_deferred_panes()
    window.activateWindow()
    window.table.table.setFocus()
    seen = []
    for _ in range(3):
        window.actions["go.next_pane"].trigger()
        seen.append(window.current_pane())
    assert seen == ["detail", "filters", "timeline"]  # across the screen, round again
    # F6 into the timeline puts the focus on its plot, not its range box: + and ] zoom and
    # step there instead of being typed.
    assert QApplication.focusWidget() is window.panes["timeline"].plot


def test_add_to_comparison_from_the_table(qtbot, window):
    click_row(qtbot, window.table, 0)
    click_row(qtbot, window.table, 3, Qt.KeyboardModifier.ControlModifier)
    window.actions["edit.add_to_compare"].trigger()
    assert window.session.state.compare_episodes == (FISHMEAL, HOSTAGE)
    click_row(qtbot, window.table, 1)
    window.actions["edit.add_to_compare"].trigger()
    assert window.session.state.compare_episodes == (FISHMEAL, HOSTAGE, CHINA)


class FakeNotes:
    def __init__(self):
        self.ids = {"episode": {HOSTAGE}}

    def noted_ids(self, target_type):
        return set(self.ids.get(target_type, set()))


def test_note_markers_follow_the_notes_store(qtbot, window):
    model = window.table.model
    row = model.row_of(HOSTAGE)
    assert model.data(model.index(row, 0)) == ""
    notes = FakeNotes()
    window.session.notes = notes
    window.table.refresh_notes()
    assert model.data(model.index(row, 0)) == "✎"
    notes.ids["episode"].add(CHINA)
    window.session.notes_changed.emit("episode", CHINA)
    assert model.data(model.index(model.row_of(CHINA), 0)) == "✎"


def test_window_layout_is_remembered(qtbot, make_window, synthetic_path):
    # The offscreen test screen is 800×800, and a restored window is kept on its screen.
    first = make_window(synthetic_path)
    first.resize(790, 640)
    first.build_deferred_panes()
    first.docks["filters"].toggleViewAction().trigger()  # closed beside the timeline
    first.show_workspace("notes")
    first.docks["detail"].hide()
    first.close()
    second = make_window(synthetic_path, size=None)
    assert (second.width(), second.height()) == (790, 640)
    assert second.workspaces.current() == "notes"
    assert second.docks["filters"].isHidden() and second.docks["detail"].isHidden()
    second.show_workspace("explore")
    assert second.docks["filters"].isHidden()  # as this user left it there


def test_copy_citation(qtbot, window):
    window.session.state.select("episode", HOSTAGE)
    window.actions["edit.copy_citation"].trigger()
    text = QApplication.clipboard().text()
    assert "Japanese embassy hostage crisis" in text
    assert "MRTA guerrillas seized" in text and "§ Fujimori, ¶2" in text


def test_export_csv_writes_every_listed_row(qtbot, window, tmp_path, monkeypatch):
    from explorer.ui import dialogs

    target = tmp_path / "episodes.csv"
    monkeypatch.setattr(
        dialogs, "choose_table_export", lambda parent, s, offer_citations: (target, False)
    )
    window.actions["file.export_csv"].trigger()
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 1 + 4
    assert lines[0].startswith("id,Date,Title")


def test_exported_episodes_carry_their_dates_and_summaries(qtbot, window, tmp_path, monkeypatch):
    import csv

    from explorer.ui import dialogs

    target = tmp_path / "episodes.csv"
    monkeypatch.setattr(
        dialogs, "choose_table_export", lambda parent, s, offer_citations: (target, False)
    )
    window.actions["file.export_csv"].trigger()
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    stored = {
        r["id"]: r
        for r in window.session.store.execute("SELECT id, start_edtf, summary FROM episodes")
    }
    assert {r["id"] for r in rows} == set(stored)
    for row in rows:
        assert row["EDTF start"] == stored[row["id"]]["start_edtf"]
        assert row["Summary"] == stored[row["id"]]["summary"]
        assert float(row["Earliest (decimal year)"]) <= float(row["Latest (decimal year)"])


def test_about_names_the_dataset_and_rights(qtbot, window, monkeypatch):
    from explorer.ui import dialogs

    shown = []
    monkeypatch.setattr(dialogs, "run", lambda dialog: shown.append(dialog) or 0)
    window.actions["help.about"].trigger()
    text = shown[0].findChild(type(window.detail.browser), "about-text").toPlainText()
    assert "test.1" in text
    assert "Public domain; the full text is included." in text
    assert "Copyrighted; short quotations only." in text
    window.actions["help.shortcuts"].trigger()
    assert (
        "Ctrl+F" in shown[1].findChild(type(window.detail.browser), "shortcuts-text").toPlainText()
    )


def test_accessible_names_on_the_main_widgets(window):
    for widget in (window.table.search, window.table.table, window.table.tabs,
                   window.panes["filters"].kinds.view, window.panes["filters"].actors.view,
                   window.panes["filters"].date_range.typed, window.detail.browser):  # fmt: skip
        assert widget.accessibleName(), widget.objectName()


def test_core_signals_are_released_when_the_window_goes(qtbot, synthetic_path):
    from explorer.core.session import Session
    from explorer.paths import bundled_store_path
    from explorer.store.bundled import open_store
    from explorer.ui.main_window import MainWindow
    from explorer.ui.settings import Settings

    session = Session(open_store(synthetic_path, immutable=False), synthetic_path)
    window = MainWindow(session, Settings(), bundled_store_path())
    listeners = len(session.state.filters_changed._callbacks)
    assert listeners > 0
    window.close()
    window.deleteLater()
    qtbot.waitUntil(lambda: len(session.state.filters_changed._callbacks) < listeners)
    session.state.update_filters(text="japan")  # no pane left to call: must not raise


def test_enter_in_the_table_moves_to_the_details(qtbot, window):
    window.activateWindow()
    click_row(qtbot, window.table, 0)
    qtbot.keyClick(window.table.table, Qt.Key.Key_Return)
    assert window.current_pane() == "detail"


def test_the_start_freezes_what_it_built_out_of_the_collectors_way(qtbot, make_window, store_path):
    """Once every pane is built, what the start made is frozen: the collector's oldest
    generation no longer walks ~80,000 objects (35–50 ms of the UI thread at any moment)."""
    import gc

    gc.unfreeze()  # another test's window in this process may have frozen it already
    ready: list[bool] = []
    window = make_window(store_path)
    window.panes_ready.connect(lambda: ready.append(True))
    qtbot.waitUntil(lambda: bool(ready), timeout=20_000)
    frozen = gc.get_freeze_count()
    assert frozen > 20_000  # the panes, their Qt wrappers, the modules' objects
    assert len(gc.get_objects(generation=2)) < frozen / 10  # what a full collection walks
    gc.unfreeze()
