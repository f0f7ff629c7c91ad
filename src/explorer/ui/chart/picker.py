"""The series picker: a searchable tree by indicator and partner, with a checkbox per series."""

from __future__ import annotations

import os

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


def _tr(text: str) -> str:
    return QCoreApplication.translate("SeriesPicker", text)


def table_name(table_ref: str) -> str:
    """A table as the source numbers it ("Table 3"); a figure quoted in the running text (the
    store says "text") is "in the text"."""
    return _tr("in the text") if table_ref == "text" else table_ref


def where_from(info: SeriesInfo) -> str:
    """Which table of which source a series comes from: "Peru and Japan (2003), Table 3"."""
    return ", ".join(part for part in (info.source_title, table_name(info.table_ref)) if part)


def _with_title_difference(infos: list[SeriesInfo], names: dict[str, str]) -> None:
    """Series whose names collide get the words of their titles that differ: "Japan's grant
    aid to Peru (text)" and "…, 1989-1999 (text)" become "Grant aid (text)" and "Grant aid,
    1989-1999 (text)" — short enough for a narrow tree to show the difference."""
    titles = [info.title for info in infos]
    common = len(os.path.commonprefix(titles))
    if common and any(len(t) > common and t[common].isalnum() for t in titles):
        common = max(0, titles[0].rfind(" ", 0, common) + 1)  # back to a word's start
    for info in infos:
        rest = info.title[common:].strip(" ,;:")
        if not rest:
            continue
        base = info.category or info.title[:common].strip(" ,;:") or info.title
        name = f"{base} {rest}" if rest.startswith("(") else f"{base}, {rest}"
        names[info.id] = f"{name} · {table_name(info.table_ref)}"


def _with_source(infos: list[SeriesInfo], names: dict[str, str]) -> None:
    """The same figure from two sources: the source first, where the tree does not cut it."""
    for info in infos:
        names[info.id] = f"{info.source_title}: {names[info.id]}"


def leaf_labels(infos: list[SeriesInfo]) -> dict[str, str]:
    """The tree's names for the series under one "whose → to whom" branch, each unlike its
    siblings in its first words (the tree is narrow and cuts the end): what it counts and
    the table it is from ("Grant aid · Table 3"); where two still read alike, the words of
    their titles that differ, then their sources (first). The unit comes last."""
    names = {i.id: f"{i.category or i.title} · {table_name(i.table_ref)}" for i in infos}
    for refine in (_with_title_difference, _with_source):
        alike: dict[str, list[SeriesInfo]] = {}
        for info in infos:
            alike.setdefault(names[info.id], []).append(info)
        for group in alike.values():
            if len(group) > 1:
                refine(group, names)
    return {i.id: f"{names[i.id]} ({i.unit_label})" for i in infos}


def legend_name(info: SeriesInfo) -> str:
    """A name no other series shares: its title (whose, to whom, what) and the table it
    comes from ("Japan's ODA to Peru: grant aid · Peru and Japan (2003), Table 3"); three
    series all read "Grant aid" before. Actors the title leaves out are named before it."""
    names = [n for n in (info.reporter_name, info.partner_name) if n]
    whose = partner_title(info) if any(n not in info.title for n in names) else ""
    return " · ".join(part for part in (whose, info.title, where_from(info)) if part)


def partner_title(info: SeriesInfo) -> str:
    if info.reporter_name and info.partner_name:
        return f"{info.reporter_name} → {info.partner_name}"
    return info.partner_name or info.reporter_name or _tr("Not specified")


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
        # Leaves sit two levels in: a narrower step leaves their names more of the width.
        self.tree.setIndentation(14)
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
            branches: dict[tuple[str, str], list[SeriesInfo]] = {}
            for info in series:
                branches.setdefault((info.indicator, partner_title(info)), []).append(info)
            for (indicator, whose), infos in branches.items():
                parent = indicators.get(indicator)
                if parent is None:
                    parent = indicators[indicator] = self._group(indicator_title(indicator))
                    self.model.appendRow(parent)
                group = self._group(whose)
                parent.appendRow(group)
                # Three "Grant aid (US$ millions)" under "Japan → Peru" read alike before.
                labels = leaf_labels(infos)
                for info in infos:
                    group.appendRow(self._leaf(info, labels[info.id]))
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

    def _leaf(self, info: SeriesInfo, label: str) -> QStandardItem:
        item = QStandardItem(label)
        item.setEditable(False)
        item.setCheckable(True)
        item.setData(info.id, SERIES_ID_ROLE)
        item.setToolTip(
            f"{info.title} ({info.unit_label})\n{where_from(info)}"
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
