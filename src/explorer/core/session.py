"""What every pane is given: the shared state, the open store, and the user's notes."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from explorer.core.signals import Signal
from explorer.core.state import AppState


@dataclass
class Session:
    store: sqlite3.Connection
    store_path: Path
    state: AppState = field(default_factory=AppState)
    notes: Any = None  # explorer.store.notes.NotesStore once opened; None if unavailable

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
