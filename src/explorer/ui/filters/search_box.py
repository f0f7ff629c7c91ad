"""The search field: words, "phrases", AND/OR/NOT; every word is a prefix.

Typing waits a moment (DELAY_MS) before searching so a fast typist does not run a query per
key; Enter searches at once. Esc clears the search, and a second Esc clears every filter.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from explorer.core.session import Session
from explorer.ui.actions import icon
from explorer.ui.observe import observe
from explorer.ui.worker import episode_queries

DELAY_MS = 140
# On a large store the query runs on the worker and a newer one interrupts it (ui.worker), so
# a key need not wait long: the first rows must show within 100 ms of the last key.
ASYNC_DELAY_MS = 30
ORIGIN = "search"


class SearchBox(QLineEdit):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("search-box")
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("Search episodes — e.g. hostage, Fujimori Japan…"))
        self.setAccessibleName(self.tr("Search"))
        self.setAccessibleDescription(
            self.tr("Words are matched at their start. Use quotes for a phrase, and AND, OR, NOT.")
        )
        self.setToolTip(self.accessibleDescription())
        self.addAction(icon("search.svg"), QLineEdit.ActionPosition.LeadingPosition)
        self.setMinimumWidth(220)
        self._timer = QTimer(self, singleShot=True, interval=DELAY_MS)
        self._timer.timeout.connect(self.apply)
        self.textEdited.connect(lambda _text: self._start_timer())
        # The clear button sets the text without textEdited: catch it too.
        self.textChanged.connect(self._on_text_changed)
        self.returnPressed.connect(self.apply)
        observe(session.state.filters_changed, self, self._on_filters_changed)

    def set_subject(self, view: str) -> None:
        """Say in the empty field what is being searched (the table pane's current list)."""
        self.setPlaceholderText({
            "episodes": self.tr("Search episodes — e.g. hostage, Fujimori Japan…"),
            "series": self.tr("Search series — e.g. ODA, exports, Japan…"),
            "actors": self.tr("Search actors — e.g. JICA, Fujimori…"),
            "sources": self.tr("Search sources by title, author or publisher…"),
        }.get(view, ""))  # fmt: skip

    def _start_timer(self) -> None:
        large = episode_queries(self.session).is_async
        self._timer.setInterval(ASYNC_DELAY_MS if large else DELAY_MS)
        self._timer.start()

    def apply(self) -> None:
        self._timer.stop()
        self.session.state.update_filters(origin=ORIGIN, text=self.text().strip())

    def _on_text_changed(self, text: str) -> None:
        if not text:
            self.apply()

    def _on_filters_changed(self, filters, origin: str) -> None:
        if origin != ORIGIN and filters.text != self.text().strip():
            self._timer.stop()
            self.setText(filters.text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            if self.text():
                self.clear()
            else:
                self.session.state.clear_filters(origin=ORIGIN)
            event.accept()
            return
        super().keyPressEvent(event)

    def pending(self) -> bool:
        """True while typed text is waiting to be searched (tests wait on this)."""
        return self._timer.isActive()
