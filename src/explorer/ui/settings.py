"""User settings, each declared once with its type and default, kept in settings.ini.

The file lives in paths.user_config_dir(), which RELATIONS_EXPLORER_HOME overrides for tests
and portable builds; an unreadable or odd value falls back to the default rather than failing.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from explorer import paths


@dataclass(frozen=True)
class Option:
    key: str
    type: type
    default: Any


OPTIONS = {
    option.key: option
    for option in (
        Option("window/geometry", QByteArray, QByteArray()),
        Option("window/state", QByteArray, QByteArray()),
        Option("window/layout_version", int, 0),
        # JSON: the workspace in front, the timeline/table split (see ui/workspaces.py).
        Option("window/workspaces", str, ""),
        # JSON: the chart's series and the comparison, for the next start (ui/session_memory).
        Option("session/work", str, ""),
        Option("appearance/theme", str, "light"),  # light | dark
        Option("table/view", str, "episodes"),
        Option("interface/language", str, ""),
        Option("presentation/scale", float, 1.8),  # type size while presenting, × normal
        Option("presentation/theme", str, "contrast"),  # contrast | contrast-dark
        # The folders the file choosers last used ("" = not yet): stores, and files written or
        # read for sharing (CSV, lessons), so each chooser starts where the user last was.
        Option("files/store_folder", str, ""),
        Option("files/export_folder", str, ""),
        Option("stores/recent", str, "[]"),  # JSON list of store paths, latest first
    )
}
# Bump when the default dock layout changes, so an old saved layout is not restored over it.
LAYOUT_VERSION = 3  # 2: the chart beside the timeline on wide windows; 3: workspaces


class Settings:
    def __init__(self) -> None:
        folder = paths.user_config_dir()
        # If the folder cannot be made, QSettings keeps values in memory only: nothing to act on.
        with contextlib.suppress(OSError):
            folder.mkdir(parents=True, exist_ok=True)
        self._qsettings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)

    @property
    def path(self) -> str:
        return self._qsettings.fileName()

    def get(self, key: str) -> Any:
        option = OPTIONS[key]
        value = self._qsettings.value(key, option.default)
        if option.type is QByteArray:
            return value if isinstance(value, QByteArray) else option.default
        try:
            return option.type(value)
        except (TypeError, ValueError):
            return option.default

    def set(self, key: str, value: Any) -> None:
        if key not in OPTIONS:
            raise KeyError(key)
        self._qsettings.setValue(key, value)

    def sync(self) -> None:
        self._qsettings.sync()
