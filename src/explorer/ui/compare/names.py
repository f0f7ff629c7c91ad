"""How the comparison names a series: its title says whose and to whom ("Japan's grant aid to
Peru"), the table where from — three of them read "grant aid" without it."""

from __future__ import annotations

from explorer.core.compare_series import SeriesInfo
from explorer.ui.chart.picker import table_name


def series_name(info: SeriesInfo) -> str:
    """ "Japan's ODA to Peru: grant aid · Table 3" (a chip, a row of the summary)."""
    return f"{info.title} · {table_name(info.table_ref)}"


def series_where(info: SeriesInfo) -> str:
    """ "US$ millions · Peru and Japan (2003), in the text" (beside a chart's title)."""
    return f"{info.unit_label} · {info.source}, {table_name(info.table_ref)}"
