"""The timeline pane."""

from explorer.ui.timeline.pane import TimelinePane

__all__ = ["TimelinePane"]
