"""The classroom's place in the main window: actions, menu entries, and --presentation.

The main window calls `install(window)` once its menus exist; app.py calls
`present_when_ready(window)` for --presentation. The actions are declared with the window's
others in actions.py (view.save_view, view.lessons, view.present, file.preferences).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from explorer.ui.lessons.controller import ClassroomController


def install(window: QMainWindow) -> ClassroomController:
    """Make the window's classroom controller and put its commands in the menus."""
    controller = ClassroomController(window, getattr(window, "settings", None))
    actions = window.actions  # the registry of actions.py, where these four are declared
    save, lessons = actions["view.save_view"], actions["view.lessons"]
    present, preferences = actions["view.present"], actions["file.preferences"]
    save.triggered.connect(lambda: controller.save_current_view())
    lessons.triggered.connect(controller.open_manager)
    present.triggered.connect(lambda: controller.present())
    preferences.triggered.connect(lambda: _edit_preferences(window))

    menus = {m.objectName(): m for m in window.menuBar().findChildren(QMenu)}
    view_menu = getattr(window, "view_menu", None) or menus.get("menu-view")
    if view_menu is not None:
        view_menu.addSeparator()
        saved = view_menu.addMenu(QCoreApplication.translate("ClassroomMenus", "Saved &Views"))
        saved.setObjectName("menu-saved-views")
        saved.aboutToShow.connect(lambda: _fill_saved(controller, saved, save, lessons))
        _fill_saved(controller, saved, save, lessons)
        view_menu.addAction(present)
    # Found by object, never by position: QAction.menu() of the menu bar's first entry hands back
    # a wrapper that PySide6 6.7–6.11.1 has already deleted ("Internal C++ object … deleted").
    file_menu = getattr(window, "file_menu", None) or menus.get("menu-file")
    if file_menu is not None:
        quit_action = next((a for a in file_menu.actions() if a.objectName() == "file.quit"), None)
        file_menu.insertAction(quit_action, preferences)
        file_menu.insertSeparator(quit_action)
    window.classroom = controller
    return controller


def present_when_ready(window: QMainWindow) -> None:
    """--presentation: present once every pane exists (the chart is built after first paint)."""
    controller = getattr(window, "classroom", None) or install(window)
    ready = getattr(window, "panes_ready", None)
    if ready is not None:
        ready.connect(lambda: QTimer.singleShot(0, controller.present))
    else:
        QTimer.singleShot(0, controller.present)


def _fill_saved(
    controller: ClassroomController, menu: QMenu, save: QAction, lessons: QAction
) -> None:
    controller.fill_menu(menu)
    menu.insertSeparator(menu.actions()[0] if menu.actions() else None)
    menu.insertAction(menu.actions()[0] if menu.actions() else None, lessons)
    menu.insertAction(lessons, save)


def _edit_preferences(window: QMainWindow) -> None:
    from explorer.ui.preferences import edit_preferences

    edit_preferences(window)
