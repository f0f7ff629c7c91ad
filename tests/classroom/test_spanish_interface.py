"""The Spanish interface: translations loaded (the app's and Qt's own), numbers and dates
written the Spanish way, the language chosen by system, Preferences or --lang; and a check that
fails when any text of the main window is left in English."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from explorer.ui import i18n

from .spanish_walk import data_texts, english_only_words, english_texts


@pytest.fixture
def spanish(qapp):
    assert i18n.install(qapp, "es") == "es"
    yield
    i18n.install(qapp, "en")


def test_both_translators_are_loaded(spanish):
    files = " ".join(i18n.installed_files())
    assert "explorer_es.qm" in files and "qtbase_es.qm" in files
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"  # Qt's own
    assert QCoreApplication.translate("Panes", "Timeline") == "Línea de tiempo"  # ours


def test_numbers_are_written_the_spanish_way(spanish):
    assert i18n.format_number(1694.9) == "1.694,9"
    assert i18n.format_count(12345) == "12.345"
    assert i18n.localize_number_text("-12.5%") == "-12,5%"
    assert QLocale().toString(0.5, "f", 1) == "0,5"


def test_numbers_in_english(qapp):
    i18n.install(qapp, "en")
    assert i18n.format_number(1694.9) == "1,694.9" and i18n.format_count(12345) == "12,345"


def test_dates_are_written_the_spanish_way(spanish):
    from explorer.core.dates import format_edtf
    from explorer.ui import labels

    words = labels.date_words()
    assert format_edtf("1996-12-17", words) == "17 dic 1996"
    assert format_edtf("193X", words) == "década de 1930"
    assert format_edtf("1935~", words) == "hacia 1935"


def test_a_wrong_context_still_finds_its_translation(spanish):
    # PySide6 takes the context of self.tr() from the run-time class: a subclass looks in its
    # own name. The fallback translator answers by the text.
    assert QCoreApplication.translate("SomeSubclass", "Preferences") == "Preferencias"


def test_a_missing_translation_file_leaves_the_interface_english(qapp, monkeypatch, tmp_path):
    from explorer import paths

    monkeypatch.setattr(paths, "resource_dir", lambda: tmp_path)
    assert i18n.install(qapp, "es") == "en"
    assert QCoreApplication.translate("Panes", "Timeline") == "Timeline"
    i18n.install(qapp, "en")


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("es_PE.UTF-8", "es"), ("es_ES.UTF-8", "es"), ("en_GB.UTF-8", "en"), ("ja_JP.UTF-8", "en")],
)
def test_language_follows_the_system(lang, expected):
    env = dict(os.environ, LANG=lang, LC_ALL="", LANGUAGE="", QT_QPA_PLATFORM="offscreen")
    code = ("from PySide6.QtWidgets import QApplication; app = QApplication([]); "
            "from explorer.ui import i18n; print(i18n.resolve(''))")  # fmt: skip
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                            text=True, timeout=60, check=True)  # fmt: skip
    assert result.stdout.strip() == expected


def test_resolve_prefers_the_choice_over_the_system():
    assert i18n.resolve("es") == "es" and i18n.resolve("en") == "en"
    assert i18n.resolve("klingon") in i18n.SUPPORTED


def test_the_english_detector_catches_english(window):
    words = english_only_words()
    assert {"timeline", "filters", "chart"} <= words
    window.docks["detail"].setWindowTitle("Chart")
    assert any("Chart" in line for line in english_texts(window, words))


def test_every_visible_text_of_the_main_window_is_spanish(spanish, window, qtbot):
    """Menus, actions, tooltips, placeholders, tabs, column titles, accessible names: a text
    left in English is listed with where it is."""
    qtbot.wait(100)
    window.session.state.select("episode", window.table.model.ids[0])  # fill the detail pane
    qtbot.wait(50)
    left = english_texts(window, data=data_texts(window.session.store, window.session.store_path))
    assert not left, "Texts still in English:\n" + "\n".join(left)
    assert window.menuBar().actions()[0].text() == "&Archivo"


def test_every_visible_text_of_the_classroom_dialogs_is_spanish(spanish, window, classroom, qtbot):
    from explorer.ui.lessons.save_dialog import SaveViewDialog
    from explorer.ui.preferences import PreferencesDialog

    classroom.open_manager()
    dialogs = [classroom._manager, SaveViewDialog(window, shown=("table",)),
               PreferencesDialog(window.settings, window)]  # fmt: skip
    left = []
    for dialog in dialogs:
        dialog.show()
        qtbot.waitExposed(dialog)
        left += [line for line in english_texts(dialog) if "menu" not in line]
        dialog.close()
    assert not left, "Texts still in English:\n" + "\n".join(left)


def test_presentation_bar_is_spanish(spanish, window, classroom, qtbot):
    classroom.present(fullscreen=False)
    bar = classroom.presentation.bar
    assert "siguiente" in bar.hint.text() and bar.previous_button.toolTip() == "Vista anterior"
    classroom.presentation.leave()
    assert QApplication.instance() is not None


def test_the_status_bar_counts_the_spanish_way(spanish, window):
    window._show_results(1694, 12345, "episodes")
    assert window.result_count.text() == "1.694 de 12.345 episodios"
