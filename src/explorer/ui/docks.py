"""The window's panes as dock widgets, their default layout, and creating the heavy ones late.

Every dock exists from the start (with a "loading" placeholder) so the saved layout can be
restored before the first paint; the panes that use pyqtgraph are imported and built just
after the window has painted, keeping those imports off the start-up path.
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


DOCKS = (
    DockSpec("timeline", QT_TRANSLATE_NOOP("Panes", "Timeline"), "explorer.ui.timeline",
             "TimelinePane", True, "Ctrl+1"),
    DockSpec("filters", QT_TRANSLATE_NOOP("Panes", "Filters"), "explorer.ui.filters",
             "FilterPane", False, "Ctrl+2"),
    DockSpec("detail", QT_TRANSLATE_NOOP("Panes", "Details"), "explorer.ui.detail",
             "DetailPane", False, "Ctrl+3"),
    DockSpec("chart", QT_TRANSLATE_NOOP("Panes", "Chart"), "explorer.ui.chart",
             "ChartPane", True, "Ctrl+4"),
    DockSpec("compare", QT_TRANSLATE_NOOP("Panes", "Compare"), "explorer.ui.compare",
             "ComparePane", True, "Ctrl+5"),
    DockSpec("notes", QT_TRANSLATE_NOOP("Panes", "Notes"), "explorer.ui.notes",
             "NotesPane", True, "Ctrl+6"),
)  # fmt: skip


def title(spec: DockSpec) -> str:
    return QCoreApplication.translate(CONTEXT, spec.title)


def make_docks(window: QMainWindow) -> dict[str, QDockWidget]:
    docks = {}
    for spec in DOCKS:
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


# From this window width the chart sits beside the timeline across the top, where both have
# room to be read and the teacher's four panes (timeline, table, details, chart) show at once.
# Below it, the chart is a tab beside the details: squeezed in beside the timeline (or under
# the details) its plot would be too small to read.
CHART_BESIDE_TIMELINE_FROM_WIDTH = 1600
_MODE = "default_layout_mode"  # window property: the arrangement the default layout chose


def layout_mode(size) -> str:
    return "wide" if size.width() >= CHART_BESIDE_TIMELINE_FROM_WIDTH else "compact"


def default_layout(window: QMainWindow, docks: dict[str, QDockWidget]) -> None:
    """Filters left of the table. Wide windows: timeline | chart across the top, and details,
    compare and notes as tabs on the right. Narrower: the timeline across the top, and the
    chart a tab beside details, compare and notes on the right."""
    area = Qt.DockWidgetArea
    window.setCorner(Qt.Corner.TopLeftCorner, area.TopDockWidgetArea)
    window.setCorner(Qt.Corner.TopRightCorner, area.TopDockWidgetArea)
    window.setCorner(Qt.Corner.BottomLeftCorner, area.LeftDockWidgetArea)
    window.setCorner(Qt.Corner.BottomRightCorner, area.RightDockWidgetArea)
    for dock in docks.values():
        window.removeDockWidget(dock)
    mode = layout_mode(window.size())
    window.setProperty(_MODE, mode)
    window.addDockWidget(area.TopDockWidgetArea, docks["timeline"])
    window.addDockWidget(area.LeftDockWidgetArea, docks["filters"])
    window.addDockWidget(area.RightDockWidgetArea, docks["detail"])
    if mode == "wide":
        window.splitDockWidget(docks["timeline"], docks["chart"], Qt.Orientation.Horizontal)
        window.tabifyDockWidget(docks["detail"], docks["compare"])
    else:
        window.tabifyDockWidget(docks["detail"], docks["chart"])
        window.tabifyDockWidget(docks["chart"], docks["compare"])
    window.tabifyDockWidget(docks["compare"], docks["notes"])
    for dock in docks.values():
        dock.show()
    docks["chart"].raise_()
    docks["detail"].raise_()
    size_docks(window, docks)


def size_docks(window: QMainWindow, docks: dict[str, QDockWidget]) -> None:
    """Give the default layout its proportions for the window's current size (arranging it
    afresh if the window has since crossed the width where the arrangement changes)."""
    size = window.size()
    if window.property(_MODE) not in (None, layout_mode(size)):
        default_layout(window, docks)
        return
    vertical, horizontal = Qt.Orientation.Vertical, Qt.Orientation.Horizontal
    wide = layout_mode(size) == "wide"
    # The timeline is the way in for most users: give it room for its lanes and labels (and,
    # on a wide window, the chart beside it the height of a readable plot).
    timeline = max(280, int(size.height() * (0.46 if wide else 0.42)))
    window.resizeDocks([docks["timeline"]], [timeline], vertical)
    right = max(420, int(size.width() * (0.26 if wide else 0.34)))
    window.resizeDocks(
        [docks["filters"], docks["detail"]],
        [max(230, int(size.width() * 0.16)), right],
        horizontal,
    )
    if wide:
        window.resizeDocks(
            [docks["timeline"], docks["chart"]],
            [int(size.width() * 0.55), int(size.width() * 0.45)],
            horizontal,
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
