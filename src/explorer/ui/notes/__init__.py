"""The notes pane, and opening the user's notes store for a session."""

from explorer.ui.notes.opening import open_for_session
from explorer.ui.notes.pane import NotesPane

__all__ = ["NotesPane", "open_for_session"]
