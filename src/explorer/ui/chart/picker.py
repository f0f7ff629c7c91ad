"""The series picker: a searchable tree by indicator and partner, with a checkbox per series."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLabel, QLineEdit, QTreeView, QVBoxLayout, QWidget

from explorer.store.series_data import SeriesInfo, list_series
from explorer.ui import guarded

SERIES_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def indicator_title(indicator: str) -> str:
    tr = lambda text: QCoreApplication.translate("SeriesPicker", text)  # noqa: E731
    titles = {
        "trade_exports": tr("Exports"),
        "trade_imports": tr("Imports"),
        "trade_balance": tr("Trade balance"),
        "fdi_flow": tr("Direct investment (flow)"),
        "fdi_stock": tr("Direct investment (stock)"),
        "oda_grant": tr("Aid: grants"),
        "oda_loan": tr("Aid: loans"),
        "oda_total": tr("Aid: total"),
        "technical_cooperation": tr("Technical cooperation"),
        "loan_commitment": tr("Loan commitments"),
        "migrants": tr("Migrants"),
        "share": tr("Shares"),
        "growth_rate": tr("Growth rates"),
        "investment_project": tr("Investment projects"),
    }
    return titles.get(indicator, indicator.replace("_", " ").capitalize())


def where_from(info: SeriesInfo) -> str:
    """Which table of which source a series comes from: "Peru and Japan (2003), Table 3"."""
    return ", ".join(part for part in (info.source_title, info.table_ref) if part)


def legend_name(info: SeriesInfo) -> str:
    """A name no other series shares: its title (whose, to whom, what) and the table it
    comes from ("Japan's ODA to Peru: grant aid · Peru and Japan (2003), Table 3"); three
    series all read "Grant aid" before. Actors the title leaves out are named before it."""
    names = [n for n in (info.reporter_name, info.partner_name) if n]
    whose = partner_title(info) if any(n not in info.title for n in names) else ""
    return " · ".join(part for part in (whose, info.title, where_from(info)) if part)


def partner_title(info: SeriesInfo) -> str:
    tr = lambda text: QCoreApplication.translate("SeriesPicker", text)  # noqa: E731
    if info.reporter_name and info.partner_name:
        return f"{info.reporter_name} → {info.partner_name}"
    return info.partner_name or info.reporter_name or tr("Not specified")


class SeriesPicker(QWidget):
    """Emits `checkedChanged(tuple of series ids)` when the user ticks or unticks a series."""

    checkedChanged = Signal(tuple)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conn = None
        self.checked: tuple[str, ...] = ()
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search series (aid, exports, Japan…)"))
        self.search.setAccessibleName(self.tr("Search series"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._rebuild)
        self.model = QStandardItemModel(self)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAccessibleName(self.tr("Series by indicator and partner"))
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.hide()
        self.model.itemChanged.connect(self._on_item_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)
        self._building = False

    def set_store(self, conn) -> None:
        self.conn = conn
        self._rebuild()

    def set_checked(self, series_ids) -> None:
        self.checked = tuple(series_ids)
        self._building = True
        try:
            for item in self._leaves():
                state = (
                    Qt.CheckState.Checked
                    if item.data(SERIES_ID_ROLE) in self.checked
                    else Qt.CheckState.Unchecked
                )
                item.setCheckState(state)
            self._expand_checked()
        finally:
            self._building = False

    def _leaves(self):
        root = self.model.invisibleRootItem()
        for i in range(root.rowCount()):
            indicator = root.child(i)
            for j in range(indicator.rowCount()):
                partner = indicator.child(j)
                for k in range(partner.rowCount()):
                    yield partner.child(k)

    @guarded.reads(empty=lambda picker: picker.model.clear())
    def _rebuild(self) -> None:
        if self.conn is None:
            return
        self._building = True
        try:
            self.model.clear()
            series = list_series(self.conn, self.search.text())
            indicators: dict[str, QStandardItem] = {}
            partners: dict[tuple[str, str], QStandardItem] = {}
            for info in series:
                parent = indicators.get(info.indicator)
                if parent is None:
                    parent = indicators[info.indicator] = self._group(
                        indicator_title(info.indicator)
                    )
                    self.model.appendRow(parent)
                key = (info.indicator, partner_title(info))
                group = partners.get(key)
                if group is None:
                    group = partners[key] = self._group(key[1])
                    parent.appendRow(group)
                leaf = self._leaf(info)
                if any(group.child(r).text() == leaf.text() for r in range(group.rowCount())):
                    # Two "Grant aid · text" under "Japan → Peru": the title tells them apart.
                    leaf.setText(f"{info.title} · {info.table_ref}")
                group.appendRow(leaf)
            self.empty.setVisible(not series)
            self.empty.setText(
                self.tr("No series match “{text}”.").format(text=self.search.text())
                if self.search.text()
                else self.tr("This store has no series.")
            )
            if self.search.text() or len(series) < 40:
                self.tree.expandAll()
            else:
                self._expand_checked()
        finally:
            self._building = False

    def _expand_checked(self) -> None:
        first = None
        for item in self._leaves():
            if item.checkState() == Qt.CheckState.Checked:
                first = first or item
                parent = item.parent()
                while parent is not None:
                    self.tree.expand(parent.index())
                    parent = parent.parent()
        if first is not None:
            self.tree.scrollTo(first.index(), QTreeView.ScrollHint.PositionAtCenter)

    @staticmethod
    def _group(text: str) -> QStandardItem:
        item = QStandardItem(text)
        item.setEditable(False)
        item.setSelectable(False)
        return item

    def _leaf(self, info: SeriesInfo) -> QStandardItem:
        label = info.category or info.title
        # Under "Japan → Peru", several series are "Grant aid": the table tells them apart.
        item = QStandardItem(f"{label} ({info.unit_label}) · {info.table_ref}")
        item.setEditable(False)
        item.setCheckable(True)
        item.setData(info.id, SERIES_ID_ROLE)
        item.setToolTip(
            f"{info.title}\n{info.source_title}, {info.table_ref}"
            + (f"\n{info.note}" if info.note else "")
        )
        item.setCheckState(
            Qt.CheckState.Checked if info.id in self.checked else Qt.CheckState.Unchecked
        )
        return item

    def _on_item_changed(self, item: QStandardItem) -> None:
        if self._building or not item.isCheckable():
            return
        series_id = item.data(SERIES_ID_ROLE)
        checked = list(self.checked)
        if item.checkState() == Qt.CheckState.Checked and series_id not in checked:
            checked.append(series_id)
        elif item.checkState() != Qt.CheckState.Checked and series_id in checked:
            checked.remove(series_id)
        self.checked = tuple(checked)
        self.checkedChanged.emit(self.checked)
