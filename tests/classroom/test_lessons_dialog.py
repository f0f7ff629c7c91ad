"""Building a lesson in the Views and Lessons dialog, with the mouse (drag and drop) and with
the keyboard alone."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtGui import QColor, QDropEvent, QPalette
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from explorer.core.views import Lesson
from explorer.ui.lessons import capture
from explorer.ui.lessons.dialog import LessonsDialog
from explorer.ui.lessons.lists import ID_ROLE
from explorer.ui.lessons.save_dialog import SaveViewDialog

Key = Qt.Key


def saved_views(classroom, window, count):
    views = []
    for n in range(count):
        window.session.state.update_filters(text=f"word{n}")
        views.append(classroom.library.save_view(capture.capture(window, f"View {n}", f"c{n}")))
    return views


def open_dialog(classroom, qtbot) -> LessonsDialog:
    classroom.open_manager()
    dialog = classroom._manager
    qtbot.waitExposed(dialog)
    return dialog


def drop_on(target, source, rows, qtbot, at_row=None):
    """What a drag from `source` onto `target` delivers (QDrag.exec cannot run headless)."""
    indexes = [source.model().index(r, 0) for r in rows]
    mime: QMimeData = source.model().mimeData(indexes)
    y = (
        target.visualItemRect(target.item(at_row)).center().y()
        if at_row is not None
        else target.viewport().height() - 2
    )
    event = QDropEvent(QPoint(10, y).toPointF(), Qt.DropAction.CopyAction | Qt.DropAction.MoveAction,
                       mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    event.setDropAction(Qt.DropAction.CopyAction)
    target.dropEvent(event)
    qtbot.wait(20)


def test_save_current_view_dialog_records_title_caption_and_panes(
    window, classroom, qtbot, monkeypatch
):
    def fill(dialog):
        qtbot.keyClicks(dialog.title_edit, "Hostage crisis")
        qtbot.keyClicks(dialog.caption_edit, "127 days in the Japanese ambassador's residence")
        dialog.pane_boxes["filters"].setChecked(False)
        return SaveViewDialog.DialogCode.Accepted

    monkeypatch.setattr(SaveViewDialog, "exec", fill)
    window.session.state.update_filters(text="hostage")
    view = classroom.save_current_view()
    stored = classroom.library.view(view.id)
    assert stored.title == "Hostage crisis" and stored.caption.startswith("127 days")
    assert "filters" not in stored.panes and "table" in stored.panes
    assert stored.state["filters"]["text"] == "hostage"


def test_save_needs_a_title(window, qtbot):
    dialog = SaveViewDialog(window, shown=("table",))
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()
    qtbot.keyClicks(dialog.title_edit, "A title")
    assert save.isEnabled()


def test_drag_views_into_a_lesson_and_reorder_them(window, classroom, qtbot):
    views = saved_views(classroom, window, 4)
    lesson = classroom.library.save_lesson(Lesson("Peru and Japan"))
    dialog = open_dialog(classroom, qtbot)
    assert dialog.lessons.currentItem().text() == "Peru and Japan"
    drop_on(dialog.lesson_views, dialog.views, [0, 2], qtbot)
    drop_on(dialog.lesson_views, dialog.views, [3], qtbot)
    qtbot.waitUntil(lambda: len(classroom.library.lesson(lesson.id).view_ids) == 3)
    assert classroom.library.lesson(lesson.id).view_ids == (views[0].id, views[2].id, views[3].id)
    assert dialog.views.count() == 4  # dragging copies: the library keeps its views
    # Reorder within the lesson: the last view dropped on the first row.
    moved = dialog.lesson_views
    drop = moved.model().mimeData([moved.model().index(2, 0)])
    event = QDropEvent(moved.visualItemRect(moved.item(0)).topLeft().toPointF() + QPoint(5, 1).toPointF(),
                       Qt.DropAction.MoveAction, drop, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)  # fmt: skip
    moved.dropEvent(event)
    qtbot.waitUntil(lambda: classroom.library.lesson(lesson.id).view_ids[0] == views[3].id)


def test_build_a_lesson_with_the_keyboard_only(window, classroom, qtbot):
    views = saved_views(classroom, window, 3)
    lesson = classroom.library.save_lesson(Lesson("Keyboard lesson"))
    dialog = open_dialog(classroom, qtbot)
    dialog.views.setFocus()
    for row in (0, 1, 2):
        dialog.views.setCurrentRow(row)
        qtbot.keyClick(dialog.views, Key.Key_Insert)
    qtbot.waitUntil(lambda: len(classroom.library.lesson(lesson.id).view_ids) == 3)
    dialog.lesson_views.setFocus()
    dialog.lesson_views.setCurrentRow(0)
    qtbot.keyClick(dialog.lesson_views, Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: classroom.library.lesson(lesson.id).view_ids[1] == views[0].id)
    qtbot.keyClick(dialog.lesson_views, Key.Key_Delete)
    qtbot.waitUntil(lambda: len(classroom.library.lesson(lesson.id).view_ids) == 2)
    assert classroom.library.lesson(lesson.id).view_ids == (views[1].id, views[2].id)
    assert classroom.library.view(views[0].id) is not None  # removed from the lesson only


def test_preview_says_what_a_view_holds(window, classroom, qtbot):
    window.session.state.update_filters(text="guano", date_from=1850.0, date_to=1880.0)
    classroom.library.save_view(capture.capture(window, "Guano", "Guano and coolies", ["table"]))
    dialog = open_dialog(classroom, qtbot)
    dialog.views.setCurrentRow(0)
    text = dialog.preview.text()
    assert "guano" in text and "1850–1879" in text and "Guano and coolies" in text


def test_deleting_a_view_takes_it_out_of_lessons_after_asking(
    window, classroom, qtbot, monkeypatch
):
    views = saved_views(classroom, window, 2)
    lesson = classroom.library.save_lesson(Lesson("L", tuple(v.id for v in views)))
    dialog = open_dialog(classroom, qtbot)
    asked = []
    monkeypatch.setattr(dialog, "_confirm", lambda text: asked.append(text) or True)
    dialog.views.setCurrentRow(0)
    dialog.delete_selected()
    assert "L" in asked[0]
    assert classroom.library.lesson(lesson.id).view_ids == (views[1].id,)


def test_down_insert_down_insert_adds_the_next_views_in_order(window, classroom, qtbot):
    """After Insert the saved-views list keeps its current row and focus (saving the lesson
    reloads the lists), so a teacher walks down the list adding views one after another."""
    saved_views(classroom, window, 4)
    lesson = classroom.library.save_lesson(Lesson("Walk down"))
    dialog = open_dialog(classroom, qtbot)
    listed = [dialog.views.item(row).data(ID_ROLE) for row in range(dialog.views.count())]
    dialog.views.setFocus()
    dialog.views.setCurrentRow(0)
    for count in (1, 2):
        qtbot.keyClick(dialog.views, Key.Key_Down)
        qtbot.keyClick(dialog.views, Key.Key_Insert)
        qtbot.waitUntil(lambda n=count: len(classroom.library.lesson(lesson.id).view_ids) == n)
        qtbot.wait(50)  # let the reload that follows the save run
        assert dialog.views.currentRow() == count and dialog.views.hasFocus()
        assert [i.data(ID_ROLE) for i in dialog.views.selectedItems()] == [listed[count]]
    assert classroom.library.lesson(lesson.id).view_ids == (listed[1], listed[2])


def _painted_colors(widget) -> set[str]:
    image = widget.viewport().grab().toImage()
    return {
        QColor(image.pixel(x, y)).name()
        for x in range(0, image.width(), 2)
        for y in range(0, min(image.height(), 120), 2)
    }


def test_empty_lists_say_what_to_do(window, classroom, qtbot):
    dialog = open_dialog(classroom, qtbot)
    assert dialog.lessons.count() == 0 and dialog.views.count() == 0
    hint = dialog.palette().color(QPalette.ColorRole.PlaceholderText).name()
    for empty, words in ((dialog.lessons, "No lessons yet"), (dialog.views, "No saved views")):
        assert empty.placeholder_text().startswith(words)
        assert "Ctrl+Shift+S" in empty.placeholder_text()
        assert empty.accessibleDescription() == empty.placeholder_text()
        assert len(_painted_colors(empty)) > 2  # the hint is drawn, not just the background
    saved_views(classroom, window, 1)
    qtbot.waitUntil(lambda: dialog.views.count() == 1)
    assert dialog.views.accessibleDescription() == ""
    assert hint not in _painted_colors(dialog.views)  # gone once there is a view


def test_lesson_export_and_import_start_in_the_folder_last_used(
    window, classroom, qtbot, tmp_path, monkeypatch
):
    classroom.library.save_lesson(Lesson("Shared"))
    dialog = open_dialog(classroom, qtbot)
    starts = []

    def save(parent, title, start, file_filter):
        starts.append(Path(start))
        return str(tmp_path / "shared.json"), ""

    def open_(parent, title, start, file_filter):
        starts.append(Path(start))
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", open_)
    dialog.export_lesson()
    assert (tmp_path / "shared.json").is_file()
    dialog.import_file()
    assert starts[1] == tmp_path
