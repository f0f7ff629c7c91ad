"""The table's CSV export: every row the current view lists, as core.csv_file writes files.

For the episodes view a researcher also gets the date as written, its EDTF form and bounds and
the summary; and, if asked, each episode's citations: one row per cited passage (document,
locator, quote), the episode's columns repeated, so a spreadsheet can filter or pivot on them.
An episode without a citation still gets its one row, with those three cells empty.

Every row is read before anything is written, and the file is written beside its place and
moved there: a store that fails to read midway (ui/guarded.exporting) leaves no file behind.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt

from explorer.core.csv_file import csv_text
from explorer.store.atomic import write_atomically
from explorer.store.details import citations_of
from explorer.store.episodes import episode_rows
from explorer.ui import guarded


def _tr(text: str) -> str:
    return QCoreApplication.translate("TablePane", text)  # the texts were the pane's before


def export_table(pane, path: Path, with_citations: bool = False) -> int:
    """Write the pane's listed rows to `path`; returns how many items (not lines) were written.
    OSError when it cannot be written, ExportFailed (an OSError) when the store cannot be read."""
    with guarded.exporting(_tr("The table's rows")):
        rows, count = _table_rows(pane, with_citations)
        text = csv_text(rows)  # a stray value from the store fails here, before any write
    write_atomically(Path(path), text)
    return count


def _table_rows(pane, with_citations: bool) -> tuple[list[list], int]:
    model = pane.model
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i, c in
               enumerate(model.columns) if c.key != "note"]  # fmt: skip
    lines = pane._rows_as_lines(model.ids)
    episodes = pane.view_name == "episodes"
    extra_headers, extras = _episode_details(pane, model.ids) if episodes else ([], None)
    rows = [["id", *headers, *extra_headers]]
    body = [[item_id, *line, *(extras[item_id] if extras else [])]
            for item_id, line in zip(model.ids, lines, strict=True)]  # fmt: skip
    if episodes and with_citations:
        rows[0] += [_tr("Document"), _tr("Document id"), _tr("Locator"), _tr("Quote")]
        cited = citations_of(pane.session.store, "episode", list(model.ids))
        for row in body:
            passages = cited.get(row[0]) or [None]
            for passage in passages:
                if passage is None:
                    rows.append([*row, "", "", "", ""])
                else:
                    rows.append([*row, passage["source_title"], passage["source_id"],
                                 passage["locator"] or "", passage["quote"]])  # fmt: skip
    else:
        rows.extend(body)
    return rows, len(body)


def _episode_details(pane, ids) -> tuple[list[str], dict[str, list]]:
    """What a researcher needs beyond the visible columns: the date as written, EDTF and
    decimal-year bounds, and the summary."""
    keys = ("date_text", "start_edtf", "end_edtf", "start_lo", "end_hi", "summary")
    headers = [
        _tr("Date as written"),
        _tr("EDTF start"),
        _tr("EDTF end"),
        _tr("Earliest (decimal year)"),
        _tr("Latest (decimal year)"),
        _tr("Summary"),
    ]
    rows = episode_rows(pane.session.store, list(ids))
    return headers, {i: [rows[i][k] if rows[i][k] is not None else "" for k in keys] for i in ids}
