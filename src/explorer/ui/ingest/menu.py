"""The import's place in the main window: File ▸ New Store from Spreadsheet…, Open Recent,
My Stores (the store switcher), Help ▸ Save Blank Import Template… / Save Filled Example…,
and the notes of whichever store is open.

`install(window)` is called once the window's menus exist.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from explorer.store.my_stores import describe, list_stores
from explorer.ui.ingest.problem_texts import summary_text

log = logging.getLogger(__name__)
MAX_RECENT = 8


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportMenus", text)


class StoreMenus:
    def __init__(self, window: QMainWindow) -> None:
        self.window = window
        self.settings = getattr(window, "settings", None)
        actions = window.actions
        actions["file.new_store"].triggered.connect(self.new_store)
        actions["help.save_template"].triggered.connect(lambda: self.save_template(False))
        actions["help.save_example"].triggered.connect(lambda: self.save_template(True))
        menus = window.menuBar().actions()
        file_menu = menus[0].menu() if menus else None
        self.recent_menu = QMenu(_tr("Open &Recent"), window)
        self.recent_menu.setObjectName("menu-open-recent")
        self.recent_menu.aboutToShow.connect(self.fill_recent)
        self.stores_menu = QMenu(_tr("&My Stores"), window)
        self.stores_menu.setObjectName("menu-my-stores")
        self.stores_menu.aboutToShow.connect(self.fill_stores)
        if file_menu is not None:
            anchor = actions["file.bundled_store"]
            entries = file_menu.actions()
            after = entries[entries.index(anchor) + 1] if anchor in entries[:-1] else None
            file_menu.insertAction(after, actions["file.new_store"])
            file_menu.insertMenu(after, self.recent_menu)
            file_menu.insertMenu(after, self.stores_menu)
        help_menu = next((a.menu() for a in menus if a.menu() is not None
                          and actions["help.about"] in a.menu().actions()), None)  # fmt: skip
        if help_menu is not None:
            help_menu.insertAction(actions["help.about"], actions["help.save_template"])
            help_menu.insertAction(actions["help.about"], actions["help.save_example"])
            help_menu.insertSeparator(actions["help.about"])
        window.session.store_changed.connect(self._store_changed)
        self.fill_recent()
        self.fill_stores()
        self.remember(window.session.store_path)

    # -- recent stores ---------------------------------------------------------------------
    def recent(self) -> list[Path]:
        if self.settings is None:
            return []
        try:
            items = json.loads(self.settings.get("stores/recent") or "[]")
        except ValueError:
            return []
        return [Path(p) for p in items if isinstance(p, str)]

    def remember(self, path: Path) -> None:
        if self.settings is None:
            return
        path = Path(path).resolve()
        items = [p for p in self.recent() if p.resolve() != path]
        self.settings.set("stores/recent", json.dumps([str(path), *map(str, items)][:MAX_RECENT]))

    def fill_recent(self) -> None:
        self.recent_menu.clear()
        shown = 0
        for path in self.recent():
            entry = describe(path) if path.exists() else None
            if entry is None:
                continue
            action = self.recent_menu.addAction(f"{entry.title} — {path.name}")
            action.setToolTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.window.open_store_path(p))
            shown += 1
        if not shown:
            empty = self.recent_menu.addAction(_tr("No stores opened yet"))
            empty.setEnabled(False)

    def fill_stores(self) -> None:
        self.stores_menu.clear()
        current = self.window.session.store_path.resolve()
        bundled = self.stores_menu.addAction(_tr("Bundled store (Peru's foreign relations)"))
        bundled.setCheckable(True)
        bundled.setChecked(current == self.window.bundled_path.resolve())
        bundled.triggered.connect(lambda: self.window.return_to_bundled())
        self.stores_menu.addSeparator()
        stores = list_stores()
        for entry in stores:
            label = _tr("{title} ({count} episodes)").format(title=entry.title,
                                                           count=f"{entry.episodes:,}")  # fmt: skip
            action = QAction(label, self.stores_menu)
            action.setCheckable(True)
            action.setChecked(entry.path.resolve() == current)
            action.setToolTip(str(entry.path))
            action.triggered.connect(lambda _=False, p=entry.path: self.window.open_store_path(p))
            self.stores_menu.addAction(action)
        if not stores:
            none = self.stores_menu.addAction(_tr("No stores of your own yet"))
            none.setEnabled(False)
        self.stores_menu.addSeparator()
        self.stores_menu.addAction(self.window.actions["file.new_store"])

    # -- commands --------------------------------------------------------------------------
    def new_store(self):
        chosen, _ = QFileDialog.getOpenFileNames(
            self.window, _tr("Choose Spreadsheets to Import"), str(Path.home()),
            _tr("Spreadsheets (*.csv *.tsv *.tab *.txt *.xlsx *.ods *.CSV);;All files (*)"),
        )  # fmt: skip
        if not chosen:
            return None
        return self.open_dialog([Path(c) for c in chosen])

    def open_dialog(self, files: list[Path], run: bool = True):
        # Imported here: the import runs on the store builder (and edtf, openpyxl), which
        # start-up does not need; every install has them (a damaged one is told what to do).
        try:
            from explorer.ui.ingest.dialog import NewStoreDialog
        except ImportError as error:
            log.error("the import is not available: %s", error)
            self._not_available(error)
            return None

        dialog = NewStoreDialog(files, self.window)
        dialog.finished.connect(lambda _code: self._dialog_done(dialog))
        dialog.open()
        if run:
            dialog.check()
        return dialog

    def _dialog_done(self, dialog) -> None:
        if dialog.created is not None and self.window.open_store_path(dialog.created):
            report = dialog.report
            if report is not None:
                text = _tr("Made {name}: {summary}").format(name=dialog.created.name,
                                                           summary=summary_text(report))  # fmt: skip
                self.window.statusBar().showMessage(text, 15000)

    def _not_available(self, error: ImportError) -> None:
        QMessageBox.warning(self.window, _tr("New Store from Spreadsheet"), _tr(
            "Importing needs parts missing from this installation of Relations Explorer "
            "({missing}). Reinstall it (python3 -m pip install --force-reinstall "
            "relations-explorer), or use the relations-explorer import command where it works."
        ).format(missing=error.name or error))  # fmt: skip

    def save_template(self, filled: bool) -> None:
        from explorer.ingest.template_files import save_workbook

        name = "relations-import-example.xlsx" if filled else "relations-import-template.xlsx"
        title = (
            _tr("Save Filled Example Spreadsheet") if filled else _tr("Save Blank Import Template")
        )
        path, _ = QFileDialog.getSaveFileName(self.window, title, str(Path.home() / name),
                                              _tr("Excel workbooks (*.xlsx)"))  # fmt: skip
        if not path:
            return
        try:
            save_workbook(Path(path), filled)
        except ImportError as error:
            self._not_available(error)
            return
        except OSError as error:
            QMessageBox.warning(self.window, title, str(error))
            return
        self.window.statusBar().showMessage(_tr("Saved {path}").format(path=path), 8000)

    def _store_changed(self, session) -> None:
        self.remember(session.store_path)
        # Notes, views and lessons belong to the store they were made on.
        import explorer.ui.notes as notes_ui

        if hasattr(notes_ui, "open_for_session") and session.notes is not None:
            try:
                notes_ui.open_for_session(session, self.window)
            except Exception as error:  # noqa: BLE001 - notes trouble must not stop browsing
                log.error("could not open the notes of %s: %s", session.store_path, error)
                self.window.statusBar().showMessage(
                    _tr("Notes are unavailable: {error}").format(error=error))  # fmt: skip


def install(window: QMainWindow) -> StoreMenus:
    return StoreMenus(window)
