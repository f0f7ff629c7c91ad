"""Comparing an exported picture with what the widget shows on screen, pixel by pixel."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage


def gray(image: QImage, width: int, height: int) -> np.ndarray:
    """The image scaled smoothly to width × height, as grey levels 0–255 over white."""
    flat = QImage(image)
    flat.setDevicePixelRatio(1.0)
    if flat.width() != width or flat.height() != height:
        flat = flat.scaled(
            width,
            height,
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    flat = flat.convertToFormat(QImage.Format.Format_RGB32)
    raw = np.frombuffer(flat.constBits(), dtype=np.uint8)
    rows = raw.reshape(height, flat.bytesPerLine())[:, : width * 4].reshape(height, width, 4)
    rgb = rows[:, :, :3].astype(float)  # B, G, R
    return rgb @ np.array([0.114, 0.587, 0.299])


def mismatch(
    screen: QImage, exported: QImage, coarse: int = 2, slack: int = 1, level: float = 60.0
) -> float:
    """Share of the drawn pixels (off the background by `level` grey levels in either picture)
    that no pixel of the other picture within `slack` pixels matches to within `level`:
    0 for the same picture, large for one out of register, magnified or with other type.

    Both are first scaled to 1/`coarse` of the screen's size: a hairline drawn one device
    pixel wide at print resolution, or a glyph shaped by another renderer, then weighs as
    little as it shows, while a mark a few pixels out of place still counts."""
    width, height = screen.width() // coarse, screen.height() // coarse
    a = gray(screen, width, height)
    b = gray(exported, width, height)
    off = (_nearest(a, b, slack) > level) | (_nearest(b, a, slack) > level)
    background = np.bincount(a.astype(np.uint8).ravel()).argmax()  # light or dark theme
    drawn = (np.abs(a - background) > level) | (np.abs(b - background) > level)
    return float(off.sum() / max(drawn.sum(), 1))


def _nearest(a: np.ndarray, b: np.ndarray, slack: int) -> np.ndarray:
    """For each pixel of a, the smallest difference to b's pixels within `slack` of it."""
    height, width = a.shape
    best = np.full(a.shape, np.inf)
    padded = np.pad(b, slack, mode="edge")
    for dy in range(2 * slack + 1):
        for dx in range(2 * slack + 1):
            shifted = padded[dy : dy + height, dx : dx + width]
            best = np.minimum(best, np.abs(a - shifted))
    return best


def rsvg_png(svg: Path, width: int, height: int, out: Path) -> QImage:
    """The SVG drawn by librsvg (an independent renderer) at width × height over white."""
    tool = shutil.which("rsvg-convert")
    assert tool, "rsvg-convert (librsvg2-bin) is needed to check SVG exports"
    result = subprocess.run(
        [tool, "-w", str(width), "-h", str(height), "-b", "white", "-o", str(out), str(svg)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, f"librsvg could not draw {svg.name}: {result.stderr}"
    image = QImage(str(out))
    assert not image.isNull()
    return image


def side_by_side(left: QImage, right: QImage, path: Path) -> None:
    """One picture: the screen on the left, the export (scaled to the same size) on the right."""
    from PySide6.QtGui import QColor, QPainter

    width, height = left.width(), left.height()
    both = QImage(width * 2 + 12, height, QImage.Format.Format_RGB32)
    both.fill(QColor("#808080"))
    painter = QPainter(both)
    painter.drawImage(0, 0, left)
    right = QImage(right)
    right.setDevicePixelRatio(1.0)
    painter.drawImage(
        width + 12,
        0,
        right.scaled(
            width,
            height,
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        ),
    )
    painter.end()
    both.save(str(path))
