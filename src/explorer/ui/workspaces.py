"""The window's central area as switchable workspaces, each given the whole centre.

A 1366×768 laptop leaves about 680 px of height for panes: shared six ways it left every pane
too small to read (docs/layout.md). So the centre shows one workspace at a time — Timeline
(the timeline over the table), Chart, Compare or Notes — and the Details inspector and the
Filters sidebar stay docked beside it (ui/docks.py). Which workspace is in front, the
timeline/table split and whether the filters are open in each workspace are remembered with
the window's layout.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from explorer.core import remembered
from explorer.ui.after_paint import settle

log = logging.getLogger(__name__)
CONTEXT = "Workspaces"


@dataclass(frozen=True)
class WorkspaceSpec:
    id: str
    title: str
    panes: tuple[str, ...]  # the panes it shows, its main one first
    shortcut: str
    tip: str
    filters_open: bool  # the Filters sidebar starts open in this workspace


WORKSPACES = (
    WorkspaceSpec("explore", QT_TRANSLATE_NOOP("Workspaces", "Timeline"), ("timeline", "table"),
                  "Ctrl+1", QT_TRANSLATE_NOOP("Workspaces", "The timeline over the table of episodes, series, actors and sources"),
                  True),
    WorkspaceSpec("chart", QT_TRANSLATE_NOOP("Workspaces", "Chart"), ("chart",), "Ctrl+4",
                  QT_TRANSLATE_NOOP("Workspaces", "Series over time, with the episodes marked"),
                  False),
    WorkspaceSpec("compare", QT_TRANSLATE_NOOP("Workspaces", "Compare"), ("compare",), "Ctrl+5",
                  QT_TRANSLATE_NOOP("Workspaces", "Episodes side by side, with the series around them"),
                  False),
    WorkspaceSpec("notes", QT_TRANSLATE_NOOP("Workspaces", "Notes"), ("notes",), "Ctrl+6",
                  QT_TRANSLATE_NOOP("Workspaces", "Your notes on episodes, series and sources"),
                  False),
)  # fmt: skip
BY_ID = {spec.id: spec for spec in WORKSPACES}
TABLE_ROWS = 12  # rows the table under the timeline keeps on a 1280×720 screen
MIN_TIMELINE = 240  # the least height the timeline is given beside the table
# The least the timeline's slot may ever be, whatever a saved split, a drag or a resize asks:
# below it the lanes are unreadable (the self-test's 220 px for the pane, plus its frame).
TIMELINE_USABLE = 230
TIMELINE_SHARE = 0.42  # of a tall window's centre, for the timeline's lanes and labels
# The workspace that shows each pane.
HOME = {pane: spec.id for spec in WORKSPACES for pane in spec.panes}
# A saved view that names one of these shows its workspace (before the timeline's): the view
# was saved for it.
_SPECIAL = ("compare", "chart", "notes")


def title(spec: WorkspaceSpec) -> str:
    return QCoreApplication.translate(CONTEXT, spec.title)


def tip(spec: WorkspaceSpec) -> str:
    return QCoreApplication.translate(CONTEXT, spec.tip)


def workspace_for_view(shown, raised) -> str:
    """The workspace a saved view opens in. Views saved before workspaces named the docks they
    showed and the tabs on top: a chart, comparison or notes tab on top chose that pane; a view
    of only some of them (without the table) was saved for the first of them; else the
    timeline's workspace."""
    shown, raised = list(shown), list(raised)
    for pane in raised:
        if pane in _SPECIAL and pane in shown:
            return HOME[pane]
    special = [p for p in shown if p in _SPECIAL]
    if special and "table" not in shown:
        return HOME[special[0]]
    if "timeline" in shown or "table" in shown or not special:
        return "explore"
    return HOME[special[0]]


def timeline_height(pane) -> int:
    """Pixels the timeline pane needs to show every lane at its current type: the plot's own
    wish (ui/timeline/plot.py) and its toolbar and key; 0 for a pane without them."""
    plot = getattr(pane, "plot", None)
    if plot is None or not hasattr(plot, "preferred_height"):
        return 0
    settle(pane)  # the lanes of the current filters
    chrome = sum(
        max(w.minimumHeight(), w.sizeHint().height()) + 3
        for w in (getattr(pane, "toolbar", None), getattr(pane, "footer", None))
        if w is not None and not w.isHidden()  # presenting hides the toolbar: no room for it
    )
    return plot.preferred_height() + chrome + 8


