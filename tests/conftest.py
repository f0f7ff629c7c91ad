"""Shared test configuration: offscreen Qt, a private user folder, the built store."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

# Set before any Qt import, so GUI tests never need a display (CI has none).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "data"
STORE_PATH = DATA / "relations.db"


@pytest.fixture(autouse=True)
def private_home(tmp_path_factory, monkeypatch):
    """Every test gets its own notes and settings folder; nothing touches the real profile."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("RELATIONS_EXPLORER_HOME", str(home))
    return home


@pytest.fixture(scope="session")
def store_path() -> Path:
    return STORE_PATH


@pytest.fixture(scope="session")
def store() -> sqlite3.Connection:
    """The committed bundled store, read-only."""
    conn = sqlite3.connect(
        f"{STORE_PATH.resolve().as_uri()}?mode=ro&immutable=1", uri=True, check_same_thread=False
    )
    conn.row_factory = sqlite3.Row
    yield conn
    conn.close()


def _with_pending_translations(install):
    """i18n.install, also answering the texts waiting in resources/translations/pending/*.json
    (each engineer's Spanish, folded into the .ts by the integrator): a branch's tests and
    screenshots see its new texts in Spanish before that fold."""
    import json

    from explorer.ui import i18n

    def wrapped(app, language):
        chosen = install(app, language)
        folder = REPO / "resources" / "translations" / "pending"
        for translator in i18n._installed:
            if isinstance(translator, i18n.TextTranslator) and folder.is_dir():
                for path in sorted(folder.glob("*.json")):
                    texts = json.loads(path.read_text(encoding="utf-8"))
                    for source, spanish in texts.items():
                        translator.texts.setdefault(source, [spanish])
        return chosen

    return wrapped


@pytest.fixture(autouse=True, scope="session")
def pending_translations():
    from explorer.ui import i18n

    original = i18n.install
    i18n.install = _with_pending_translations(original)
    yield
    i18n.install = original
