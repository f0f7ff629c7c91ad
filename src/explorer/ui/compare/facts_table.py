"""The episodes side by side: one column each, one row per fact, differences highlighted.

At most four columns and eight rows, so a plain QTableWidget is the right tool here (the
"models hold ids" rule is for tables that can grow large).
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableWidget, QWidget

from explorer.core.compare import Differences, EpisodeFacts, duration
from explorer.store.notes import Note
from explorer.ui import labels


def _tr(text: str) -> str:
    return QCoreApplication.translate("CompareFacts", text)


# Marked for lupdate: the titles are translated where they are shown (_tr(title)), and a title
# that lupdate never saw stayed English in a Spanish comparison ("Dates", "Year 0").
ROWS = (
    ("dates", QT_TRANSLATE_NOOP("CompareFacts", "Dates")),
    ("start", QT_TRANSLATE_NOOP("CompareFacts", "Year 0")),
    ("duration", QT_TRANSLATE_NOOP("CompareFacts", "Duration")),
    ("kind", QT_TRANSLATE_NOOP("CompareFacts", "Kind")),
    ("actors", QT_TRANSLATE_NOOP("CompareFacts", "Actors")),
    ("sources", QT_TRANSLATE_NOOP("CompareFacts", "Sources")),
    ("notes", QT_TRANSLATE_NOOP("CompareFacts", "Your notes")),
)


def duration_words(facts: EpisodeFacts) -> str:
    span = duration(facts)
    if span.point:
        return _tr("a single date")
    if span.days is not None:
        return _tr("{n} days").format(n=span.days) if span.days != 1 else _tr("one day")
    if span.years < 1:
        months = max(1, round(span.years * 12))
        return _tr("about a month") if months == 1 else _tr("about {n} months").format(n=months)
    if span.years < 2:
        return _tr("about a year")
    return _tr("about {n} years").format(n=round(span.years))


HEADER_LINES = 3
HEADER_ALIGNMENT = (
    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
)


class FactsTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 0, parent)
        self.setAccessibleName(_tr("Episodes side by side"))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setWordWrap(True)
        self.setShowGrid(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # Titles are long: left-aligned and wrapped onto up to HEADER_LINES lines (the full
        # title is in the tooltip), never centred and clipped at both ends.
        header.setDefaultAlignment(HEADER_ALIGNMENT)
        header.setTextElideMode(Qt.TextElideMode.ElideNone)  # wrapped; _fit_header shortens
        self._titles: list[str] = []
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        )
        self._cells: dict[tuple[str, int], str] = {}

    def show_facts(
        self,
        facts: Sequence[EpisodeFacts],
        diff: Differences,
        notes: Sequence[list[Note]],
        colors: Sequence[QColor],
    ) -> None:
        self.clearContents()
        self.setColumnCount(len(facts))
        self.setRowCount(len(ROWS))
        self._cells.clear()
        self._titles = [f"● {f.title}" for f in facts]
        self.setHorizontalHeaderLabels(self._titles)
        for column, color in enumerate(colors[: len(facts)]):
            header = self.horizontalHeaderItem(column)
            if header is not None:
                header.setForeground(color)
                header.setTextAlignment(HEADER_ALIGNMENT)
                header.setToolTip(facts[column].title)
        self._fit_header()
        highlight = QColor(self.palette().color(QPalette.ColorRole.Link))
        highlight.setAlphaF(0.13)
        row_labels = []
        for row, (key, title) in enumerate(ROWS):
            row_labels.append(("≠ " if key in diff.rows else "") + _tr(title))
            for column, episode in enumerate(facts):
                html = self._cell(key, episode, diff, notes[column] if column < len(notes) else [])
                label = QLabel(html, self)
                label.setWordWrap(True)
                label.setTextFormat(Qt.TextFormat.RichText)
                label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                label.setContentsMargins(6, 4, 6, 4)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                if key in diff.rows:
                    label.setStyleSheet(f"background: {highlight.name(QColor.NameFormat.HexArgb)};")
                label.setAccessibleName(f"{_tr(title)}, {episode.title}")
                self.setCellWidget(row, column, label)
                self._cells[(key, column)] = label.text()
        self.setVerticalHeaderLabels(row_labels)
        self._fit_rows()

    def cell_text(self, key: str, column: int) -> str:
        """The plain text of a cell, as a reader sees it (for tests and screen readers)."""
        widget = self.cellWidget([k for k, _ in ROWS].index(key), column)
        if widget is None:
            return ""
        from explorer.ui.safe_text import SafeDocument

        doc = SafeDocument()
        doc.setHtml(widget.text())
        return doc.toPlainText()

    def differing_rows(self) -> list[str]:
        return [
            key
            for row, (key, _) in enumerate(ROWS)
            if self.verticalHeaderItem(row) and self.verticalHeaderItem(row).text().startswith("≠")
        ]

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit_header()
        self._fit_rows()

    def _fit_header(self) -> None:
        """Each title wrapped in its column; one too long for HEADER_LINES lines is shortened
        with "…" at its end. The header is as tall as the longest needs."""
        header = self.horizontalHeader()
        metrics = header.fontMetrics()
        line = metrics.lineSpacing()
        flags = int(Qt.TextFlag.TextWordWrap)
        used = 1
        for column, title in enumerate(self._titles[: self.columnCount()]):
            item = self.horizontalHeaderItem(column)
            if item is None:
                continue
            width = max(40, self.columnWidth(column) - 14)

            def lines(text: str, width: int = width) -> int:
                return -(-metrics.boundingRect(0, 0, width, 10_000, flags, text).height() // line)

            text = title
            if lines(text) > HEADER_LINES:
                low, high = 1, len(title)  # the longest start of the title that fits
                while low < high:
                    middle = (low + high + 1) // 2
                    if lines(title[:middle].rstrip() + "…") <= HEADER_LINES:
                        low = middle
                    else:
                        high = middle - 1
                text = title[:low].rstrip() + "…"
            if item.text() != text:
                item.setText(text)
            used = max(used, min(lines(text), HEADER_LINES))
        height = used * line + 10
        if header.height() != height:
            header.setFixedHeight(height)

    def _fit_rows(self) -> None:
        for row in range(self.rowCount()):
            height = 24
            for column in range(self.columnCount()):
                widget = self.cellWidget(row, column)
                if widget is not None:
                    width = max(60, self.columnWidth(column))
                    height = max(height, widget.heightForWidth(width) + 2)
            self.setRowHeight(row, min(height, 160))
        total = sum(self.rowHeight(r) for r in range(self.rowCount()))
        self.setFixedHeight(total + self.horizontalHeader().height() + 2 * self.frameWidth() + 2)

    def _cell(self, key: str, episode: EpisodeFacts, diff: Differences, notes: list[Note]) -> str:
        if key == "dates":
            text = escape(
                labels.written_date(episode.date_text, episode.start_edtf, episode.end_edtf)
            )
            if episode.uncertain:
                text += " <i>(" + escape(_tr("uncertain")) + ")</i>"
            if episode.disputed:
                text += " <i>(" + escape(_tr("sources disagree")) + ")</i>"
            return text
        if key == "start":
            return str(episode.start_year)
        if key == "duration":
            return escape(duration_words(episode))
        if key == "kind":
            return escape(labels.episode_kind(episode.kind))
        if key == "actors":
            parts = []
            for actor in episode.actors:
                name = escape(actor.name)
                if (
                    actor.actor_id not in diff.shared_actors
                    and len(diff.rows)
                    and "actors" in diff.rows
                ):
                    name = f"<b>{name}</b>"
                parts.append(
                    f"{name} <span style='opacity:.7'>({escape(labels.role(actor.role))})</span>"
                )
            return "<br>".join(parts) or "—"
        if key == "sources":
            items = []
            for cite in episode.citations[:3]:
                quote = " ".join(cite.quote.split())
                quote = quote if len(quote) <= 110 else quote[:108] + "…"
                items.append(
                    f"<b>{escape(cite.source)}</b>, {escape(cite.locator)}: "
                    f"<i>“{escape(quote)}”</i>"
                )
            more = len(episode.citations) - 3
            if more > 0:
                items.append(escape(_tr("and {n} more").format(n=more)))
            return "<br>".join(items) or "—"
        if key == "notes":
            if not notes:
                return "<span style='opacity:.7'>" + escape(_tr("none yet")) + "</span>"
            shown = [f"• {escape(n.title or _tr('(empty note)'))}" for n in notes[:3]]
            if len(notes) > 3:
                shown.append(escape(_tr("and {n} more").format(n=len(notes) - 3)))
            return "<br>".join(shown)
        return ""
