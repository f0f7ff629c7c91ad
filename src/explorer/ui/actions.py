"""Every window action declared in one place: id, label, shortcut, icon, tip.

Menus, the toolbar, the shortcut list in Help and the tests all find actions by id, so a
shortcut or a label changes here and nowhere else. Labels are marked with QT_TRANSLATE_NOOP so
lupdate finds them; they are translated when the actions are made.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QIcon, QKeySequence

from explorer import paths

CONTEXT = "Actions"


@dataclass(frozen=True)
class ActionSpec:
    id: str
    text: str
    shortcut: str | QKeySequence.StandardKey | None = None
    tip: str = ""
    icon: str = ""  # file name under resources/icons
    checkable: bool = False


SPECS = (
    ActionSpec("file.open_store", QT_TRANSLATE_NOOP("Actions", "&Open Store…"),
               QKeySequence.StandardKey.Open,
               QT_TRANSLATE_NOOP("Actions", "Open another relations store (.db)"), "open.svg"),
    ActionSpec("file.bundled_store", QT_TRANSLATE_NOOP("Actions", "Return to &Bundled Store"), None,
               QT_TRANSLATE_NOOP("Actions", "Go back to the store shipped with the app"),
               "home.svg"),
    ActionSpec("file.new_store", QT_TRANSLATE_NOOP("Actions", "&New Store from Spreadsheet…"),
               None,
               QT_TRANSLATE_NOOP("Actions", "Make a store of your own from a spreadsheet or an event export")),
    ActionSpec("file.export_csv", QT_TRANSLATE_NOOP("Actions", "&Export Table as CSV…"),
               "Ctrl+E", QT_TRANSLATE_NOOP("Actions", "Save every row the table shows to a CSV file"),
               "export.svg"),
    ActionSpec("file.quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), QKeySequence.StandardKey.Quit),
    ActionSpec("edit.find", QT_TRANSLATE_NOOP("Actions", "&Search Episodes"),
               QKeySequence.StandardKey.Find,
               QT_TRANSLATE_NOOP("Actions", "Type words to search titles, summaries, actors and quotes")),
    ActionSpec("edit.clear_filters", QT_TRANSLATE_NOOP("Actions", "&Clear All Filters"),
               "Ctrl+Shift+X",
               QT_TRANSLATE_NOOP("Actions", "Remove the search, facets and date range at once"),
               "clear.svg"),
    ActionSpec("edit.add_to_compare", QT_TRANSLATE_NOOP("Actions", "Add to &Comparison"),
               "Ctrl+Shift+C",
               QT_TRANSLATE_NOOP("Actions", "Compare the selected episodes side by side"),
               "compare.svg"),
    ActionSpec("edit.copy_citation", QT_TRANSLATE_NOOP("Actions", "Copy C&itation"),
               "Ctrl+Shift+I",
               QT_TRANSLATE_NOOP("Actions", "Copy the selected record with its sources")),
    ActionSpec("edit.cite_view", QT_TRANSLATE_NOOP("Actions", "Cite &This View…"), "Ctrl+Alt+I",
               QT_TRANSLATE_NOOP("Actions", "The citation of what the window shows, and a file that reproduces it")),
    ActionSpec("file.export_sources", QT_TRANSLATE_NOOP("Actions", "Export &Sources…"), None,
               QT_TRANSLATE_NOOP("Actions", "Save the store's sources for Zotero or another reference manager (BibTeX, RIS, CSL-JSON)")),
    ActionSpec("view.export_lesson_web", QT_TRANSLATE_NOOP("Actions", "Export Lesson as &Web Page…"), None,
               QT_TRANSLATE_NOOP("Actions", "One HTML file with each view's picture, caption, sources and notes, to open offline in any browser")),
    ActionSpec("go.back", QT_TRANSLATE_NOOP("Actions", "&Back"), QKeySequence.StandardKey.Back,
               QT_TRANSLATE_NOOP("Actions", "Show the previously selected record"), "back.svg"),
    ActionSpec("go.forward", QT_TRANSLATE_NOOP("Actions", "&Forward"),
               QKeySequence.StandardKey.Forward,
               QT_TRANSLATE_NOOP("Actions", "Show the next record again"), "forward.svg"),
    ActionSpec("go.next_pane", QT_TRANSLATE_NOOP("Actions", "Next &Pane"), "F6",
               QT_TRANSLATE_NOOP("Actions", "Move the keyboard focus to the next pane")),
    ActionSpec("go.previous_pane", QT_TRANSLATE_NOOP("Actions", "Previous P&ane"), "Shift+F6",
               QT_TRANSLATE_NOOP("Actions", "Move the keyboard focus to the previous pane")),
    ActionSpec("view.dark_theme", QT_TRANSLATE_NOOP("Actions", "&Dark Theme"), "Ctrl+Shift+D",
               QT_TRANSLATE_NOOP("Actions", "Switch between the light and the dark theme"),
               "theme.svg", checkable=True),
    ActionSpec("view.reset_layout", QT_TRANSLATE_NOOP("Actions", "&Reset Layout"), None,
               QT_TRANSLATE_NOOP("Actions", "Put every pane back where it starts")),
    ActionSpec("view.save_view", QT_TRANSLATE_NOOP("Actions", "&Save Current View…"), "Ctrl+Shift+S",
               QT_TRANSLATE_NOOP("Actions", "Save what the window shows, with a title and a caption")),
    ActionSpec("view.lessons", QT_TRANSLATE_NOOP("Actions", "Views and &Lessons…"), "Ctrl+Shift+L",
               QT_TRANSLATE_NOOP("Actions", "Build lessons from saved views; share them as a file")),
    ActionSpec("view.present", QT_TRANSLATE_NOOP("Actions", "&Present Lesson"), "F5",
               QT_TRANSLATE_NOOP("Actions", "Show the lesson full screen, one view at a time (Esc leaves)")),
    ActionSpec("file.preferences", QT_TRANSLATE_NOOP("Actions", "&Preferences…"), "Ctrl+,",
               QT_TRANSLATE_NOOP("Actions", "Language, theme and how presentations look")),
    ActionSpec("help.shortcuts", QT_TRANSLATE_NOOP("Actions", "&Keyboard Shortcuts"), "F1"),
    ActionSpec("help.save_template", QT_TRANSLATE_NOOP("Actions", "Save Blank Import &Template…"),
               None, QT_TRANSLATE_NOOP("Actions", "A workbook with the sheets and columns an import reads")),
    ActionSpec("help.save_example", QT_TRANSLATE_NOOP("Actions", "Save Filled &Example Spreadsheet…"),
               None, QT_TRANSLATE_NOOP("Actions", "The import template with a few example rows to copy")),
    ActionSpec("help.about", QT_TRANSLATE_NOOP("Actions", "&About Relations Explorer")),
)  # fmt: skip


# Further keys for an action, after its spec's own: Ctrl+/ is the "show the shortcuts" key many
# programs use, and F1 is taken by some desktops.
EXTRA_SHORTCUTS = {"help.shortcuts": ("Ctrl+/",)}


def translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def icon(name: str) -> QIcon:
    path = paths.resource("icons", name)
    return QIcon(str(path)) if name and path.exists() else QIcon()


class Actions:
    """The window's QActions, made from SPECS, looked up by id: `actions["file.open_store"]`."""

    def __init__(self, parent: QObject) -> None:
        self._actions: dict[str, QAction] = {}
        for spec in SPECS:
            action = QAction(translate(spec.text), parent)
            action.setObjectName(spec.id)
            if spec.shortcut is not None:
                action.setShortcut(QKeySequence(spec.shortcut))
            if spec.id in EXTRA_SHORTCUTS:
                extra = [QKeySequence(keys) for keys in EXTRA_SHORTCUTS[spec.id]]
                action.setShortcuts([*action.shortcuts(), *extra])
            if spec.tip:
                tip = translate(spec.tip)
                action.setStatusTip(tip)
                shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
            if spec.icon:
                action.setIcon(icon(spec.icon))
            action.setCheckable(spec.checkable)
            self._actions[spec.id] = action

    def __getitem__(self, action_id: str) -> QAction:
        return self._actions[action_id]

    def __iter__(self):
        return iter(self._actions.values())