class PaneSlot(QWidget):
    """Where a workspace pane sits: a placeholder until the pane is built (after the first
    paint), then the pane (or the scroll area holding it)."""

    def __init__(self, pane_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pane_id = pane_id
        self.setObjectName(f"slot-{pane_id}")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._widget: QWidget | None = None
        placeholder = QLabel(QCoreApplication.translate("Panes", "Loading…"), self)
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        placeholder.setProperty("role", "heading")
        self.setWidget(placeholder)

    def widget(self) -> QWidget | None:
        return self._widget

    def setWidget(self, widget: QWidget) -> None:  # noqa: N802 - QDockWidget's name, on purpose
        if self._widget is not None:
            self._layout.removeWidget(self._widget)
            self._widget.deleteLater()
        self._widget = widget
        self._layout.addWidget(widget)
        # Explicitly: a layout shows a new child only later, and only if the slot is on
        # screen now; the pane must show whenever its workspace comes in front.
        widget.show()


class WorkspaceHost(QStackedWidget):
    """The central area: one page per workspace, one shown."""

    changed = Signal(str)  # the workspace now in front

    def __init__(self, table: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workspaces")
        self.table = table
        self.slots: dict[str, PaneSlot] = {}
        self.pages: dict[str, QWidget] = {}
        self.filters_open = {spec.id: spec.filters_open for spec in WORKSPACES}
        for spec in WORKSPACES:
            if spec.id == "explore":
                page = QSplitter(Qt.Orientation.Vertical, self)
                page.setObjectName("explore-split")
                page.setChildrenCollapsible(False)
                timeline_slot = self._slot("timeline", page)
                # A minimum the splitter keeps to: a saved state (an older session's, or one
                # saved while another workspace was in front) is clamped, never starves it.
                timeline_slot.setMinimumHeight(TIMELINE_USABLE)
                page.addWidget(timeline_slot)
                page.addWidget(table)
                page.setStretchFactor(0, 0)
                page.setStretchFactor(1, 1)
                self.split = page
            else:
                page = QWidget(self)
                layout = QVBoxLayout(page)
                layout.setContentsMargins(0, 0, 0, 0)
                layout.addWidget(self._slot(spec.panes[0], page))
            page.setObjectName(f"workspace-{spec.id}")
            page.setAccessibleName(title(spec))
            self.pages[spec.id] = page
            self.addWidget(page)
        # A fit asked for while the timeline's page was behind another workspace: done again
        # once the page is in front (a hidden splitter's sizes are not its real ones).
        self._pending_fit: tuple | None = None
        self.currentChanged.connect(self._on_current_changed)

    def _on_current_changed(self, _index: int) -> None:
        if self._pending_fit is not None and self.current() == "explore":
            pane, share, table_rows = self._pending_fit
            self._pending_fit = None
            self.fit_timeline(pane, share, table_rows)
        self.changed.emit(self.current())

    def _slot(self, pane_id: str, parent: QWidget) -> PaneSlot:
        slot = PaneSlot(pane_id, parent)
        self.slots[pane_id] = slot
        return slot

    @staticmethod
    def ids() -> list[str]:
        return [spec.id for spec in WORKSPACES]

    def current(self) -> str:
        return WORKSPACES[max(0, self.currentIndex())].id

    def show_workspace(self, workspace_id: str) -> None:
        if workspace_id in self.pages:
            self.setCurrentWidget(self.pages[workspace_id])

    def show_pane(self, pane_id: str) -> bool:
        """Bring forward the workspace that shows `pane_id` (and the pane in it). False for a
        pane no workspace holds (the docked ones)."""
        workspace = HOME.get(pane_id)
        if workspace is None:
            return False
        self.show_workspace(workspace)
        widget = self.table if pane_id == "table" else self.slots[pane_id]
        widget.setVisible(True)
        return True

    def pane_in_front(self, pane_id: str) -> bool:
        widget = self.table if pane_id == "table" else self.slots.get(pane_id)
        return widget is not None and HOME.get(pane_id) == self.current() and not widget.isHidden()

    def shown_panes(self) -> list[str]:
        """The panes the workspace in front shows."""
        return [p for p in BY_ID[self.current()].panes if self.pane_in_front(p)]

    def show_view(self, shown, raised, keep_table: bool) -> None:
        """Show what a saved view showed: its workspace; in the timeline's, the timeline and
        the table as the view had them (the table always, unless presenting)."""
        workspace = workspace_for_view(shown, raised)
        if workspace == "explore":
            self.slots["timeline"].setVisible("timeline" in shown or keep_table)
            self.table.setVisible(keep_table or "table" in shown or "timeline" not in shown)
        else:
            self.slots["timeline"].setVisible(True)
            self.table.setVisible(True)
        self.show_workspace(workspace)

    def fit_timeline(self, pane, share: float = 0.5, table_rows: int = 0) -> None:
        """Give the timeline the height of one row in every lane (with its toolbar and key),
        at most `share` of the workspace, and never so much that the table below shows
        fewer than `table_rows` rows (TABLE_ROWS by default; docs/layout.md)."""
        wanted = timeline_height(pane)
        if wanted and not self.split.isVisible():
            self._pending_fit = (pane, share, table_rows)
        if wanted:
            # The page fills the stack: its height is the split's, even while another
            # workspace is in front (then the split's own sizes are stale, e.g. 13+13 px).
            total = self.contentsRect().height() or sum(self.split.sizes())
            view = getattr(self.table, "table", None)
            row_h = view.verticalHeader().defaultSectionSize() if view is not None else 24
            # The table's own chrome as laid out now: tabs, search (beside them or on its
            # own row), column titles.
            chrome = self.table.height() - view.viewport().height() if view is not None else 90
            table_min = (table_rows or TABLE_ROWS) * row_h + max(chrome, 60)
            room = total - table_min - 16
            # On a tall window the timeline takes more than one row per lane (its labels
            # need the room), never less than its own minimum (no scroll bar inside it).
            floor = pane.minimumSizeHint().height() + 4 if pane is not None else 0
            target = max(wanted, int(total * TIMELINE_SHARE))
            height = min(target, int(total * share), room)
            # Its own minimum comes first: a scroll bar inside the timeline (its key cut off)
            # is worse than a table row less on a 1280×720 screen.
            self.set_timeline_height(max(MIN_TIMELINE, floor, height))

    def set_timeline_height(self, height: int) -> None:
        total = self.contentsRect().height() or sum(self.split.sizes()) or self.split.height()
        height = max(0, min(height, total - 120))
        self.split.setSizes([height, max(1, total - height)])

    # --- remembered with the layout ------------------------------------------------------------

    def save_state(self) -> str:
        return json.dumps({
            "workspace": self.current(), "split": self.split.sizes(),
            "filters_open": self.filters_open,
            "hidden": [p for p, s in [*self.slots.items(), ("table", self.table)] if s.isHidden()],
        })  # fmt: skip

    def restore_state(self, text: str) -> bool:
        """Apply a layout saved by save_state. It comes from settings.ini (edited by hand, or
        by another version): each part is checked (core/remembered.py), a bad one keeps its
        default and is logged. False when nothing of it could be used."""
        dropped: list[str] = []
        state = remembered.parse_json(text, dropped, "layout") if isinstance(text, str) else None
        panes = (*self.slots, "table")
        state, more = remembered.clean_workspaces(
            state, tuple(BY_ID), BY_ID["explore"].panes, panes
        )
        dropped += more
        if dropped:
            log.warning("workspace layout: dropped %s", "; ".join(dropped)[:500])
        if not state:
            return False
        self.filters_open.update(state.get("filters_open", {}))
        hidden = state.get("hidden", [])
        for pane_id, widget in [*self.slots.items(), ("table", self.table)]:
            widget.setVisible(pane_id not in hidden)
        if "split" in state:
            self.split.setSizes(state["split"])
        self.show_workspace(state.get("workspace", "explore"))
        return True
