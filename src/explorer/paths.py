"""Where things are: bundled resources and the user's folders, resolved in one place.

Resources are found through importlib.resources so the same code works from a wheel and from a
PyInstaller bundle (both carry them inside the package). In a source checkout or an editable
install they sit at the top of the repository, where the design card puts them.

User folders follow the platform (platformdirs) unless RELATIONS_EXPLORER_HOME points elsewhere:
tests and portable builds use that to keep notes and settings in a folder of their choosing.
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

from explorer import APP_ID

HOME_ENV = "RELATIONS_EXPLORER_HOME"
_REPO_ROOT = Path(__file__).resolve().parents[2]


def _packaged(*parts: str) -> Path | None:
    node = resources.files("explorer").joinpath(*parts)
    try:
        path = Path(str(node))
    except TypeError:  # pragma: no cover - zip imports are not used by our builds
        return None
    return path if path.exists() else None


def resource_dir() -> Path:
    """Folder holding icons/, styles/ and translations/."""
    return _packaged("resources") or _REPO_ROOT / "resources"


def resource(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)


def bundled_store_path() -> Path:
    """The relations.db shipped with the app."""
    return _packaged("data", "relations.db") or _REPO_ROOT / "data" / "relations.db"


def user_data_dir() -> Path:
    """Where the notes store lives. Created on demand by the caller."""
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override).expanduser() / "data"
    import platformdirs  # imported here: only needed once a notes store is opened

    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def user_config_dir() -> Path:
    """Where settings (window layout, preferences) live."""
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override).expanduser() / "config"
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_ID, appauthor=False))


def user_log_dir() -> Path:
    """Where the rotating log file lives (a bug report attaches it). Created by logs.setup()."""
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override).expanduser() / "logs"
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_ID, appauthor=False))
