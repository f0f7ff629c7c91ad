"""The source reader: a document's record, the cited passage, and — for public-domain texts —
the full text scrolled to the passage with the passage highlighted.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from explorer.ui import theme
from explorer.ui.detail.render import citations_html, esc, link, source_record_html, stylesheet
from explorer.ui.safe_text import SafeBrowser

MIN_TEXT_LINES = 10
CONTEXT_LINES = 2  # lines shown above a passage too long to centre


def qt_position(text: str, index: int) -> int:
    """Qt counts UTF-16 code units; Python counts code points. Convert a Python index."""
    return len(text[:index].encode("utf-16-le")) // 2


class SourceReader(QWidget):
    link_clicked = Signal(str)  # "kind:id"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("source-reader")
        self.record = SafeBrowser(self)
        self.record.setObjectName("source-record")
        self.record.setAccessibleName(self.tr("Source record"))
        self.record.setOpenLinks(False)
        self.record.anchorClicked.connect(lambda url: self.link_clicked.emit(url.toString()))
        self.record.installEventFilter(self)  # redraw when its type size changes
        self._shown_record: dict | None = None  # _set_record's arguments, to redraw
        self.text_label = QLabel(self.tr("Full text"), self)
        self.text_label.setProperty("role", "heading")
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("source-full-text")
        self.text.setAccessibleName(self.tr("Full text of the source"))
        self.text.setReadOnly(True)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.text_label.setBuddy(self.text)
        # Room for the passage and a few lines around it, whatever the splitter was left at.
        self.text.setMinimumHeight(self.text.fontMetrics().lineSpacing() * MIN_TEXT_LINES + 12)
        self.text.viewport().installEventFilter(self)  # re-centre once it has its real size
        full = QWidget(self)
        full_layout = QVBoxLayout(full)
        full_layout.setContentsMargins(0, 0, 0, 0)
        full_layout.addWidget(self.text_label)
        full_layout.addWidget(self.text, 1)
        self.full = full
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.record)
        splitter.addWidget(full)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.highlighted: tuple[int, int] | None = None
        self._source_id: str | None = None
        # True until the passage has been centred in a viewport that has been laid out.
        self._centre_pending = False
        # The passage stays centred when the view is resized (the window still laying its
        # panes out, a dock dragged) until the user scrolls the text herself.
        self._following = False
        self._centring = False
        self.text.verticalScrollBar().valueChanged.connect(self._on_scrolled)

    def _on_scrolled(self, _value: int) -> None:
        if not self._centring:  # the user's own scrolling: her place is kept from now on
            self._following = self._centre_pending = False

    def show_passage(
        self, passage: dict, record: dict, full_text: str | None, citers: list
    ) -> None:
        """Show the passage's document; scroll its full text (if shipped) to the passage."""
        self._set_record(passage=passage, record=record, citers=citers)
        self._set_text(record["id"], full_text)
        if full_text and passage["char_start"] >= 0:
            self._highlight(full_text, passage["char_start"], passage["char_end"])
        else:
            self.highlighted = None
            self.text.setExtraSelections([])

    def show_source(self, record: dict, full_text: str | None, passages: list[dict]) -> None:
        self._set_record(record=record, passages=passages)
        self._set_text(record["id"], full_text)
        self.highlighted = None
        self.text.setExtraSelections([])
        self.text.moveCursor(QTextCursor.MoveOperation.Start)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        resized = watched is self.text.viewport() and event.type() == QEvent.Type.Resize
        pending = getattr(self, "_centre_pending", False) or getattr(self, "_following", False)
        if resized and pending:
            QTimer.singleShot(0, self.scroll_to_passage)
        font_changed = watched is self.record and event.type() == QEvent.Type.FontChange
        if font_changed and self._shown_record is not None:
            self._set_record(**self._shown_record)
        return super().eventFilter(watched, event)

    def _set_record(self, record: dict, passage=None, citers=(), passages=()) -> None:
        self._shown_record = {
            "record": record, "passage": passage, "citers": citers, "passages": passages
        }  # fmt: skip
        self.record.document().setDefaultStyleSheet(stylesheet(theme.current(), self.record.font()))
        body = source_record_html(record)
        if passage is not None:
            body += f"<h3>{esc(self.tr('The passage'))}</h3>"
            body += (
                f"<p class='quote'>“{esc(passage['quote'])}”</p>"
                f"<p class='cite'>— {esc(record['short_title'])}, {esc(passage['locator'])}</p>"
            )
            if citers:
                items = "; ".join(link(kind, target, name) for kind, target, name in citers)
                body += f"<p class='muted'>{esc(self.tr('Cited by'))}: {items}</p>"
        elif passages:
            body += f"<h3>{esc(self.tr('Passages cited from this document'))}</h3>"
            body += citations_html(passages, [])
        if not record["has_full_text"]:
            body += f"<p class='muted'>{esc(self.tr('The full text is not included in the store'))}: " \
                    f"{esc(record['rights_note'])}</p>"  # fmt: skip
        self.record.setHtml(body)

    def _set_text(self, source_id: str, full_text: str | None) -> None:
        self.full.setVisible(bool(full_text))
        if source_id != self._source_id:
            self._source_id = source_id
            self.text.setPlainText(full_text or "")

    def _highlight(self, full_text: str, start: int, end: int) -> None:
        begin, finish = qt_position(full_text, start), qt_position(full_text, end)
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(begin)
        cursor.setPosition(finish, QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(theme.current().passage))
        selection.format = fmt
        self.text.setExtraSelections([selection])
        # Put the caret at the passage, so keyboard users start there, then centre the passage.
        caret = QTextCursor(self.text.document())
        caret.setPosition(begin)
        self.text.setTextCursor(caret)
        self.highlighted = (begin, finish)
        self._centre_pending = self._following = True
        self.scroll_to_passage()
        # The viewport may not have its final size yet (the pane is being laid out): again
        # once the event loop has run.
        QTimer.singleShot(0, self.scroll_to_passage)

    def scroll_to_passage(self) -> None:
        """Centre the highlighted passage; one taller than the view starts near the top with a
        couple of lines of context above it."""
        if self.highlighted is None:
            return
        self._centring = True
        try:
            self._scroll_to(*self.highlighted)
        finally:
            self._centring = False

    def _scroll_to(self, begin: int, finish: int) -> None:
        view = self.text
        if view.isVisible() and view.viewport().height() > 0:
            self._centre_pending = False
        bar = view.verticalScrollBar()
        start, end = QTextCursor(view.document()), QTextCursor(view.document())
        start.setPosition(begin)
        end.setPosition(finish)
        height = view.viewport().height()
        line = view.fontMetrics().lineSpacing()
        if view.textCursor().position() == begin:
            view.centerCursor()  # a coarse jump; the steps below only fine-tune
        # QPlainTextEdit scrolls by lines: step until the passage sits where we want it.
        for _ in range(400):
            top, bottom = view.cursorRect(start).top(), view.cursorRect(end).bottom()
            if bottom - top + 2 * line <= height:
                shift = (top + bottom) / 2 - height / 2  # > 0: the passage is below the middle
            else:
                shift = top - CONTEXT_LINES * line
            if abs(shift) < line:
                break
            value = bar.value() + (1 if shift > 0 else -1)
            if not bar.minimum() <= value <= bar.maximum():
                break
            bar.setValue(value)

    def passage_rect(self):
        """Where the highlighted passage is drawn in the full-text viewport (for tests)."""
        if self.highlighted is None:
            return None
        start, end = QTextCursor(self.text.document()), QTextCursor(self.text.document())
        start.setPosition(self.highlighted[0])
        end.setPosition(self.highlighted[1])
        top, bottom = self.text.cursorRect(start), self.text.cursorRect(end)
        return top.united(bottom)

    def highlighted_text(self) -> str:
        """The text currently highlighted as the passage ('' if none)."""
        if not self.highlighted:
            return ""
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(self.highlighted[0])
        cursor.setPosition(self.highlighted[1], QTextCursor.MoveMode.KeepAnchor)
        return cursor.selectedText().replace("\u2029", "\n")
