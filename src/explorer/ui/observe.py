"""Connecting a widget to the Qt-free core's signals for as long as the widget lives.

core.signals.Signal holds plain callbacks; a callback bound to a deleted widget would raise
"C++ object already deleted" the next time the state changes. This disconnects it when the
widget is destroyed.

Each callback runs guarded (ui/guarded.py): a store that fails to read in one pane shows the
problem on that pane, and the panes connected after it still hear the change.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from explorer.core.signals import Signal
from explorer.ui.guarded import guard


def observe(signal: Signal, owner: QObject, callback: Callable[..., Any]) -> None:
    guarded = guard(owner, callback)
    signal.connect(guarded)
    owner.destroyed.connect(lambda *_: signal.disconnect(guarded))
