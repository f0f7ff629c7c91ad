"""Filters: the search box, the facets with counts, the "active during" date range."""

from explorer.ui.filters.panel import FilterPane
from explorer.ui.filters.search_box import SearchBox

__all__ = ["FilterPane", "SearchBox"]
