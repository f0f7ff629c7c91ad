"""Table models that hold only ids and fetch the rows they show, a page at a time.

Sorting is asked of the store (the pane re-runs the query with ORDER BY); the model never sorts
or filters data itself, so a 100 000-row result costs one list of ids and the rows on screen.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
    Signal,
)

from explorer.core.dates import DateWords, format_span_short
from explorer.ui import guarded, labels

PAGE = 200
CONTEXT = "TableColumns"
ROWS = "table rows"  # the entry point under which a row that cannot be read is reported


@dataclass(frozen=True)
class Column:
    key: str  # also the store's sort key
    header: str  # marked for translation, translated when shown
    sortable: bool = True
    highlight: bool = False  # search matches are highlighted in this column
    align_right: bool = False
    width: int = 120  # starting width in pixels; the first highlighted column stretches


_ANSWERED_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.UserRole,
        Qt.ItemDataRole.TextAlignmentRole,
    }
)


def _header(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class IdTableModel(QAbstractTableModel):
    """Rows are ids; `fetch(ids) -> {id: row dict}` supplies the values when they are shown."""

    sort_requested = Signal(str, bool)  # column key, descending

    def __init__(self, columns: Sequence[Column], parent=None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self.ids: Sequence[str] = []
        self._fetch: Callable[[Sequence[str]], dict[str, dict]] | None = None
        self._pages: dict[int, dict[str, dict]] = {}

    # -- data the pane gives --------------------------------------------------------------
    def set_ids(
        self, ids: Sequence[str], fetch: Callable[[Sequence[str]], dict[str, dict]]
    ) -> None:
        self.beginResetModel()
        self.ids = ids
        self._fetch = fetch
        self._pages.clear()
        self.endResetModel()
        guarded.resolved(self, ROWS)  # a new list: its rows have not failed yet

    def extend_to(self, ids: Sequence[str]) -> None:
        """Replace the ids by a longer list that starts with the same ones (the rest of a
        result whose first page is shown): rows are appended, nothing on screen moves."""
        old = len(self.ids)
        if old < PAGE:
            self._pages.clear()  # a short first page is cached short
        if len(ids) > old:
            self.beginInsertRows(QModelIndex(), old, len(ids) - 1)
            self.ids = ids
            self.endInsertRows()
        else:
            self.ids = ids

    def prefill(self, rows: Sequence[dict]) -> None:
        """Rows already read for the first page (by the worker): no fetch to paint them."""
        if rows:
            self._pages[0] = {row["id"]: row for row in rows[:PAGE]}

    def row_of(self, item_id: str) -> int:
        try:
            return self.ids.index(item_id)
        except ValueError:
            return -1

    def record(self, row: int) -> dict | None:
        if not 0 <= row < len(self.ids) or self._fetch is None:
            return None
        page = row // PAGE
        if page not in self._pages:
            # A page that cannot be read stays empty (its rows show blank), asked for once.
            self._pages[page] = guarded.call(
                self, self._fetch, self.ids[page * PAGE : (page + 1) * PAGE], default={},
                key=ROWS, clears=False,
            )  # fmt: skip
        return self._pages[page].get(self.ids[row])

    # -- QAbstractTableModel ----------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _header(self.columns[section].header)
        if role == Qt.ItemDataRole.ToolTipRole:
            # The title whole, for a column narrowed below it (large type while presenting).
            title = _header(self.columns[section].header)
            if not self.columns[section].sortable:
                return f"{title}: " + QCoreApplication.translate(
                    CONTEXT, "This column cannot be sorted"
                )
            return title
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        # A view asks every cell for a dozen roles per paint; answer those we never give at
        # once, before any row look-up or guard (the table's paint is on the path of every
        # keystroke).
        if role not in _ANSWERED_ROLES or not index.isValid():
            return None
        return self._data(index, role)

    @guarded.reads(key=ROWS, clears=False)  # a NULL where a value belongs: that cell is blank
    def _data(self, index, role):
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (
                Qt.AlignmentFlag.AlignRight if column.align_right else Qt.AlignmentFlag.AlignLeft
            )
            return horizontal | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.UserRole:
            return self.ids[index.row()]
        row = self.record(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column.key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column.key)
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self.columns) and self.columns[column].sortable:
            self.sort_requested.emit(
                self.columns[column].key, order == Qt.SortOrder.DescendingOrder
            )

    # -- what subclasses say about their rows ---------------------------------------------
    def display(self, row: dict, key: str) -> str:
        value = row.get(key)
        return "" if value is None else str(value)

    def tooltip(self, row: dict, key: str) -> str | None:
        return None


EPISODE_COLUMNS = (
    Column("note", QT_TRANSLATE_NOOP("TableColumns", "✎"), sortable=False, width=26),
    Column("date", QT_TRANSLATE_NOOP("TableColumns", "Date"), width=100),
    Column("title", QT_TRANSLATE_NOOP("TableColumns", "Title"), highlight=True),
    Column("kind", QT_TRANSLATE_NOOP("TableColumns", "Kind"), width=108),
    Column("actors", QT_TRANSLATE_NOOP("TableColumns", "Actors"), highlight=True, width=150),
    Column("citations", QT_TRANSLATE_NOOP("TableColumns", "Sources"), align_right=True, width=64),
)


class EpisodeModel(IdTableModel):
    """Episodes, with a note marker for those the user has annotated."""

    def __init__(self, parent=None) -> None:
        super().__init__(EPISODE_COLUMNS, parent)
        self.noted: set[str] = set()
        self._date_words: DateWords | None = None  # translated once per result

    def set_ids(self, ids, fetch) -> None:
        self._date_words = None
        super().set_ids(ids, fetch)

    def _words(self) -> DateWords:
        if self._date_words is None:
            self._date_words = labels.date_words()
        return self._date_words

    def set_noted(self, noted: set[str]) -> None:
        if noted == self.noted:
            return  # asked again with each result: repainting every row cost ~15 ms at 1M
        self.noted = noted
        if self.ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.ids) - 1, 0))

    def display(self, row: dict, key: str) -> str:
        if key == "note":
            return "✎" if row["id"] in self.noted else ""
        if key == "date":
            mark = " ⚑" if row["disputed"] else ""
            return f"{format_span_short(row['start_edtf'], row['end_edtf'], self._words())}{mark}"
        if key == "kind":
            return labels.episode_kind(row["kind"])
        return super().display(row, key)

    def tooltip(self, row: dict, key: str) -> str | None:
        if key == "note" and row["id"] in self.noted:
            return QCoreApplication.translate(CONTEXT, "You have a note on this episode")
        if key == "date":
            tip = QCoreApplication.translate(CONTEXT, "As the source writes it: {text}").format(
                text=row["date_text"]
            )
            if row["disputed"]:
                tip += "\n" + QCoreApplication.translate(
                    CONTEXT, "⚑ The sources disagree on the date"
                )
            return tip
        if key in ("title", "actors"):
            return row.get("summary") if key == "title" else row.get("actors")
        return None


LISTING_COLUMNS = {
    "series": (
        Column("title", QT_TRANSLATE_NOOP("TableColumns", "Series"), highlight=True),
        Column("indicator", QT_TRANSLATE_NOOP("TableColumns", "Indicator"), width=130),
        Column("unit", QT_TRANSLATE_NOOP("TableColumns", "Unit"), width=100),
        Column("reporter", QT_TRANSLATE_NOOP("TableColumns", "From"), width=100),
        Column("partner", QT_TRANSLATE_NOOP("TableColumns", "To"), width=100),
        Column("first", QT_TRANSLATE_NOOP("TableColumns", "First"), align_right=True, width=50),
        Column("last", QT_TRANSLATE_NOOP("TableColumns", "Last"), align_right=True, width=50),
        Column(
            "observations", QT_TRANSLATE_NOOP("TableColumns", "Values"), align_right=True, width=56
        ),
        Column("source", QT_TRANSLATE_NOOP("TableColumns", "Source"), width=170),
    ),
    "actors": (
        Column("name", QT_TRANSLATE_NOOP("TableColumns", "Name"), highlight=True),
        Column("kind", QT_TRANSLATE_NOOP("TableColumns", "Kind"), width=100),
        Column(
            "episodes", QT_TRANSLATE_NOOP("TableColumns", "Episodes"), align_right=True, width=70
        ),
        Column(
            "aliases", QT_TRANSLATE_NOOP("TableColumns", "Also called"), highlight=True, width=160
        ),
        Column("note", QT_TRANSLATE_NOOP("TableColumns", "Note"), width=220),
    ),
    "sources": (
        Column("short_title", QT_TRANSLATE_NOOP("TableColumns", "Source"), highlight=True),
        Column("year", QT_TRANSLATE_NOOP("TableColumns", "Year"), align_right=True, width=56),
        Column("kind", QT_TRANSLATE_NOOP("TableColumns", "Kind"), width=100),
        Column("rights", QT_TRANSLATE_NOOP("TableColumns", "Rights"), width=110),
        Column(
            "passages", QT_TRANSLATE_NOOP("TableColumns", "Passages"), align_right=True, width=70
        ),
        Column("title", QT_TRANSLATE_NOOP("TableColumns", "Full title"), highlight=True, width=260),
    ),
}


class ListingModel(IdTableModel):
    """Series, actors or sources, as declared in store.tables.LISTINGS."""

    def __init__(self, name: str, parent=None) -> None:
        super().__init__(LISTING_COLUMNS[name], parent)
        self.name = name

    def display(self, row: dict, key: str) -> str:
        value = row.get(key)
        if key in ("first", "last") and value is not None:
            # Observation bounds: 'last' is the end of the final period, e.g. 2001.0 for 2000.
            return str(int(value) - (1 if key == "last" and value == int(value) else 0))
        if key == "kind":
            return labels.actor_kind(value) if self.name == "actors" else labels.source_kind(value)
        if key == "indicator":
            return labels.indicator(value)
        if key == "rights":
            return labels.rights(value)
        return super().display(row, key)

    def tooltip(self, row: dict, key: str) -> str | None:
        if key in ("title", "note", "aliases", "name"):
            return row.get(key) or None
        return None
