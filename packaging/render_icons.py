"""Render the application icon from its SVG source into every format the platforms want.

    python packaging/render_icons.py

resources/icons/app/relations-explorer.svg is the one source. This writes beside it
relations-explorer-<size>.png (Linux icon themes, AppStream), relations-explorer.ico (Windows)
and relations-explorer.icns (macOS). The renders are committed, so building needs neither this
script nor Pillow; rerun it after editing the SVG. Qt draws the SVG (QtSvg, as the app itself
would); Pillow packs the ICO and ICNS containers.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ICON_DIR = Path(__file__).resolve().parents[1] / "resources" / "icons" / "app"
SOURCE = ICON_DIR / "relations-explorer.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def png_path(size: int) -> Path:
    return ICON_DIR / f"relations-explorer-{size}.png"


def render_png(size: int, out: Path) -> None:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    if not image.save(str(out), "PNG"):
        raise SystemExit(f"could not write {out}")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - keeps Qt up
    for size in sorted({*PNG_SIZES, 1024}):
        render_png(size, png_path(size))
    largest = Image.open(png_path(1024)).convert("RGBA")
    largest.save(ICON_DIR / "relations-explorer.ico", sizes=[(s, s) for s in ICO_SIZES],
                 bitmap_format="png")  # fmt: skip
    others = [Image.open(png_path(s)).convert("RGBA") for s in ICNS_SIZES if s != 1024]
    largest.save(ICON_DIR / "relations-explorer.icns", append_images=others)
    png_path(1024).unlink()  # only the ICNS needs it; keep the folder small
    for path in sorted(ICON_DIR.iterdir()):
        print(f"  {path.name:32} {path.stat().st_size / 1024:7.1f} KiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
