"""Rich text that can never make the app read a file or go online because data said so.

The details pane, the passage reader, the note preview and the text dialogs render HTML (or
Markdown) on purpose. Data in them is escaped (ui.plain.escape, ui.markup), but a note's
Markdown is the user's (or an imported file's) own markup: `![x](file:///dev/zero)` in it would
make Qt read that file while laying out the preview and kill the app, and a click on
`[x](file:///etc/hostname)` would show a local file inside the app. So:

- SafeBrowser and SafeDocument load no resource but the app's own (`qrc:` and images the code
  added with addResource); every refused address is counted in `refused` (tests read it);
- SafeBrowser never follows a link by itself: `anchorClicked` goes to the owner, and
  `open_external()` opens only http(s) addresses, after a confirmation that names the address.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray, QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QTextDocument
from PySide6.QtWidgets import QMessageBox, QTextBrowser, QWidget

from explorer.ui import plain

log = logging.getLogger(__name__)

# Every address a renderer asked for and was refused, in order (for tests and for the log).
refused: list[str] = []
_ALLOWED_SCHEMES = frozenset({"qrc"})
# Markdown/HTML larger than this is cut before it is laid out.
MAX_RICH_CHARS = 200_000


def _tr(text: str) -> str:
    return QCoreApplication.translate("SafeText", text)


def allowed(url: QUrl) -> bool:
    return url.scheme().lower() in _ALLOWED_SCHEMES or url.toString().startswith(":/")


def _refuse(url: QUrl) -> None:
    address = url.toString()[:200]
    refused.append(address)
    log.info("refused to load %s named by displayed text", address)


def _placeholder(kind: int):
    """What a refused resource is replaced by. It must be a real value: given nothing, or an
    image that does not decode, Qt loads the file itself ("direct loading")."""
    if kind == QTextDocument.ResourceType.ImageResource.value:
        image = QImage(1, 1, QImage.Format.Format_ARGB32)
        image.fill(0)
        return image
    if kind == QTextDocument.ResourceType.StyleSheetResource.value:
        return ""
    return QByteArray(b" ")


def _kind_value(kind) -> int:
    return kind if isinstance(kind, int) else getattr(kind, "value", -1)


class SafeDocument(QTextDocument):
    """A QTextDocument that loads only the app's own resources."""

    def loadResource(self, kind: int, url: QUrl):  # noqa: N802 - Qt's name
        if allowed(url):
            return super().loadResource(kind, url)
        _refuse(url)
        return _placeholder(_kind_value(kind))


class SafeBrowser(QTextBrowser):
    """A QTextBrowser that loads only the app's own resources and follows no link itself."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def loadResource(self, kind: int, url: QUrl):  # noqa: N802 - Qt's name
        if allowed(url):
            return super().loadResource(kind, url)
        _refuse(url)
        return _placeholder(_kind_value(kind))

    def setSource(self, url: QUrl, kind=None) -> None:  # noqa: N802 - Qt's name
        # Only reached through the API (links are not followed); refuse any outside address.
        if url.isEmpty() or allowed(url):
            if kind is None:
                super().setSource(url)
            else:
                super().setSource(url, kind)
            return
        _refuse(url)

    def set_markdown(self, text: str) -> None:
        """Show `text` as Markdown, cut to MAX_RICH_CHARS and with megabyte lines broken."""
        self.setMarkdown(plain.text(text, MAX_RICH_CHARS))


def open_external(parent: QWidget | None, href: str, confirm=None) -> bool:
    """Open an http(s) address in the user's browser after asking; refuse any other kind.

    `confirm(parent, address) -> bool` replaces the question in tests. Returns True if opened.
    """
    url = QUrl(href)
    if url.scheme().lower() not in ("http", "https") or not url.host():
        _refuse(url)
        QMessageBox.information(
            parent,
            _tr("Link not opened"),
            _tr("Only web addresses (http or https) can be opened from here:\n{address}").format(
                address=plain.text(href, 300)
            ),
        )
        return False
    address = url.toString()
    ask = confirm or _confirm
    if not ask(parent, address):
        return False
    return QDesktopServices.openUrl(url)


def _confirm(parent: QWidget | None, address: str) -> bool:
    box = QMessageBox(parent)
    box.setObjectName("confirm-external-link")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_tr("Open a web page?"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(
        _tr("Open this address in your web browser?\n{address}").format(
            address=plain.text(address, 500)
        )
    )
    box.setStandardButtons(QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Open
