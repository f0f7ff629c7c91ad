"""Present starts a lesson at its first view, whichever view the dialog had selected."""

from __future__ import annotations

from explorer.core.views import Lesson
from explorer.ui.lessons import capture


def test_present_from_the_dialog_starts_at_the_first_view(window, classroom, qtbot):
    library = classroom.library
    views = [library.save_view(capture.capture(window, f"View {n}")) for n in range(3)]
    lesson = library.save_lesson(Lesson("Three views", tuple(v.id for v in views)))
    library.current_lesson_id = lesson.id
    classroom.open_manager()
    dialog = classroom._manager
    qtbot.waitUntil(lambda: dialog.lesson_views.count() == 3, timeout=3000)
    dialog.lesson_views.setCurrentRow(2)  # the teacher was editing the last view
    dialog.present()
    mode = classroom.presentation
    assert mode.active and mode.index == 0 and mode.bar.position.text() == "1 / 3"
    mode.leave()
