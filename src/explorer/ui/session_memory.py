"""What the user was charting and comparing, remembered across restarts like the layout.

Kept in settings.ini as JSON beside the store it belongs to: another store's ids mean nothing,
so a different store starts with its defaults. Ids the store no longer has are dropped, and so
is any part that is not what this version saves (settings.ini may have been edited by hand or
by another version; core/remembered.py checks it): it is logged and left at its default.
"""

from __future__ import annotations

import json
import logging

from explorer.core import remembered
from explorer.store.episodes import episode_rows
from explorer.store.series_data import series_by_id
from explorer.ui import guarded

log = logging.getLogger(__name__)
KEY = "session/work"
ORIGIN = "restart"


def save(window) -> None:
    state = window.session.state
    compare = window.panes.get("compare")
    data = {
        "store": str(window.session.store_path.resolve()),
        "chart_series": list(state.chart_series),
        "compare_episodes": list(state.compare_episodes),
    }
    if hasattr(compare, "comparison_state"):
        comparison = compare.comparison_state()
        data["compare_series"], data["compare_window"] = comparison["series"], comparison["window"]
    window.settings.set(KEY, json.dumps(data))


def _load(window) -> dict:
    dropped: list[str] = []
    data = remembered.parse_json(window.settings.get(KEY), dropped, "remembered work")
    if isinstance(data, dict) and data.get("store") != str(window.session.store_path.resolve()):
        return {}  # another store's: its ids mean nothing here (not a problem to log)
    data, more = remembered.clean_session_work(data)
    dropped += more
    if dropped:
        log.warning("ignored parts of the remembered chart and comparison: %s",
                    "; ".join(dropped)[:500])  # fmt: skip
    return data


def _ids(value) -> list[str]:
    return list(value) if isinstance(value, list) else []


@guarded.reads()  # a store that fails to read here opens without the last session's state
def restore_state(window) -> None:
    """Before the chart is built: the series it showed and the episodes compared."""
    data = _load(window)
    if not data:
        return
    conn, state = window.session.store, window.session.state
    series = _ids(data.get("chart_series"))
    known = series_by_id(conn, series)
    if series and known:
        state.set_chart_series([s for s in series if s in known], origin=ORIGIN)
    episodes = _ids(data.get("compare_episodes"))
    found = episode_rows(conn, episodes) if episodes else {}
    if found:
        state.set_compare_episodes([e for e in episodes if e in found], origin=ORIGIN)


@guarded.reads()
def restore_comparison(window) -> None:
    """Once the Compare pane is built: its series and window of years."""
    data = _load(window)
    compare = window.panes.get("compare")
    if not data or not hasattr(compare, "apply_comparison"):
        return
    series = _ids(data.get("compare_series"))
    known = series_by_id(window.session.store, series) if series else {}
    compare.apply_comparison(
        series=[s for s in series if s in known] or None, window=data.get("compare_window")
    )
