"""Presentation mode: saved views one at a time, full screen, large type, high contrast."""

from explorer.ui.presentation.mode import PresentationMode

__all__ = ["PresentationMode"]
