"""Which column is the date, the title, the actors…: for a table of no known kind.

Each choice redraws the preview at once, so the user sees "5 de abril de 1992" read as
"5 Apr 1992" (or refused, with why) before anything is imported.
"""

from __future__ import annotations

import itertools

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from explorer.core.dates import format_span
from explorer.ingest.mapping import ActorColumn, Mapping, read_mapped
from explorer.ingest.tables import Table
from explorer.ui import labels as labels_ui
from explorer.ui.ingest.preview import RowsModel
from explorer.ui.ingest.problem_texts import ProblemTexts

SAMPLE_ROWS = 30
ROLES = ("participant", "source", "target", "host", "visitor", "donor", "recipient", "subject",
         "signatory", "member")  # fmt: skip


class MappingDialog(QDialog):
    def __init__(self, table: Table, sample: list[tuple[int, list[str]]], start: Mapping,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("import-mapping-dialog")
        self.setWindowTitle(self.tr("Choose What Each Column Holds"))
        self.table, self.sample = table, sample
        labels = {
            "date": self.tr("Date (or range), as written"),
            "end": self.tr("End date"),
            "year": self.tr("Year (if the date is in separate columns)"),
            "month": self.tr("Month"),
            "day": self.tr("Day"),
            "title": self.tr("Title"),
            "summary": self.tr("Summary"),
            "kind": self.tr("Kind"),
            "id": self.tr("Identifier"),
            "source": self.tr("Source"),
            "quote": self.tr("Quote"),
            "locator": self.tr("Page or place in the source"),
            "url": self.tr("Link"),
        }
        intro = QLabel(self.tr(
            "{file} is not a kind of table the import knows. Choose which column holds what; "
            "the preview below shows how the first rows will be read."
        ).format(file=table.file))  # fmt: skip
        intro.setWordWrap(True)
        # Two columns of choices, so the preview keeps its height on a 768-pixel screen.
        form, right = QFormLayout(), QFormLayout()
        self.combos: dict[str, QComboBox] = {}
        for name, label in labels.items():
            combo = self._column_combo(start.columns.get(name, ""))
            combo.setObjectName(f"mapping-{name}")
            self.combos[name] = combo
            (form if name in ("date", "end", "year", "month", "day", "id") else right).addRow(
                label, combo
            )
        self.actor_combos: list[tuple[QComboBox, QComboBox]] = []
        actors = start.actors + [ActorColumn("")] * max(0, 3 - len(start.actors))
        for n, actor in enumerate(actors[:3], 1):
            column = self._column_combo(actor.column)
            column.setObjectName(f"mapping-actor-{n}")
            role = QComboBox()
            for key in ROLES:
                role.addItem(labels_ui.role(key), key)
            role.setCurrentIndex(max(role.findData(actor.role), 0))
            row = QHBoxLayout()
            row.addWidget(column, 2)
            row.addWidget(role, 1)
            holder = QWidget()
            holder.setLayout(row)
            row.setContentsMargins(0, 0, 0, 0)
            form.addRow(self.tr("Actors ({n}), and their role").format(n=n), holder)
            self.actor_combos.append((column, role))
        self.problem = QLabel()
        self.problem.setObjectName("mapping-problem")
        self.problem.setWordWrap(True)
        self.problem.setProperty("role", "notice")
        self.model = RowsModel([self.tr("Row"), self.tr("As written"), self.tr("Read as"),
                                self.tr("Title"), self.tr("Kind"), self.tr("Actors")])  # fmt: skip
        self.view = QTableView()
        self.view.setObjectName("mapping-preview")
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Use This Mapping"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addLayout(form, 1)
        top.addSpacing(16)
        top.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.problem)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        for combo in [*self.combos.values(), *(c for pair in self.actor_combos for c in pair)]:
            combo.currentIndexChanged.connect(self.refresh)
        self.resize(1000, 640)
        self.refresh()

    def _column_combo(self, current: str) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("(none)"), "")
        for name in self.table.header:
            combo.addItem(name, name)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        return combo

    def mapping(self) -> Mapping:
        columns = {
            name: combo.currentData() for name, combo in self.combos.items() if combo.currentData()
        }
        actors = [ActorColumn(c.currentData(), r.currentData())
                  for c, r in self.actor_combos if c.currentData()]  # fmt: skip
        return Mapping(columns, actors)

    def refresh(self) -> None:
        mapping = self.mapping()
        problems = mapping.problems(self.table.header)
        texts = ProblemTexts()
        shown = "; ".join(texts.sentence(p) for p in problems)
        self.problem.setText(shown[:1].upper() + shown[1:] + "." if problems else "")
        self.problem.setVisible(bool(problems))
        self.ok.setEnabled(not problems)
        if problems:
            self.model.set_rows([])
            return
        table = Table(self.table.file, self.table.sheet, self.table.header, iter(self.sample))
        rows = []
        for item in itertools.islice(read_mapped(table, mapping), SAMPLE_ROWS * 4):
            if item.kind == "problem":
                rows.append(
                    [
                        str(item.problem.row),
                        "",
                        self.tr("not read"),
                        ProblemTexts().message(item.problem),
                        "",
                        "",
                    ]
                )
            elif item.kind == "episodes":
                r = item.row
                rows.append([str(r.line), r["date_text"], format_span(r["start"], r["end"]),
                             r["title"], r["kind"], r["actors"].replace(";", "; ")])  # fmt: skip
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        for column in range(self.model.columnCount()):  # a long title or message stays in view
            self.view.setColumnWidth(column, min(self.view.columnWidth(column), 320))
