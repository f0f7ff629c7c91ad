"""Writes docs/screenshots/error-dialog.png: the dialog a deliberately failing slot brings up.

QT_QPA_PLATFORM=offscreen python3 -m tests.gui.make_error_screenshot [--lang es]
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="en")
    parser.add_argument(
        "--out", type=Path, default=ROOT / "docs" / "screenshots" / "error-dialog.png"
    )
    args = parser.parse_args()
    os.environ.setdefault("RELATIONS_EXPLORER_HOME", tempfile.mkdtemp(prefix="relx-shot-"))
    from PySide6.QtWidgets import QApplication, QPushButton

    from explorer import logs
    from explorer.ui import errors, i18n

    app = QApplication([])
    i18n.install(app, args.lang)
    logs.setup()
    reporter = errors.install(lambda: None, lambda: "2026.11.1")
    button = QPushButton("Break")

    def export_chart() -> None:
        raise OSError(28, "No space left on device", "/media/usb/timeline.png")

    button.clicked.connect(export_chart)
    button.click()
    dialog = reporter.dialog
    dialog.adjustSize()
    app.processEvents()
    dialog.grab().save(str(args.out))
    print(args.out, dialog.width(), "x", dialog.height())


if __name__ == "__main__":
    main()
