"""Edit ▸ Cite This View: the view's citation in two styles, and the file that reproduces it.

The citation (core/citation_view.py) names the dataset with its version and content hash, the
filters and ranges, the selection, and every source behind the records shown with the
locators used; citeproc-py writes the references in Chicago author-date or APA. The dialog
also says how to cite the dataset itself (the CITATION.cff record the store carries).
"""

from __future__ import annotations

import html
import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from explorer.core import citation_styles
from explorer.core.citation_view import cite_view, view_file_text
from explorer.core.views import state_to_dict
from explorer.store import sources_export
from explorer.store.atomic import write_atomically
from explorer.ui import dialogs

log = logging.getLogger(__name__)


def dataset_citation_html(conn) -> str:
    """How to cite the dataset: the CITATION.cff record the store carries in its meta (its
    comment lines left out), as preformatted text ("" if the store has none)."""
    text = sources_export.dataset_meta(conn).get("citation_cff", "")
    lines = [line for line in text.splitlines() if not line.lstrip().startswith("#")]
    return f"<pre>{html.escape(chr(10).join(lines).strip())}</pre>" if lines else ""


def dataset_reference(conn, style_id: str = "apa") -> str:
    """The dataset's own reference in a style, as plain text ("" if it cannot be made)."""
    from explorer.core.citation_formats import dataset_entry

    entry = dataset_entry(sources_export.dataset_meta(conn))
    try:
        return citation_styles.references([entry], style_id).get(entry.key, "")
    except citation_styles.StyleError as error:
        log.warning("could not write the dataset's reference: %s", error)
        return ""


class CiteViewDialog(QDialog):
    def __init__(self, window, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.window = window
        self.setObjectName("cite-view-dialog")
        self.setWindowTitle(self.tr("Cite This View"))
        self.state = state_to_dict(window.session.state)
        self.style_box = QComboBox(self)
        self.style_box.setObjectName("cite-style")
        self.style_box.setAccessibleName(self.tr("Citation style"))
        for style in citation_styles.STYLES:
            self.style_box.addItem(style.name, style.id)
        style_label = QLabel(self.tr("&Style:"), self)
        style_label.setBuddy(self.style_box)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("cite-text")
        self.browser.setAccessibleName(self.tr("Citation of the view"))
        self.browser.setOpenLinks(False)
        self.message = QLabel(self)
        self.message.setObjectName("cite-message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("&Copy Citation"), self)
        self.save_button = QPushButton(self.tr("Save &View File…"), self)
        self.save_button.setToolTip(self.tr("A file that opens this same view in any copy of "
                                            "Relations Explorer"))  # fmt: skip
        self.sources_button = QPushButton(self.tr("Export &Sources…"), self)
        self.sources_button.setToolTip(self.tr("The sources behind this view for Zotero "
                                               "(BibTeX, RIS or CSL-JSON)"))  # fmt: skip
        for button in (self.copy_button, self.save_button, self.sources_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy)
        self.save_button.clicked.connect(self._ask_and_save)
        self.sources_button.clicked.connect(self._export_sources)

        top = QHBoxLayout()
        top.addWidget(style_label)
        top.addWidget(self.style_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.style_box.currentIndexChanged.connect(lambda _: self.refresh())
        self.resize(760, 520)
        self.refresh()

    def style_id(self) -> str:
        return self.style_box.currentData()

    def citation(self, html_mode: bool):
        return cite_view(self.window.session.store, self.state, self.style_id(), html_mode)

    def plain_text(self) -> str:
        return self.citation(False).text()

    def refresh(self) -> None:
        try:
            body = self.citation(True).text()
        except citation_styles.StyleError as error:
            log.warning("could not cite the view: %s", error)
            self.browser.setPlainText(str(error))
            return
        dataset = dataset_citation_html(self.window.session.store)
        heading = html.escape(self.tr("How to cite the dataset"))
        self.browser.setHtml(body + (f"<h3>{heading}</h3>{dataset}" if dataset else ""))

    def copy(self) -> None:
        mime = QMimeData()
        mime.setText(self.plain_text())
        mime.setHtml(self.citation(True).text())
        QGuiApplication.clipboard().setMimeData(mime)
        self.message.setText(self.tr("Copied the citation."))

    def view_title(self) -> str:
        return self.tr("Cited view, {time}").format(time=datetime.now().strftime("%Y-%m-%d %H:%M"))

    def save_view_file(self, path: Path) -> Path:
        """Write the file that reproduces the view; returns the path written."""
        from explorer.ui.lessons import capture

        view = capture.capture(self.window, self.view_title())
        version = sources_export.dataset_meta(self.window.session.store).get("dataset_version", "")
        if path.suffix.lower() != ".json":
            path = path.with_name(path.name + ".json")
        write_atomically(path, view_file_text(view, version))
        return path

    def _ask_and_save(self) -> None:
        chosen = dialogs.choose_save_path(self, self.tr("Save View File"),
                                          Path.home() / "cited-view.json",
                                          self.tr("View file (*.json)"))  # fmt: skip
        if chosen is None:
            return
        try:
            path = self.save_view_file(chosen)
        except OSError as error:
            log.warning("could not write the view file %s: %s", chosen, error)
            self.message.setText(self.tr("Could not write {path}: {problem}").format(
                path=chosen, problem=error.strerror or error))  # fmt: skip
            return
        self.message.setText(self.tr("Saved {name}: open it with Views and Lessons ▸ Import "
                                     "to see this view again.").format(name=path.name))  # fmt: skip

    def _export_sources(self) -> None:
        from explorer.ui.citing.sources_export import export_sources_dialog

        written = export_sources_dialog(self, self.window.session.store, [self.state])
        if written:
            self.message.setText(written)
