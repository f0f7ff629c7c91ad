"""The first rows of a file as the import will read them, and the problems it found."""

from __future__ import annotations

import itertools
import logging
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from explorer.core.dates import format_span
from explorer.ingest.mapping import Mapping
from explorer.ingest.pipeline import items_for
from explorer.ingest.problems import Problem, Report
from explorer.ui import labels
from explorer.ui.ingest.problem_texts import ProblemTexts

log = logging.getLogger(__name__)
PREVIEW_ROWS = 40


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportPreview", text)


def preview_rows(paths: list[Path], fmt: str, mapping: Mapping | None) -> list[list[str]]:
    """[row, kind, as written, read as, title, kind, actors, citation] for the first rows."""
    out = []
    report = Report()
    texts = ProblemTexts()
    for path in paths:
        items = items_for(path, fmt, mapping, {}, report)
        for item in itertools.islice(items, PREVIEW_ROWS * 4):
            if len(out) >= PREVIEW_ROWS:
                break
            if item.kind == "problem":
                p = item.problem
                out.append([str(p.row), _tr("refused"), "", "", texts.message(p), "", "", ""])
                continue
            if item.kind not in ("episodes", "periods", "observations") or item.row is None:
                continue
            r = item.row
            record = {"episodes": _tr("episode"), "periods": _tr("period"),
                      "observations": _tr("number")}[item.kind]  # fmt: skip
            if item.kind == "observations":
                read_as = format_span(r["period"], "")
                title, kind = f"{r['series']}: {r['value_text']}", ""
                written = r["period"]
            else:
                read_as = format_span(r["start"], r["end"])
                title = r["title"] or r["name"]
                kind = labels.episode_kind(r["kind"]) if item.kind == "episodes" else r["kind"]
                written = r["date_text"]
            citation = " · ".join(p for p in (r.source_id, r["locator"]) if p) or _tr("uncited")
            out.append([str(r.line), record, written, read_as, title, kind,
                        r["actors"].replace(";", "; "), citation])  # fmt: skip
        if hasattr(items, "close"):
            items.close()
    return out


class RowsModel(QAbstractTableModel):
    """Plain text cells (every string from a file is shown as text, never as markup)."""

    def __init__(self, headers: list[str], rows: list[list[str]] | None = None) -> None:
        super().__init__()
        self.headers = headers
        self.rows = rows or []

    def set_rows(self, rows: list[list[str]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            row = self.rows[index.row()]
            return row[index.column()] if index.column() < len(row) else ""
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


def problem_rows(problems: list[Problem]) -> list[list[str]]:
    """File, sheet, row, column and the problem in the app's language."""
    texts = ProblemTexts()
    return [[p.file, p.sheet, str(p.row) if p.row else "", p.column, texts.message(p)]
            for p in problems]  # fmt: skip


def notice_lines(report: Report) -> list[str]:
    """The report's notices in the app's language, each once."""
    texts = ProblemTexts()
    placed = {str(p) for p in report.notice_places}
    lines = [texts.full(p) for p in report.notice_places]
    lines += [texts.sentence(n) for n in report.notices if n and n not in placed]
    return list(dict.fromkeys(lines))
