"""Saving the window as a view: a title, a caption for the class, and the panes to show.

The panes start as those on screen; a teacher unticks what would crowd a projector (the
filters, the table) so that the chart or the timeline gets the room when presenting.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from explorer.core.views import MAX_CAPTION, MAX_TITLE
from explorer.ui.lessons.capture import PANE_ORDER

PANE_TITLES = {
    "table": QT_TRANSLATE_NOOP("SaveViewDialog", "Table"),
    "timeline": QT_TRANSLATE_NOOP("SaveViewDialog", "Timeline"),
    "chart": QT_TRANSLATE_NOOP("SaveViewDialog", "Chart"),
    "detail": QT_TRANSLATE_NOOP("SaveViewDialog", "Details"),
    "compare": QT_TRANSLATE_NOOP("SaveViewDialog", "Compare"),
    "filters": QT_TRANSLATE_NOOP("SaveViewDialog", "Filters"),
    "notes": QT_TRANSLATE_NOOP("SaveViewDialog", "Notes"),
}


def pane_title(pane_id: str) -> str:
    text = PANE_TITLES.get(pane_id)
    return QCoreApplication.translate("SaveViewDialog", text) if text else pane_id


class SaveViewDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str = "", caption: str = "",
                 shown: tuple[str, ...] = (), heading: str = "") -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("save-view-dialog")
        self.setWindowTitle(heading or self.tr("Save View"))
        self.title_edit = QLineEdit(title, self)
        self.title_edit.setObjectName("view-title")
        self.title_edit.setMaxLength(MAX_TITLE)
        self.title_edit.setPlaceholderText(self.tr("e.g. Peruvians registered in Japan, 1988–2000"))
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.caption_edit = QPlainTextEdit(caption, self)
        self.caption_edit.setObjectName("view-caption")
        self.caption_edit.setTabChangesFocus(True)  # Tab moves on, as in every other field
        self.caption_edit.setPlaceholderText(
            self.tr("A sentence or two shown under the title while presenting")
        )
        self.caption_edit.setAccessibleName(self.tr("Caption"))
        self.caption_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)

        panes = QGroupBox(self.tr("Panes to show"), self)
        grid = QGridLayout(panes)
        self.pane_boxes: dict[str, QCheckBox] = {}
        for n, pane_id in enumerate(PANE_ORDER):
            box = QCheckBox(pane_title(pane_id), panes)
            box.setObjectName(f"show-{pane_id}")
            box.setChecked(pane_id in shown)
            box.toggled.connect(self._update_ok)
            grid.addWidget(box, n // 4, n % 4)
            self.pane_boxes[pane_id] = box
        hint = QLabel(
            self.tr(
                "Everything else on screen is saved too: filters, search, dates, "
                "selection, the chart's series and style, the comparison."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "heading")

        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Caption:"), self.caption_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(panes)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.title_edit.textChanged.connect(self._update_ok)
        self._update_ok()
        self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(max(self.sizeHint().width(), 560), self.sizeHint().height())

    def _update_ok(self) -> None:
        ok = bool(self.title().strip()) and bool(self.panes())
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)

    def title(self) -> str:
        return self.title_edit.text().strip()

    def caption(self) -> str:
        return self.caption_edit.toPlainText().strip()[:MAX_CAPTION]

    def panes(self) -> tuple[str, ...]:
        return tuple(p for p, box in self.pane_boxes.items() if box.isChecked())
