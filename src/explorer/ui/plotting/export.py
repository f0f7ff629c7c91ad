"""Export a plot as PNG or SVG, or copy it to the clipboard, with plain errors for the user."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, QSize
from PySide6.QtGui import QAction, QGuiApplication, QImage, QPainter
from PySide6.QtWidgets import QMenu, QMessageBox, QToolButton, QWidget

from explorer.ui import dialogs


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlotExport", text)


def render_image(widget: QWidget, scale: float = 2.0) -> QImage:
    """The widget drawn at `scale` times its size (sharp on projectors and in print)."""
    size = widget.size()
    image = QImage(
        QSize(int(size.width() * scale), int(size.height() * scale)),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.setDevicePixelRatio(scale)
    image.fill(widget.palette().base().color())
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    widget.render(painter)
    painter.end()
    return image


def export_png(widget: QWidget, path: Path | str) -> None:
    if not render_image(widget).save(str(path), "PNG"):
        raise OSError(_tr("The image could not be written."))


def export_svg(widget: QWidget, path: Path | str, title: str = "") -> None:
    """A vector drawing of the widget: text stays text, lines stay sharp at any size."""
    from PySide6.QtSvg import QSvgGenerator

    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(widget.size())
    generator.setViewBox(QRect(0, 0, widget.width(), widget.height()))
    generator.setTitle(title)
    generator.setDescription(_tr("Exported from Relations Explorer"))
    painter = QPainter()
    if not painter.begin(generator):
        raise OSError(_tr("The SVG file could not be written."))
    painter.fillRect(widget.rect(), widget.palette().base())
    widget.render(painter)
    painter.end()
    if not Path(path).exists() or Path(path).stat().st_size == 0:
        raise OSError(_tr("The SVG file could not be written."))


def copy_image(widget: QWidget) -> None:
    QGuiApplication.clipboard().setImage(render_image(widget))


def export_button(parent: QWidget, target: QWidget, title: str) -> QToolButton:
    """A toolbar button with Save as PNG…, Save as SVG… and Copy image."""
    button = QToolButton(parent)
    button.setText(_tr("Export"))
    button.setToolTip(_tr("Save the plot as PNG or SVG, or copy it"))
    button.setAccessibleName(_tr("Export plot"))
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    menu = QMenu(button)

    def save(kind: str) -> None:
        filters = {"png": _tr("PNG image (*.png)"), "svg": _tr("SVG drawing (*.svg)")}
        chosen = dialogs.choose_save_path(
            parent, _tr("Export plot"), Path.home() / f"{title}.{kind}", filters[kind]
        )
        if chosen is None:
            return
        name = str(chosen)
        if not name.lower().endswith(f".{kind}"):
            name += f".{kind}"
        try:
            (export_png if kind == "png" else export_svg)(target, name)
        except OSError as error:
            QMessageBox.warning(
                parent,
                _tr("Export failed"),
                _tr("Could not save {path}: {reason}").format(
                    path=name, reason=error.strerror or str(error)
                ),
            )

    for text, slot in (
        (_tr("Save as PNG…"), lambda: save("png")),
        (_tr("Save as SVG…"), lambda: save("svg")),
        (_tr("Copy image"), lambda: copy_image(target)),
    ):
        action = QAction(text, menu)
        action.triggered.connect(slot)
        menu.addAction(action)
    button.setMenu(menu)
    return button
