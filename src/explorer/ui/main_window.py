"""The main window: menus, toolbar, status bar, the central workspaces (ui/workspaces.py)
with the Filters sidebar on the left and the Details inspector on the right (ui/docks.py).

The window wires actions to panes and shows what panes report (result counts, search
fallbacks) in the status bar; panes themselves only talk to the shared state.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QToolBar,
    QWidget,
)

from explorer import APP_NAME
from explorer.core.session import Session
from explorer.store.bundled import StoreError, open_store, store_meta
from explorer.store.search import nothing_to_search
from explorer.ui import citing, dialogs, i18n, plain, session_memory, shortcuts_dialog, theme
from explorer.ui import workspaces as ws
from explorer.ui.actions import Actions
from explorer.ui.detail.history import SelectionHistory
from explorer.ui.docks import DOCKS, build_pane, default_layout, make_docks, size_docks
from explorer.ui.ingest import menu as ingest_menus
from explorer.ui.lessons import menus as classroom_menus
from explorer.ui.observe import observe
from explorer.ui.settings import LAYOUT_VERSION, Settings
from explorer.ui.store_opening import open_chosen_store
from explorer.ui.table import TablePane
from explorer.ui.window_start import DeferredPanes, FirstPaintWatcher, first_size

log = logging.getLogger(__name__)


# Widgets where a key such as + or ] would be typed: F6 does not leave the focus in one.
_TEXT_INPUTS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)


def focus_target(pane: QWidget) -> QWidget:
    """Where F6 (or Ctrl+1…) puts the focus in a pane: the pane itself if it takes the focus,
    else its largest focusable part that is not a text field (the timeline's plot, not its
    range box), so the pane's own keys work at once and nothing gets typed by mistake."""
    if pane.focusPolicy() & Qt.FocusPolicy.TabFocus and not isinstance(pane, _TEXT_INPUTS):
        return pane
    focusable = [w for w in pane.findChildren(QWidget) if w.focusPolicy() & Qt.FocusPolicy.TabFocus
                 and w.isVisible() and w.isEnabled() and not isinstance(w, _TEXT_INPUTS)]  # fmt: skip
    if not focusable:
        return pane
    return max(focusable, key=lambda w: w.width() * w.height())


