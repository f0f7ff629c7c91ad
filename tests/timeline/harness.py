"""A small window holding the timeline and chart panes with a Session, for tests, screenshots
and benchmarks (the real main window belongs to another module)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter

from explorer.core.session import Session
from explorer.store.bundled import open_store


def make_session(path: Path | str) -> Session:
    return Session(store=open_store(path), store_path=Path(path))


def dark_palette() -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#1f2226",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#16181b",
        QPalette.ColorRole.AlternateBase: "#202328",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#2a2e33",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.Highlight: "#3d7bd9",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#2a2e33",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
        QPalette.ColorRole.PlaceholderText: "#8a8f98",
    }
    for role, color in roles.items():
        palette.setColor(role, QColor(color))
    return palette


class PanesWindow(QMainWindow):
    def __init__(self, session: Session, panes=("timeline", "chart")) -> None:
        super().__init__()
        self.session = session
        self.setWindowTitle("Relations Explorer — panes")
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.timeline = self.chart = None
        if "timeline" in panes:
            from explorer.ui.timeline import TimelinePane

            self.timeline = TimelinePane(session, splitter)
        if "chart" in panes:
            from explorer.ui.chart import ChartPane

            self.chart = ChartPane(session, splitter)
        splitter.setSizes([420, 380])
        self.setCentralWidget(splitter)


def apply_theme(app: QApplication, dark: bool) -> None:
    app.setStyle("Fusion")
    app.setPalette(dark_palette() if dark else app.style().standardPalette())
