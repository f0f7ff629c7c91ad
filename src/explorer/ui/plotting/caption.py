"""Figures with their caption: Copy image / Save PNG / Save SVG "with caption".

The image itself always comes from the export functions (plotting/export.py for the timeline
and chart, CompareWindow.export_png for the comparison); this module only adds the caption
block under it — drawn into the PNG, written as SVG text under the SVG drawing, and, on the
clipboard, beside the image as HTML (an <img> with a data: URI and a <figcaption>) and as plain
text, so a word processor keeps both. What the caption says is core/citation_caption.py's.
"""

from __future__ import annotations

import base64
import logging
import math
import re
import tempfile
from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMimeData, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QGuiApplication, QImage, QPainter
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from explorer.core import citation_caption
from explorer.core.citation_caption import Caption
from explorer.core.views import state_to_dict
from explorer.store.atomic import write_atomically
from explorer.ui import dialogs, guarded
from explorer.ui.plotting import export


def xml_escape(text: str) -> str:
    """&, < and > as entities (xml.sax.saxutils.escape, which imports urllib, http and ssl:
    ~0.1 s on the UI thread for three replacements)."""
    return escape(text, quote=False)


log = logging.getLogger(__name__)
PAPER, INK, MUTED = QColor("#ffffff"), QColor("#1a1a1a"), QColor("#444444")
PADDING = 10  # logical pixels around the caption text
CAPTION_POINTS = 9.0


def _tr(text: str) -> str:
    return QCoreApplication.translate("FigureCaption", text)


# --- what to caption ---------------------------------------------------------------------------


def caption_for(pane_id: str, pane: QWidget) -> Caption:
    session = pane.session
    conn, state = session.store, session.state
    if pane_id == "chart":
        return citation_caption.chart_caption(conn, state.chart_series)
    if pane_id == "compare":
        series = pane.comparison_state()["series"]
        return citation_caption.comparison_caption(conn, state.compare_episodes, series)
    return citation_caption.timeline_caption(conn, state_to_dict(state))


def figure_of(pane_id: str, pane: QWidget) -> QWidget:
    """The widget the pane's own export draws."""
    return {"chart": lambda: pane.figure, "compare": lambda: pane.content,
            "timeline": lambda: pane.plot}[pane_id]()  # fmt: skip


def figure_image(pane_id: str, pane: QWidget) -> QImage:
    if pane_id == "compare":
        # The comparison's own export writes a file; read it back rather than redraw it here.
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "comparison.png"
            pane.export_png(path)
            image = QImage(str(path))
            image.setDevicePixelRatio(2.0)
            return image
    return export.render_image(figure_of(pane_id, pane))


# --- drawing the caption -----------------------------------------------------------------------


def _fonts(scale: float = 1.0) -> tuple[QFont, QFont]:
    body = QFont(QGuiApplication.font())
    body.setPointSizeF(CAPTION_POINTS * scale)
    title = QFont(body)
    title.setBold(True)
    return title, body


def _blocks(caption: Caption, width: float) -> list[tuple[QFont, QColor, str, QRectF]]:
    """Each line of the caption with its font, colour and place, wrapped to `width`."""
    title_font, body_font = _fonts()
    flags = int(Qt.TextFlag.TextWordWrap)
    y = PADDING
    placed = []
    for index, line in enumerate([caption.title, *caption.lines]):
        font = title_font if index == 0 else body_font
        metrics = QFontMetricsF(font)
        box = metrics.boundingRect(QRectF(0, 0, width - 2 * PADDING, 10_000), flags, line)
        rect = QRectF(PADDING, y, width - 2 * PADDING, box.height())
        placed.append((font, INK if index == 0 else MUTED, line, rect))
        y += box.height() + 3
    return placed


def caption_height(caption: Caption, width: float) -> float:
    blocks = _blocks(caption, width)
    return (blocks[-1][3].bottom() + PADDING) if blocks else 0.0


