"""File ▸ New Store from Spreadsheet…: check the files, show how they read, make the store.

Nothing is written until the user asks: the files are first checked in full (in a worker,
with progress and Cancel), every problem listed by file, sheet, row and column. Then "Create
Store" (no problems) or "Import Valid Rows Only" builds the store in the user's stores folder.
"""

from __future__ import annotations

import itertools
import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from explorer import paths
from explorer.ingest.mapping import Mapping, MappingMemory, guess
from explorer.ingest.pipeline import FORMATS, Progress
from explorer.ingest.problems import Report
from explorer.ingest.tables import Table
from explorer.store.my_stores import new_store_path
from explorer.ui.ingest.mapping_dialog import MappingDialog
from explorer.ui.ingest.preview import RowsModel, notice_lines, preview_rows, problem_rows
from explorer.ui.ingest.problem_texts import duration_text
from explorer.ui.ingest.worker import ImportWorker

log = logging.getLogger(__name__)


def mapping_memory() -> MappingMemory:
    return MappingMemory(paths.user_config_dir() / "import-mappings.json")


class NewStoreDialog(QDialog):
    def __init__(self, files: list[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("new-store-dialog")
        self.setWindowTitle(self.tr("New Store from Spreadsheet"))
        self.files = [Path(f) for f in files]
        self.mapping: Mapping | None = None
        self.report: Report | None = None
        self.worker: ImportWorker | None = None
        self.created: Path | None = None
        self.mapping_note = ""  # said when a remembered mapping reads the file
        self.memory = mapping_memory()

        self.files_label = QLabel()
        self.files_label.setObjectName("import-files")
        self.files_label.setWordWrap(True)
        self.files_label.setTextFormat(Qt.TextFormat.PlainText)
        choose = QPushButton(self.tr("Choose Files…"))
        choose.clicked.connect(self.choose_files)
        self.format = QComboBox()
        self.format.setObjectName("import-format")
        names = {"auto": self.tr("Recognise it"), "template": self.tr("Import template"),
                 "timelinejs": self.tr("TimelineJS sheet"), "gdelt": self.tr("GDELT event export"),
                 "icews": self.tr("ICEWS event file"), "series": self.tr("Long-form series"),
                 "mapped": self.tr("Other table (choose the columns)")}  # fmt: skip
        for key in FORMATS:
            self.format.addItem(names[key], key)
        self.format.currentIndexChanged.connect(self.check)
        self.name = QLineEdit()
        self.name.setObjectName("import-name")
        self.name.setPlaceholderText(self.tr("What to call the new store"))
        self.change_mapping = QPushButton(self.tr("Change Column Mapping…"))
        self.change_mapping.setObjectName("import-change-mapping")
        self.change_mapping.clicked.connect(lambda: self._ask_mapping(self._mapping_table))
        self.change_mapping.hide()
        self._mapping_table: Table | None = None

        top = QHBoxLayout()
        top.addWidget(self.files_label, 1)
        top.addWidget(choose)
        form = QFormLayout()
        format_row = QHBoxLayout()
        format_row.addWidget(self.format, 1)
        format_row.addWidget(self.change_mapping)
        form.addRow(self.tr("Read the files as"), format_row)
        form.addRow(self.tr("Name"), self.name)

        self.preview = RowsModel([self.tr("Row"), self.tr("Record"), self.tr("Date as written"),
                                  self.tr("Read as"), self.tr("Title"), self.tr("Kind"),
                                  self.tr("Actors"), self.tr("Citation")])  # fmt: skip
        self.problems = RowsModel([self.tr("File"), self.tr("Sheet"), self.tr("Row"),
                                   self.tr("Column"), self.tr("Problem")])  # fmt: skip
        self.tabs = QTabWidget()
        self.tabs.setObjectName("import-tabs")
        self.preview_view = self._table(self.preview, "import-preview")
        self.problem_view = self._table(self.problems, "import-problems")
        self.tabs.addTab(self.preview_view, self.tr("How the rows are read"))
        self.tabs.addTab(self.problem_view, self.tr("Problems"))
        self.summary = QLabel()
        self.summary.setObjectName("import-summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.notices = QLabel()
        self.notices.setObjectName("import-notices")
        self.notices.setWordWrap(True)
        self.notices.setTextFormat(Qt.TextFormat.PlainText)
        self.notices.setProperty("role", "notice")
        self.progress = QProgressBar()
        self.progress.setObjectName("import-progress")
        self.progress.setRange(0, 0)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("import-cancel")
        self.cancel_button.clicked.connect(self.cancel)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        self.progress_box = QWidget()
        self.progress_box.setLayout(progress_row)
        progress_row.setContentsMargins(0, 0, 0, 0)

        self.recheck = QPushButton(self.tr("Check Again"))
        self.recheck.setToolTip(self.tr("Read the files again after fixing them"))
        self.recheck.clicked.connect(self.check)
        self.save_rejects = QPushButton(self.tr("Save Rejected Rows…"))
        self.save_rejects.setObjectName("import-save-rejects")
        self.save_rejects.clicked.connect(self.save_rejected_rows)
        self.valid_only = QPushButton(self.tr("Import Valid Rows Only"))
        self.valid_only.setObjectName("import-valid-only")
        self.valid_only.clicked.connect(lambda: self.create(keep_valid=True))
        self.create_button = QPushButton(self.tr("Create Store"))
        self.create_button.setObjectName("import-create")
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(lambda: self.create(keep_valid=False))
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.recheck, self.save_rejects):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.valid_only, self.create_button, close):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.notices)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress_box)
        layout.addLayout(buttons)
        self.resize(1040, 640)
        self._show_files()
        self._set_busy(False)
        self.valid_only.setEnabled(False)
        self.create_button.setEnabled(False)
        self.save_rejects.setEnabled(False)

    # -- building --------------------------------------------------------------------------
    def _table(self, model: RowsModel, name: str) -> QTableView:
        view = QTableView()
        view.setObjectName(name)
        view.setModel(model)
        view.setWordWrap(False)
        view.setAlternatingRowColors(True)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.horizontalHeader().setStretchLastSection(True)
        view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        return view

    @staticmethod
    def _fit(view: QTableView) -> None:
        view.resizeColumnsToContents()
        last = view.model().columnCount() - 1
        for column in range(last):  # the last column stretches; the others stay in view
            view.setColumnWidth(column, min(view.columnWidth(column), 300))

    def _show_files(self) -> None:
        self.files_label.setText(", ".join(f.name for f in self.files) or self.tr("No file chosen"))
        self.files_label.setToolTip("\n".join(str(f) for f in self.files))
        if self.files and not self.name.text():
            self.name.setText(self.files[0].stem.replace("_", " "))

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.progress_box.setVisible(busy)
        for button in (self.recheck, self.valid_only, self.create_button, self.save_rejects):
            button.setEnabled(not busy)
        self.format.setEnabled(not busy)
        if busy:
            self.progress.setFormat(text)

    # -- commands --------------------------------------------------------------------------
    def choose_files(self) -> None:
        chosen, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Choose Spreadsheets to Import"), str(Path.home()),
            self.tr("Spreadsheets (*.csv *.tsv *.tab *.txt *.xlsx *.ods *.CSV);;All files (*)"),
        )  # fmt: skip
        if chosen:
            self.files = [Path(c) for c in chosen]
            self.mapping = None
            self._show_files()
            self.check()

    def check(self) -> None:
        """Read every row and list what is wrong; writes nothing."""
        if not self.files or (self.worker is not None and self.worker.isRunning()):
            return
        fmt = self.format.currentData()
        try:
            self.preview.set_rows(preview_rows(self.files, fmt, self.mapping))
        except Exception as error:  # noqa: BLE001 - a file the worker will explain in full
            log.info("preview failed: %s", error)
            self.preview.set_rows([])
        self._fit(self.preview_view)
        self._start(ImportWorker(self.files, None, fmt, self.mapping, parent=self),
                    self.tr("Checking"))  # fmt: skip

    def create(self, keep_valid: bool) -> None:
        title = self.name.text().strip() or (self.files[0].stem if self.files else "store")
        out = new_store_path(title)
        out.parent.mkdir(parents=True, exist_ok=True)
        rejects = out.with_suffix(".rejects.csv") if keep_valid else None
        worker = ImportWorker(self.files, out, self.format.currentData(), self.mapping,
                              keep_valid=keep_valid, title=title, rejects=rejects, parent=self)  # fmt: skip
        worker.target = out
        self._start(worker, self.tr("Importing"))

    def _start(self, worker: ImportWorker, text: str) -> None:
        self.worker = worker
        worker.progressed.connect(self._progressed)
        worker.done.connect(self._finished)
        worker.needs_mapping.connect(self._needs_mapping)
        worker.failed.connect(self._failed)
        self.progress.setRange(0, 0)
        self.progress.setValue(0)
        self.stage_text = text
        self._set_busy(True, text)
        worker.start()

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()

    def _progressed(self, progress: Progress) -> None:
        """A real fraction when the files tell their size: percent, rows and the time left."""
        stage = self.stage_text if progress.stage == "reading" else self.tr("Completing the store")
        rows = f"{progress.rows:,}"
        if progress.fraction is None:
            self.progress.setRange(0, 0)  # a busy bar: how much is left is not known
            text = self.tr("{stage}: {rows} rows").format(stage=stage, rows=rows)
        else:
            self.progress.setRange(0, 1000)
            self.progress.setValue(round(progress.fraction * 1000))
            # %p is the bar's own percentage (the value over the range).
            if progress.seconds_left is None:
                text = self.tr("{stage}: %p% · {rows} rows").format(stage=stage, rows=rows)
            else:
                text = self.tr("{stage}: %p% · {rows} rows · about {left} left").format(
                    stage=stage, rows=rows, left=duration_text(progress.seconds_left)
                )
        self.progress.setFormat(text)

    def _failed(self, message: str) -> None:
        self._set_busy(False)
        QMessageBox.warning(self, self.tr("Import"),
                            self.tr("The import stopped: {error}").format(error=message))  # fmt: skip

    def _needs_mapping(self, table: Table) -> None:
        self._set_busy(False)
        remembered = self.memory.get(table.header)
        if remembered is not None and not remembered.problems(table.header):
            self.mapping = remembered
            self._mapping_table = table
            self.change_mapping.show()
            self.mapping_note = self.tr(
                "Read with the column mapping you chose before for files like this.")  # fmt: skip
            self.check()
            return
        self._ask_mapping(table)

    def _ask_mapping(self, table: Table | None) -> None:
        if table is None:
            return
        from explorer.ingest.pipeline import _tables_of

        fresh = _tables_of(Path(self.files[0]), {})[0]  # the worker's table is spent
        sample = list(itertools.islice(fresh.rows, 30))
        dialog = MappingDialog(fresh, sample, self.mapping or guess(fresh.header), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            self.summary.setText(self.tr("Choose which column is the date and the title to "
                                         "import this file."))  # fmt: skip
            return
        self.mapping = dialog.mapping()
        self._mapping_table = fresh
        self.memory.remember(fresh.header, self.mapping)
        self.change_mapping.show()
        self.check()

    def _finished(self, report: Report) -> None:
        self._set_busy(False)
        self.report = report
        target = getattr(self.worker, "target", None)
        self.problems.set_rows(problem_rows(report.problems))
        self._fit(self.problem_view)
        self.tabs.setTabText(1, self.tr("Problems ({n})").format(n=f"{report.problem_count:,}"))
        notices = notice_lines(report)
        if self.mapping is not None and self.mapping_note:
            notices.append(self.mapping_note)
        self.notices.setText("\n".join(notices[:6]))
        self.notices.setVisible(bool(notices))
        if report.cancelled:
            self.summary.setText(self.tr("Cancelled: nothing was written."))
            return
        if target is not None and report.content_hash:
            self.created = target
            self.accept()
            return
        good = report.read - report.rejected
        text = self.tr("Checked {read} rows: {good} can be imported ({uncited} without a "
                       "citation, kept as uncited); {bad} have problems.").format(
            read=f"{report.read:,}", good=f"{good:,}", uncited=f"{report.uncited:,}",
            bad=f"{report.rejected:,}")  # fmt: skip
        if report.refused_files:
            text += " " + self.tr("These files could not be read: {files}.").format(
                files=", ".join(report.refused_files)
            )
        if target is not None:
            text = self.tr("Nothing was written. ") + text
        self.summary.setText(text)
        can_import = good > 0 and not report.refused_files
        self.create_button.setEnabled(can_import and report.problem_count == 0)
        self.valid_only.setEnabled(can_import and report.problem_count > 0)
        self.save_rejects.setEnabled(report.rejected > 0)
        if report.problem_count:
            self.tabs.setCurrentIndex(1)

    def save_rejected_rows(self) -> None:
        if self.report is None:
            return
        suggestion = (self.files[0].with_suffix(".rejects.csv") if self.files
                      else Path.home() / "rejects.csv")  # fmt: skip
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save Rejected Rows"), str(suggestion),
                                              self.tr("CSV files (*.csv)"))  # fmt: skip
        if path:
            try:
                self.report.write_rejects(Path(path))
            except OSError as error:
                QMessageBox.warning(self, self.tr("Save Rejected Rows"), str(error))

    def reject(self) -> None:
        if self.worker is not None and self.worker.isRunning():
            self.worker.cancel()
            self.worker.wait(10000)
        super().reject()
