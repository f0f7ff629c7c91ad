"""The dialog an uncaught error brings up (see errors.py): calm, non-modal, with Copy Details.

Imported with the first error, so its widgets cost nothing at start-up.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from explorer import APP_NAME, logs
from explorer.ui.errors import versions_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("ErrorDialog", text)


class ErrorDialog(QDialog):
    """Non-modal: the window behind it keeps working, the user closes it when they have read it."""

    def __init__(self, parent: QWidget | None, dataset: str | None) -> None:
        super().__init__(parent)
        self.setObjectName("error-dialog")
        self.setWindowTitle(_tr("Something went wrong"))
        self.dataset = dataset
        self.reports: list[str] = []
        icon = QLabel(self)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
                       .pixmap(40, 40))  # fmt: skip
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.heading = QLabel(self)
        self.heading.setObjectName("error-heading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # error texts can hold anything
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.message = QLabel(self)
        self.message.setObjectName("error-message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.advice = QLabel(self)
        self.advice.setObjectName("error-advice")
        self.advice.setTextFormat(Qt.TextFormat.PlainText)
        self.advice.setWordWrap(True)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("error-details")
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setVisible(False)
        buttons = QDialogButtonBox(self)
        self.copy_button = QPushButton(_tr("Copy Details"), self)
        self.copy_button.setObjectName("error-copy-details")
        self.copy_button.clicked.connect(self.copy_details)
        self.show_button = QPushButton(_tr("Show Details"), self)
        self.show_button.setObjectName("error-show-details")
        self.show_button.setCheckable(True)
        self.show_button.toggled.connect(self._show_details)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.show_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("error-close")
        buttons.rejected.connect(self.close)
        text = QVBoxLayout()
        text.addWidget(self.heading)
        text.addWidget(self.message)
        text.addWidget(self.advice)
        layout = QVBoxLayout(self)
        top = QWidget(self)
        row = QHBoxLayout(top)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(icon)
        row.addLayout(text, 1)
        layout.addWidget(top)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def add(self, summary: str, trace: str) -> None:
        """Show one more error; the first stays the headline, later ones are counted."""
        self.reports.append(f"{summary}\n\n{trace.rstrip()}")
        count = len(self.reports)
        self.heading.setText(
            _tr("{app} could not finish what it was doing.").format(app=APP_NAME)
            if count == 1
            else _tr("{app} ran into {count} problems.").format(app=APP_NAME, count=count)
        )
        first = self.reports[0].split("\n", 1)[0]
        self.message.setText(_tr("What went wrong: {error}").format(error=first))
        log_path = logs.log_file()
        where = (
            _tr("The details are also in the log: {path}").format(path=log_path)
            if log_path
            else _tr("The log could not be written.")
        )
        self.advice.setText(
            _tr(
                "The app is still running: close this message and carry on. If it happens again, "
                "use Copy Details and send them with a bug report."
            )
            + "\n\n"
            + where  # fmt: skip
        )
        self.details.setPlainText(self.details_text())

    def details_text(self) -> str:
        separator = "\n\n" + "-" * 40 + "\n\n"
        return versions_text(self.dataset) + separator + separator.join(self.reports) + "\n"

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details_text())
        self.copy_button.setText(_tr("Copied"))

    def _show_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.adjustSize()
