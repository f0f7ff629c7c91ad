"""Shared test configuration: offscreen Qt, a private user folder, the built store."""

from __future__ import annotations

import os
import sqlite3
import tempfile
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


@pytest.fixture(autouse=True)
def collectable_heap():
    """A window's start freezes the heap (ui/window_start.py): a test process builds hundreds
    of windows, and what each froze would never be collected. Thawed after every test."""
    import gc

    yield
    gc.unfreeze()


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


def pytest_collection_modifyitems(config, items):
    """Under pytest-xdist (the suite's addopts: two workers, a file each at a time), the files
    with slow tests go first: the settings fuzz alone takes ~2.5 min, and started last it ran
    on one worker while the other sat idle. A run without workers keeps the files' order."""
    if not hasattr(config, "workerinput"):
        return
    slow_files = {item.path for item in items if item.get_closest_marker("slow")}
    items.sort(key=lambda item: item.path not in slow_files)  # stable: same order in each


def pytest_configure(config):
    """The process that prints the summary names one folder for the hostile tallies before its
    xdist workers start (they inherit it): each worker writes its own categories there."""
    from tests.hostile.figures import FOLDER_VARIABLE

    if not hasattr(config, "workerinput") and not os.environ.get(FOLDER_VARIABLE):
        os.environ[FOLDER_VARIABLE] = tempfile.mkdtemp(prefix="hostile-figures-")
        config.made_figures_folder = os.environ[FOLDER_VARIABLE]


def pytest_unconfigure(config):
    import shutil

    made = getattr(config, "made_figures_folder", None)
    if made:
        shutil.rmtree(made, ignore_errors=True)
        os.environ.pop("HOSTILE_FIGURES", None)


def pytest_terminal_summary(terminalreporter):
    """The figures of every hostile category run, as one table (issue 15's note quotes it)."""
    from tests.hostile.figures import FOLDER_VARIABLE, recorded, table

    folder = os.environ.get(FOLDER_VARIABLE)
    rows = recorded(Path(folder)) if folder and Path(folder).is_dir() else []
    if rows:
        terminalreporter.section("hostile input: figures per category")
        terminalreporter.write_line(table(rows))
