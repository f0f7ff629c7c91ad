"""Back and forward through what the user has selected, like a browser (no Qt).

It listens to the shared selection; stepping back or forward selects again with origin
"history", which it then ignores so the stepping does not rewrite the list.
"""

from __future__ import annotations

from explorer.core.signals import Signal
from explorer.core.state import AppState, Selection

ORIGIN = "history"
LIMIT = 200


class SelectionHistory:
    def __init__(self, state: AppState) -> None:
        self.state = state
        self.items: list[Selection] = []
        self.position = -1
        self.changed = Signal()  # () — can_go_back / can_go_forward may differ
        state.selection_changed.connect(self._on_selection_changed)

    def close(self) -> None:
        self.state.selection_changed.disconnect(self._on_selection_changed)

    def clear(self) -> None:
        self.items, self.position = [], -1
        self.changed.emit()

    def _on_selection_changed(self, selection: Selection | None, origin: str) -> None:
        if origin == ORIGIN or selection is None:
            return
        if 0 <= self.position < len(self.items) and self.items[self.position] == selection:
            return
        del self.items[self.position + 1 :]
        self.items.append(selection)
        if len(self.items) > LIMIT:
            del self.items[0]
        self.position = len(self.items) - 1
        self.changed.emit()

    @property
    def can_go_back(self) -> bool:
        return self.position > 0

    @property
    def can_go_forward(self) -> bool:
        return self.position < len(self.items) - 1

    def back(self) -> None:
        if self.can_go_back:
            self._go(self.position - 1)

    def forward(self) -> None:
        if self.can_go_forward:
            self._go(self.position + 1)

    def _go(self, position: int) -> None:
        self.position = position
        target = self.items[position]
        self.state.select(target.kind, target.id, origin=ORIGIN)
        self.changed.emit()
