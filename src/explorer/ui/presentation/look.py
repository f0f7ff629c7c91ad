"""The presentation look: large type and a high-contrast theme, put on and taken off whole.

A projector washes out pale greys and thin lines, and the back row reads type at a third of the
size a laptop user does. So presenting scales the application font (1.8× by default, never below
1.6×), switches to a theme with pure black on white (or white on black) and no grey text, and
thickens focus rings and borders. Everything is remembered and given back on leaving.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from string import Template

from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from explorer.ui import theme

MIN_SCALE = 1.6
DEFAULT_SCALE = 1.8
SCALES = (1.6, 1.8, 2.0, 2.5)

# Contrast ratios against the background are all above 7:1 (WCAG AAA), muted text included.
CONTRAST_LIGHT = theme.Colors(
    name="contrast", window="#ffffff", base="#ffffff", alternate="#f0f0f0", text="#000000",
    muted="#222222", border="#000000", accent="#0033a0", accent_text="#ffffff",
    selection="#ffd400", selection_text="#000000", match="#ffd400", match_text="#000000",
    passage="#ffe866", warning="#a00000", header="#e6e6e6",
)  # fmt: skip
CONTRAST_DARK = theme.Colors(
    name="contrast-dark", window="#000000", base="#000000", alternate="#141414", text="#ffffff",
    muted="#e6e6e6", border="#ffffff", accent="#ffd400", accent_text="#000000",
    selection="#ffd400", selection_text="#000000", match="#00e5ff", match_text="#000000",
    passage="#3d3300", warning="#ff8080", header="#1f1f1f",
)  # fmt: skip
CONTRASTS = {"contrast": CONTRAST_LIGHT, "contrast-dark": CONTRAST_DARK}

# Added to the app stylesheet while presenting: thicker rings and borders read from afar.
_EXTRA_QSS = """
QWidget { font-size: ${size}pt; }
QLabel#presentation-title { font-size: ${title}pt; }
QLabel#presentation-hint { font-size: ${small}pt; }
QLineEdit:focus, QSpinBox:focus, QComboBox:focus, QPushButton:focus,
QTableView:focus, QListView:focus, QTreeView:focus, QTextBrowser:focus, QPlainTextEdit:focus {
    border: 4px solid $accent;
}
QDockWidget::title { padding: 8px 12px; }
QDockWidget { font-weight: 700; }
QHeaderView::section { border-bottom: 2px solid $border; }
QScrollBar:vertical { width: 20px; }
QScrollBar:horizontal { height: 20px; }
QToolTip { border: 2px solid $border; padding: 6px; }
QWidget#presentation-bar { background: $header; border-bottom: 3px solid $border; }
QWidget#presentation-bar:focus { border-bottom: 3px solid $accent; }
QLabel#presentation-title { font-weight: 700; }
QLabel#presentation-position { font-weight: 700; border: 3px solid $border;
                               border-radius: 8px; padding: 2px 14px; }
QLabel#presentation-notice { color: $warning; font-weight: 700; }
"""


@dataclass
class _Saved:
    font: QFont
    window_sheet: str
    colors: theme.Colors


def scaled_font(base: QFont, scale: float) -> QFont:
    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * scale)
    else:
        font.setPixelSize(round(base.pixelSize() * scale))
    return font


def contrast_stylesheet(colors: theme.Colors, point_size: float) -> str:
    """The app's stylesheet filled with `colors`, plus the presentation's thicker rules and
    type of `point_size`. (With a stylesheet in force Qt takes font sizes from it, not from
    QApplication.setFont.)"""
    values = {**asdict(colors), "size": f"{point_size:.1f}", "title": f"{point_size * 1.4:.1f}",
              "small": f"{point_size * 0.75:.1f}"}  # fmt: skip
    return theme.stylesheet(colors) + Template(_EXTRA_QSS).safe_substitute(values)


class PresentationLook:
    """Puts the look on a window and takes it off again. `scale` is clamped to >= 1.6.

    The stylesheet goes on the window, not the application: replacing the application's
    stylesheet re-polishes every widget in the process, and with a pyqtgraph chart drawn that
    crashes PySide6 6.12 (the same crash hits View ▸ Dark Theme). The palette too is the
    window's: another window of the app keeps its look. The font is the application's, so the
    dialogs and tooltips of a presentation are large too.
    """

    def __init__(self, app: QApplication, window: QWidget, scale: float = DEFAULT_SCALE,
                 contrast: str = "contrast") -> None:  # fmt: skip
        self.app = app
        self.window = window
        self.scale = max(MIN_SCALE, float(scale))
        self.colors = CONTRASTS.get(contrast, CONTRAST_LIGHT)
        self._saved: _Saved | None = None
        self.point_size = 9.0 * self.scale

    @property
    def active(self) -> bool:
        return self._saved is not None

    def apply(self) -> None:
        if self._saved is not None:
            return
        app = self.app
        self._saved = _Saved(QFont(app.font()), self.window.styleSheet(), theme.current())
        base = self._saved.font.pointSizeF() if self._saved.font.pointSizeF() > 0 else 9.0
        self.point_size = base * self.scale
        self.window.setPalette(theme.palette(self.colors))
        _set_current(self.colors)
        app.setFont(scaled_font(self._saved.font, self.scale))
        self.window.setStyleSheet(contrast_stylesheet(self.colors, self.point_size))

    def remove(self) -> None:
        saved, self._saved = self._saved, None
        if saved is None:
            return
        self.app.setFont(saved.font)
        self.window.setStyleSheet(saved.window_sheet)
        # An empty palette makes the window (and so its children) follow the application's
        # again, as before.
        self.window.setPalette(QPalette())
        _set_current(saved.colors)


def _set_current(colors: theme.Colors) -> None:
    # Panes that draw their own colours (the detail pane's HTML) read theme.current().
    theme.set_current(colors)
