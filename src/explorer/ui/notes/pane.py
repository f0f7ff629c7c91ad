"""The notes pane: every note, searchable and filterable by tag, and the note being written.

It follows the window's selection: "New note on <selected item>" writes about whatever the user
is reading (an episode, a series, a figure or a passage). Notes written in another window of the
app appear here within a couple of seconds (the file's data_version is polled).
"""

from __future__ import annotations

import logging
from pathlib import Path

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from explorer.core.session import Session
from explorer.store import records
from explorer.store.notes import Note
from explorer.store.notes_targets import describe, passage_id_for_key, target_for_selection
from explorer.ui import labels
from explorer.ui.i18n import plural
from explorer.ui.menu_button import MenuButton
from explorer.ui.notes.controller import NotesController
from explorer.ui.notes.editor import NoteEditor
from explorer.ui.notes.keys import add_shortcut, has_focus_within
from explorer.ui.notes.list_model import NOTE_ROLE, NotesListModel, NotesListView
from explorer.ui.notes.sharing import (
    choose_export_path,
    choose_import_path,
    export_notes,
    import_notes,
)
from explorer.ui.observe import observe

log = logging.getLogger(__name__)

POLL_MS = 1500
ORIGIN = "notes"


class NotesPane(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("NotesPane")
        self.controller = NotesController(session, self)
        self._data_version: int | None = None
        self._target: tuple[str, str, str] | None = None  # (type, stable id, label) selected
        self._build()
        self.controller.listChanged.connect(self.refresh)
        self.controller.noteChanged.connect(self._on_note_changed)
        self.controller.failed.connect(self.show_message)
        self.controller.conflictKept.connect(self._on_conflict)
        observe(session.state.selection_changed, self, self._on_selection)
        observe(session.store_changed, self, lambda *_: self._on_store_changed())
        observe(session.notes_changed, self, self._on_notes_changed_elsewhere)
        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(self._check_other_windows)
        self._poll.start()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.editor.flush)
        self._on_store_changed()

    # --- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self.banner = QLabel(self)
        self.banner.setObjectName("NotesBanner")
        self.banner.setWordWrap(True)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.hide()
        self.message = QLabel(self)
        self.message.setObjectName("NotesMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setAccessibleName(self.tr("Notes message"))
        self.message.hide()

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search notes…"))
        self.search.setAccessibleName(self.tr("Search notes"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda *_: self._search_timer.start())
        self._search_timer = QTimer(self, singleShot=True, interval=150)
        self._search_timer.timeout.connect(self.refresh)
        self.tag_filter = QComboBox(self)
        self.tag_filter.setAccessibleName(self.tr("Show notes with tag"))
        self.tag_filter.setMinimumContentsLength(6)
        # As wide as its longest entry ("All tags", "Todas las etiquetas") at the type in use:
        # a minimum of six characters cut it when presenting; the search gives way instead.
        self.tag_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.tag_filter.currentIndexChanged.connect(lambda *_: self.refresh())
        self.only_selected = QToolButton(self, text=self.tr("This item only"), checkable=True)
        self.only_selected.setToolTip(self.tr("Show only the notes on the selected item"))
        self.only_selected.setAccessibleName(self.tr("Show only notes on the selected item"))
        self.only_selected.toggled.connect(lambda *_: self.refresh())
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.tag_filter)
        filters.addWidget(self.only_selected)

        self.new_button = QPushButton(self)
        self.new_button.setObjectName("NewNote")
        # The label names the selected item; in a narrow dock it is shortened to fit (see
        # _fit_new_button) instead of widening the whole pane.
        self.new_button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.new_button.setMinimumWidth(120)
        self._new_label = ""
        self.new_button.setDefault(False)
        self.new_button.setAutoDefault(False)
        self.new_button.setAccessibleName(self.tr("New note on the selected item"))
        self.new_button.clicked.connect(self.new_note_on_selection)
        self.undo_button = self._tool(
            self.tr("Undo"), self.tr("Undo the last change (Ctrl+Z)"), self.undo
        )
        self.redo_button = self._tool(self.tr("Redo"), self.tr("Redo (Ctrl+Shift+Z)"), self.redo)
        self.delete_button = self._tool(
            self.tr("Delete"),
            self.tr("Delete this note (undo brings it back)"),
            self.delete_current,
        )
        self.share_button = MenuButton(self.tr("Share"), self)  # room for its arrow
        self.share_button.setToolTip(self.tr("Export or import notes"))
        self.share_button.setAccessibleName(self.tr("Share"))
        menu = QMenu(self.share_button)
        menu.addAction(self.tr("Export notes to share (JSON)…"), lambda: self.export_dialog(False))
        menu.addAction(self.tr("Export handout (Markdown)…"), lambda: self.export_dialog(True))
        menu.addSeparator()
        menu.addAction(self.tr("Import notes (JSON)…"), self.import_dialog)
        self.share_button.setMenu(menu)
        stack = self.controller.undo_stack
        stack.canUndoChanged.connect(self.undo_button.setEnabled)
        stack.canRedoChanged.connect(self.redo_button.setEnabled)
        stack.undoTextChanged.connect(
            lambda text: self.undo_button.setToolTip(
                self.tr("Undo {what} (Ctrl+Z)").format(what=text)
            )
        )
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        actions = QHBoxLayout()
        actions.addWidget(self.new_button, 1)
        for button in (self.undo_button, self.redo_button, self.delete_button, self.share_button):
            actions.addWidget(button)

        self.model = NotesListModel(self)
        self.list = NotesListView(self.model, self)
        self.list.setAccessibleName(self.tr("Notes"))
        self.list.selectionModel().currentChanged.connect(self._on_current_changed)
        self.list.activated.connect(lambda *_: self._edit_current())
        self.count_label = QLabel(self)
        self.count_label.setObjectName("NotesCount")
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.count_label)

        self.editor = NoteEditor(self.controller, self)
        self.editor.showTargetRequested.connect(self.show_target)
        self.editor.openNoteRequested.connect(self.open_note)
        self.editor.undoRequested.connect(self.undo)
        self.editor.redoRequested.connect(self.redo)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)

        self._style()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.banner)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(self.splitter, 1)

        # Undo and redo act only while the focus is in this pane (see keys.py); "New note"
        # works from anywhere in the window, as the menu says. Find is not a QShortcut: it
        # would be ambiguous with the window's Find action (see event()).
        self.shortcuts = [
            add_shortcut(QKeySequence.StandardKey.Undo, self, self._undo_from_keyboard),
            add_shortcut("Ctrl+Shift+Z", self, self._redo_from_keyboard),
            add_shortcut("Ctrl+Y", self, self._redo_from_keyboard),
            add_shortcut(
                "Ctrl+Shift+N",
                self,
                self.new_note_on_selection,
                Qt.ShortcutContext.WindowShortcut,
            ),
        ]

    def _style(self) -> None:
        """Messages stand out from the list; the main action looks like one."""
        palette = self.palette()
        warning = palette.color(palette.ColorRole.BrightText).name()
        accent = palette.color(palette.ColorRole.Link).name()
        self.setStyleSheet(
            f"QLabel#NotesBanner {{ border-left: 4px solid {warning}; padding: 6px 8px;"
            f" background: palette(alternate-base); }}"
            f" QLabel#NotesMessage {{ border-left: 4px solid {accent}; padding: 4px 8px;"
            f" background: palette(alternate-base); }}"
            f" QPushButton#NewNote:enabled {{ background: {accent}; color: palette(base);"
            f" border-radius: 4px; padding: 5px 12px; font-weight: 600; }}"
            f" QLabel#NoteTargetDetail, QLabel#NotesCount {{ color: palette(placeholder-text); }}"
        )

    def _tool(self, text: str, tip: str, slot) -> QToolButton:
        button = QToolButton(self, text=text)
        button.setToolTip(tip)
        button.setAccessibleName(text)
        if slot is not None:
            button.clicked.connect(slot)
        return button

    def _fit_new_button(self) -> None:
        width = max(40, self.new_button.width() - 28)
        metrics = self.new_button.fontMetrics()
        self.new_button.setText(
            metrics.elidedText(self._new_label, Qt.TextElideMode.ElideRight, width)
        )

    def event(self, event) -> bool:
        # Ctrl+F inside the pane searches the notes: claiming the key here (the override
        # travels up from the focused child) keeps the window's Find action for other panes.
        kind = event.type()
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and event.matches(
            QKeySequence.StandardKey.Find
        ):
            event.accept()
            if kind == QEvent.Type.KeyPress:
                self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
                self.search.selectAll()
            return True
        return super().event(event)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        # Docked narrow, the editor goes under the list; wide, beside it.
        wide = event.size().width() >= 760
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        self.editor.set_compact(event.size().height() < 420)
        if orientation != self.splitter.orientation():
            self.splitter.setOrientation(orientation)
            if self.editor.note is not None:
                QTimer.singleShot(0, self, self._give_editor_room)
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self._fit_new_button)  # once the layout has set its width

    # --- state ---------------------------------------------------------------------------
    @property
    def store(self):
        return self.session.notes

    def refresh(self) -> None:
        """Re-run the search and tag filter, keeping the open note selected."""
        store = self.store
        if store is None:
            self.model.set_rows(None, np.zeros(0, dtype=np.int64))
            self.count_label.setText(self.tr("Notes are not available."))
            self._update_buttons()
            return
        self._refill_tags(store)
        tag = self.tag_filter.currentData()
        target = self._target[:2] if self._target else None
        only_selected = self.only_selected.isChecked()
        if only_selected and target is None:
            result = store.find("", target=("", ""))  # nothing selected: nothing to show
        else:
            result = store.find(
                self.search.text(),
                tags=[tag] if tag else (),
                target=target if only_selected else None,
            )
        self.model.set_rows(store, result.rowids)
        shown, total = len(result.rowids), result.total
        if shown == total:
            self.count_label.setText(self.tr("Notes: {total}").format(total=total))
        else:
            self.count_label.setText(
                plural(
                    total, self.tr("{shown} of {total} note"), self.tr("{shown} of {total} notes")
                ).format(shown=shown, total=total)
            )
        if result.fallback:
            self.count_label.setText(
                self.count_label.text() + " · " + self.tr("searched the plain words")
            )
        self._reselect()
        self._data_version = store.data_version()
        self._update_buttons()

    def _refill_tags(self, store) -> None:
        current = self.tag_filter.currentData()
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("All tags"), None)
        counts = store.tag_counts()
        for tag, count in counts:
            self.tag_filter.addItem(f"{tag} ({count})", tag)
        index = self.tag_filter.findData(current) if current else 0
        self.tag_filter.setCurrentIndex(max(0, index))
        self.tag_filter.blockSignals(False)
        self.editor.set_known_tags([tag for tag, _ in counts])

    def _reselect(self) -> None:
        open_id = self.editor.note.id if self.editor.note else None
        row = self.model.row_of(open_id) if open_id else -1
        selection = self.list.selectionModel()
        selection.blockSignals(True)
        if row >= 0:
            index = self.model.index(row, 0)
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.list.scrollTo(index)
        else:
            selection.clearSelection()
        selection.blockSignals(False)

    def _update_buttons(self) -> None:
        writable = self.controller.writable()
        if self._target:
            label = self._target[2]
            short = label if len(label) <= 48 else label[:46] + "…"
            self._new_label = self.tr("New note on “{item}”").format(item=short)
            self.new_button.setToolTip(
                self.tr("Write a note on {item} (Ctrl+Shift+N)").format(item=label)
            )
        else:
            self._new_label = self.tr(
                "Select an episode, series, figure or passage to write a note on it"
            )
            self.new_button.setToolTip("")
        self.new_button.setEnabled(writable and self._target is not None)
        self._fit_new_button()
        self.delete_button.setEnabled(writable and self.editor.note is not None)
        self.share_button.setEnabled(self.store is not None)

    def _on_store_changed(self) -> None:
        store = self.store
        if store is not None:
            store.dataset_version = records.dataset_version(self.session.store)
        self._show_banner()
        self._on_selection(self.session.state.selection, "")
        self.refresh()

    def _show_banner(self) -> None:
        store = self.store
        if store is None:
            text = self.tr("Notes are not available in this session.")
        elif store.read_only:
            text = self.tr("Notes are read-only: {reason} {advice}").format(
                reason=store.report.read_only_reason, advice=store.report.advice
            )
        elif store.report.moved_aside is not None:
            text = self.tr(
                "The notes file was damaged and has been moved to {path}; a fresh "
                "notes file was started."
            ).format(path=store.report.moved_aside)
        else:
            self.banner.hide()
            return
        self.banner.setText("⚠ " + text)
        self.banner.show()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # --- following the selection ---------------------------------------------------------
    def _on_selection(self, selection, origin: str) -> None:
        self._target = None
        if selection is not None:
            target = target_for_selection(self.session.store, selection.kind, selection.id)
            if target is not None:
                info = describe(self.session.store, *target)
                self._target = (target[0], target[1], info.label)
        if self.only_selected.isChecked():
            self.refresh()
        self._update_buttons()

    def new_note_on_selection(self) -> Note | None:
        if self._target is None or not self.controller.writable():
            return None
        self.editor.flush()
        target_type, target_id, label = self._target
        note = self.controller.create(target_type, target_id, label)
        if note is not None:
            self.search.clear()
            self.tag_filter.setCurrentIndex(0)
            self.open_note(note.id)
            self._give_editor_room()
            self.editor.body.setFocus()
        return note

    def _give_editor_room(self) -> None:
        """A note is open: under the list (a short dock), the editor takes most of the height,
        leaving the list a row or two; the text box is scrolled into view if the dock scrolls."""
        if self.splitter.orientation() == Qt.Orientation.Vertical:
            total = sum(self.splitter.sizes())
            list_part = self.splitter.widget(0).minimumSizeHint().height()
            list_part = max(list_part, min(total // 4, 160))
            self.splitter.setSizes([list_part, max(0, total - list_part)])
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if parent is not None:
            parent.ensureWidgetVisible(self.editor.body, 0, 0)

    def show_target(self, target_type: str, target_id: str) -> None:
        item_id = target_id
        if target_type == "passage":
            passage = passage_id_for_key(self.session.store, target_id)
            if passage is None:
                self.show_message(self.tr("That passage is not in the open dataset."))
                return
            item_id = str(passage)
        self.session.state.select(target_type, item_id, origin=ORIGIN)

    # --- notes ---------------------------------------------------------------------------
    def open_note(self, note_id: str) -> None:
        note = self.store.get(note_id) if self.store else None
        if note is None or note.deleted:
            return
        if self.model.row_of(note_id) < 0:
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self.tag_filter.setCurrentIndex(0)
            self.only_selected.setChecked(False)
        self.editor.show_note(note, self._detail(note))
        self.refresh()

    def _edit_current(self) -> None:
        """Enter or double-click on a note: write in it, with room to do so."""
        self._give_editor_room()
        self.editor.body.setFocus()

    def _detail(self, note: Note | None) -> str:
        """One line on what the note is on, from the open dataset."""
        if note is None:
            return ""
        info = describe(self.session.store, note.target_type, note.target_id)
        if not info.found:
            return self.tr("Not in the open dataset (noted as “{label}”)").format(
                label=note.target_label or note.target_id
            )
        if info.kind:  # the date as the source writes it, then the kind in this language
            return " · ".join(part for part in (info.when, labels.episode_kind(info.kind)) if part)
        return info.detail

    def _on_current_changed(self, current, _previous) -> None:
        note = current.data(NOTE_ROLE) if current.isValid() else None
        if note is not None and (self.editor.note is None or note.id != self.editor.note.id):
            fresh = self.store.get(note.id)
            self.editor.show_note(fresh, self._detail(fresh))
        self._update_buttons()

    def delete_current(self) -> None:
        note = self.editor.note
        if note is None:
            return
        self.editor.flush()
        row = self.model.row_of(note.id)
        if self.controller.delete(note.id) is not None:
            self.editor.show_note(None)
            self.refresh()
            next_row = min(row, self.model.rowCount() - 1)
            if next_row >= 0:
                self.list.setCurrentIndex(self.model.index(next_row, 0))
            self.show_message(self.tr("Note deleted. Undo (Ctrl+Z) brings it back."))

    def undo(self) -> None:
        self.editor.flush()
        self.controller.undo_stack.undo()

    def redo(self) -> None:
        self.editor.flush()
        self.controller.undo_stack.redo()

    def _undo_from_keyboard(self) -> None:
        # A key press never undoes notes (and never deletes one) from elsewhere in the window.
        if has_focus_within(self):
            self.undo()

    def _redo_from_keyboard(self) -> None:
        if has_focus_within(self):
            self.redo()

    def _on_note_changed(self, note: Note) -> None:
        if note.deleted and self.editor.note is not None and self.editor.note.id == note.id:
            self.editor.show_note(None)
        elif not note.deleted and self.editor.note is None:
            self.editor.show_note(note)  # undo of a delete brings the note back into view
        self._update_buttons()

    def _on_conflict(self, copy: Note, other: Note) -> None:
        self.show_message(
            self.tr(
                "This note was changed in another window while you typed. "
                "Your text was kept as a separate version (marked ⚠); the "
                "other window's text is unchanged."
            )
        )

    def _on_notes_changed_elsewhere(self, target_type: str, target_id: str) -> None:
        if not target_type:  # ("", ""): all notes may have changed (store opened, import)
            self._show_banner()
            self.refresh()

    def _check_other_windows(self) -> None:
        store = self.store
        if store is None or not self.isVisible():
            return
        try:
            version = store.data_version()
        except Exception:  # noqa: BLE001 - a closed store during shutdown: nothing to poll
            log.info("notes store not polled", exc_info=True)
            return
        if self._data_version is not None and version != self._data_version:
            self.refresh()
            if self.editor.note is not None:
                fresh = store.get(self.editor.note.id)
                if fresh is not None:
                    self.editor.reload_if_clean(fresh)
        self._data_version = version

    # --- sharing -------------------------------------------------------------------------
    def shown_note_ids(self) -> list[str]:
        return self.model.ids()

    def export_dialog(self, markdown: bool) -> None:
        path = choose_export_path(self, markdown)
        if path is not None:
            self.export_to(path, markdown)

    def export_to(self, path, markdown: bool = False, only_shown: bool = False) -> bool:
        if self.store is None:
            return False
        self.editor.flush()
        try:
            shown = self.shown_note_ids() if only_shown else None
            text = export_notes(self.session, path, shown, markdown, parent=self)
        except OSError as error:
            self.show_message(
                self.tr("Could not write {path}: {reason}").format(
                    path=path, reason=error.strerror or error
                )
            )
            return False
        self.show_message(text)
        return True

    def import_dialog(self) -> None:
        path = choose_import_path(self)
        if path is not None:
            self.import_from(path)

    def import_from(self, path) -> bool:
        if not self.controller.writable():
            self.show_message(self.tr("Notes are read-only in this session; nothing was imported."))
            return False
        self.editor.flush()
        changed, text = import_notes(self.session, Path(path), parent=self)
        self.show_message(text)
        if changed:
            self.refresh()
            self.session.notes_changed.emit("", "")
        return changed

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.editor.flush()
        super().closeEvent(event)

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.editor.flush()
        super().hideEvent(event)
