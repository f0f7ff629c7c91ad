"""The list of notes: a model over an array of note rowids (notes fetched a page at a time, as
they are painted) and a two-line delegate. Nothing here does work per note for the whole list:
100,000 notes cost one array, not 100,000 objects."""

from __future__ import annotations

from datetime import datetime

import numpy as np
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

from explorer.store.notes import Note

NOTE_ROLE = Qt.ItemDataRole.UserRole + 1
_PAGE = 200

TARGET_NAMES = {
    "episode": QT_TRANSLATE_NOOP("Notes", "Episode"),
    "series": QT_TRANSLATE_NOOP("Notes", "Series"),
    "observation": QT_TRANSLATE_NOOP("Notes", "Figure"),
    "passage": QT_TRANSLATE_NOOP("Notes", "Passage"),
}


def target_name(target_type: str) -> str:
    return QCoreApplication.translate("Notes", TARGET_NAMES.get(target_type, target_type))


def note_heading(note: Note) -> str:
    # Capped: eliding a 100,000-character first line on every paint would stall the list.
    return note.title[:300] or QCoreApplication.translate("Notes", "(empty note)")


def short_time(iso: str) -> str:
    """'14:05' today, '3 May' this year, '3 May 2024' before (local time)."""
    try:
        moment = datetime.fromisoformat(iso).astimezone()
    except ValueError:
        return iso[:10]
    today = datetime.now().astimezone()
    if moment.date() == today.date():
        return moment.strftime("%H:%M")
    if moment.year == today.year:
        return f"{moment.day} {moment.strftime('%b')}"
    return f"{moment.day} {moment.strftime('%b %Y')}"


class NotesListModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._store = None
        self._rows = np.zeros(0, dtype=np.int64)  # note rowids, in list order
        self._cache: dict[int, Note] = {}

    def set_rows(self, store, rowids: np.ndarray) -> None:
        self.beginResetModel()
        self._store, self._rows, self._cache = store, np.asarray(rowids, dtype=np.int64), {}
        self.endResetModel()

    def ids(self) -> list[str]:
        """The note ids shown, in order (for exporting what is shown)."""
        if self._store is None:
            return []
        return self._store.ids_of_rows(self._rows)

    def row_of(self, note_id: str) -> int:
        rowid = self._store.rowid_of(note_id) if self._store is not None else None
        if rowid is None:
            return -1
        found = np.flatnonzero(self._rows == rowid)
        return int(found[0]) if len(found) else -1

    def note(self, row: int) -> Note | None:
        if not (0 <= row < len(self._rows)) or self._store is None:
            return None
        rowid = int(self._rows[row])
        if rowid not in self._cache:
            if len(self._cache) > 20 * _PAGE:  # scrolled through many pages: start afresh
                self._cache = {}
            start = max(0, row - _PAGE // 4)
            self._cache.update(self._store.get_rows(self._rows[start : start + _PAGE]))
        return self._cache.get(rowid)

    def rowCount(self, parent=None) -> int:  # noqa: N802 - Qt API
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        note = self.note(index.row()) if index.isValid() else None
        if note is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return note_heading(note)
        if role == NOTE_ROLE:
            return note
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            parts = [note_heading(note), f"{target_name(note.target_type)}: {note.target_label}"]
            if note.tags:
                parts.append(
                    QCoreApplication.translate("Notes", "tags: {tags}").format(
                        tags=", ".join(note.tags)
                    )
                )
            if note.conflict_of:
                parts.append(QCoreApplication.translate("Notes", "conflicting version"))
            return " · ".join(parts)
        return None


class NoteDelegate(QStyledItemDelegate):
    """Title and time on the first line; what the note is on, and its tags, below."""

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt API
        return QSize(200, self.row_height(option.font))

    @staticmethod
    def row_height(font: QFont) -> int:
        return QFontMetrics(font).height() * 3 + 14

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        note: Note | None = index.data(NOTE_ROLE)
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        if note is None:
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_color = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = QColor(text_color)
        muted.setAlphaF(0.68)
        rect = option.rect.adjusted(10, 6, -10, -6)
        metrics = QFontMetrics(option.font)
        line = metrics.height()
        painter.save()
        bold = QFont(option.font)
        bold.setBold(True)
        when = short_time(note.updated)
        when_width = metrics.horizontalAdvance(when) + 8
        painter.setPen(muted)
        painter.drawText(
            QRect(rect.right() - when_width, rect.top(), when_width, line),
            Qt.AlignmentFlag.AlignRight,
            when,
        )
        painter.setFont(bold)
        painter.setPen(text_color)
        title = ("⚠ " if note.conflict_of else "") + note_heading(note)
        title = QFontMetrics(bold).elidedText(
            title, Qt.TextElideMode.ElideRight, rect.width() - when_width
        )
        painter.drawText(
            QRect(rect.left(), rect.top(), rect.width() - when_width, line),
            Qt.AlignmentFlag.AlignLeft,
            title,
        )
        painter.setFont(option.font)
        painter.setPen(muted)
        about = f"{target_name(note.target_type)} · {note.target_label or note.target_id}"
        painter.drawText(
            QRect(rect.left(), rect.top() + line + 2, rect.width(), line),
            Qt.AlignmentFlag.AlignLeft,
            metrics.elidedText(about, Qt.TextElideMode.ElideRight, rect.width()),
        )
        self._paint_tags(
            painter,
            note.tags,
            rect.left(),
            rect.top() + 2 * line + 4,
            rect.right(),
            option,
            selected,
        )
        painter.restore()

    @staticmethod
    def _paint_tags(painter, tags, x, y, right, option, selected) -> None:
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.85))
        metrics = QFontMetrics(small)
        painter.setFont(small)
        accent = option.palette.color(QPalette.ColorRole.Link)
        for tag in tags:
            width = metrics.horizontalAdvance(tag) + 12
            if x + width > right:
                break
            chip = QRect(x, y, width, metrics.height() + 2)
            fill = QColor(accent)
            fill.setAlphaF(0.28 if selected else 0.14)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(chip, 6, 6)
            painter.setPen(option.palette.color(QPalette.ColorRole.Text))
            painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, tag)
            x += width + 4


class NotesListView(QTableView):
    """The list of notes, one two-line row per note.

    A one-column table without headers or grid rather than a QListView: QListView lays out
    every row and asks the (Python) model about each one, which took 0.7 s per refresh at
    100,000 notes; a table with fixed row heights touches only the rows on screen."""

    def __init__(self, model: NotesListModel, parent=None) -> None:
        super().__init__(parent)
        self.setModel(model)
        delegate = NoteDelegate(self)
        self.setItemDelegate(delegate)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.horizontalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(delegate.row_height(self.font()))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setTabKeyNavigation(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
