"""Presentation mode: the window full screen, one saved view at a time, stepped with the keys a
presentation clicker sends.

F5 starts it (the window's action), Esc leaves. Next: → ↓ Page Down Space; previous: ← ↑
Page Up Backspace; first/last: Home/End; B or . blanks the screen (what clickers send for a
black slide); T switches a view of the timeline with the table between the two where the
screen is too low for both at large type. The keys are taken before any pane sees them, so an
arrow moves the lesson on even when the timeline has the focus; a text field keeps the keys it
needs for typing.

Everything the mode changes — window state, menus and toolbars, fonts, theme, panes and the
shared state — is remembered on entry and given back on leaving, so the teacher returns to
exactly what she had before.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTableView,
    QTextEdit,
    QToolBar,
    QWidget,
)

from explorer.core.views import SavedView
from explorer.ui.after_paint import settle
from explorer.ui.lessons import capture
from explorer.ui.presentation.bar import PresentationBar
from explorer.ui.presentation.look import DEFAULT_SCALE, PresentationLook
from explorer.ui.presentation.tables import TableScaler, column_widths, give_back_widths
from explorer.ui.workspaces import timeline_height

Key = Qt.Key
NEXT_KEYS = {Key.Key_Right, Key.Key_Down, Key.Key_PageDown, Key.Key_Space}
PREVIOUS_KEYS = {Key.Key_Left, Key.Key_Up, Key.Key_PageUp, Key.Key_Backspace}
BLANK_KEYS = {Key.Key_B, Key.Key_Period}
# Keys a focused text field needs for typing; Page Up/Down (clickers) always move on.
TYPING_KEYS = {Key.Key_Left, Key.Key_Right, Key.Key_Up, Key.Key_Down, Key.Key_Space,
               Key.Key_Backspace, Key.Key_Home, Key.Key_End, Key.Key_B, Key.Key_Period,
               Key.Key_T}  # fmt: skip
FACE_KEY = Key.Key_T  # the timeline or the table, where the screen is too low for both
_TEXT_INPUTS = (QLineEdit, QAbstractSpinBox, QTextEdit, QPlainTextEdit)
# Rows the table must show for a view of the timeline with the table to show both at once;
# on a lower screen it shows one of them whole, switched with T (docs/layout.md).
PRESENTING_TABLE_ROWS = 12
TABLE_CHROME = 100  # the table's tabs and column titles at presentation type, and the handle
# Relative height of panes stacked in one column while presenting.
PANE_WEIGHTS = {"chart": 3, "compare": 3, "detail": 2, "notes": 1, "filters": 1}


@dataclass
class _Before:
    view: SavedView
    geometry: QByteArray
    dock_state: QByteArray
    window_state: Qt.WindowState
    chrome: list[tuple[QWidget, bool]]
    workspaces: str = ""  # the central workspaces' layout (ui/workspaces.py)
    rect: QRect | None = None  # the window's own geometry, given back as it was
    rows: list = None  # (table, default row height) for every table
    columns: list = None  # (table, model, column widths) for every table


class PresentationMode(QObject):
    started = Signal()
    finished = Signal()
    moved = Signal(int, int)  # (index, count)

    def __init__(self, window: QMainWindow, scale: float = DEFAULT_SCALE,
                 contrast: str = "contrast") -> None:  # fmt: skip
        super().__init__(window)
        self.window = window
        self.scale = scale
        self.contrast = contrast
        self.views: list[SavedView | None] = []
        self.title = ""
        self.index = 0
        self.bar: PresentationBar | None = None
        self._toolbar: QToolBar | None = None
        self._look: PresentationLook | None = None
        self._plots = None  # PlotPresenter while presenting
        self._tables: TableScaler | None = None
        self._before: _Before | None = None
        self._blank: QWidget | None = None
        # A view of the timeline with the table: "" when both fit on screen (or the view is
        # another), else the one shown whole, "timeline" or "table".
        self.face = ""
        self._both = False

    @property
    def active(self) -> bool:
        return self._before is not None

    # --- entering and leaving ------------------------------------------------------------------

    def start(self, views: list[SavedView | None], index: int = 0, title: str = "",
              fullscreen: bool = True) -> None:  # fmt: skip
        """Present `views` from `index`. With no views, the window as it is now is the one view
        (large type and high contrast for a quick look at something in class)."""
        if self.active:
            self.go(index)
            return
        window = self.window
        if not views:
            views = [capture.capture(window, title or self.tr("Current view"))]
        self.views, self.title = list(views), title
        self._before = _Before(
            view=capture.capture(window, ""), geometry=window.saveGeometry(),
            dock_state=window.saveState(), window_state=window.windowState(),
            chrome=[(w, w.isVisible()) for w in self._chrome()],
            workspaces=self._workspaces().save_state() if self._workspaces() else "",
            rect=window.geometry(),
            rows=[(t, t.verticalHeader().defaultSectionSize())
                  for t in window.findChildren(QTableView)],
            columns=column_widths(window))  # fmt: skip
        for widget, _visible in self._before.chrome:
            widget.hide()
        self._compact_footer(True)
        self._look = PresentationLook(QApplication.instance(), window, self.scale, self.contrast)
        self._look.apply()
        self._add_bar()
        if fullscreen:
            window.showFullScreen()
        QApplication.instance().installEventFilter(self)
        from explorer.ui.presentation.plot_style import PlotPresenter  # pyqtgraph: not at start-up

        self._plots = PlotPresenter(window, self._look.scale, self._look.point_size)
        self._tables = TableScaler(window, self._look.scale)
        self.go(index)
        self._plots.attach()
        self.bar.setFocus(Qt.FocusReason.OtherFocusReason)
        self.started.emit()

    def leave(self) -> None:
        before, self._before = self._before, None
        if before is None:
            return
        window = self.window
        QApplication.instance().removeEventFilter(self)
        self._unblank()
        if self._plots is not None:
            self._plots.detach()
            self._plots = None
        if self._tables is not None:
            self._tables.detach()
            self._tables = None
        if self._toolbar is not None:
            window.removeToolBar(self._toolbar)
            self._toolbar.deleteLater()
            self._toolbar = self.bar = None
        if self._look is not None:
            self._look.remove()
            self._look = None
        window.setWindowState(before.window_state)
        normal = not before.window_state & (
            Qt.WindowState.WindowFullScreen | Qt.WindowState.WindowMaximized
        )
        if normal and before.rect is not None:
            window.setGeometry(before.rect)  # exactly, where restoreGeometry may adjust it
        else:
            window.restoreGeometry(before.geometry)
        capture.restore(window, before.view, presenting=False)
        window.restoreState(before.dock_state)
        if self._workspaces() is not None:
            self._workspaces().restore_state(before.workspaces)
        for table, height in before.rows or []:
            with contextlib.suppress(RuntimeError):  # a table deleted meanwhile
                table.verticalHeader().setDefaultSectionSize(height)
        for widget, visible in before.chrome:
            widget.setVisible(visible)
        self._compact_footer(False)
        give_back_widths(before.columns)
        if normal and before.rect is not None:
            # Once the large type's minimum sizes are gone the docks can take their old
            # widths again: the first restore may have met the presentation's minimums.
            QTimer.singleShot(0, lambda: self._settle_back(before))
        self.finished.emit()

    def _settle_back(self, before: _Before) -> None:
        if self.active:
            return
        window = self.window
        window.setGeometry(before.rect)
        window.restoreState(before.dock_state)
        if self._workspaces() is not None:
            self._workspaces().restore_state(before.workspaces)
        give_back_widths(before.columns)

    def _workspaces(self):
        return getattr(self.window, "workspaces", None)

    def _chrome(self) -> list[QWidget]:
        window = self.window
        widgets: list[QWidget] = [window.menuBar(), window.statusBar()]
        widgets += [bar for bar in window.findChildren(QToolBar) if bar.parent() is window]
        chart = getattr(window, "panes", {}).get("chart")
        picker = getattr(chart, "picker", None)  # the series list: the chart gets the room
        if isinstance(picker, QWidget):
            widgets.append(picker)
        # The chart's fixed readout line: presenting, the card beside the pointer reads a value
        # out and the Details the one clicked, and the plot gets the readout's height (1280×720
        # at 1.8× type: 332 px high with it, under the 380 the chart is owed).
        readout = getattr(chart, "readout", None)
        if isinstance(readout, QWidget):
            widgets.append(readout)
        # The timeline's controls: from the back of the room its lanes need the height.
        timeline_bar = getattr(getattr(window, "panes", {}).get("timeline"), "toolbar", None)
        if isinstance(timeline_bar, QWidget):
            widgets.append(timeline_bar)
        # The table's search, when empty (a search in use stays: what it keeps out shows):
        # a table row more under the timeline at 1280×720.
        search = getattr(getattr(window, "table", None), "search", None)
        if isinstance(search, QWidget) and not getattr(search, "text", lambda: "x")():
            widgets.append(search)
        return widgets

    def _show_search_in_use(self) -> None:
        """A view that searches shows its search: hidden only while it is empty."""
        search = getattr(getattr(self.window, "table", None), "search", None)
        if self._before is not None and any(w is search for w, _ in self._before.chrome):
            search.setVisible(bool(search.text()))

    def _compact_footer(self, compact: bool) -> None:
        footer = getattr(getattr(self.window, "panes", {}).get("timeline"), "footer", None)
        if hasattr(footer, "set_compact"):
            footer.set_compact(compact)

    def _add_bar(self) -> None:
        self.bar = PresentationBar(self.window)
        self.bar.previousRequested.connect(self.previous)
        self.bar.nextRequested.connect(self.next)
        self.bar.leaveRequested.connect(self.leave)
        self.bar.faceRequested.connect(self.show_face)
        toolbar = QToolBar(self.tr("Presentation"), self.window)
        toolbar.setObjectName("presentation-toolbar")
        toolbar.setMovable(False)
        toolbar.setFloatable(False)
        toolbar.toggleViewAction().setVisible(False)
        toolbar.addWidget(self.bar)
        self.window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        toolbar.show()  # now, so that the bar can take the focus at once
        self._toolbar = toolbar

    # --- moving --------------------------------------------------------------------------------

    def go(self, index: int) -> None:
        if not self.active or not self.views:
            return
        self.index = max(0, min(index, len(self.views) - 1))
        view = self.views[self.index]
        count = len(self.views)
        self._both, self.face = False, ""
        self.bar.show_face("")  # until this view shows the timeline with the table (below)
        if view is None:
            self.bar.show_view(self.tr("This view no longer exists"),
                               self.tr("It was deleted after the lesson was made."), self.index,
                               count)  # fmt: skip
        else:
            self._tables.detach()
            notices = capture.restore(self.window, view, presenting=True)
            workspaces = self._workspaces()
            self._both = (
                workspaces is not None
                and workspaces.current() == "explore"
                and not (workspaces.table.isHidden() or workspaces.slots["timeline"].isHidden())
            )
            # Each view starts as it was made: its first pane, the timeline, in front.
            self.face = "timeline" if self._both else ""
            self._show_search_in_use()
            self._tables.attach()  # first: the height shared below counts the large rows
            self._share_height(view)
            self.bar.show_view(view.title, view.caption, self.index, count, " ".join(notices))
        self.moved.emit(self.index, count)

    def _share_height(self, view: SavedView) -> None:
        """Share the room among the view's panes by what they show from afar: a chart or a
        comparison before the details beside it, and the timeline across the top more than its
        normal strip (under large type it would be a sliver)."""
        workspaces = self._workspaces()
        if workspaces is not None:
            # One workspace in front: only the timeline over the table shares its height.
            def share_workspace() -> None:
                if self.active and self._both and workspaces.current() == "explore":
                    pane = getattr(self.window, "panes", {}).get("timeline")
                    if self._room_for_both(pane):
                        self.show_face("")  # every lane and twelve rows, one over the other
                        rows = self._table_rows_wanted()
                        workspaces.fit_timeline(pane, share=0.72, table_rows=rows)
                    else:
                        self.show_face(self.face or "timeline")
                detail = getattr(self.window, "docks", {}).get("detail")
                if self.active and detail is not None and not detail.isHidden():
                    # Large type needs a wider inspector to keep whole words on its lines.
                    width = int(self.window.width() * 0.32)
                    self.window.resizeDocks([detail], [width], Qt.Orientation.Horizontal)

            share_workspace()
            QTimer.singleShot(0, share_workspace)  # again once the window is full screen
            return
        docks = getattr(self.window, "docks", {})
        shown = [p for p in view.panes if p in docks]
        if len(view.panes) < 2 or not shown:
            return

        def share() -> None:
            if not self.active:
                return
            height = self.window.height()
            if "timeline" in shown:
                self.window.resizeDocks([docks["timeline"]], [self._timeline_height(height)],
                                        Qt.Orientation.Vertical)  # fmt: skip
            column = [p for p in shown if p != "timeline" and not docks[p].isHidden()
                      and self.window.dockWidgetArea(docks[p]) == Qt.DockWidgetArea.RightDockWidgetArea]  # fmt: skip
            if len(column) > 1:
                weights = [PANE_WEIGHTS.get(p, 2) for p in column]
                self.window.resizeDocks([docks[p] for p in column],
                                        [w * 100 for w in weights], Qt.Orientation.Vertical)  # fmt: skip

        share()
        QTimer.singleShot(0, share)  # again once the window has its full-screen size

    def _room_for_both(self, pane) -> bool:
        """Whether the centre holds every lane of the timeline at presentation type and
        PRESENTING_TABLE_ROWS rows of the table below it (at 1920×1080, not at 1366×768)."""
        workspaces = self._workspaces()
        view = getattr(workspaces.table, "table", None)
        row = view.verticalHeader().defaultSectionSize() if view is not None else 33
        wanted = timeline_height(pane) + self._table_rows_wanted() * row + TABLE_CHROME
        search = getattr(workspaces.table, "search", None)
        if isinstance(search, QWidget) and not search.isHidden():  # a search in use: its row
            wanted += search.sizeHint().height() + 8
        return workspaces.contentsRect().height() >= wanted

    def _table_rows_wanted(self) -> int:
        """PRESENTING_TABLE_ROWS, or fewer when the view's table has fewer (a search for four
        episodes fits under the timeline at 1280×720)."""
        view = getattr(self._workspaces().table, "table", None)
        model = view.model() if view is not None else None
        if model is None:
            return PRESENTING_TABLE_ROWS
        return max(1, min(PRESENTING_TABLE_ROWS, model.rowCount()))

    def show_face(self, face: str) -> None:
        """Show the timeline or the table of a view of both whole ("" shows both): on a
        projector too low for both at large type, one of them at a time, every lane readable
        or a dozen rows, rather than the two squeezed."""
        workspaces = self._workspaces()
        if not self.active or not self._both or workspaces is None:
            return
        self.face = face
        workspaces.slots["timeline"].setVisible(face != "table")
        workspaces.table.setVisible(face != "timeline")
        self.bar.show_face(face)

    def toggle_face(self) -> None:
        self.show_face("table" if self.face == "timeline" else "timeline")

    def _timeline_height(self, window_height: int) -> int:
        """Room for one row in every lane at presentation type, its toolbar and key included;
        at least a third of the screen, and never so much that the panes below vanish."""
        share = 0.36 if window_height >= 900 else 0.46
        wanted = int(window_height * share)
        pane = getattr(self.window, "panes", {}).get("timeline")
        plot = getattr(pane, "plot", None)
        if plot is not None and hasattr(plot, "preferred_height"):
            settle(pane)  # the lanes of the view's filters
            chrome = sum(
                w.sizeHint().height()
                for w in (getattr(pane, "toolbar", None), getattr(pane, "footer", None))
                if w is not None
            )
            title = 32  # the dock's title bar at presentation type
            wanted = max(wanted, plot.preferred_height() + chrome + title)
        return min(wanted, int(window_height * 0.62))

    def next(self) -> None:
        self.go(self.index + 1)

    def previous(self) -> None:
        self.go(self.index - 1)

    # --- keys ----------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        if not isinstance(watched, QWidget) or watched.window() is not self.window:
            return False
        app = QApplication.instance()
        if app.activePopupWidget() is not None or app.activeModalWidget() is not None:
            return False
        try:
            key = Key(event.key())
        except ValueError:  # a key Qt has no name for: not one of ours
            return False
        if event.modifiers() & ~(
            Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier
        ):
            return False  # Ctrl/Alt combinations stay the window's shortcuts
        if key in TYPING_KEYS and isinstance(watched, _TEXT_INPUTS):
            return False  # the key goes to the text field that has the focus
        action = self._action_for(key)
        if action is None:
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # ours, not a shortcut's: it comes back as a KeyPress
            return True
        if not event.isAutoRepeat() or key not in BLANK_KEYS:
            action()
        return True

    def _action_for(self, key):
        if self._blank is not None:
            return self._unblank  # any key brings the picture back
        if key in NEXT_KEYS:
            return self.next
        if key in PREVIOUS_KEYS:
            return self.previous
        if key == Key.Key_Home:
            return lambda: self.go(0)
        if key == Key.Key_End:
            return lambda: self.go(len(self.views) - 1)
        if key == Key.Key_Escape:
            return self.leave
        if key in BLANK_KEYS:
            return self._blank_screen
        if key == FACE_KEY and self.face:
            return self.toggle_face
        return None

    def key(self, key: Qt.Key) -> None:
        """Act as if `key` was pressed (for a clicker driver or a test)."""
        QApplication.sendEvent(
            self.window, QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier)
        )

    def _blank_screen(self) -> None:
        blank = QWidget(self.window)
        blank.setObjectName("presentation-blank")
        blank.setAccessibleName(self.tr("Screen blanked: press any key"))
        blank.setStyleSheet("background: black;")
        blank.setGeometry(self.window.rect())
        blank.show()
        blank.raise_()
        self._blank = blank

    def _unblank(self) -> None:
        if self._blank is not None:
            self._blank.deleteLater()
            self._blank = None