class MainWindow(QMainWindow):
    first_painted = Signal()  # the table has painted its first rows
    panes_ready = Signal()  # every pane, including the deferred ones, has been built

    def __init__(self, session: Session, settings: Settings, bundled_path: Path) -> None:
        super().__init__()
        plain.install()  # every string from data is plain text (ui/plain.py)
        self.session = session
        self.settings = settings
        self.bundled_path = Path(bundled_path)
        self.setObjectName("main-window")
        self.setWindowTitle(APP_NAME)
        self.setDockNestingEnabled(True)
        self.actions = Actions(self)
        self.history = SelectionHistory(session.state)
        self.panes: dict[str, QWidget] = {}
        self.presentation_requested = False  # set by --presentation (see app.py)

        self.table = TablePane(session, self)
        self.workspaces = ws.WorkspaceHost(self.table, self)
        self.setCentralWidget(self.workspaces)
        self.slots = self.workspaces.slots  # where the workspace panes sit
        self.panes["table"] = self.table
        self.docks = make_docks(self)  # the Filters sidebar and the Details inspector
        for spec in DOCKS:
            if not spec.deferred:
                self.panes[spec.id] = build_pane(spec, session, self.holder(spec.id))
        self.detail = self.panes["detail"]
        self.detail.set_navigation(self.actions["go.back"], self.actions["go.forward"])
        self._build_status_bar()
        self._build_menus()
        # Saved views, lessons, presentation (F5) and Preferences: their actions and menu entries.
        self.classroom = classroom_menus.install(self)
        citing.install(self)  # Copy Citation, Cite This View, Export Sources, captions
        # New Store from Spreadsheet…, Open Recent, My Stores, and each store's own notes.
        self.store_menus = ingest_menus.install(self)
        self._build_toolbar()
        self._wire()
        self._restore_layout()
        session_memory.restore_state(self)  # the chart's series and the comparison, as left
        self._update_store_labels()
        FirstPaintWatcher(self.first_painted, (self.table.table.viewport(), self.workspaces))
        self.first_painted.connect(self._after_first_paint)
        self.table.search.setFocus()  # typing straight away searches

    @property
    def view_menu(self) -> QMenu:
        """The View menu, looked up by name each time: on PySide6 6.7–6.11.1 a QMenu wrapper
        kept from addMenu() can outlive its C++ object ("already deleted")."""
        return self.menuBar().findChild(QMenu, "menu-view")

    # -- building -------------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        bar.setObjectName("status-bar")
        self.notice = QLabel(self)  # the labels below show data: plain text, never markup
        self.notice.setObjectName("search-notice")
        self.notice.setProperty("role", "notice")
        self.result_count = QLabel(self)
        self.result_count.setObjectName("status-result-count")
        self.dataset_label = QLabel(self)
        self.dataset_label.setObjectName("status-dataset")
        for label in (self.notice, self.result_count, self.dataset_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
        bar.addWidget(self.notice, 1)
        bar.addPermanentWidget(self.result_count)
        bar.addPermanentWidget(self.dataset_label)

    def _build_menus(self) -> None:
        a = self.actions
        menu = self.menuBar().addMenu(self.tr("&File"))
        # Kept by name and object: other modules add entries to these menus, and a menu reached
        # through QAction.menu() is a wrapper PySide6 6.7–6.11.1 may already have deleted.
        menu.setObjectName("menu-file")
        self.file_menu = menu
        for action_id in (
            "file.open_store",
            "file.bundled_store",
            None,
            "file.export_csv",
            None,
            "file.quit",
        ):
            menu.addSeparator() if action_id is None else menu.addAction(a[action_id])
        menu = self.menuBar().addMenu(self.tr("&Edit"))
        for action_id in (
            "edit.find",
            "edit.clear_filters",
            None,
            "edit.add_to_compare",
            "edit.copy_citation",
            "edit.new_note",
        ):
            menu.addSeparator() if action_id is None else menu.addAction(a[action_id])
        menu = self.menuBar().addMenu(self.tr("&View"))
        menu.setObjectName("menu-view")
        # One workspace in front at a time; its action is named after its main pane.
        self.workspace_actions = QActionGroup(self)
        self.workspace_actions.setExclusive(True)
        for spec in ws.WORKSPACES:
            action = self.workspace_actions.addAction(ws.title(spec))
            action.setObjectName(f"view.{spec.panes[0]}")
            action.setData(spec.id)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(spec.shortcut))
            action.setToolTip(f"{ws.tip(spec)} ({spec.shortcut})")
            action.setStatusTip(ws.tip(spec))
            action.triggered.connect(lambda _=False, w=spec.id: self.show_workspace(w, focus=True))
            menu.addAction(action)
        menu.addSeparator()
        for spec in DOCKS:
            if spec.docked:
                toggle = self.docks[spec.id].toggleViewAction()
                toggle.setObjectName(f"view.{spec.id}")
                toggle.setShortcut(QKeySequence(spec.shortcut))
                menu.addAction(toggle)
        menu.addSeparator()
        self.toolbar_toggle = None  # set in _build_toolbar
        menu.addAction(a["view.dark_theme"])
        menu.addAction(a["view.reset_layout"])
        menu = self.menuBar().addMenu(self.tr("&Go"))
        for action_id in ("go.back", "go.forward", None, "go.next_pane", "go.previous_pane"):
            menu.addSeparator() if action_id is None else menu.addAction(a[action_id])
        menu = self.menuBar().addMenu(self.tr("&Help"))
        menu.addAction(a["help.shortcuts"])
        menu.addAction(a["help.about"])
        for action in a:  # shortcuts work even when the menu bar is hidden (presentation)
            self.addAction(action)

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Toolbar"), self)
        bar.setObjectName("toolbar-main")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.setIconSize(QSize(20, 20))  # a slim row: the workspaces below get the height
        # The workspaces first, as words (the way into everything); then the sidebar and the
        # inspector; the rest as icons with their names a hover away, so the row fits 1280 px
        # in Spanish too.
        for action in self.workspace_actions.actions():
            bar.addAction(action)
            bar.widgetForAction(action).setObjectName(f"workspace-button-{action.data()}")
        bar.addSeparator()
        for dock_id in ("filters", "detail"):
            bar.addAction(self.docks[dock_id].toggleViewAction())
        bar.addSeparator()
        for action_id in ("go.back", "go.forward", None, "file.open_store", "file.bundled_store",
                          None, "edit.clear_filters", "edit.add_to_compare", "file.export_csv",
                          None, "view.dark_theme"):  # fmt: skip
            if action_id is None:
                bar.addSeparator()
                continue
            bar.addAction(self.actions[action_id])
            bar.widgetForAction(self.actions[action_id]).setToolButtonStyle(
                Qt.ToolButtonStyle.ToolButtonIconOnly
            )
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        toggle = bar.toggleViewAction()
        toggle.setText(self.tr("Toolbar"))
        view_menu = self.view_menu
        view_menu.insertAction(self.actions["view.dark_theme"], toggle)
        view_menu.insertSeparator(self.actions["view.dark_theme"])

    def _wire(self) -> None:
        a, state = self.actions, self.session.state
        a["file.open_store"].triggered.connect(self.open_store_dialog)
        a["file.bundled_store"].triggered.connect(self.return_to_bundled)
        a["file.export_csv"].triggered.connect(self.export_csv)
        a["file.quit"].triggered.connect(self.close)
        a["edit.find"].triggered.connect(self.table.focus_search)
        a["edit.clear_filters"].triggered.connect(lambda: state.clear_filters(origin="window"))
        a["edit.add_to_compare"].triggered.connect(self.add_to_comparison)
        a["edit.copy_citation"].triggered.connect(self.detail.copy_citation)
        a["edit.new_note"].triggered.connect(self.new_note)
        a["go.back"].triggered.connect(self.history.back)
        a["go.forward"].triggered.connect(self.history.forward)
        a["go.next_pane"].triggered.connect(lambda: self.cycle_focus(1))
        a["go.previous_pane"].triggered.connect(lambda: self.cycle_focus(-1))
        a["view.dark_theme"].setChecked(self.settings.get("appearance/theme") == "dark")
        a["view.dark_theme"].toggled.connect(self.set_dark_theme)
        a["view.reset_layout"].triggered.connect(self.reset_layout)
        a["help.about"].triggered.connect(
            lambda: dialogs.run(
                dialogs.about_dialog(self, self.session.store, self.session.store_path)
            )
        )
        a["help.shortcuts"].triggered.connect(lambda: dialogs.run(shortcuts_dialog.build(self)))
        self.table.add_context_action(a["edit.add_to_compare"])
        self.table.add_context_action(a["file.export_csv"])
        self.table.results_changed.connect(self._show_results)
        # The table words the search notice (a fallback, or nothing to search for).
        self.table.search_notice.connect(self.notice.setText)
        filters = self.panes.get("filters")
        if hasattr(filters, "show_applies_to"):  # a pane that failed to start is a plain label
            self.table.results_changed.connect(
                lambda _shown, _total, view: filters.show_applies_to(view)
            )
        self.table.activated.connect(lambda: self.focus_pane("detail"))
        self.workspaces.changed.connect(self._on_workspace_changed)
        # Until the user drags it, the timeline/table split follows the window's size.
        self.split_by_hand = False
        self.workspaces.split.splitterMoved.connect(lambda *_: setattr(self, "split_by_hand", True))
        filters_dock = self.docks["filters"]
        filters_dock.toggleViewAction().triggered.connect(self._remember_filters_open)
        filters_dock.installEventFilter(self)  # its close button: remembered like the toggle
        observe(state.selection_changed, self, self._tell_where_details_are)
        self.history.changed.connect(self._update_history_actions)
        self._update_history_actions()
        observe(state.filters_changed, self, lambda *_: self._update_filter_actions())
        self._update_filter_actions()
        self._show_results(
            len(self.table.model.ids), len(self.table.model.ids), self.table.view_name
        )
        self.notice.setText(self.table.notice_text)

    def _restore_layout(self) -> None:
        self.resize(first_size(self))
        default_layout(self, self.docks)
        self.fresh_layout = True  # no saved layout: proportions are set again once shown
        self.fresh_geometry = True  # first start: app.py shows the window maximized
        if self.settings.get("window/layout_version") == LAYOUT_VERSION:
            self.fresh_geometry = not self.restoreGeometry(self.settings.get("window/geometry"))
            self.fresh_layout = not self.restoreState(
                self.settings.get("window/state"), LAYOUT_VERSION
            )
            self.workspaces.restore_state(self.settings.get("window/workspaces"))
        self._sync_workspace_actions()

    def save_layout(self) -> None:
        self.settings.set("window/geometry", self.saveGeometry())
        self.settings.set("window/state", self.saveState(LAYOUT_VERSION))
        self.settings.set("window/workspaces", self.workspaces.save_state())
        self.settings.set("window/layout_version", LAYOUT_VERSION)
        self.settings.set("table/view", self.table.view_name)
        self.settings.sync()

    # -- after the first paint: the heavy panes and the notes store ---------------------------
    def _after_first_paint(self) -> None:
        deferred = [spec for spec in DOCKS if spec.deferred]
        DeferredPanes(self, deferred, self._build_one, self.build_deferred_panes).start()

    def _build_one(self, spec) -> None:
        self.panes[spec.id] = build_pane(spec, self.session, self.holder(spec.id))

    def build_deferred_panes(self) -> None:
        if self.panes.keys() >= {spec.id for spec in DOCKS}:
            return
        for spec in DOCKS:
            if spec.deferred and spec.id not in self.panes:
                self._build_one(spec)
        self._open_notes()
        session_memory.restore_comparison(self)
        # The window's New Note action owns Ctrl+Shift+N: it first brings the Notes forward
        # (a shortcut of a pane behind another workspace would not fire), and two shortcuts
        # on one key would cancel each other as ambiguous.
        for shortcut in getattr(self.panes.get("notes"), "shortcuts", ()):
            if shortcut.key() == self.actions["edit.new_note"].shortcut():
                shortcut.setEnabled(False)
        if self.fresh_layout:
            # Dock sizes asked for before the window was shown are only approximations.
            size_docks(self, self.docks)
            self.workspaces.fit_timeline(self.panes.get("timeline"))
        self.panes_ready.emit()

    def _open_notes(self) -> None:
        import explorer.ui.notes as notes_ui

        try:  # opens the notes store, sets session.notes, tells the user about any problem
            notes_ui.open_for_session(self.session, self)
        except Exception as error:  # noqa: BLE001 - notes trouble must not stop the window
            log.error("the notes store did not open", exc_info=True)
            self.statusBar().showMessage(
                self.tr("Notes are unavailable: {error}").format(error=error)
            )
        self.table.refresh_notes()

    # -- status bar -----------------------------------------------------------------------
    def _show_results(self, shown: int, total: int, view: str) -> None:
        what = {
            "episodes": self.tr("episodes"), "series": self.tr("series"),
            "actors": self.tr("actors"), "sources": self.tr("sources"),
        }.get(view, view)  # fmt: skip
        self.result_count.setText(self.tr("{shown} of {total} {what}").format(
            shown=i18n.format_count(shown), total=i18n.format_count(total), what=what))  # fmt: skip

    def _update_store_labels(self) -> None:
        meta = store_meta(self.session.store)
        version = meta.get("dataset_version", "?")
        self.dataset_label.setText(self.tr("Dataset {version}").format(version=version))
        name = self.session.store_path.name
        bundled = self.session.store_path.resolve() == self.bundled_path.resolve()
        self.actions["file.bundled_store"].setEnabled(not bundled)
        where = "" if bundled else f" — {name}"
        self.setWindowTitle(f"{APP_NAME}{where}")
        self.dataset_label.setToolTip(str(self.session.store_path))

    def _update_history_actions(self) -> None:
        self.actions["go.back"].setEnabled(self.history.can_go_back)
        self.actions["go.forward"].setEnabled(self.history.can_go_forward)

    def _update_filter_actions(self) -> None:
        filters = self.session.state.filters
        # A search with no words in it ("AND", "(((") filters nothing, so there is nothing to clear.
        only_empty_search = filters.with_changes(text="").is_empty() and nothing_to_search(
            filters.text
        )
        self.actions["edit.clear_filters"].setEnabled(
            not filters.is_empty() and not only_empty_search
        )

    # -- commands -------------------------------------------------------------------------
    def open_store_dialog(self) -> None:
        path = dialogs.choose_store_file(self, self.store_start_folder())
        if path is not None:
            self.open_store_path(path)

    def store_start_folder(self) -> Path:
        """Where Open Store starts when no folder is remembered yet: beside a store the user
        opened, else their documents — never inside the installed app (site-packages)."""
        if self.session.store_path.resolve() != self.bundled_path.resolve():
            return self.session.store_path.parent
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents) if documents and Path(documents).is_dir() else Path.home()

    def open_store_path(self, path: Path) -> bool:
        """Open `path` as the store; on a problem explain it and offer the bundled store."""
        while True:
            try:
                ours = Path(path).resolve() == self.bundled_path.resolve()
                conn = open_chosen_store(self, path, immutable=ours)  # None: check cancelled
            except StoreError as error:
                choice = dialogs.ask_about_store_problem(self, error, at_startup=False)
                if choice == dialogs.RETURN_TO_BUNDLED:
                    return self.return_to_bundled()
                if choice == dialogs.CHOOSE_ANOTHER:
                    path = dialogs.choose_store_file(self, Path(path).parent)
                    if path is not None:
                        continue
                return False
            if conn is not None:
                self._switch_to(conn, Path(path))
            return conn is not None

    def return_to_bundled(self) -> bool:
        try:
            conn = open_store(self.bundled_path)
        except StoreError as error:
            dialogs.bundled_store_broken(self, error)
            return False
        self._switch_to(conn, self.bundled_path)
        return True

    def _switch_to(self, conn, path: Path) -> None:
        self.history.clear()
        self.session.replace_store(conn, path)
        self._update_store_labels()
        self.statusBar().showMessage(self.tr("Opened {path}").format(path=path), 5000)

    def export_csv(self) -> None:
        suggestion = Path.home() / f"relations-{self.table.view_name}.csv"
        episodes = self.table.view_name == "episodes"
        chosen = dialogs.choose_table_export(self, suggestion, offer_citations=episodes)
        if chosen is None:
            return
        path, with_citations = chosen
        try:
            count = self.table.export_csv(path, with_citations=with_citations)
        except OSError as error:
            log.warning("CSV export to %s failed", path, exc_info=True)
            self.statusBar().showMessage(self.tr("Could not write {path}: {problem}").format(
                path=path, problem=error.strerror or error))  # fmt: skip
            return
        self.statusBar().showMessage(
            i18n.plural(
                count,
                self.tr("Wrote {count} row to {path}"),
                self.tr("Wrote {count} rows to {path}"),
            ).format(count=count, path=path),
            8000,
        )

    def add_to_comparison(self) -> None:
        state = self.session.state
        chosen = self.table.selected_episode_ids() or (
            [state.selected_episode] if state.selected_episode else []
        )
        if not chosen:
            self.statusBar().showMessage(self.tr("Select one or more episodes to compare."), 5000)
            return
        state.set_compare_episodes([*state.compare_episodes, *chosen], origin="window")
        self.show_workspace("compare")
        self.statusBar().showMessage(
            self.tr("Episodes in the comparison: {count} (at most 4).").format(
                count=len(state.compare_episodes)
            ),
            5000,
        )

    def new_note(self) -> None:
        """Show the Notes, then open a new note on the selected record, ready to type in."""
        self.build_deferred_panes()
        self.show_pane("notes")
        pane = self.panes.get("notes")
        if not hasattr(pane, "new_note_on_selection"):
            return
        if pane.new_note_on_selection() is None:
            self.statusBar().showMessage(
                self.tr("Select an episode, series or source to write a note on it."), 5000
            )

    def set_dark_theme(self, dark: bool) -> None:
        name = "dark" if dark else "light"
        theme.apply(QApplication.instance(), name)
        self.settings.set("appearance/theme", name)
        self.detail.refresh()
        self.table.table.viewport().update()

    # -- workspaces -----------------------------------------------------------------------
    def holder(self, pane_id: str):
        """Where a pane is put: its dock, or its place in a workspace."""
        return self.docks.get(pane_id) or self.slots[pane_id]

    def show_workspace(self, workspace_id: str, focus: bool = False) -> None:
        self.workspaces.show_workspace(workspace_id)
        self._sync_workspace_actions()
        if focus:
            pane = self.panes.get(ws.BY_ID[workspace_id].panes[0])
            if pane is not None:
                self.focus_pane(ws.BY_ID[workspace_id].panes[0])

    def reset_layout(self) -> None:
        """View ▸ Reset Layout: the sidebar and inspector back in place, each workspace's
        sidebar as it starts, the timeline/table split fitted again."""
        default_layout(self, self.docks)
        self.split_by_hand = False  # the timeline/table split is fitted again too
        self.workspaces.filters_open = {s.id: s.filters_open for s in ws.WORKSPACES}
        for widget in [*self.slots.values(), self.table]:
            widget.setVisible(True)
        self.workspaces.fit_timeline(self.panes.get("timeline"))
        self._on_workspace_changed(self.workspaces.current())

    def show_pane(self, pane_id: str) -> None:
        """Bring `pane_id` in front without moving the focus (its workspace, or its dock)."""
        if pane_id in self.docks:
            self.docks[pane_id].show()
            self.docks[pane_id].raise_()
        elif self.workspaces.show_pane(pane_id):
            self._sync_workspace_actions()

    def _sync_workspace_actions(self) -> None:
        current = self.workspaces.current()
        for action in self.workspace_actions.actions():
            action.setChecked(action.data() == current)

    def _on_workspace_changed(self, workspace_id: str) -> None:
        """Each workspace keeps the Filters sidebar open or closed as the user left it there:
        open beside the timeline, closed by default over the chart, whose plot needs the
        width. (A saved view or a presentation sets the sidebar itself afterwards.)"""
        self._sync_workspace_actions()
        self.docks["filters"].setVisible(self.workspaces.filters_open.get(workspace_id, True))

    def _remember_filters_open(self, *_args) -> None:
        self.workspaces.filters_open[self.workspaces.current()] = (
            self.docks["filters"].toggleViewAction().isChecked()
        )

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if watched is self.docks.get("filters") and event.type() == QEvent.Type.Close:
            self.workspaces.filters_open[self.workspaces.current()] = False
        return super().eventFilter(watched, event)

    def _tell_where_details_are(self, selection, origin: str) -> None:
        """A record chosen while the Details inspector is closed: say where its details are."""
        if selection is None or origin == "view" or self.docks["detail"].isVisible():
            return
        keys = self.docks["detail"].toggleViewAction().shortcut()
        self.statusBar().showMessage(
            self.tr("Its details are in the Details pane: press {keys} to show it.").format(
                keys=keys.toString(QKeySequence.SequenceFormat.NativeText)
            ),
            8000,
        )

    # -- focus ----------------------------------------------------------------------------
    def pane_order(self) -> list[str]:
        """The panes F6 visits, in the order they sit on the screen: sidebar, workspace,
        inspector. Panes of the workspaces behind are not on the screen, so not visited."""
        order = ["filters", "timeline", "table", "chart", "compare", "notes", "detail"]
        return [p for p in order if p in self.panes and self.panes[p].isVisible()]

    def focus_pane(self, pane_id: str) -> None:
        pane = self.panes.get(pane_id)
        if pane is None:
            return
        if pane_id in self.docks:
            self.docks[pane_id].show()
            self.docks[pane_id].raise_()
        else:
            self.workspaces.show_pane(pane_id)
        focus_target(self.table.table if pane is self.table else pane).setFocus(
            Qt.FocusReason.TabFocusReason
        )

    def current_pane(self) -> str | None:
        focused = QApplication.focusWidget()
        for pane_id, pane in self.panes.items():
            if focused is not None and (focused is pane or pane.isAncestorOf(focused)):
                return pane_id
        return None

    def cycle_focus(self, step: int) -> None:
        order = self.pane_order()
        if not order:
            return
        current = self.current_pane()
        index = order.index(current) if current in order else -step
        self.focus_pane(order[(index + step) % len(order)])

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        presenting = getattr(getattr(self, "classroom", None), "presentation", None)
        if (self.fresh_layout and not self.split_by_hand and "timeline" in self.panes
                and not getattr(presenting, "active", False)):  # fmt: skip
            QTimer.singleShot(0, lambda: self.workspaces.fit_timeline(self.panes["timeline"]))

    def closeEvent(self, event: QCloseEvent) -> None:
        from explorer.ui.notes.unsaved import settle_before_close

        if not settle_before_close(self, self.panes.get("notes")):
            event.ignore()  # the user chose to keep a note that could not be saved
            return
        self.save_layout()
        session_memory.save(self)
        self.settings.sync()
        super().closeEvent(event)
