"""What the user has narrowed the episodes to: the one typed filter specification.

It lives in `store` (not `core`) so every store function can take it typed instead of reading
attributes off an unknown object; `core.state` re-exports it for the panes.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any


@dataclass(frozen=True)
class Filters:
    """Empty sets mean 'no restriction'.

    - text: FTS5 over title, summary, actor names and quotes, every word a prefix;
    - kinds and decades: any of the chosen values; actors: all of the chosen actors;
    - date_from/date_to: "active during" — the episode's widest span [start_lo, end_hi] overlaps
      the range; decimal years, date_to is the end of the last year wanted (1991.0 for "up to
      1990"), so both comparisons are strict.
    """

    text: str = ""
    kinds: frozenset[str] = frozenset()
    actors: frozenset[str] = frozenset()
    decades: frozenset[int] = frozenset()
    date_from: float | None = None
    date_to: float | None = None

    def is_empty(self) -> bool:
        return self == Filters()

    def with_changes(self, **changes: Any) -> Filters:
        return replace(self, **changes)


NO_FILTERS = Filters()
