"""The notes pane."""

from explorer.ui.notes.pane import NotesPane

__all__ = ["NotesPane"]
