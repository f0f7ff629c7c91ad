"""The window's dialogs: a store that cannot be opened, About, keyboard shortcuts, file choosers.

Every dialog is shown through `run()` so tests can answer it without a person (they replace
`run` and look at the dialog they are given).
"""

from __future__ import annotations

import html
import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from explorer import APP_NAME, __version__, logs
from explorer.store.bundled import StoreError, store_meta
from explorer.store.sources import all_sources
from explorer.ui import labels
from explorer.ui.safe_text import SafeBrowser
from explorer.ui.settings import Settings

# What the user chose in the store-problem dialog.
RETURN_TO_BUNDLED, KEEP_CURRENT, CHOOSE_ANOTHER, QUIT = "bundled", "keep", "choose", "quit"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Dialogs", text)


def run(dialog: QDialog) -> int:
    """Show `dialog` modally and return its result. Tests replace this."""
    return dialog.exec()


def store_problem_box(parent: QWidget | None, error: StoreError, at_startup: bool) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("store-problem")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("Cannot open this store"))
    box.setText(_tr("<b>{app} cannot open the store</b><br><code>{path}</code>").format(
        app=APP_NAME, path=html.escape(str(error.path))))  # fmt: skip
    box.setInformativeText(f"{html.escape(error.problem)}<br>{html.escape(error.advice)}")
    box.setTextFormat(Qt.TextFormat.RichText)
    bundled = box.addButton(_tr("Return to Bundled Store"), QMessageBox.ButtonRole.AcceptRole)
    bundled.setObjectName(RETURN_TO_BUNDLED)
    choose = box.addButton(_tr("Choose Another File…"), QMessageBox.ButtonRole.ActionRole)
    choose.setObjectName(CHOOSE_ANOTHER)
    if at_startup:
        other = box.addButton(_tr("Quit"), QMessageBox.ButtonRole.RejectRole)
        other.setObjectName(QUIT)
    else:
        other = box.addButton(_tr("Keep Current Store"), QMessageBox.ButtonRole.RejectRole)
        other.setObjectName(KEEP_CURRENT)
    box.setDefaultButton(bundled)
    box.setEscapeButton(other)
    return box


def ask_about_store_problem(parent: QWidget | None, error: StoreError, at_startup: bool) -> str:
    """Explain why a store did not open; return RETURN_TO_BUNDLED, CHOOSE_ANOTHER, KEEP_CURRENT or QUIT."""
    box = store_problem_box(parent, error, at_startup)
    run(box)
    clicked = box.clickedButton()
    if clicked is None:
        return QUIT if at_startup else KEEP_CURRENT
    return clicked.objectName()


def bundled_store_broken(parent: QWidget | None, error: StoreError) -> None:
    box = QMessageBox(parent)
    box.setObjectName("bundled-store-problem")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(_tr("The bundled store is damaged"))
    box.setTextFormat(Qt.TextFormat.RichText)  # our markup; the data in it is escaped
    box.setText(_tr("The store shipped with {app} cannot be opened:").format(app=APP_NAME))
    box.setInformativeText(
        f"<code>{html.escape(str(error.path))}</code><br>{html.escape(error.problem)}<br>"
        + _tr("Reinstall the application to repair it.")
    )
    run(box)


STORE_FOLDER, EXPORT_FOLDER = "files/store_folder", "files/export_folder"


def _start_folder(key: str, fallback: Path) -> Path:
    """The folder the user last chose a file in (kept in settings), else `fallback`."""
    remembered = Settings().get(key)
    return Path(remembered) if remembered and Path(remembered).is_dir() else fallback


def _remember_folder(key: str, path: str) -> Path | None:
    if not path:
        return None
    settings = Settings()
    settings.set(key, str(Path(path).parent))
    settings.sync()
    return Path(path)


def choose_store_file(parent: QWidget | None, start: Path) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        _tr("Open a Relations Store"),
        str(_start_folder(STORE_FOLDER, start)),
        _tr("Relations stores (*.db *.sqlite *.sqlite3);;All files (*)"),
    )
    return _remember_folder(STORE_FOLDER, path)


def choose_csv_path(parent: QWidget | None, suggestion: Path) -> Path | None:
    chosen = choose_table_export(parent, suggestion, offer_citations=False)
    return chosen[0] if chosen else None


def choose_table_export(parent: QWidget | None, suggestion: Path,
                        offer_citations: bool) -> tuple[Path, bool] | None:  # fmt: skip
    """Where to export the table, and whether with each episode's citations (a file type in the
    save dialog, so it works in the native and portal dialogs alike). None if cancelled."""
    plain = _tr("CSV files (*.csv)")
    cited = _tr("CSV with citations: one row per cited passage (*.csv)")
    start = _start_folder(EXPORT_FOLDER, suggestion.parent) / suggestion.name
    path, chosen = QFileDialog.getSaveFileName(
        parent,
        _tr("Export Table as CSV"),
        str(start),
        f"{plain};;{cited}" if offer_citations else plain,
    )
    remembered = _remember_folder(EXPORT_FOLDER, path)
    if remembered is None:
        return None
    return remembered, offer_citations and chosen == cited


