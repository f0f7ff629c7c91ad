"""Small polish: file choosers start in the folder last used, and a disabled toolbar button
reads as disabled (its text muted, not only its icon)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import QFileDialog, QToolBar

from explorer.ui import dialogs, theme
from explorer.ui.settings import Settings


class FakeChooser:
    """Stands in for QFileDialog: records the folder each call starts in, answers in turn."""

    def __init__(self, *answers: str) -> None:
        self.answers, self.starts = list(answers), []

    def __call__(self, parent, title, start, file_filter):
        self.starts.append(Path(start))
        return self.answers.pop(0), ""


def test_open_store_starts_in_the_folder_last_used(window, tmp_path, monkeypatch):
    folder = tmp_path / "stores"
    folder.mkdir()
    chooser = FakeChooser(str(folder / "other.db"), "")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", chooser)
    assert dialogs.choose_store_file(window, window.session.store_path.parent) == (
        folder / "other.db"
    )
    assert chooser.starts[0] == window.session.store_path.parent  # nothing remembered yet
    window.open_store_dialog()  # File ▸ Open Store…, cancelled
    assert chooser.starts[1] == folder
    assert Settings().get(dialogs.STORE_FOLDER) == str(folder)  # and after a restart too


def test_a_remembered_folder_that_is_gone_falls_back(tmp_path, monkeypatch):
    Settings().set(dialogs.STORE_FOLDER, str(tmp_path / "removed"))
    chooser = FakeChooser("")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", chooser)
    assert dialogs.choose_store_file(None, tmp_path) is None
    assert chooser.starts == [tmp_path]


def test_csv_export_remembers_its_folder_and_keeps_the_suggested_name(tmp_path, monkeypatch):
    exports = tmp_path / "exports"
    exports.mkdir()
    chooser = FakeChooser(str(exports / "mine.csv"), "")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", chooser)
    assert (
        dialogs.choose_csv_path(None, tmp_path / "relations-episodes.csv") == exports / "mine.csv"
    )
    assert dialogs.choose_csv_path(None, tmp_path / "relations-series.csv") is None
    assert chooser.starts == [tmp_path / "relations-episodes.csv", exports / "relations-series.csv"]


def _text_colors(bar: QToolBar, action: QAction) -> set[str]:
    """The colours of the glyph pixels of `action`'s button, lightest background left out."""
    button = bar.widgetForAction(action)
    image = button.grab().toImage()
    background = QColor(image.pixel(1, 1)).name()
    return {
        QColor(image.pixel(x, y)).name()
        for x in range(image.width())
        for y in range(image.height())
        if QColor(image.pixel(x, y)).name() != background
    }


@pytest.mark.parametrize("name", sorted(theme.THEMES))
def test_disabled_toolbar_text_is_muted(qtbot, name):
    colors = theme.THEMES[name]
    bar = QToolBar()
    qtbot.addWidget(bar)
    # Widget-level sheet and palette: re-styling the whole application mid-run is unsafe.
    bar.setPalette(theme.palette(colors))
    bar.setStyleSheet(theme.stylesheet(colors))
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    enabled, disabled = QAction("Forward", bar), QAction("Back", bar)
    disabled.setEnabled(False)
    bar.addAction(enabled)
    bar.addAction(disabled)
    bar.show()
    qtbot.waitExposed(bar)
    assert colors.text in _text_colors(bar, enabled)
    disabled_colors = _text_colors(bar, disabled)
    assert colors.muted in disabled_colors and colors.text not in disabled_colors
