"""The band across the top of a presentation: the view's title and caption, where we are in
the lesson ("3 / 6"), and the keys that move on, for the teacher and the back row."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)


class PresentationBar(QWidget):
    previousRequested = Signal()
    nextRequested = Signal()
    leaveRequested = Signal()
    faceRequested = Signal(str)  # "timeline" or "table": which of the two a view shows (T)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presentation-bar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        # The bar takes the focus when a presentation starts, so the first key press moves the
        # lesson on instead of typing into a search field that happened to have the focus.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Presentation"))
        self.title = QLabel(self)
        self.title.setObjectName("presentation-title")
        self.title.setWordWrap(True)
        self.caption = QLabel(self)
        self.caption.setObjectName("presentation-caption")
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.notice = QLabel(self)
        self.notice.setObjectName("presentation-notice")
        self.notice.setWordWrap(True)
        self.position = QLabel(self)
        self.position.setObjectName("presentation-position")
        self.position.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = QLabel(self)
        self.hint.setObjectName("presentation-hint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.hint.setTextFormat(Qt.TextFormat.RichText)
        # One string for the translator: keys of one action apart with " / ", the action after
        # ": ", actions apart with " · ". Each key is then shown as a key cap of its own.
        self.hint_source = self.tr(
            "→ / Page Down / Space: next · ← / Page Up: previous · Esc: leave"
        )
        self.hint_groups = key_groups(self.hint_source)
        self.hint.setAccessibleName(self.hint_source)
        self._show_hint()
        self.previous_button = self._button("◀", self.tr("Previous view"), self.previousRequested)
        self.next_button = self._button("▶", self.tr("Next view"), self.nextRequested)
        self.leave_button = self._button(
            "✕", self.tr("Leave the presentation"), self.leaveRequested
        )
        # "Timeline | Table": on a screen too low for both at large type, a view of the
        # timeline with the table shows one of them whole (presentation/mode.py).
        self.face_tip = self.tr("Show the timeline or the table (T)")
        self.face_buttons = {
            "timeline": self._face_button(self.tr("Timeline"), "timeline"),
            "table": self._face_button(self.tr("Table"), "table"),
        }
        self.face_group = QButtonGroup(self)
        self.face_group.setExclusive(True)
        for button in self.face_buttons.values():
            self.face_group.addButton(button)

        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.title)
        text.addWidget(self.caption)
        text.addWidget(self.notice)
        right = QVBoxLayout()
        right.setSpacing(4)
        buttons = QHBoxLayout()
        for button in self.face_buttons.values():
            buttons.addWidget(button)
        buttons.addSpacing(12)
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.position)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.leave_button)
        right.addLayout(buttons)
        right.addWidget(self.hint)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.setSpacing(24)
        layout.addLayout(text, 1)
        layout.addLayout(right)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def _show_hint(self) -> None:
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        window = palette.color(QPalette.ColorRole.Window)
        self.hint.setText(hint_html(self.hint_groups, self.hint_source, text, window))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._show_hint()  # the key caps take their shade from the palette

    def _button(self, text: str, name: str, signal) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(name)
        button.setAccessibleName(name)
        # Clicks only: keys belong to the presentation (Space must move on, not press a button).
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(signal)
        return button

    def _face_button(self, text: str, face: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(f"presentation-face-{face}")
        button.setText(text)
        button.setCheckable(True)
        button.setToolTip(self.face_tip)
        button.setAccessibleName(text)
        button.setAccessibleDescription(self.face_tip)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys belong to the presentation
        button.clicked.connect(lambda: self.faceRequested.emit(face))
        button.hide()
        return button

    def show_face(self, face: str) -> None:
        """Show the switch with `face` chosen, or hide it ("" : the view shows both or one)."""
        for name, button in self.face_buttons.items():
            button.setVisible(bool(face))
            button.setChecked(name == face)

    def show_view(self, title: str, caption: str, index: int, count: int, notice: str = "") -> None:
        self.title.setText(title)
        self.caption.setText(caption)
        self.caption.setVisible(bool(caption))
        self.notice.setText(notice)
        self.notice.setVisible(bool(notice))
        self.position.setText(self.tr("{index} / {count}").format(index=index + 1, count=count))
        self.position.setAccessibleName(
            self.tr("View {index} of {count}").format(index=index + 1, count=count)
        )
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < count - 1)
        self.setAccessibleDescription(f"{title}. {caption}")
        self._fit_height()

    def _fit_height(self) -> None:
        # A toolbar does not ask its widget for height-for-width: without this a caption that
        # wraps onto a third line would be cut off.
        width = self.width() if self.width() > 100 else self.window().width()
        needed = self.layout().heightForWidth(width)
        if needed > 0:
            self.setMinimumHeight(needed)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit_height()


def key_groups(source: str) -> list[tuple[list[str], str]]:
    """'→ / Page Down: next · Esc: leave' as [(['→', 'Page Down'], 'next'), (['Esc'], 'leave')];
    a group without ': ' (a translation that lost the shape) is kept whole as its action."""
    groups = []
    for part in source.split(" · "):
        keys, sep, action = part.rpartition(": ")
        if not sep:
            groups.append(([], part.strip()))
            continue
        groups.append(([key.strip() for key in keys.split(" / ") if key.strip()], action.strip()))
    return groups


def _mix(a: QColor, b: QColor, amount: float) -> str:
    """`a` moved `amount` of the way to `b`, as #rrggbb (rich text has no alpha)."""
    mixed = QColor(
        round(a.red() + (b.red() - a.red()) * amount),
        round(a.green() + (b.green() - a.green()) * amount),
        round(a.blue() + (b.blue() - a.blue()) * amount),
    )
    return mixed.name()


def hint_html(groups, source: str, text: QColor, window: QColor) -> str:
    """Key caps (a shaded plate around each key, a gap between keys) and their action; actions
    wide apart so the eye finds each group at projector distance. Only non-breaking spaces
    inside a group: a line may break between actions, never inside a key or a group."""
    if not any(keys for keys, _ in groups):
        return html.escape(source)
    cap = f"background-color:{_mix(window, text, 0.16)}; color:{text.name()}; font-weight:600;"
    out = []
    for keys, action in groups:
        caps = "&nbsp;".join(
            f'<span style="{cap}">&nbsp;{_unbroken(key)}&nbsp;</span>' for key in keys
        )
        out.append(f"{caps}&nbsp;{_unbroken(action)}" if caps else _unbroken(action))
    return "&nbsp;&nbsp; ".join(out)


def _unbroken(text: str) -> str:
    return html.escape(text).replace(" ", "&nbsp;")