def choose_save_path(parent: QWidget | None, title: str, suggestion: Path,
                     file_filter: str) -> Path | None:  # fmt: skip
    """Where to write a file to share; starts in the folder last used for one."""
    start = _start_folder(EXPORT_FOLDER, suggestion.parent) / suggestion.name
    path, _ = QFileDialog.getSaveFileName(parent, title, str(start), file_filter)
    return _remember_folder(EXPORT_FOLDER, path)


def choose_open_path(parent: QWidget | None, title: str, start: Path,
                     file_filter: str) -> Path | None:  # fmt: skip
    """Which shared file to read; starts in the folder last used for one."""
    path, _ = QFileDialog.getOpenFileName(
        parent, title, str(_start_folder(EXPORT_FOLDER, start)), file_filter
    )
    return _remember_folder(EXPORT_FOLDER, path)


def _text_dialog(parent: QWidget | None, name: str, title: str, body: str) -> QDialog:
    dialog = QDialog(parent)
    dialog.setObjectName(name)
    dialog.setWindowTitle(title)
    dialog.resize(620, 520)
    browser = SafeBrowser(dialog)
    browser.setObjectName(f"{name}-text")
    browser.setOpenExternalLinks(False)
    browser.setHtml(body)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(browser)
    layout.addWidget(buttons)
    return dialog


def _citing_section(conn: sqlite3.Connection) -> str:
    """How to cite the dataset (its reference, from the store's CITATION.cff record)."""
    from explorer.ui.citing.cite_dialog import dataset_reference

    reference = dataset_reference(conn)
    return (
        f"<h3>{_tr('Cite this dataset')}</h3><p>{html.escape(reference)}</p>" if reference else ""
    )


def about_dialog(parent: QWidget, conn: sqlite3.Connection, store_path: Path) -> QDialog:
    meta = store_meta(conn)
    rows = "".join(
        f"<li><b>{html.escape(s['title'])}</b> ({html.escape(str(s['year'] or ''))})<br>"
        f"{html.escape(labels.rights(s['rights']))} — {html.escape(s['rights_note'])}</li>"
        for s in all_sources(conn)
    )
    promise = _tr(
        "Every episode and every number in this store cites the passage it comes from. "
        "Works offline; nothing is sent anywhere."
    )
    body = (
        f"<h2>{APP_NAME} {__version__}</h2>"
        f"<p>{html.escape(meta.get('title', ''))}</p>"
        f"<p>{_tr('Dataset version')}: <b>{html.escape(meta.get('dataset_version', '?'))}</b><br>"
        f"{_tr('Store')}: <code>{html.escape(str(store_path))}</code></p>"
        f"<h3>{_tr('Sources and their rights')}</h3><ul>{rows}</ul>"
        f"{_citing_section(conn)}"
        f"<p>{html.escape(promise)}</p>"
        f"<h3>{_tr('Versions')}</h3>{_versions_table(meta.get('dataset_version'))}"
    )
    dialog = _text_dialog(parent, "about", _tr("About {app}").format(app=APP_NAME), body)
    _add_log_folder_buttons(dialog)
    return dialog


def _versions_table(dataset: str | None) -> str:
    """The same lines as an error report's Copy Details, so a user can compare them."""
    from explorer.ui.errors import versions

    rows = "<br>".join(f"{html.escape(what)}: <code>{html.escape(value)}</code>"
                       for what, value in versions(dataset))  # fmt: skip
    folder = html.escape(str(logs.log_folder()))
    return f"<p>{rows}</p><p>{_tr('Log folder')}: <code>{folder}</code></p>"


def _add_log_folder_buttons(dialog: QDialog) -> None:
    """Open or copy the log folder: what a bug report needs, without hunting for it."""
    from explorer.ui.errors import open_folder

    buttons = dialog.findChild(QDialogButtonBox)
    folder = logs.log_folder()
    open_button = buttons.addButton(_tr("Open Log Folder"), QDialogButtonBox.ButtonRole.ActionRole)
    open_button.setObjectName("about-open-log-folder")
    open_button.clicked.connect(lambda: open_folder(folder))
    copy = buttons.addButton(_tr("Copy Log Folder Path"), QDialogButtonBox.ButtonRole.ActionRole)
    copy.setObjectName("about-copy-log-folder")
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(str(folder)))
