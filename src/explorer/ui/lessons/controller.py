"""What the window's classroom commands do: save the view, show a saved one, manage lessons,
present. The main window makes one controller and connects its actions to these methods."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox, QWidget

from explorer.core.views import SavedView
from explorer.ui.lessons import capture
from explorer.ui.lessons.library import LibraryUnavailable, ViewLibrary
from explorer.ui.lessons.save_dialog import SaveViewDialog
from explorer.ui.preferences import read_setting
from explorer.ui.presentation import PresentationMode


class ClassroomController(QObject):
    def __init__(self, window: QMainWindow, settings=None) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.library = ViewLibrary(window.session, self)
        self.presentation = PresentationMode(window)
        self._manager = None

    # --- saved views ---------------------------------------------------------------------------

    def save_current_view(self, parent: QWidget | None = None) -> SavedView | None:
        dialog = SaveViewDialog(
            parent or self.window, shown=tuple(capture.shown_panes(self.window))
        )
        if dialog.exec() != SaveViewDialog.DialogCode.Accepted:
            return None
        view = capture.capture(self.window, dialog.title(), dialog.caption(), dialog.panes())
        try:
            self.library.save_view(view)
        except LibraryUnavailable as error:
            self._tell(str(error))
            return None
        self._status(self.tr("Saved the view “{title}”.").format(title=view.title))
        return view

    def show_view(self, view: SavedView) -> None:
        notices = capture.restore(self.window, view, presenting=False)
        self._status(" ".join([self.tr("Showing “{title}”.").format(title=view.title), *notices]))

    def edit_view(self, view: SavedView, parent: QWidget | None = None) -> SavedView | None:
        dialog = SaveViewDialog(parent or self.window, view.title, view.caption, view.panes,
                                heading=self.tr("Edit View"))  # fmt: skip
        if dialog.exec() != SaveViewDialog.DialogCode.Accepted:
            return None
        edited = view.with_changes(title=dialog.title(), caption=dialog.caption(),
                                   panes=dialog.panes())  # fmt: skip
        try:
            return self.library.save_view(edited)
        except LibraryUnavailable as error:
            self._tell(str(error))
            return None

    def fill_menu(self, menu: QMenu) -> None:
        """The View ▸ Saved Views menu: every saved view, to show it with one click."""
        menu.clear()
        views = self.library.views()
        for view in views:
            action = menu.addAction(view.title)
            action.setToolTip(view.caption)
            action.setStatusTip(view.caption)
            action.triggered.connect(lambda _=False, v=view: self.show_view(v))
        if not views:
            empty = menu.addAction(self.tr("No saved views yet"))
            empty.setEnabled(False)

    # --- lessons and presenting ----------------------------------------------------------------

    def open_manager(self) -> None:
        from explorer.ui.lessons.dialog import LessonsDialog

        if self._manager is None:
            self._manager = LessonsDialog(self, self.window)
        self._manager.show()
        self._manager.raise_()
        self._manager.activateWindow()

    def present(self, lesson_id: str | None = None, index: int = 0,
                fullscreen: bool = True) -> None:  # fmt: skip
        """Present a lesson: the one asked for, else the current one, else the first there is;
        with no lesson at all, the window as it is, in the presentation look."""
        if self.presentation.active:
            self.presentation.go(index)
            return
        library = self.library
        lesson = library.lesson(lesson_id or library.current_lesson_id)
        if lesson is None:
            lessons = library.lessons()
            lesson = lessons[0] if lessons else None
        if self._manager is not None:
            self._manager.hide()  # the dialog would sit on top of the first view
        self.presentation.scale = float(read_setting(self.settings, "presentation/scale"))
        self.presentation.contrast = read_setting(self.settings, "presentation/theme")
        if lesson is None:
            self.presentation.start([], 0, "", fullscreen)
            return
        library.current_lesson_id = lesson.id
        self.presentation.start(library.lesson_views(lesson), index, lesson.title, fullscreen)

    # --- telling the user ----------------------------------------------------------------------

    def _status(self, text: str) -> None:
        bar = self.window.statusBar()
        if bar is not None:
            bar.showMessage(text, 8000)

    def _tell(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Saved Views"), text,
                          QMessageBox.StandardButton.Ok, self.window)  # fmt: skip
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.exec()
