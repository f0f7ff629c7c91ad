"""The chart pane."""

from explorer.ui.chart.pane import ChartPane

__all__ = ["ChartPane"]
