"""Writing one note: Markdown body with preview, tags, and a save that happens by itself.

Autosave: every change restarts a short timer; when the typing pauses the note is written in
one transaction, and only then does the status say "Saved". Switching notes, leaving the
editor and closing the window save at once too. There is no Save button to forget.
"""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QTextOption
from PySide6.QtWidgets import (
    QCompleter,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from explorer.store.notes import Note, normalize_tags
from explorer.ui import plain
from explorer.ui.notes.controller import NotesController
from explorer.ui.notes.keys import add_shortcut
from explorer.ui.notes.list_model import target_name
from explorer.ui.safe_text import SafeBrowser, open_external

AUTOSAVE_MS = 500


def split_tags(text: str) -> tuple[str, ...]:
    return normalize_tags(text.split(","))


class NoteEditor(QWidget):
    showTargetRequested = Signal(str, str)  # (target type, target id)
    openNoteRequested = Signal(str)  # note id (the other version of a conflict)
    statusChanged = Signal(str)
    undoRequested = Signal()
    redoRequested = Signal()

    def __init__(self, controller: NotesController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.note: Note | None = None  # the note as last saved
        self._loading = False
        self._compact = False  # a short dock: see set_compact
        self._timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._timer.timeout.connect(self.flush)
        self._build()
        controller.noteChanged.connect(self._on_note_changed)
        self.show_note(None)

    # --- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self.kind_label = QLabel(self)
        self.kind_label.setObjectName("NoteTargetKind")
        self.target_label = QLabel(self)
        self.target_label.setWordWrap(True)
        self.target_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.target_label.font()
        font.setBold(True)
        self.target_label.setFont(font)
        self.show_button = QToolButton(self, text=self.tr("Show"))
        self.show_button.setToolTip(self.tr("Select this item in the other panes"))
        self.show_button.setAccessibleName(self.tr("Show the item this note is on"))
        self.show_button.clicked.connect(self._show_target)
        self.preview_button = QToolButton(self, text=self.tr("Preview"), checkable=True)
        self.preview_button.setToolTip(self.tr("Show the note formatted (Ctrl+Shift+V)"))
        self.preview_button.setAccessibleName(self.tr("Preview formatted note"))
        self.preview_button.toggled.connect(self._toggle_preview)
        self.preview_shortcut = add_shortcut("Ctrl+Shift+V", self, self.preview_button.toggle)
        # The target's name sits beside "Episode:" and the buttons when it fits there on one
        # line, else on a row of its own below them (_place_target): squeezed between them it
        # wrapped to three narrow lines at the presentation's type.
        header = self.header = QGridLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.kind_label, 0, 0)
        header.addWidget(self.show_button, 0, 2)
        header.addWidget(self.preview_button, 0, 3)
        header.setColumnStretch(1, 1)
        self._target_below: bool | None = None

        self.detail_label = QLabel(self)
        self.detail_label.setObjectName("NoteTargetDetail")
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.conflict_banner = QLabel(self)
        self.conflict_banner.setObjectName("NotesBanner")
        self.conflict_banner.setWordWrap(True)
        self.conflict_banner.setTextFormat(Qt.TextFormat.RichText)
        self.conflict_banner.linkActivated.connect(self.openNoteRequested.emit)
        self.conflict_banner.hide()

        self.body = QPlainTextEdit(self)
        self.body.setAccessibleName(self.tr("Note text (Markdown)"))
        self.body.setPlaceholderText(
            self.tr(
                "Write your note here. Markdown works: # heading, "
                "*italic*, **bold**, - lists. It is saved as you type."
            )
        )
        self.body.setUndoRedoEnabled(False)  # the pane's undo history covers typing
        self.body.setTabChangesFocus(True)
        self.body.textChanged.connect(self._changed)
        self.body.installEventFilter(self)
        self.preview = SafeBrowser(self)
        self.preview.setObjectName("note-preview")  # the note's own Markdown, rendered on purpose
        # Links in a note open only on a click, only for web addresses, after asking.
        self.preview.anchorClicked.connect(lambda url: open_external(self, url.toString()))
        self.preview.setAccessibleName(self.tr("Formatted note"))
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.body)
        self.pages.addWidget(self.preview)

        self.tags = QLineEdit(self)
        self.tags.setPlaceholderText(self.tr("Tags, separated by commas"))
        self.tags.setAccessibleName(self.tr("Tags"))
        self.tags.textEdited.connect(self._changed)
        self.tags.editingFinished.connect(self.flush)
        self.tags.installEventFilter(self)
        self.tag_completer = QCompleter([], self.tags)
        self.tag_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tags.setCompleter(self.tag_completer)

        self.status = QLabel(self)
        self.status.setObjectName("NoteSaveStatus")
        self.status.setAccessibleName(self.tr("Save status"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(header)
        layout.addWidget(self.detail_label)
        layout.addWidget(self.conflict_banner)
        layout.addWidget(self.pages, 1)
        tags_row = QHBoxLayout()
        tags_label = QLabel(self.tr("Tags:"), self)
        tags_label.setBuddy(self.tags)
        tags_row.addWidget(tags_label)
        tags_row.addWidget(self.tags, 1)
        tags_row.addWidget(self.status)  # on the tags row: a short dock keeps its text lines
        layout.addLayout(tags_row)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        """Ctrl+Z in the text goes to the pane's one history, not the widget's own."""
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            redo = event.matches(QKeySequence.StandardKey.Redo) or (
                event.key() == Qt.Key.Key_Z
                and event.modifiers()
                == (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
            )
            undo = not redo and event.matches(QKeySequence.StandardKey.Undo)
            if undo or redo:
                event.accept()
                if event.type() == QEvent.Type.KeyPress:
                    (self.redoRequested if redo else self.undoRequested).emit()
                return True
        return super().eventFilter(watched, event)

    # --- the header ------------------------------------------------------------------------
    def _place_target(self) -> None:
        header = self.header
        spacing = max(header.horizontalSpacing(), 0)
        beside = (
            self.width()
            - sum(w.sizeHint().width() + spacing for w in (self.kind_label, self.show_button,
                                                           self.preview_button))
            - self.contentsMargins().left() - self.contentsMargins().right() - 24
        )  # fmt: skip
        needed = self.target_label.fontMetrics().horizontalAdvance(self.target_label.text())
        below = needed > beside
        if below == self._target_below:
            return
        self._target_below = below
        header.removeWidget(self.target_label)
        if below:
            header.addWidget(self.target_label, 1, 0, 1, 4)
        else:
            header.addWidget(self.target_label, 0, 1)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._place_target()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # presenting: the larger type
            # Once the labels and buttons have the new type too (they hear of it after us).
            QTimer.singleShot(0, self, self._place_target)

    # --- showing -------------------------------------------------------------------------
    def show_note(self, note: Note | None, detail: str | None = None) -> None:
        """Open `note` for editing (saving the one open before). `detail` describes what the
        note is on ("December 17, 1996 – April 22, 1997 · security"); None keeps the last one
        when the same note is shown again."""
        if self.note is not None and (note is None or note.id != self.note.id):
            self.flush()
        same = note is not None and self.note is not None and note.id == self.note.id
        if detail is not None or not same:
            self.detail_label.setText(detail or "")
            self.target_label.setToolTip(detail or "")
            self._show_detail()
        self.note = note
        self._loading = True
        try:
            body = note.body if note else ""
            # Laying out one long unbroken line at word boundaries is quadratic (100,000
            # characters took 1.9 s, a megabyte minutes); such a body wraps anywhere instead.
            self.body.setWordWrapMode(
                QTextOption.WrapMode.WrapAnywhere
                if plain.has_long_run(body)
                else QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
            )
            self.body.setPlainText(body)
            self.tags.setText(", ".join(note.tags) if note else "")
        finally:
            self._loading = False
        editable = note is not None and self.controller.writable()
        self.body.setReadOnly(not editable)
        self.tags.setReadOnly(not editable)
        for widget in (self.body, self.tags, self.show_button, self.preview_button):
            widget.setEnabled(note is not None)
        if note is None:
            self.kind_label.setText("")
            self.target_label.setText(self.tr("No note open"))
        else:
            self.kind_label.setText(target_name(note.target_type) + ":")
            self.target_label.setText(note.target_label or note.target_id)
        self._place_target()
        self._show_conflict(note)
        if self.preview_button.isChecked():
            self._render_preview()
        self._set_status(self._saved_text(note) if note else "")

    def set_compact(self, compact: bool) -> None:
        """In a short dock the line describing the item gives its room to the text (the
        item's name keeps it as a tooltip)."""
        self._compact = compact
        self._show_detail()

    def _show_detail(self) -> None:
        self.detail_label.setVisible(bool(self.detail_label.text()) and not self._compact)

    def set_known_tags(self, tags: list[str]) -> None:
        self.tag_completer.model().setStringList(tags)

    def is_dirty(self) -> bool:
        if self.note is None:
            return False
        return (
            self.body.toPlainText() != self.note.body
            or split_tags(self.tags.text()) != self.note.tags
        )

    def reload_if_clean(self, note: Note) -> None:
        """Another window changed the open note: show its text unless we are mid-edit."""
        if self.note is None or note.id != self.note.id or note.rev == self.note.rev:
            return
        if self.is_dirty():
            return  # our next save will find the newer revision and keep both versions
        position = self.body.textCursor().position()
        self.show_note(note)
        cursor = self.body.textCursor()
        cursor.setPosition(min(position, len(note.body)))
        self.body.setTextCursor(cursor)

    # --- saving --------------------------------------------------------------------------
    def flush(self) -> bool:
        """Save now if anything changed. True when the editor holds nothing unsaved."""
        self._timer.stop()
        if not self.is_dirty():
            return True
        if not self.controller.writable():
            self._set_status(self.tr("Read-only: changes cannot be saved"))
            return False
        self._set_status(self.tr("Saving…"))
        result = self.controller.save(
            self.note, self.body.toPlainText(), split_tags(self.tags.text()), self.note.rev
        )
        if result is None:
            self._set_status(self.tr("Not saved — see the message above"))
            self._timer.start(AUTOSAVE_MS * 6)  # try again shortly; the text stays here
            return False
        self.note = result.note
        self._show_conflict(self.note)
        self._set_status(self._saved_text(self.note))
        return True

    def _changed(self, *_args) -> None:
        if self._loading or self.note is None:
            return
        self._set_status(self.tr("Editing…"))
        self._timer.start()

    def _on_note_changed(self, note: Note) -> None:
        """Undo/redo (or a save from elsewhere in this window) changed a note."""
        if self.note is None or note.id != self.note.id or self.is_dirty():
            if self.note is not None and note.id == self.note.id:
                self.note = note  # our own save: remember the new revision
            return
        if (note.body, note.tags) != (self.body.toPlainText(), split_tags(self.tags.text())):
            cursor_at = _first_difference(self.body.toPlainText(), note.body)
            self.show_note(note)
            cursor = self.body.textCursor()
            cursor.setPosition(min(cursor_at, len(note.body)))
            self.body.setTextCursor(cursor)
        else:
            self.note = note
            self._set_status(self._saved_text(note))

    # --- pieces --------------------------------------------------------------------------
    def _saved_text(self, note: Note) -> str:
        if not self.controller.writable():
            return self.tr("Read-only")
        try:
            moment = datetime.fromisoformat(note.updated).astimezone().strftime("%H:%M:%S")
        except ValueError:
            moment = note.updated
        return self.tr("Saved {time}").format(time=moment)

    def _set_status(self, text: str) -> None:
        self.status.setText(text)
        self.statusChanged.emit(text)

    def _show_conflict(self, note: Note | None) -> None:
        if note is None or not note.conflict_of:
            self.conflict_banner.hide()
            return
        self.conflict_banner.setText(
            self.tr(
                '⚠ This note and <a href="{other}">another version of it</a> were changed in two '
                "places at once. Both are kept; keep what you need and delete the other."
            ).format(other=html.escape(note.conflict_of, quote=True))
        )
        self.conflict_banner.show()

    def _toggle_preview(self, on: bool) -> None:
        if on:
            self.flush()
            self._render_preview()
        self.pages.setCurrentWidget(self.preview if on else self.body)

    def _render_preview(self) -> None:
        self.preview.set_markdown(self.body.toPlainText())

    def _show_target(self) -> None:
        if self.note is not None:
            self.showTargetRequested.emit(self.note.target_type, self.note.target_id)


def _first_difference(a: str, b: str) -> int:
    for i, (x, y) in enumerate(zip(a, b, strict=False)):
        if x != y:
            return i
    return min(len(a), len(b)) if len(a) != len(b) else len(b)
