"""Sizing the episodes' Date column to what it shows in the interface language.

A fixed width clipped the Spanish forms ("hacia 1996–hacia 2000", "década de 1990"). The
widest text among the rows (all of them in a curated store, an even sample of a huge one),
measured with the table's own font, sets the width, within bounds so one odd date cannot take
the whole table.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTableView

from explorer.ui.table.models import IdTableModel

MIN_WIDTH, MAX_WIDTH = 70, 240
DEFAULT_WIDTH = 100  # what the column had before it was fitted; never squeezed below it
SHARE = 0.25  # of the table's width at most (above DEFAULT_WIDTH), so titles keep their room
PADDING = 12  # the cell's margins and a little air before the next column
SAMPLE_ROWS = 2000  # enough for any curated store; a huge one is measured on a sample


def date_texts(model: IdTableModel, rows: int = SAMPLE_ROWS) -> list[str]:
    """The Date texts of up to `rows` rows (an even sample of a larger result), as shown."""
    if model._fetch is None or not model.ids:
        return []
    step = max(1, len(model.ids) // rows)
    sample = model.ids[::step][:rows]
    # Fetched directly, not through the model's page cache: a sample of a huge result would
    # otherwise load every page it touches.
    fetched = model._fetch(sample)
    return [model.display(fetched[i], "date") for i in sample if i in fetched]


def date_column(model: IdTableModel) -> int:
    """The Date column's index, or -1 if the model has none."""
    return next((i for i, c in enumerate(model.columns) if c.key == "date"), -1)


def content_width(
    table: QTableView, model: IdTableModel, rows: int = SAMPLE_ROWS, texts: list[str] | None = None
) -> int:
    """The width the Date column needs to show every (sampled) text and its header whole;
    `texts` when the sample was read elsewhere (a large store's, on the query worker)."""
    column = date_column(model)
    header = table.horizontalHeader()
    header_text = str(model.headerData(column, header.orientation()) or "")
    metrics = table.fontMetrics()
    if texts is None:
        texts = date_texts(model, rows)
    widest = max([metrics.horizontalAdvance(t) for t in texts], default=0)
    return max(widest, header.fontMetrics().horizontalAdvance(header_text) + 12) + PADDING


def fitted_width(content: int, table_width: int) -> int:
    """The content's width, within bounds: a narrow table keeps room for the titles (a long
    Spanish "década de 1970–década de 1980" is then elided; its tooltip gives the date)."""
    cap = min(MAX_WIDTH, max(DEFAULT_WIDTH, int(table_width * SHARE)))
    return max(MIN_WIDTH, min(cap, content))
