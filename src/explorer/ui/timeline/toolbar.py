"""The timeline's controls: lane mode, lanes shown, typed range, fit, follow the filters, zoom to
selection, export; and its footer: the key to the marks and what is shown."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from explorer.core.timeline_layout import RangeError, format_range, parse_range
from explorer.ui.compare.flow import FlowLayout
from explorer.ui.i18n import format_count, plural
from explorer.ui.plotting import export
from explorer.ui.plotting.theme import PlotColors
from explorer.ui.timeline.legend import GlyphKey


class _ControlRows(FlowLayout):
    """The toolbar's controls on as many rows as the width needs. Not height-for-width to
    the layouts above: a QVBoxLayout then sums its other children's size hints (the plot's
    is large) and the timeline's scroll area scrolls; the toolbar sets its own minimum
    height on resize instead."""

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return False


class StayOpenMenu(QMenu):
    """A menu of check boxes that stays open while they are ticked (several lanes are
    usually toggled at once); Esc or a click outside closes it."""

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt API
        action = self.activeAction()
        if action is not None and action.isEnabled() and action.isCheckable():
            action.trigger()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        action = self.activeAction()
        keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
        if event.key() in keys and action is not None and action.isCheckable():
            action.trigger()
            event.accept()
            return
        super().keyPressEvent(event)


class TimelineToolbar(QWidget):
    laneModeChanged = Signal(str)
    hiddenLanesChanged = Signal(object)  # set of hidden lane keys
    rangeTyped = Signal(float, float)
    fitRequested = Signal()
    zoomToSelectionRequested = Signal()
    followFiltersToggled = Signal(bool)

    def __init__(self, parent: QWidget, plot: QWidget) -> None:
        super().__init__(parent)
        self.plot = plot
        # The controls wrap onto a second row in a narrow pane (1280 px, Spanish) rather
        # than pushing the timeline wider than its workspace.
        layout = _ControlRows(self, spacing=6)
        layout.setContentsMargins(0, 0, 0, 0)
        self._rows = layout

        self.mode = QComboBox(self)
        self.mode.addItem(self.tr("Lanes by kind"), "kind")
        self.mode.addItem(self.tr("Lanes by partner country"), "partner")
        self.mode.setAccessibleName(self.tr("Group episodes into lanes by"))
        self.mode.currentIndexChanged.connect(
            lambda _: self.laneModeChanged.emit(self.mode.currentData())
        )

        self.lanes_button = QToolButton(self)
        self.lanes_button.setText(self.tr("Lanes"))
        self.lanes_button.setToolTip(self.tr("Show or hide lanes"))
        self.lanes_button.setAccessibleName(self.tr("Show or hide lanes"))
        self.lanes_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.lanes_menu = StayOpenMenu(self.lanes_button)
        self.lanes_button.setMenu(self.lanes_menu)
        self._lane_actions: dict[str, QAction] = {}

        self.range_edit = QLineEdit(self)
        self.range_edit.setPlaceholderText(self.tr("Go to, e.g. 1985–1990"))
        self.range_edit.setToolTip(
            self.tr("Type a year, a decade or a range (1996, 1990s, 1985–1990) and press Enter")
        )
        self.range_edit.setAccessibleName(self.tr("Go to years"))
        self.range_edit.setClearButtonEnabled(True)
        self.range_edit.setMaximumWidth(170)
        self.range_edit.returnPressed.connect(self._go_to_typed_range)

        self.fit_button = QPushButton(self.tr("Fit all"), self)
        self.fit_button.setToolTip(self.tr("Show every episode (Home)"))
        self.fit_button.clicked.connect(self.fitRequested)
        self.selection_button = QPushButton(self.tr("Zoom to selection"), self)
        self.selection_button.setToolTip(self.tr("Zoom to the selected episode (Z)"))
        self.selection_button.clicked.connect(self.zoomToSelectionRequested)
        # Home and Z mean something only inside the timeline: scoped to it, Home in the table
        # still goes to the first row and a Z typed elsewhere never zooms.
        for keys, button in (("Home", self.fit_button), ("Z", self.selection_button)):
            shortcut = QShortcut(QKeySequence(keys), parent)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(button.click)
        follow = self.tr("Follow filters")
        self.follow_button = QToolButton(self)
        self.follow_button.setText(follow)
        self.follow_button.setCheckable(True)
        self.follow_button.setChecked(True)
        self.follow_button.setToolTip(
            self.tr(
                "When the filters change, fit the view to the matching episodes — until you "
                "zoom or pan by hand; Fit all (Home) follows them again"
            )
            or "When the filters change, fit the view to the matching episodes — until you "
            "zoom or pan by hand; Fit all (Home) follows them again"
        )
        self.follow_button.setAccessibleName(follow)
        self.follow_button.toggled.connect(self.followFiltersToggled)
        self.export_button = export.export_button(self, plot, self.tr("timeline"))

        self.message = QLabel(self)
        self.message.setObjectName("TimelineMessage")
        self.message.setAccessibleName(self.tr("Timeline message"))
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.timeout.connect(self.message.clear)

        for widget in (
            self.mode,
            self.lanes_button,
            self.range_edit,
            self.fit_button,
            self.follow_button,
            self.selection_button,
        ):
            layout.addWidget(widget)
        layout.addWidget(self.export_button)
        layout.addWidget(self.message)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit_rows()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self._fit_rows()

    def _fit_rows(self) -> None:
        height = self._rows.heightForWidth(max(self.width(), 1))
        if height > 0 and height != self.minimumHeight():
            self.setMinimumHeight(height)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        hint = super().sizeHint()
        return QSize(hint.width(), max(hint.height(), self.minimumHeight()))

    def set_lanes(self, keys: list[str], titles: dict[str, str], hidden: set[str]) -> None:
        self.lanes_menu.clear()
        self._lane_actions = {}
        show_all = QAction(self.tr("Show all lanes"), self.lanes_menu)
        show_all.triggered.connect(lambda: self.hiddenLanesChanged.emit(set()))
        self.lanes_menu.addAction(show_all)
        self.lanes_menu.addSeparator()
        for key in keys:
            action = QAction(titles.get(key, key), self.lanes_menu)
            action.setCheckable(True)
            action.setChecked(key not in hidden)
            action.toggled.connect(self._emit_hidden)
            self.lanes_menu.addAction(action)
            self._lane_actions[key] = action
        shown = sum(key not in hidden for key in keys)
        self.lanes_button.setText(
            self.tr("Lanes ({shown}/{total})").format(shown=shown, total=len(keys))
        )

    def _emit_hidden(self) -> None:
        hidden = {key for key, action in self._lane_actions.items() if not action.isChecked()}
        self.hiddenLanesChanged.emit(hidden)

    def _go_to_typed_range(self) -> None:
        try:
            lo, hi = parse_range(self.range_edit.text())
        except RangeError as error:
            self.show_message(str(error), error=True)
            return
        self.message.clear()
        self.rangeTyped.emit(lo, hi)
        self.range_edit.selectAll()

    def show_range(self, lo: float, hi: float) -> None:
        if not self.range_edit.hasFocus():
            self.range_edit.setText(format_range(lo, hi))

    def show_message(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(
            "color: palette(highlight);" if not error else "color: #d32f2f; font-weight: 600;"
        )
        self._message_timer.start(6000)

    def export_menu(self) -> QMenu:
        return self.export_button.menu()


WORDS_PER_PX = 4  # px of the key's words elided that are worth a pixel of the footer's height


class TimelineFooter(QWidget):
    """The key to the marks on the left, what is shown on the right. The count keeps a space
    of its own: beside the key (which wraps to make room) or, when even one key item and the
    count do not fit side by side, on a line of its own below. Neither is ever clipped."""

    GAP = 16  # between the key and the count
    MARGIN = 2

    def __init__(self, colors: PlotColors, parent=None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.key = GlyphKey(colors, self)
        self.status = QLabel(self)
        self.status.setAccessibleName(self.tr("Timeline status"))
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._status_text = ""
        self.count_below = False  # as last arranged: the count on a line of its own
        # Presenting: the key keeps to one line, eliding (the tooltip has it whole), so the
        # large type leaves the lanes and the table under them their room.
        self.compact = False
        # A style sheet (presentation type) may reach the children after the footer itself.
        self.key.installEventFilter(self)
        self.status.installEventFilter(self)
        self._arrange()

    def set_colors(self, colors: PlotColors) -> None:
        self.key.set_colors(colors)

    def set_counts(self, shown: int, total: int, time_range: tuple[float, float]) -> None:
        years = format_range(*time_range)
        if shown == total:
            text = plural(
                total, self.tr("{total} episode · {years}"), self.tr("{total} episodes · {years}")
            ).format(total=format_count(total), years=years)
        else:
            text = plural(
                shown,
                self.tr("{shown} of {total} episodes matches the filters · {years}"),
                self.tr("{shown} of {total} episodes match the filters · {years}"),
            ).format(shown=format_count(shown), total=format_count(total), years=years)
        self._status_text = text
        self.status.setToolTip(text)
        self._arrange()

    def set_compact(self, compact: bool) -> None:
        self.compact = compact
        self._arrange()

    def status_text(self) -> str:
        """The whole count, even when the footer is too narrow to show it all."""
        return self._status_text

    def _status_width(self) -> int:
        return math.ceil(self.status.fontMetrics().horizontalAdvance(self._status_text)) + 8

    def _layout_for(self, width: int) -> tuple[int, int, int, int]:
        """(key width, the key line the count sits on (-1: a line of its own below), total
        height, lines the key keeps to) at this width: the shortest of "count beside the key"
        and "key at full width, count at the end of its last line or below it", with the key
        on one line, two, or as many as its whole words need. Words cut cost height too (every
        WORDS_PER_PX px of words hidden as a pixel): a key elided to "fecha ex…" to save a few
        pixels says nothing; a second line beside the count keeps its words whole."""
        inner = max(width - 2 * self.MARGIN, 1)
        status_w = self._status_width()
        status_h = self.status.sizeHint().height()
        line_h = self.key.line_height()
        options = []
        for lines in (1,) if self.compact else (1, 2, 0):
            beside_w = inner - status_w - self.GAP
            if beside_w >= self.key.minimum_useful_width():
                height = max(self.key.height_for(beside_w, lines), status_h)
                cut = self.key.hidden_width(beside_w, lines)
                options.append((height + cut / WORDS_PER_PX, height, 0, beside_w, 0, lines))
            arranged = self.key.arrange(inner, lines)
            key_h = self.key.height_for(inner, lines)
            cut = self.key.hidden_width(inner, lines)
            last = arranged[-1][2] if arranged else None
            if last is not None and last.right() + self.GAP + status_w <= inner:
                line = round(last.top() / line_h)
                height = max(key_h, status_h)
                options.append((height + cut / WORDS_PER_PX, height, 1, inner, line, lines))
            else:
                height = key_h + status_h
                options.append((height + cut / WORDS_PER_PX, height, 2, inner, -1, lines))
        _, height, _, key_w, line, lines = min(options)
        return key_w, line, height, lines

    def _arrange(self) -> None:
        width = self.width()
        key_w, line, height, lines = self._layout_for(width)
        if lines != self.key.lines:
            self.key.lines = lines
            self.key.update()
        self.count_below = line < 0
        inner = max(width - 2 * self.MARGIN, 1)
        key_h = self.key.height_for(key_w)
        self.key.setGeometry(self.MARGIN, 0, key_w, key_h)
        status_h = self.status.sizeHint().height()
        line_h = self.key.line_height()
        status_w = min(self._status_width(), inner)
        # Below the key, or level with the line of the key it shares.
        y = key_h if line < 0 else max(round(line * line_h + (line_h - status_h) / 2), 0)
        text = self._status_text
        if status_w < self._status_width():  # narrower than a phone: elide, the tooltip has it
            text = self.status.fontMetrics().elidedText(
                text, Qt.TextElideMode.ElideMiddle, status_w - 6
            )
        self.status.setText(text)
        self.status.setGeometry(width - self.MARGIN - status_w, y, status_w, status_h)
        if self.height() != height or self.minimumHeight() != height:
            self.setFixedHeight(height)
        self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        one_line = int(self.key.one_line_width()) + self.GAP + self._status_width()
        width = self.width() if self.width() > 50 else one_line + 2 * self.MARGIN
        return QSize(one_line + 2 * self.MARGIN, self._layout_for(width)[2])

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(120, self.sizeHint().height())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._arrange()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._arrange()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.FontChange:
            QTimer.singleShot(0, self._arrange)
        return False
