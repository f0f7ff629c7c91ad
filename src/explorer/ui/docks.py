"""The window's panes: where each lives, the two docks and their default sizes, and creating
the heavy panes late.

The Filters sidebar (left) and the Details inspector (right) are dock widgets beside the
central workspaces (ui/workspaces.py), which hold the timeline, table, chart, comparison and
notes. Every pane's place exists from the start (with a "loading" placeholder) so the saved
layout can be restored before the first paint; the panes that use pyqtgraph are imported and
built just after the window has painted, keeping those imports off the start-up path.
"""

from __future__ import annotations

import importlib
import logging
import traceback
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget, QFrame, QLabel, QMainWindow, QScrollArea, QWidget

from explorer.core.session import Session

log = logging.getLogger(__name__)
CONTEXT = "Panes"


@dataclass(frozen=True)
class DockSpec:
    id: str
    title: str
    module: str  # where the pane class lives; imported when the pane is built
    class_name: str
    deferred: bool  # built after the first paint
    shortcut: str
    docked: bool = False  # a dock beside the workspaces (else it lives in a workspace)


# Every pane (the name DOCKS is older than the workspaces; the table is the window's own).
DOCKS = (
    DockSpec("timeline", QT_TRANSLATE_NOOP("Panes", "Timeline"), "explorer.ui.timeline",
             "TimelinePane", True, "Ctrl+1"),
    DockSpec("filters", QT_TRANSLATE_NOOP("Panes", "Filters"), "explorer.ui.filters",
             "FilterPane", False, "Ctrl+2", docked=True),
    DockSpec("detail", QT_TRANSLATE_NOOP("Panes", "Details"), "explorer.ui.detail",
             "DetailPane", False, "Ctrl+3", docked=True),
    DockSpec("chart", QT_TRANSLATE_NOOP("Panes", "Chart"), "explorer.ui.chart",
             "ChartPane", True, "Ctrl+4"),
    DockSpec("compare", QT_TRANSLATE_NOOP("Panes", "Compare"), "explorer.ui.compare",
             "ComparePane", True, "Ctrl+5"),
    DockSpec("notes", QT_TRANSLATE_NOOP("Panes", "Notes"), "explorer.ui.notes",
             "NotesPane", True, "Ctrl+6"),
)  # fmt: skip
DOCKED = tuple(spec for spec in DOCKS if spec.docked)


def title(spec: DockSpec) -> str:
    return QCoreApplication.translate(CONTEXT, spec.title)


def make_docks(window: QMainWindow) -> dict[str, QDockWidget]:
    """The Filters sidebar and the Details inspector."""
    docks = {}
    for spec in DOCKED:
        dock = QDockWidget(title(spec), window)
        dock.setObjectName(f"dock-{spec.id}")  # saveState() keys the layout by object name
        dock.setAccessibleName(title(spec))
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        placeholder = QLabel(QCoreApplication.translate(CONTEXT, "Loading…"), dock)
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        placeholder.setProperty("role", "heading")
        dock.setWidget(placeholder)
        docks[spec.id] = dock
    return docks


def default_layout(window: QMainWindow, docks: dict[str, QDockWidget]) -> None:
    """Filters as a sidebar on the left, the Details inspector on the right, both the whole
    height of the window (the workspace between them gets the rest)."""
    area = Qt.DockWidgetArea
    for corner in (Qt.Corner.TopLeftCorner, Qt.Corner.BottomLeftCorner):
        window.setCorner(corner, area.LeftDockWidgetArea)
    for corner in (Qt.Corner.TopRightCorner, Qt.Corner.BottomRightCorner):
        window.setCorner(corner, area.RightDockWidgetArea)
    for dock in docks.values():
        window.removeDockWidget(dock)
    window.addDockWidget(area.LeftDockWidgetArea, docks["filters"])
    window.addDockWidget(area.RightDockWidgetArea, docks["detail"])
    for dock in docks.values():
        dock.setFloating(False)
        dock.show()
    size_docks(window, docks)


def inspector_width(window_width: int) -> int:
    """The Details inspector: room for its record box and a passage at reading width, but
    never so wide that the chart's plot falls under 600 px on a 1366 px window."""
    return max(300, min(480, int(window_width * 0.25)))


def sidebar_width(window_width: int) -> int:
    return max(230, min(300, int(window_width * 0.17)))


def size_docks(window: QMainWindow, docks: dict[str, QDockWidget]) -> None:
    """Give the docks their default widths for the window's current size."""
    width = window.width()
    window.resizeDocks(
        [docks["filters"], docks["detail"]],
        [sidebar_width(width), inspector_width(width)],
        Qt.Orientation.Horizontal,
    )


def build_pane(spec: DockSpec, session: Session, dock: QDockWidget) -> QWidget:
    """Import and make one pane. A pane that fails says so in its dock; the window carries on."""
    try:
        module = importlib.import_module(spec.module)
        pane = getattr(module, spec.class_name)(session, dock)
    except Exception as error:  # noqa: BLE001 - one broken pane must not take the window down
        log.error("pane %s failed to start:\n%s", spec.id, traceback.format_exc())
        pane = QLabel(
            QCoreApplication.translate(CONTEXT, "This pane could not start: {error}").format(
                error=error
            ),
            dock,
        )
        pane.setObjectName(f"{spec.id}-failed")
        pane.setWordWrap(True)
        pane.setAlignment(Qt.AlignmentFlag.AlignCenter)
        pane.setProperty("failed", True)
    if not pane.accessibleName():
        pane.setAccessibleName(title(spec))
    if spec.deferred or spec.id == "filters":
        # A pane asking for more room than a 1366×768 screen leaves scrolls inside its dock
        # instead of pushing the window past the screen (or squeezing the timeline).
        area = QScrollArea(dock)
        area.setObjectName(f"{spec.id}-scroll")
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidgetResizable(True)
        area.setWidget(pane)
        if spec.id == "filters":  # only its height may scroll: keep the dock as wide as it needs
            area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scrollbar = area.verticalScrollBar().sizeHint().width()
            area.setMinimumWidth(pane.minimumSizeHint().width() + scrollbar + 2)
        dock.setWidget(area)
    else:
        dock.setWidget(pane)
    return pane
