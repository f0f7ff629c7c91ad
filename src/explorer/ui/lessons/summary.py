"""One readable line saying what a saved view holds, so a teacher can tell views apart."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from explorer.core.dates import format_range
from explorer.core.views import SavedView
from explorer.ui.lessons.save_dialog import pane_title

CONTEXT = "ViewSummary"
SELECTED = {
    "episode": QT_TRANSLATE_NOOP("ViewSummary", "an episode selected"),
    "observation": QT_TRANSLATE_NOOP("ViewSummary", "a number selected"),
    "series": QT_TRANSLATE_NOOP("ViewSummary", "a series selected"),
    "passage": QT_TRANSLATE_NOOP("ViewSummary", "a passage selected"),
    "period": QT_TRANSLATE_NOOP("ViewSummary", "a period selected"),
    "actor": QT_TRANSLATE_NOOP("ViewSummary", "an actor selected"),
    "source": QT_TRANSLATE_NOOP("ViewSummary", "a source selected"),
}


def describe(view: SavedView) -> str:
    """'Shows: Chart, Timeline · search “hostage” · 2 series', then the caption below."""
    state, filters = view.state, view.state["filters"]
    parts = [
        QCoreApplication.translate(CONTEXT, "Shows: {panes}").format(
            panes=", ".join(pane_title(p) for p in view.panes)
        )
    ]
    if filters["text"]:
        parts.append(
            QCoreApplication.translate(CONTEXT, "search “{text}”").format(text=filters["text"])
        )
    if filters["date_from"] is not None or filters["date_to"] is not None:
        parts.append(QCoreApplication.translate(CONTEXT, "active {years}").format(
            years=format_range(filters["date_from"], filters["date_to"])))  # fmt: skip
    facets = len(filters["kinds"]) + len(filters["actors"]) + len(filters["decades"])
    if facets:
        parts.append(QCoreApplication.translate(CONTEXT, "%n facet(s) chosen", None, facets))
    if state["chart_series"]:
        parts.append(
            QCoreApplication.translate(CONTEXT, "%n series", None, len(state["chart_series"]))
        )
    if state["compare_episodes"]:
        parts.append(
            QCoreApplication.translate(
                CONTEXT, "comparing %n episode(s)", None, len(state["compare_episodes"])
            )
        )
    if state["selection"] and state["selection"]["kind"] in SELECTED:
        parts.append(QCoreApplication.translate(CONTEXT, SELECTED[state["selection"]["kind"]]))
    line = " · ".join(parts)
    return f"{line}\n{view.caption}" if view.caption else line
