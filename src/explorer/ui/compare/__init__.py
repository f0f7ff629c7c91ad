"""The compare pane."""

from explorer.ui.compare.pane import ComparePane

__all__ = ["ComparePane"]
