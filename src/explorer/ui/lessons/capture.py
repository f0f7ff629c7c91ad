"""Taking a saved view of the window, and putting the window back into one.

The shared state (filters, selection, series, comparison, time range) is the core's business
(core/views.py). What lives only in the panes — which panes are shown, the chart's style and
x range, the timeline's lanes, the table's tab and sort, the comparison's window — is read and
written here through small adapters, one per pane. An adapter that finds a pane changed (an
attribute gone) records nothing and restores nothing for it rather than failing: a view must
always open, even if one detail of it cannot be honoured.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from explorer.core.views import SavedView, apply_state, state_to_dict
from explorer.store import records
from explorer.ui.after_paint import settle

log = logging.getLogger(__name__)
ORIGIN = "view"
# Panes in the order a presentation and the Save dialog list them. "table" is the central one.
PANE_ORDER = ("table", "timeline", "chart", "detail", "compare", "filters", "notes")


# --- panes shown ---------------------------------------------------------------------------


def shown_panes(window: QMainWindow) -> list[str]:
    docks: dict[str, QDockWidget] = getattr(window, "docks", {})
    workspaces = getattr(window, "workspaces", None)
    if workspaces is not None:  # the workspace in front, and the docks beside it
        shown = workspaces.shown_panes()
    else:
        central = window.centralWidget()
        shown = ["table"] if central and not central.isHidden() else []
    shown += [pid for pid, dock in docks.items() if dock.toggleViewAction().isChecked()]
    return [p for p in PANE_ORDER if p in shown] + [p for p in shown if p not in PANE_ORDER]


def raised_panes(window: QMainWindow) -> list[str]:
    """Panes on top of a tab group (the others of the group are hidden behind tabs); with
    workspaces, the main pane of the one in front."""
    workspaces = getattr(window, "workspaces", None)
    if workspaces is not None:
        return workspaces.shown_panes()[:1]
    docks: dict[str, QDockWidget] = getattr(window, "docks", {})
    raised = []
    for pid, dock in docks.items():
        if window.tabifiedDockWidgets(dock) and not dock.visibleRegion().isEmpty():
            raised.append(pid)
    return raised


def show_panes(window: QMainWindow, shown, raised, keep_table: bool) -> None:
    docks: dict[str, QDockWidget] = getattr(window, "docks", {})
    workspaces = getattr(window, "workspaces", None)
    if workspaces is not None:  # the workspace first: it opens or closes the filters itself
        workspaces.show_view(shown, raised, keep_table)
        for pid, dock in docks.items():
            dock.setVisible(pid in shown)
        return
    for pid, dock in docks.items():
        dock.setVisible(pid in shown)
    for pid in raised:
        if pid in docks and pid in shown:
            docks[pid].raise_()
    central = window.centralWidget()
    if central is not None:
        central.setVisible(keep_table or "table" in shown or not any(p in docks for p in shown))


# --- pane adapters -------------------------------------------------------------------------


def _chart_get(pane) -> dict[str, Any]:
    return pane.view_options()


def _chart_set_before(pane, options: dict) -> None:
    # Drawing options first, so the series the state brings are drawn once, the right way.
    pane.apply_view_options({k: v for k, v in options.items() if k != "x_range"})


def _chart_set_after(pane, options: dict) -> None:
    # The x range last: a change of series resets it to the data's.
    if "x_range" in options:
        pane.apply_view_options({"x_range": options["x_range"]})


def _timeline_get(pane) -> dict[str, Any]:
    # {"lanes", "hidden", "follow_filters"}: views saved before follow_filters existed lack it
    # and restore with the default (on).
    return pane.view_options()


def _timeline_set_before(pane, options: dict) -> None:
    pane.apply_view_options(options)


def _timeline_set_after(pane, options: dict, state: dict) -> None:
    if _is_range(state.get("time_range")):
        pane.show_range(*state["time_range"])  # after the view's filters, shown first


def _table_get(pane) -> dict[str, Any]:
    key, descending = pane.sort_by[pane.view_name]
    return {"view": pane.view_name, "sort": key, "descending": bool(descending)}


def _table_set_before(pane, options: dict) -> None:
    view = options.get("view", "episodes")
    sort = options.get("sort")
    if view in pane.sort_by and isinstance(sort, str):
        pane.sort_by[view] = (sort, bool(options.get("descending", False)))
    pane.show_view(view)
    pane.reload()


def _compare_get(pane) -> dict[str, Any]:
    state = pane.comparison_state()  # the episodes are in the shared state, saved with it
    return {"window": state["window"], "series": state["series"]}


def _compare_set_after(pane, options: dict, state: dict) -> None:
    window, series = options.get("window"), options.get("series")
    pane.apply_comparison(
        series=series if isinstance(series, list) else None,
        window=window if isinstance(window, list) and len(window) == 2 else None,
    )


# pane id -> (read options, apply before the state, apply after the state)
ADAPTERS: dict[str, tuple[Callable, Callable | None, Callable | None]] = {
    "chart": (_chart_get, _chart_set_before, lambda pane, o, _s: _chart_set_after(pane, o)),
    "timeline": (_timeline_get, _timeline_set_before, _timeline_set_after),
    "table": (_table_get, _table_set_before, None),
    "compare": (_compare_get, None, _compare_set_after),
}


def _is_range(value) -> bool:
    return (isinstance(value, list | tuple) and len(value) == 2
            and all(isinstance(v, int | float) for v in value) and value[0] < value[1])  # fmt: skip


def _pane(window, pane_id: str) -> QWidget | None:
    return getattr(window, "panes", {}).get(pane_id)


# --- the whole view ------------------------------------------------------------------------


def capture(window: QMainWindow, title: str, caption: str = "", panes=None) -> SavedView:
    """The window as a view. `panes` overrides the panes to show (default: those shown now)."""
    options: dict[str, dict] = {}
    for pane_id, (get, _before, _after) in ADAPTERS.items():
        pane = _pane(window, pane_id)
        if pane is None:
            continue
        try:
            options[pane_id] = get(pane)
        except (AttributeError, KeyError, TypeError) as error:  # the pane changed shape
            log.warning("could not record %s options: %s", pane_id, error)
    session = window.session
    return SavedView(
        title=title,
        caption=caption,
        state=state_to_dict(session.state),
        panes=tuple(panes if panes is not None else shown_panes(window)),
        raised=tuple(raised_panes(window)),
        options=options,
        dataset_version=_dataset_version(session.store),
    )


def restore(window: QMainWindow, view: SavedView, presenting: bool = False) -> list[str]:
    """Put the window into `view`. Returns sentences about what could not be restored (items
    this store does not have); the rest of the view is restored regardless."""
    show_panes(window, view.panes, view.raised, keep_table=not presenting)
    _run(window, view, 1)
    apply_state(window.session.state, view.state, origin=ORIGIN)
    # Restored as one change: the panes that follow a filter after the table's paint show the
    # view's now, before its last options and before a presentation measures them.
    for pane in getattr(window, "panes", {}).values():
        settle(pane)
    _run(window, view, 2)
    return missing_items(window.session.store, view)


def _run(window, view: SavedView, step: int) -> None:
    for pane_id, adapter in ADAPTERS.items():
        pane, options, function = _pane(window, pane_id), view.options.get(pane_id), adapter[step]
        if pane is None or options is None or function is None:
            continue
        try:
            function(pane, options) if step == 1 else function(pane, options, view.state)
        except (AttributeError, KeyError, TypeError, ValueError) as error:
            log.warning("could not restore %s options: %s", pane_id, error)


_TABLES = {"episode": "episodes", "series": "series", "observation": "observations",
           "period": "periods", "actor": "actors", "source": "sources"}  # fmt: skip


def missing_items(conn, view: SavedView) -> list[str]:
    state = view.state
    wanted: list[tuple[str, str]] = [("series", s) for s in state["chart_series"]]
    wanted += [("episode", e) for e in state["compare_episodes"]]
    if state["selection"]:
        wanted.append((state["selection"]["kind"], state["selection"]["id"]))
    missing = []
    for kind, item_id in wanted:
        if kind not in _TABLES:
            continue
        # None: the store cannot say (an odd store only loses the check, not the view).
        if records.record_exists(conn, kind, item_id) is False:
            missing.append(item_id)
    if not missing:
        return []
    return [QCoreApplication.translate(
        "ViewCapture", "This dataset has no {items}; the rest of the view is shown.").format(
        items=", ".join(missing[:5]) + (" …" if len(missing) > 5 else ""))]  # fmt: skip


def _dataset_version(conn) -> str:
    return records.dataset_version(conn)  # a store without meta still saves views
