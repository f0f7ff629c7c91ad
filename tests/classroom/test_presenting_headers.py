"""Presenting at 1280×720 with 1.8× type: the notes' header as the room sees it — the Share
button's arrow clear of its word, the note's target on one or two wide lines (it wrapped to
three narrow ones between "Episode:" and the buttons)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QStyle

from tests.classroom.conftest import leave_any_presentation, open_window
from tests.gui.layout_walk import fill_window


@pytest.fixture
def window(qtbot, store_path):
    win = open_window(qtbot, store_path, size=(1280, 720))
    qtbot.waitUntil(lambda: win.session.notes is not None, timeout=5000)
    fill_window(win)  # an episode selected, a note on it
    yield win
    leave_any_presentation(win)
    win.close()


def _present_notes(window, qtbot):
    from explorer.ui.lessons import capture
    from explorer.ui.workspaces import BY_ID

    window.show_workspace("notes")
    notes = BY_ID["notes"]
    view = capture.capture(window, notes.title, "", [*notes.panes, "detail"])
    mode = window.classroom.presentation
    mode.scale = 1.8
    mode.start([view], 0, "Lesson", fullscreen=False)
    qtbot.wait(200)
    return mode


def _text_to_arrow_gap(button) -> float:
    """Pixels between the end of the (centred) word and the arrow, which the style draws
    from `indicator - 3` px left of the button's right edge."""
    word = button.fontMetrics().horizontalAdvance(button.text())
    indicator = button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
    return (button.width() - word) / 2 - (indicator - 3)


def test_presenting_the_notes_header_reads_whole(window, qtbot):
    pane = window.panes["notes"]
    _present_notes(window, qtbot)
    share = pane.share_button
    assert share.isVisible() and _text_to_arrow_gap(share) >= 6, _text_to_arrow_gap(share)
    editor = pane.editor
    target = editor.target_label
    assert target.text().startswith("Hostage crisis")
    lines = target.height() / target.fontMetrics().lineSpacing()
    assert lines < 2.6, (lines, target.width())  # one or two lines, not three
    assert target.width() > editor.width() * 0.8  # the editor's width, not a squeezed column
    window.classroom.presentation.leave()
    qtbot.wait(100)
    # At the usual type the name fits beside "Episode:" again, on one line.
    assert target.height() < 1.6 * target.fontMetrics().lineSpacing()
    assert target.geometry().top() < editor.show_button.geometry().bottom()
