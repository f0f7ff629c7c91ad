"""User settings, each declared once with its type and default, kept in settings.ini.

The file lives in paths.user_config_dir(), which RELATIONS_EXPLORER_HOME overrides for tests
and portable builds. The file may have been edited by hand or written by another version, so
every value read is checked by its type and range (core/remembered.py): a value of the wrong
type, out of range, NaN, too long or holding a lone surrogate falls back to the default, and
what was dropped is logged (once per key).
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from explorer import paths
from explorer.core import remembered as rules

log = logging.getLogger(__name__)
# A window's saved geometry and dock state are a few hundred bytes; a megabyte is no layout.
MAX_BYTES = 1_000_000
DIGEST = "_sha256"  # beside a key of bytes: their SHA-256, in hex


@dataclass(frozen=True)
class Option:
    key: str
    type: type
    default: Any
    # "" when a value of the right type is fine, else what is wrong with it (core/remembered).
    check: Callable[[Any], str] | None = None


OPTIONS = {
    option.key: option
    for option in (
        Option("window/geometry", QByteArray, QByteArray()),
        Option("window/state", QByteArray, QByteArray()),
        Option("window/layout_version", int, 0, rules.number_problem(0, 1_000, whole=True)),
        # JSON: the workspace in front, the timeline/table split (see ui/workspaces.py).
        Option("window/workspaces", str, "", rules.text_problem(rules.MAX_JSON)),
        # JSON: the chart's series and the comparison, for the next start (ui/session_memory).
        Option("session/work", str, "", rules.text_problem(rules.MAX_JSON)),
        Option("appearance/theme", str, "light", rules.choice_problem("light", "dark")),
        Option(
            "table/view",
            str,
            "episodes",
            rules.choice_problem("episodes", "series", "actors", "sources"),
        ),
        Option("interface/language", str, "", rules.text_problem(20)),
        # Type size while presenting, × normal (the Preferences offer 1.0 to 3.0).
        Option("presentation/scale", float, 1.8, rules.number_problem(0.5, 4.0)),
        Option(
            "presentation/theme", str, "contrast", rules.choice_problem("contrast", "contrast-dark")
        ),
        # The folders the file choosers last used ("" = not yet): stores, and files written or
        # read for sharing (CSV, lessons), so each chooser starts where the user last was.
        Option("files/store_folder", str, ""),
        Option("files/export_folder", str, ""),
        # JSON list of store paths, latest first.
        Option("stores/recent", str, "[]", rules.recent_problem),
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
        self._logged: set[str] = set()  # keys whose bad value was logged already

    @property
    def path(self) -> str:
        return self._qsettings.fileName()

    def get(self, key: str) -> Any:
        """The value of `key`, or its default when the file holds none or a bad one."""
        option = OPTIONS[key]
        try:
            value = self._qsettings.value(key, option.default)
            problem = _problem(option, value) or self._digest_problem(option, value)
        except Exception as error:  # noqa: BLE001 - any odd value: logged, default used
            log.warning("settings: %s could not be read (%s: %s); its default is used",
                        key, type(error).__name__, error)  # fmt: skip
            return option.default
        if problem:
            self._dropped(key, problem)
            return option.default
        return _as_type(option, value)

    def _dropped(self, key: str, problem: str) -> None:
        if key not in self._logged:
            self._logged.add(key)
            log.warning("settings: %s %s; its default is used (%s)", key, problem[:200], self.path)

    def _digest_problem(self, option: Option, value: Any) -> str:
        """Qt restores a window's geometry and dock state from bytes it trusts: one flipped
        bit in the dock state made restoreState loop for ever (the settings fuzz test). So
        those bytes are kept with their digest, and bytes that do not match it (edited,
        damaged, cut short) are not given to Qt. Bytes without a digest (a file from before
        digests, or one whose digest line was lost) are not trusted either: the window then
        starts with the default layout once, which is better than a start that never ends."""
        if option.type is not QByteArray or not value.size():
            return ""
        saved = self._qsettings.value(option.key + DIGEST)
        if saved is None:
            return "has no digest (saved by an older version, or its digest was lost)"
        return "" if saved == _digest(value) else "does not match its digest (edited or damaged)"

    def set(self, key: str, value: Any) -> None:
        if key not in OPTIONS:
            raise KeyError(key)
        self._qsettings.setValue(key, value)
        if OPTIONS[key].type is QByteArray:
            self._qsettings.setValue(key + DIGEST, _digest(value))

    def sync(self) -> None:
        self._qsettings.sync()


def _digest(value: QByteArray) -> str:
    return hashlib.sha256(bytes(value.data())).hexdigest()


def _as_type(option: Option, value: Any) -> Any:
    """`value` (as QSettings read it: an ini file gives texts) as the option's type."""
    if option.type is QByteArray or isinstance(value, option.type) and not isinstance(value, bool):
        return value
    if option.type is str:
        raise TypeError("should be text")
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        raise TypeError(f"should be a {option.type.__name__}")
    number = float(value)  # "1e400" -> inf, "nan" -> nan: refused by _problem's check
    if option.type is int:
        if not math.isfinite(number) or number != int(number):
            raise ValueError("should be a whole number")
        return int(number)
    return number


def _problem(option: Option, value: Any) -> str:
    """What is wrong with `value` for `option` ("" when nothing)."""
    if option.type is QByteArray:
        if not isinstance(value, QByteArray):
            return "should be binary data"
        return "" if value.size() <= MAX_BYTES else f"is larger than {MAX_BYTES} bytes"
    if isinstance(value, str) and len(value) > rules.MAX_JSON:
        return f"is longer than {rules.MAX_JSON} characters"
    try:
        typed = _as_type(option, value)
    except (TypeError, ValueError, OverflowError) as error:
        return str(error) or f"should be a {option.type.__name__}"
    if isinstance(typed, str) and option.check is None:
        return rules.text_problem()(typed)
    if isinstance(typed, float) and not math.isfinite(typed):
        return "should be a finite number"
    return option.check(typed) if option.check is not None else ""
