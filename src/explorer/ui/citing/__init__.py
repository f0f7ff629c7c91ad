"""Citing from the window: Copy Citation, Cite This View, Export Sources, captioned figures,
and a lesson as a web page.

The main window calls `install(window)` once its menus exist. The actions are declared with
the window's others in actions.py (edit.copy_citation, edit.cite_view, file.export_sources,
view.export_lesson_web); this module connects them and puts them beside their neighbours in
the menus, found by the neighbouring action rather than by menu position, so a rearranged
menu bar keeps them.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu

from explorer.ui import guarded

log = logging.getLogger(__name__)
CAPTIONED_PANES = ("timeline", "chart", "compare")


def _menu_holding(window: QMainWindow, action_id: str) -> tuple[QMenu | None, QAction | None]:
    for menu in window.menuBar().findChildren(QMenu):
        for action in menu.actions():
            if action.objectName() == action_id:
                return menu, action
    return None, None


def _insert_after(window: QMainWindow, neighbour_id: str, action: QAction) -> bool:
    menu, neighbour = _menu_holding(window, neighbour_id)
    if menu is None:
        return False
    actions = menu.actions()
    index = actions.index(neighbour)
    menu.insertAction(actions[index + 1] if index + 1 < len(actions) else None, action)
    return True


@guarded.reads(default="")
def copy_citation(window: QMainWindow) -> str:
    """Copy Citation of whatever is selected (a value, a series, an episode, a passage…):
    its words as printed, each document and locator, the dataset version."""
    selection = window.session.state.selection
    if selection is None:
        window.statusBar().showMessage(
            QApplication.translate("Citing", "Select a record to copy its citation."), 5000
        )
        return ""
    from explorer.core.citation import record_citation  # not on the start-up path

    text = record_citation(window.session.store, selection.kind, selection.id)
    if text:
        QApplication.clipboard().setText(text)
        window.statusBar().showMessage(
            QApplication.translate("Citing", "Copied the citation with its sources."), 5000
        )
    return text


@guarded.reads()
def cite_view(window: QMainWindow):
    from explorer.ui.citing.cite_dialog import CiteViewDialog

    dialog = CiteViewDialog(window)
    dialog.setModal(True)
    dialog.show()
    window.cite_dialog = dialog  # kept for tests and so it is not collected while shown
    return dialog


@guarded.reads()
def export_sources(window: QMainWindow) -> None:
    from explorer.ui.citing.sources_export import export_sources_dialog

    written = export_sources_dialog(window, window.session.store)
    if written:
        window.statusBar().showMessage(written, 8000)


@guarded.reads()
def export_lesson_web(window: QMainWindow) -> None:
    from explorer.ui.lessons.web_page import export_current_lesson

    export_current_lesson(window)


def add_captions(window: QMainWindow) -> None:
    from explorer.ui.plotting.caption import add_caption_actions

    for pane_id in CAPTIONED_PANES:
        pane = window.panes.get(pane_id)
        try:
            add_caption_actions(pane_id, pane) if pane is not None else None
        except AttributeError as error:  # a pane that failed to start is a plain label
            log.warning("no captioned export for %s: %s", pane_id, error)


def install(window: QMainWindow) -> None:
    a = window.actions
    copy = a["edit.copy_citation"]
    try:
        copy.triggered.disconnect()  # the detail pane's own, narrower copy
    except (RuntimeError, TypeError):
        log.debug("Copy Citation had no connection yet")
    copy.triggered.connect(lambda: copy_citation(window))
    a["edit.cite_view"].triggered.connect(lambda: cite_view(window))
    a["file.export_sources"].triggered.connect(lambda: export_sources(window))
    a["view.export_lesson_web"].triggered.connect(lambda: export_lesson_web(window))
    _insert_after(window, "edit.copy_citation", a["edit.cite_view"])
    _insert_after(window, "file.export_csv", a["file.export_sources"])
    if not _insert_after(window, "view.present", a["view.export_lesson_web"]):
        _insert_after(window, "view.lessons", a["view.export_lesson_web"])
    ready = getattr(window, "panes_ready", None)
    if ready is not None:
        ready.connect(lambda: add_captions(window))
    add_captions(window)
