"""The classroom commands in the main window: menus, F5 and Esc, Preferences, --presentation."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from explorer.ui.lessons import capture, menus
from explorer.ui.preferences import PreferencesDialog, read_setting


def installed(window):
    return getattr(window, "classroom", None) or menus.install(window)


def test_f5_presents_and_esc_leaves(window, qtbot):
    classroom = installed(window)
    classroom.presentation.start = _windowed(classroom.presentation.start)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert classroom.presentation.active
    assert not window.menuBar().isVisible()
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Escape)
    assert not classroom.presentation.active and window.menuBar().isVisible()


def _windowed(start):
    # Full screen is the default; a test keeps the window's size.
    return lambda views, index=0, title="", fullscreen=True: start(views, index, title, False)


def test_saved_views_menu_lists_views_and_shows_one(window, qtbot):
    classroom = installed(window)
    window.session.state.update_filters(text="treaty")
    classroom.library.save_view(capture.capture(window, "Treaties", "All the treaties"))
    window.session.state.clear_filters()
    menu = window.menuBar().findChild(QMenu, "menu-saved-views")
    menu.aboutToShow.emit()
    entries = [a for a in menu.actions() if a.text() == "Treaties"]
    assert entries and entries[0].statusTip() == "All the treaties"
    assert any(a.objectName() == "view.save_view" for a in menu.actions())
    entries[0].trigger()
    assert window.session.state.filters.text == "treaty"


def test_preferences_are_in_the_file_menu_and_saved(window, qtbot, monkeypatch):
    installed(window)
    file_menu = window.findChild(QMenu, "menu-file")  # by object: see ui/lessons/menus.py
    preferences = next(a for a in file_menu.actions() if a.objectName() == "file.preferences")

    def choose(dialog):
        dialog.language.setCurrentIndex(dialog.language.findData("es"))
        dialog.scale.setCurrentIndex(dialog.scale.findData(2.0))
        assert dialog.note.text()  # tells that the language changes at the next start
        return PreferencesDialog.DialogCode.Accepted

    monkeypatch.setattr(PreferencesDialog, "exec", choose)
    preferences.trigger()
    assert read_setting(window.settings, "interface/language") == "es"
    assert read_setting(window.settings, "presentation/scale") == 2.0


def test_presentation_flag_presents_once_panes_are_ready(window, qtbot):
    classroom = installed(window)
    classroom.presentation.start = _windowed(classroom.presentation.start)
    menus.present_when_ready(window)
    window.panes_ready.emit()
    qtbot.waitUntil(lambda: classroom.presentation.active)
    classroom.presentation.leave()
