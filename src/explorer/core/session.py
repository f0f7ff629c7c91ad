"""What every pane is given: the shared state, the open store, and the user's notes."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from explorer.core.signals import Signal
from explorer.core.state import AppState
from explorer.store.notes import NotesStore


@dataclass(eq=False)  # a session is one object, compared (and hashed) by identity
class Session:
    store: sqlite3.Connection  # read-only; every query goes through explorer.store functions
    store_path: Path
    state: AppState = field(default_factory=AppState)
    notes: NotesStore | None = None  # None until opened, or when notes are unavailable
    # Per-session helpers of the UI layer (the episode query worker), keyed by name.
    services: dict[str, object] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.store_changed = Signal()  # (session): another store was opened; reload everything
        self.notes_changed = Signal()  # (target_type, target_id): a note was added/edited/removed

    def replace_store(self, conn: sqlite3.Connection, path: Path) -> None:
        old = self.store
        self.store, self.store_path = conn, Path(path)
        self.state.select(None, origin="session")
        self.state.clear_filters(origin="session")
        self.state.set_chart_series((), origin="session")
        self.state.set_compare_episodes((), origin="session")
        self.store_changed.emit(self)
        if old is not conn:
            old.close()
