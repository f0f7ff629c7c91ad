"""The list of notes: a model holding note ids (fetched in pages) and a two-line delegate."""

from __future__ import annotations

from datetime import datetime

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
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

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
        self._ids: list[str] = []
        self._cache: dict[str, Note] = {}

    def set_ids(self, store, ids: list[str]) -> None:
        self.beginResetModel()
        self._store, self._ids, self._cache = store, list(ids), {}
        self.endResetModel()

    def ids(self) -> list[str]:
        return list(self._ids)

    def row_of(self, note_id: str) -> int:
        try:
            return self._ids.index(note_id)
        except ValueError:
            return -1

    def note(self, row: int) -> Note | None:
        if not (0 <= row < len(self._ids)) or self._store is None:
            return None
        note_id = self._ids[row]
        if note_id not in self._cache:
            start = max(0, row - _PAGE // 4)
            self._cache.update(self._store.get_many(self._ids[start : start + _PAGE]))
        return self._cache.get(note_id)

    def rowCount(self, parent=None) -> int:  # noqa: N802 - Qt API
        return 0 if parent is not None and parent.isValid() else len(self._ids)

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
        metrics = QFontMetrics(option.font)
        return QSize(200, metrics.height() * 3 + 14)

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
