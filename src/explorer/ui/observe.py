"""Connecting a widget to the Qt-free core's signals for as long as the widget lives.

core.signals.Signal holds plain callbacks; a callback bound to a deleted widget would raise
"C++ object already deleted" the next time the state changes. This disconnects it when the
widget is destroyed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from explorer.core.signals import Signal


def observe(signal: Signal, owner: QObject, callback: Callable[..., Any]) -> None:
    signal.connect(callback)
    owner.destroyed.connect(lambda *_: signal.disconnect(callback))
