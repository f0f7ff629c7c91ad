"""Export a plot as PNG or SVG, or copy it to the clipboard, with plain errors for the user."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QPoint, QRect, QSize
from PySide6.QtGui import QAction, QFont, QFontInfo, QGuiApplication, QImage, QPainter, QRegion
from PySide6.QtWidgets import QMenu, QMessageBox, QToolButton, QWidget

from explorer.store.atomic import atomic_file, write_atomically
from explorer.ui import dialogs
from explorer.ui.menu_button import MenuButton
from explorer.ui.plotting.svg_flatten import flatten_svg


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlotExport", text)


def _draw(widget: QWidget, painter: QPainter) -> None:
    # QWidget.render, named explicitly: on a plot (a QGraphicsView) `widget.render(painter)`
    # is QGraphicsView.render, which fills the device's pixels (not its logical size) with
    # the visible scene, so a 2x image got the top-left quarter magnified twice.
    QWidget.render(widget, painter, QPoint(0, 0), QRegion(), _RENDER_FLAGS)


_RENDER_FLAGS = QWidget.RenderFlag.DrawWindowBackground | QWidget.RenderFlag.DrawChildren


def render_image(widget: QWidget, scale: float = 2.0) -> QImage:
    """The widget as on screen, drawn at `scale` times its size (sharp on projectors and in
    print): pixel for pixel what `widget.grab()` shows, at `scale` times the resolution."""
    size = widget.size()
    image = QImage(
        QSize(round(size.width() * scale), round(size.height() * scale)),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.setDevicePixelRatio(scale)
    image.fill(widget.palette().base().color())
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    _draw(widget, painter)
    painter.end()
    return image


def save_png(image: QImage, path: Path) -> None:
    """`image` as a PNG file at `path`, encoded in memory, written beside its place and moved
    there: a full disk or a failure midway leaves no half-written image (nor a stray one)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    saved = image.save(buffer, "PNG")
    buffer.close()
    if not saved:
        raise OSError(_tr("The image could not be written."))
    with atomic_file(path, binary=True) as handle:
        handle.write(bytes(data.data()))


def export_png(widget: QWidget, path: Path | str) -> None:
    save_png(render_image(widget), Path(path))


def _family_for(family: str) -> str:
    """The font Qt really used for `family`, then a generic fallback, for other renderers."""
    used = QFontInfo(QFont(family)).family()
    return f"'{used}', sans-serif" if used and used != family else f"'{family}', sans-serif"


def svg_text(widget: QWidget, title: str = "") -> str:
    """A vector drawing of the widget as on screen: text stays text, lines stay sharp."""
    from PySide6.QtSvg import QSvgGenerator

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # SVG 1.1 rather than Qt's default SVG Tiny: only 1.1 has clip paths, without which the
    # marks scrolled out of a plot's range spill over its axes and labels.
    generator = QSvgGenerator(QSvgGenerator.SvgVersion.Svg11)
    generator.setOutputDevice(buffer)
    generator.setSize(widget.size())
    generator.setViewBox(QRect(0, 0, widget.width(), widget.height()))
    # The screen's resolution: type sized in points comes out as many pixels as on screen
    # (Qt's default, 72 dpi, made every label a quarter smaller than its place).
    generator.setResolution(round(widget.logicalDpiX()))
    generator.setTitle(title)
    generator.setDescription(_tr("Exported from Relations Explorer"))
    painter = QPainter()
    if not painter.begin(generator):
        raise OSError(_tr("The SVG file could not be written."))
    painter.fillRect(widget.rect(), widget.palette().base())
    _draw(widget, painter)
    painter.end()
    text = bytes(buffer.data()).decode("utf-8")
    if "<svg" not in text:
        raise OSError(_tr("The SVG file could not be written."))
    return flatten_svg(text, _family_for)


def export_svg(widget: QWidget, path: Path | str, title: str = "") -> None:
    """A vector drawing of the widget: text stays text, lines stay sharp at any size."""
    write_atomically(Path(path), svg_text(widget, title))


def copy_image(widget: QWidget) -> None:
    QGuiApplication.clipboard().setImage(render_image(widget))


def export_button(parent: QWidget, target: QWidget, title: str) -> QToolButton:
    """A toolbar button with Save as PNG…, Save as SVG… and Copy image."""
    button = MenuButton(_tr("Export"), parent)  # room for its arrow
    button.setToolTip(_tr("Save the plot as PNG or SVG, or copy it"))
    button.setAccessibleName(_tr("Export plot"))
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
