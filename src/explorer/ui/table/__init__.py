"""The table pane: episodes, series, actors and sources, sorted and filtered in SQL."""

from explorer.ui.table.pane import TablePane

__all__ = ["TablePane"]
