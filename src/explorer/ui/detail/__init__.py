"""The detail pane: the selected record, its actors and dates, and its source passages."""

from explorer.ui.detail.pane import DetailPane

__all__ = ["DetailPane"]