def captioned_image(image: QImage, caption: Caption) -> QImage:
    """`image` with the caption block under it, at the image's own pixel ratio."""
    ratio = image.devicePixelRatio() or 1.0
    width = image.width() / ratio
    extra = caption_height(caption, width)
    out = QImage(image.width(), int(image.height() + extra * ratio + 0.5),
                 QImage.Format.Format_ARGB32_Premultiplied)  # fmt: skip
    out.setDevicePixelRatio(ratio)
    out.fill(PAPER)
    painter = QPainter(out)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.drawImage(QRectF(0, 0, width, image.height() / ratio), image)
    painter.translate(0, image.height() / ratio)
    for font, color, line, rect in _blocks(caption, width):
        painter.setFont(font)
        painter.setPen(color)
        painter.drawText(rect, int(Qt.TextFlag.TextWordWrap), line)
    painter.end()
    return out


def _wrap(line: str, width: float, points: float) -> list[str]:
    # SVG 1.1 text does not wrap: break lines at about the width an average glyph takes.
    per_line = max(20, int(width / (points * 1.333 * 0.52)))
    words, rows, row = line.split(), [], ""
    for word in words:
        if row and len(row) + 1 + len(word) > per_line:
            rows.append(row)
            row = word
        else:
            row = f"{row} {word}".strip()
    return [*rows, row] if row else rows


def captioned_svg(svg_text: str, caption: Caption) -> str:
    """The exported SVG drawing, unchanged, inside a taller SVG with the caption as text."""
    root = re.search(r"<svg\b[^>]*>", svg_text)
    if root is None:
        raise ValueError("the exported drawing is not an SVG document")
    width = _length(root.group(0), "width")
    height = _length(root.group(0), "height")
    inner = svg_text[root.start() :]
    points, line_px = CAPTION_POINTS, CAPTION_POINTS * 1.333 * 1.35
    rows: list[tuple[bool, str]] = []
    for index, line in enumerate([caption.title, *caption.lines]):
        rows += [(index == 0, row) for row in _wrap(line, width - 2 * PADDING, points)]
    extra = math.ceil(height + 2 * PADDING + line_px * len(rows)) - height  # a whole pixel tall
    texts = []
    for number, (bold, row) in enumerate(rows):
        y = height + PADDING + line_px * (number + 0.8)
        weight = ' font-weight="bold"' if bold else ""
        fill = INK.name() if bold else MUTED.name()
        texts.append(f'<text x="{PADDING}" y="{y:.1f}" font-size="{points}pt"{weight} '
                     f'fill="{fill}">{xml_escape(row)}</text>')  # fmt: skip
    title = xml_escape(caption.title)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="{width:g}" '
        f'height="{height + extra:g}" viewBox="0 0 {width:g} {height + extra:g}">\n'
        f"<title>{title}</title>\n<desc>{xml_escape(caption.text())}</desc>\n"
        f'<rect width="100%" height="100%" fill="{PAPER.name()}"/>\n'
        f"{_sized(inner, width, height)}\n"
        f'<g font-family="sans-serif">\n' + "\n".join(texts) + "\n</g>\n</svg>\n"
    )


_UNITS = {"": 1.0, "px": 1.0, "pt": 4 / 3, "mm": 96 / 25.4, "cm": 96 / 2.54, "in": 96.0}


def _length(tag: str, name: str) -> float:
    """The drawing's size in CSS pixels: its viewBox (QSvgGenerator's is the widget's size in
    pixels, while its width/height are in mm), else width/height converted from their unit."""
    view_box = re.search(r'viewBox="\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*"', tag)
    if view_box is not None:
        return float(view_box.group(1 if name == "width" else 2))
    match = re.search(rf'\b{name}="([\d.]+)(px|pt|mm|cm|in)?"', tag)
    if match is None:
        raise ValueError(f"the exported SVG has no {name}")
    return float(match.group(1)) * _UNITS[match.group(2) or ""]


def _sized(inner: str, width: float, height: float) -> str:
    """The inner <svg> placed at the top with the outer size (units in mm become pixels)."""
    head = re.match(r"<svg\b[^>]*>", inner).group(0)
    cleaned = re.sub(r'\s(width|height|x|y)="[^"]*"', "", head)
    sized = cleaned[:-1] + f' x="0" y="0" width="{width:g}" height="{height:g}">'
    return sized + inner[len(head) :]


