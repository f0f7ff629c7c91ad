"""Views and Lessons: the teacher's workbench for building a lesson out of saved views.

Three columns, left to right as the work goes: lessons; the chosen lesson's views in order
(drag to reorder, drop views in from the right); the saved views. Every change is saved at
once (there is no Save button to forget); Present starts the lesson full screen.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from explorer.core.views import Lesson
from explorer.ui import dialogs
from explorer.ui.lessons.library import LibraryUnavailable
from explorer.ui.lessons.lists import ID_ROLE, HintList, LessonList, LibraryList, view_item
from explorer.ui.lessons.summary import describe

FILE_SUFFIX = ".json"


class LessonsDialog(QDialog):
    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.library = controller.library
        self.setObjectName("lessons-dialog")
        self.setWindowTitle(self.tr("Views and Lessons"))
        self._lesson: Lesson | None = None
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.timeout.connect(self._save_order)

        self.lessons = HintList(self)
        self.lessons.set_placeholder_text(
            self.tr("No lessons yet. Save a few views (Ctrl+Shift+S), then press New Lesson…")
        )
        self.lessons.setObjectName("lessons-list")
        self.lessons.setAccessibleName(self.tr("Lessons"))
        self.lesson_views = LessonList(self)
        self.views = LibraryList(self)
        self.views.set_placeholder_text(
            self.tr(
                "No saved views yet. Set the window up as you want to show it, then press "
                "Save Current View… (Ctrl+Shift+S)."
            )
        )
        self.preview = QLabel(self)
        self.preview.setObjectName("view-preview")
        self.preview.setWordWrap(True)
        self.preview.setAccessibleName(self.tr("What the selected view holds"))
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = QLabel(self)
        self.message.setObjectName("lessons-message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        b = self._button
        self.new_button = b(self.tr("&New Lesson…"), self.new_lesson)
        self.rename_button = b(self.tr("&Rename…"), self.rename_lesson)
        self.delete_lesson_button = b(self.tr("Delete Lesson"), self.delete_lesson)
        self.export_button = b(
            self.tr("&Export…"),
            self.export_lesson,
            self.tr("Save the lesson and its views to a file to share"),
        )
        self.web_button = b(
            self.tr("As &Web Page…"),
            self.export_web_page,
            self.tr("One HTML file with each view's picture, caption, sources and notes"),
        )
        self.import_button = b(
            self.tr("&Import…"),
            self.import_file,
            self.tr("Add the views and lessons of a shared file"),
        )
        self.up_button = b(
            self.tr("Move &Up"), lambda: self.lesson_views.move_current(-1), self.tr("Alt+Up")
        )
        self.down_button = b(
            self.tr("Move &Down"), lambda: self.lesson_views.move_current(1), self.tr("Alt+Down")
        )
        self.remove_button = b(
            self.tr("Remo&ve"),
            self.lesson_views.remove_current,
            self.tr("Take the view out of the lesson (Delete); it stays saved"),
        )
        self.present_button = b(
            self.tr("&Present (F5)"),
            self.present,
            self.tr("Show the lesson full screen, one view at a time"),
        )
        self.present_button.setObjectName("present-lesson")
        self.save_button = b(
            self.tr("&Save Current View…"),
            self.save_current_view,
            self.tr("Save what the window shows now as a view"),
        )
        self.show_button = b(
            self.tr("S&how"), self.show_selected, self.tr("Put the window into this view (Enter)")
        )
        self.edit_button = b(self.tr("Ed&it…"), self.edit_selected)
        self.delete_view_button = b(self.tr("Delete View"), self.delete_selected)
        self.add_button = b(
            self.tr("◀ &Add to Lesson"),
            self.add_selected,
            self.tr("Add the selected views to the lesson (Insert)"),
        )

        self._build_layout()
        self.lessons.currentItemChanged.connect(lambda *_: self._lesson_chosen())
        self.lesson_views.orderChanged.connect(self._save_timer.start)
        self.views.addRequested.connect(self.add_selected)
        self.views.showRequested.connect(self.show_selected)
        for widget in (self.lessons, self.lesson_views, self.views):
            widget.itemSelectionChanged.connect(self._update_buttons)
        self.views.itemSelectionChanged.connect(self._update_preview)
        self.setStyleSheet("QListWidget::item { padding: 5px 4px; }")
        self.library.changed.connect(self.reload)
        present = QPushButton(self)  # F5 inside the dialog too, as in the window
        present.setShortcut(QKeySequence("F5"))
        present.clicked.connect(self.present)
        present.hide()
        self.reload()
        self.resize(1100, 560)

    def _button(self, text: str, slot, tip: str = "") -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        if tip:
            button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    def _column(self, title: str, widget: QWidget, buttons: list[QPushButton],
                below: QWidget | None = None) -> QGroupBox:  # fmt: skip
        box = QGroupBox(title, self)
        layout = QVBoxLayout(box)
        layout.addWidget(widget, 1)
        if below is not None:
            layout.addWidget(below)
        row = QHBoxLayout()
        for n, button in enumerate(buttons):
            if n and n % 3 == 0:
                layout.addLayout(row)
                row = QHBoxLayout()
            row.addWidget(button)
        layout.addLayout(row)
        return box

    def _build_layout(self) -> None:
        columns = QHBoxLayout()
        columns.addWidget(self._column(self.tr("Lessons"), self.lessons, [
            self.new_button, self.rename_button, self.delete_lesson_button,
            self.export_button, self.web_button, self.import_button]), 2)  # fmt: skip
        columns.addWidget(self._column(self.tr("Views in the lesson (drag to reorder)"),
                                       self.lesson_views, [self.up_button, self.down_button,
                                                           self.remove_button,
                                                           self.present_button]), 3)  # fmt: skip
        columns.addWidget(self._column(self.tr("Saved views (drag into the lesson)"), self.views, [
            self.add_button, self.show_button, self.edit_button, self.save_button,
            self.delete_view_button], self.preview), 3)  # fmt: skip
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.present_button.setDefault(False)

    # --- loading -------------------------------------------------------------------------------

    def reload(self) -> None:
        chosen = self._lesson.id if self._lesson else self.library.current_lesson_id
        self.lessons.blockSignals(True)
        self.lessons.clear()
        for lesson in self.library.lessons():
            item = QListWidgetItem(lesson.title)
            item.setData(ID_ROLE, lesson.id)
            item.setToolTip(self.tr("%n view(s)", "", len(lesson.view_ids)))
            self.lessons.addItem(item)
            if lesson.id == chosen:
                self.lessons.setCurrentItem(item)
        if self.lessons.currentRow() < 0 and self.lessons.count():
            self.lessons.setCurrentRow(0)
        self.lessons.blockSignals(False)
        # Saving a lesson reloads both lists: keep the saved views' selection, current row and
        # focus, so Down, Insert, Down, Insert walks on down the list.
        selected = set(self.views.selected_ids())
        current = self.views.currentItem()
        current_id = current.data(ID_ROLE) if current is not None else None
        had_focus = self.views.hasFocus()
        self.views.blockSignals(True)
        self.views.clear()
        for view in self.library.views():
            item = view_item(view, view.id)
            self.views.addItem(item)
            if view.id == current_id:
                self.views.setCurrentItem(item, QItemSelectionModel.SelectionFlag.NoUpdate)
            item.setSelected(view.id in selected)
        self.views.blockSignals(False)
        self._update_preview()
        self._lesson_chosen()
        if had_focus and not self.views.hasFocus():
            self.views.setFocus()
        store = self.library.store()
        if store is None:
            self.message.setText(
                self.tr(
                    "Saved views are kept with your notes, which are not "
                    "open: nothing can be saved in this session."
                )
            )
        elif store.read_only:
            self.message.setText(
                self.tr(
                    "Your notes are read-only in this session: views and "
                    "lessons can be shown and presented, not changed."
                )
            )

    def _lesson_chosen(self) -> None:
        item = self.lessons.currentItem()
        self._lesson = self.library.lesson(item.data(ID_ROLE)) if item else None
        if self._lesson is not None:
            self.library.current_lesson_id = self._lesson.id
            views = self.library.lesson_views(self._lesson)
            self.lesson_views.set_views(list(zip(self._lesson.view_ids, views, strict=True)))
        else:
            self.lesson_views.set_views([])
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_lesson = self._lesson is not None
        has_views = bool(self.views.selectedItems())
        for button in (self.rename_button, self.delete_lesson_button, self.export_button,
                       self.web_button):  # fmt: skip
            button.setEnabled(has_lesson)
        self.lesson_views.setEnabled(has_lesson)
        for button in (self.up_button, self.down_button, self.remove_button):
            button.setEnabled(has_lesson and self.lesson_views.currentRow() >= 0)
        self.present_button.setEnabled(has_lesson and self.lesson_views.count() > 0)
        self.add_button.setEnabled(has_lesson and has_views)
        for button in (self.show_button, self.edit_button, self.delete_view_button):
            button.setEnabled(len(self.views.selectedItems()) == 1 or
                              (button is self.delete_view_button and has_views))  # fmt: skip

    def _update_preview(self) -> None:
        view = self._selected_view()
        self.preview.setText(describe(view) if view is not None else "")

    # --- lessons -------------------------------------------------------------------------------

    def _write(self, work) -> bool:
        try:
            work()
        except LibraryUnavailable as error:
            self.message.setText(str(error))
            return False
        return True

    def new_lesson(self) -> None:
        title, ok = QInputDialog.getText(self, self.tr("New Lesson"), self.tr("Lesson title:"))
        if ok and title.strip():
            lesson = Lesson(title.strip()[:120], tuple(self.views.selected_ids()))
            self._lesson = lesson
            self._write(lambda: self.library.save_lesson(lesson))
            self.lesson_views.setFocus()

    def rename_lesson(self) -> None:
        lesson = self._lesson
        if lesson is None:
            return
        title, ok = QInputDialog.getText(self, self.tr("Rename Lesson"), self.tr("Lesson title:"),
                                         text=lesson.title)  # fmt: skip
        if ok and title.strip():
            self._write(lambda: self.library.save_lesson(lesson.with_changes(title=title.strip())))

    def delete_lesson(self) -> None:
        lesson = self._lesson
        if lesson is None or not self._confirm(
            self.tr("Delete the lesson “{title}”? Its views stay saved.").format(title=lesson.title)
        ):
            return
        self._lesson = None
        self._write(lambda: self.library.delete_lesson(lesson.id))

    def _save_order(self) -> None:
        if self._lesson is None:
            return
        ids = tuple(dict.fromkeys(self.lesson_views.ids()))  # a view appears once per lesson
        if ids != self._lesson.view_ids:
            self._lesson = self._lesson.with_changes(view_ids=ids)
            self._write(lambda: self.library.save_lesson(self._lesson))

    def add_selected(self) -> None:
        if self._lesson is None:
            return
        present = set(self.lesson_views.ids())
        items = [view_item(self.library.view(i), i) for i in self.views.selected_ids()
                 if i not in present]  # fmt: skip
        self.lesson_views.add_views(items)

    def present(self) -> None:
        self._save_order()
        if self._lesson is not None:
            self.controller.present(self._lesson.id, max(self.lesson_views.currentRow(), 0))

    # --- views ---------------------------------------------------------------------------------

    def _selected_view(self):
        ids = self.views.selected_ids()
        return self.library.view(ids[0]) if len(ids) == 1 else None

    def save_current_view(self) -> None:
        view = self.controller.save_current_view(self)
        if view is not None:
            for row in range(self.views.count()):
                self.views.item(row).setSelected(self.views.item(row).data(ID_ROLE) == view.id)

    def show_selected(self) -> None:
        view = self._selected_view()
        if view is not None:
            self.controller.show_view(view)
            self.message.setText(
                self.tr("The window now shows “{title}”.").format(title=view.title)
            )

    def edit_selected(self) -> None:
        view = self._selected_view()
        if view is not None:
            self.controller.edit_view(view, self)

    def delete_selected(self) -> None:
        ids = self.views.selected_ids()
        if not ids:
            return
        used = {lesson.title for i in ids for lesson in self.library.lessons_using(i)}
        text = self.tr("Delete %n saved view(s)?", "", len(ids))
        if used:
            text += " " + self.tr("They are also taken out of: {lessons}.").format(
                lessons=", ".join(sorted(used))
            )
        if self._confirm(text):
            self._write(lambda: [self.library.delete_view(i) for i in ids])

    def _confirm(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.windowTitle(), text)
        return answer == QMessageBox.StandardButton.Yes

    # --- files ---------------------------------------------------------------------------------

    def export_lesson(self) -> None:
        if self._lesson is None:
            return
        suggestion = Path.home() / f"{_safe_name(self._lesson.title)}{FILE_SUFFIX}"
        path = dialogs.choose_save_path(self, self.tr("Export Lesson"), suggestion,
                                        self.tr("Lesson file (*.json)"))  # fmt: skip
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> bool:
        if path.suffix.lower() != FILE_SUFFIX:
            path = path.with_name(path.name + FILE_SUFFIX)
        try:
            text = self.library.export_file(path, [self._lesson.id])
        except (OSError, LibraryUnavailable) as error:
            self.message.setText(
                self.tr("Could not write {path}: {problem}").format(
                    path=path, problem=getattr(error, "strerror", None) or error
                )
            )
            return False
        self.message.setText(text)
        return True

    def export_web_page(self) -> None:
        from explorer.ui.lessons.web_page import export_current_lesson

        if self._lesson is not None:
            self.library.current_lesson_id = self._lesson.id
            self.hide()  # the views are shown in the window while the page is made
            try:
                path = export_current_lesson(self.controller.window)
            finally:
                self.show()
            if path is not None:
                self.message.setText(self.tr("Saved {name}.").format(name=path.name))

    def import_file(self) -> None:
        path = dialogs.choose_open_path(self, self.tr("Import Lesson"), Path.home(),
                                        self.tr("Lesson file (*.json);;All files (*)"))  # fmt: skip
        if path is not None:
            self.import_from(path)

    def import_from(self, path: Path) -> bool:
        report, text = self.library.import_file(path)
        self.message.setText(text)
        if report is not None and report.lessons:
            self._lesson = self.library.lesson(report.lessons[0])
            self.reload()
        return report is not None


def _safe_name(title: str) -> str:
    keep = "".join(c if c.isalnum() or c in " -_" else " " for c in title)
    return "-".join(keep.split())[:60] or "lesson"
