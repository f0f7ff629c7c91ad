"""Theme: a light and a dark palette and one stylesheet template filled from the palette.

The choice is explicit (View ▸ Theme) rather than guessed from the desktop: a projector in a
classroom and a laptop at night need different things, and the user knows which one they have.
Panes that draw their own colours (HTML in the detail pane, highlights) read `current()`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from string import Template

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from explorer import paths


@dataclass(frozen=True)
class Colors:
    name: str
    window: str
    base: str
    alternate: str
    text: str
    muted: str
    border: str
    accent: str
    accent_text: str
    selection: str
    selection_text: str
    match: str  # background of a search match
    match_text: str
    passage: str  # background of a cited passage in a full text
    warning: str
    header: str


LIGHT = Colors(
    name="light", window="#f4f5f7", base="#ffffff", alternate="#f7f8fa", text="#1c2330",
    muted="#5d6778", border="#d5dae2", accent="#1d5fd1", accent_text="#ffffff",
    selection="#d6e4fb", selection_text="#0d1a33", match="#ffe27a", match_text="#1c2330",
    passage="#fff1b8", warning="#a4461a", header="#eceff3",
)  # fmt: skip
DARK = Colors(
    name="dark", window="#1d2026", base="#23272e", alternate="#272c34", text="#e5e9f0",
    muted="#9aa4b5", border="#3a414d", accent="#5c9bff", accent_text="#0d1422",
    selection="#2c4670", selection_text="#f2f6ff", match="#7d6410", match_text="#fff7d6",
    passage="#5a4a12", warning="#f0a070", header="#2a2f38",
)  # fmt: skip
THEMES = {"light": LIGHT, "dark": DARK}

_current = LIGHT


def current() -> Colors:
    return _current


def set_current(colors: Colors) -> None:
    """Say which colours are on screen when a window takes a look of its own (presenting)."""
    global _current
    _current = colors


def palette(colors: Colors) -> QPalette:
    """The QPalette of `colors`, for a window that takes a look of its own."""
    return _palette(colors)


def _palette(colors: Colors) -> QPalette:
    palette = QPalette()
    role = QPalette.ColorRole
    for qt_role, value in (
        (role.Window, colors.window),
        (role.Base, colors.base),
        (role.AlternateBase, colors.alternate),
        (role.WindowText, colors.text),
        (role.Text, colors.text),
        (role.ButtonText, colors.text),
        (role.Button, colors.header),
        (role.ToolTipBase, colors.base),
        (role.ToolTipText, colors.text),
        (role.PlaceholderText, colors.muted),
        (role.Highlight, colors.selection),
        (role.HighlightedText, colors.selection_text),
        (role.Link, colors.accent),
        (role.LinkVisited, colors.accent),
        (role.BrightText, colors.warning),
        (role.Mid, colors.border),
        (role.Dark, colors.border),
    ):
        palette.setColor(qt_role, QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    for qt_role in (role.Text, role.WindowText, role.ButtonText):
        palette.setColor(disabled, qt_role, QColor(colors.muted))
    return palette


def stylesheet(colors: Colors) -> str:
    """The application stylesheet: resources/styles/app.qss with the palette filled in."""
    try:
        template = paths.resource("styles", "app.qss").read_text(encoding="utf-8")
    except OSError:
        return ""  # a missing stylesheet leaves Qt's own look, still fully usable
    # Qt reads url() in a style sheet as a file path; forward slashes work on every platform.
    check_icon = paths.resource("icons", "check.svg").as_posix()
    return Template(template).safe_substitute(asdict(colors), check_icon=check_icon)


def apply(app: QApplication, name: str) -> Colors:
    """Switch the whole application to theme `name` (unknown names fall back to light)."""
    global _current
    colors = THEMES.get(name, LIGHT)
    _current = colors
    if app.property("explorer-style") != "Fusion":
        # Once: setting a style again re-polishes every widget for nothing.
        app.setStyle("Fusion")  # the same look everywhere, and one the palette fully drives
        app.setProperty("explorer-style", "Fusion")
    # Palette first: while an application style sheet is set, a new application palette does
    # not reach the widgets. Panes restyle on PaletteChange from a zero timer, so the style
    # sheet's re-polish of every widget has finished when they redraw.
    app.setPalette(_palette(colors))
    app.setStyleSheet(stylesheet(colors))
    return colors