def caption_html(caption: Caption, image_png: bytes | None = None, alt: str = "") -> str:
    """A <figure> for the clipboard: the image as a data: URI, the caption as text. Every
    string is escaped."""
    img = ""
    if image_png is not None:
        data = base64.b64encode(image_png).decode("ascii")
        img = f'<img src="data:image/png;base64,{data}" alt="{escape(alt or caption.title)}">'
    lines = "".join(f"<br>{escape(line)}" for line in caption.lines)
    return (f"<figure>{img}<figcaption><b>{escape(caption.title)}</b>{lines}"
            "</figcaption></figure>")  # fmt: skip


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def captioned_mime(image: QImage, caption: Caption) -> QMimeData:
    """Clipboard data: the captioned image, HTML (image + caption) and the caption as text."""
    full = captioned_image(image, caption)
    mime = QMimeData()
    mime.setImageData(full)
    mime.setHtml(caption_html(caption, png_bytes(image)))
    mime.setText(caption.text())
    return mime


# --- the commands ------------------------------------------------------------------------------


def _caption(pane_id: str, pane: QWidget) -> Caption:
    """The caption, read from the store: ExportFailed in plain words when it cannot be."""
    with guarded.exporting(_tr("The caption's sources")):
        return caption_for(pane_id, pane)


def copy_with_caption(pane_id: str, pane: QWidget) -> None:
    try:
        caption = _caption(pane_id, pane)
    except guarded.ExportFailed as error:
        QMessageBox.warning(pane, _tr("Copy failed"), str(error))
        return
    image = figure_image(pane_id, pane)
    QGuiApplication.clipboard().setMimeData(captioned_mime(image, caption))


def save_with_caption(pane_id: str, pane: QWidget, path: Path, kind: str) -> None:
    """Write the figure with its caption as PNG or SVG at `path`; OSError in plain words. The
    caption is read first and the file moved into place whole: nothing half-written."""
    caption = _caption(pane_id, pane)
    if kind == "png":
        export.save_png(captioned_image(figure_image(pane_id, pane), caption), Path(path))
        return
    with tempfile.TemporaryDirectory() as folder:
        drawing = Path(folder) / "figure.svg"
        export.export_svg(figure_of(pane_id, pane), drawing, caption.title)
        text = drawing.read_text(encoding="utf-8")
    try:
        write_atomically(Path(path), captioned_svg(text, caption))
    except ValueError as error:
        raise OSError(str(error)) from error


def _ask_and_save(pane_id: str, pane: QWidget, kind: str) -> None:
    filters = {"png": _tr("PNG image (*.png)"), "svg": _tr("SVG drawing (*.svg)")}
    chosen = dialogs.choose_save_path(pane, _tr("Export with caption"),
                                      Path.home() / f"{pane_id}-captioned.{kind}", filters[kind])  # fmt: skip
    if chosen is None:
        return
    name = str(chosen)
    path = Path(name if name.lower().endswith(f".{kind}") else f"{name}.{kind}")
    try:
        save_with_caption(pane_id, pane, path, kind)
    except OSError as error:
        log.warning("could not export %s with caption to %s: %s", pane_id, path, error)
        QMessageBox.warning(pane, _tr("Export failed"), _tr("Could not save {path}: {reason}")
                            .format(path=path, reason=error.strerror or str(error)))  # fmt: skip


def export_menu_of(pane_id: str, pane: QWidget) -> QMenu | None:
    button = pane.export_button if pane_id == "compare" else pane.toolbar.export_button
    return button.menu() if button is not None else None


def add_caption_actions(pane_id: str, pane: QWidget) -> list:
    """Put "… with caption" entries at the end of the pane's Export menu."""
    menu = export_menu_of(pane_id, pane)
    if menu is None or menu.property("captioned"):
        return []
    menu.setProperty("captioned", True)
    menu.addSeparator()
    commands: list[tuple[str, str, Callable[[], None]]] = [
        ("copy-captioned", _tr("Copy image with caption"),
         lambda: copy_with_caption(pane_id, pane)),
        ("png-captioned", _tr("Save PNG with caption…"),
         lambda: _ask_and_save(pane_id, pane, "png")),
        ("svg-captioned", _tr("Save SVG with caption…"),
         lambda: _ask_and_save(pane_id, pane, "svg")),
    ]  # fmt: skip
    added = []
    for name, text, slot in commands:
        action = menu.addAction(text)
        action.setObjectName(f"{pane_id}.{name}")
        action.triggered.connect(slot)
        added.append(action)
    return added
