"""The detail pane: everything about the selected record, and the passages it rests on.

Links inside it select records ("actor:JPN", "passage:12"), so reading on from an episode to
a source passage is an ordinary selection that every pane follows and Back undoes.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from explorer.core.session import Session
from explorer.store import details, provenance, records, sources
from explorer.store.search import search_terms
from explorer.ui import guarded, theme
from explorer.ui.detail import render
from explorer.ui.detail.reader import SourceReader
from explorer.ui.observe import observe
from explorer.ui.safe_text import SafeBrowser, open_external

ORIGIN = "detail"
log = logging.getLogger(__name__)
RENDERERS = {
    "episode": (details.episode, render.episode_html),
    "period": (details.period, render.period_html),
    "series": (details.series, render.series_html),
    "observation": (details.observation, render.observation_html),
    "actor": (details.actor, render.actor_html),
}


class DetailPane(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("detail-pane")
        self.setAccessibleName(self.tr("Details"))
        self.shown: tuple[str, str] | None = None
        self.record: dict | None = None

        self.back = QToolButton(self)
        self.forward = QToolButton(self)
        self.title = QLabel(self)
        self.title.setProperty("role", "heading")
        self.browser = SafeBrowser(self)
        self.browser.setObjectName("detail-browser")
        self.browser.setAccessibleName(self.tr("Details of the selected record"))
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(lambda url: self.open_link(url.toString()))
        self.browser.installEventFilter(self)  # redraw when its type size changes
        self.reader = SourceReader(self)
        self.reader.link_clicked.connect(self.open_link)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.browser)
        self.stack.addWidget(self.reader)

        bar = QHBoxLayout()
        bar.setSpacing(2)
        bar.addWidget(self.back)
        bar.addWidget(self.forward)
        bar.addWidget(self.title, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(4)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)

        observe(session.state.selection_changed, self, lambda *_: self.refresh())
        observe(session.state.filters_changed, self, self._on_filters_changed)
        observe(session.store_changed, self, lambda *_: self.refresh())
        self.refresh()

    def set_navigation(self, back: QAction, forward: QAction) -> None:
        """Show the window's Back/Forward actions as buttons at the top of the pane."""
        self.back.setDefaultAction(back)
        self.forward.setDefaultAction(forward)
        for button in (self.back, self.forward):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            button.setAutoRaise(True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        # Heading sizes are computed from the browser's font (Qt's rich text has no em): when
        # the font changes (presentation mode, a style sheet), draw the record again.
        font_changed = watched is self.browser and event.type() == QEvent.Type.FontChange
        if font_changed and self.stack.currentWidget() is self.browser:
            self.refresh()
        return super().eventFilter(watched, event)

    def open_link(self, href: str) -> None:
        kind, _, item_id = href.partition(":")
        if kind in ("episode", "period", "series", "observation", "actor", "passage", "source"):
            self.session.state.select(kind, item_id, origin=ORIGIN)
        elif kind.lower() in ("http", "https"):
            open_external(self, href)

    def _on_filters_changed(self, filters, _origin) -> None:
        # Search matches are marked in the text: redraw when the search changes.
        if self.shown and self.stack.currentWidget() is self.browser:
            self.refresh()

    def refresh(self) -> None:
        try:
            self._refresh()
        except Exception as error:  # noqa: BLE001 - a damaged record must not stop the window
            # A store that passed the checks at open may still hold a record that cannot be
            # read (a damaged page deep in the file, a query interrupted by its time limit).
            log.warning("could not show %s", self.session.state.selection, exc_info=error)
            guarded.report(self, "DetailPane.refresh", error, line_too=False)
            self.record = None
            self.stack.setCurrentWidget(self.browser)
            self.browser.setHtml(
                "<p class='muted'>"
                + render.esc(
                    self.tr("This record cannot be read from the open store: {error}").format(
                        error=guarded.describe(error)
                    )
                )  # fmt: skip
                + "</p>"
            )

    def _refresh(self) -> None:
        selection = self.session.state.selection
        conn = self.session.store
        terms = search_terms(self.session.state.filters.text)
        self.browser.document().setDefaultStyleSheet(
            render.stylesheet(theme.current(), self.browser.font())
        )
        self.record = None
        if selection is None:
            self.shown = None
            self.title.setText(self.tr("Details"))
            self.stack.setCurrentWidget(self.browser)
            self.browser.setHtml(self._placeholder())
            return
        self.shown = (selection.kind, selection.id)
        if selection.kind in RENDERERS:
            fetch, to_html = RENDERERS[selection.kind]
            self.record = fetch(conn, selection.id)
            if self.record is not None and selection.kind == "actor":
                self.record["provenance"] = provenance.for_subject(conn, "actor", selection.id)
            self.stack.setCurrentWidget(self.browser)
            self.title.setText(self._kind_title(selection.kind))
            if self.record is None:
                self.browser.setHtml(self._missing())
            else:
                scroll = self.browser.verticalScrollBar().value()
                same = self.browser.property("shown") == f"{selection.kind}:{selection.id}"
                self.browser.setHtml(to_html(self.record, terms))
                self.browser.setProperty("shown", f"{selection.kind}:{selection.id}")
                self.browser.verticalScrollBar().setValue(scroll if same else 0)
            return
        self._show_source(selection.kind, selection.id)

    def _show_source(self, kind: str, item_id: str) -> None:
        conn = self.session.store
        if kind == "passage":
            passage = sources.passage(conn, item_id) if item_id.isdigit() else None
            record = sources.source_record(conn, passage["source_id"]) if passage else None
        else:
            passage, record = None, sources.source_record(conn, item_id)
        if record is None:
            self.stack.setCurrentWidget(self.browser)
            self.browser.setHtml(self._missing())
            return
        record = {**record, "provenance": provenance.for_subject(conn, "source", record["id"])}
        self.record = record
        self.title.setText(self.tr("Source"))
        full_text = sources.full_text(conn, record["id"])
        if passage is not None:
            citers = sources.passage_citers(conn, passage["id"])
            self.reader.show_passage(passage, record, full_text, citers)
        else:
            passages = [{**p, "passage_id": p["id"]} for p in self._passages_of(record["id"])]
            self.reader.show_source(record, full_text, passages)
        self.stack.setCurrentWidget(self.reader)

    def _passages_of(self, source_id: str, limit: int = 50) -> list[dict]:
        conn = self.session.store
        ids = records.source_passage_ids(conn, source_id, limit)
        return [p for p in (sources.passage(conn, i) for i in ids) if p]

    def _kind_title(self, kind: str) -> str:
        return {
            "episode": self.tr("Episode"),
            "period": self.tr("Period"),
            "series": self.tr("Series"),
            "observation": self.tr("Value"),
            "actor": self.tr("Actor"),
        }.get(kind, self.tr("Details"))

    def _placeholder(self) -> str:
        return f"<p class='muted'>{render.esc(self.tr('Select an episode in the table or on the timeline to read what happened, who was involved, and the source passages.'))}</p>"

    def _missing(self) -> str:
        return (
            f"<p class='muted'>{render.esc(self.tr('This record is not in the open store.'))}</p>"
        )

    def citation_text(self) -> str:
        """Plain-text citation of what is shown, for the clipboard: the record as printed
        (a value with its unit and flag), each document and locator, the dataset version."""
        if not self.record or not self.shown:
            return ""
        from explorer.core.citation import record_citation  # not on the start-up path

        return record_citation(self.session.store, *self.shown)

    def copy_citation(self) -> None:
        text = self.citation_text()
        if text:
            QApplication.clipboard().setText(text)
