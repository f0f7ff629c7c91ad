"""Fixtures for the notes tests: the scenario store, a session on it, a notes store."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent


def load_scenario_module():
    name = "notes_scenario_store"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, HERE / "scenario_store.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


scenario = load_scenario_module()


@pytest.fixture(scope="session")
def scenario_path(tmp_path_factory) -> Path:
    return scenario.build_scenario_store(tmp_path_factory.mktemp("scenario") / "relations.db")


@pytest.fixture
def scenario_conn(scenario_path):
    conn = scenario.open_scenario(scenario_path)
    yield conn
    conn.close()


@pytest.fixture
def notes_store(tmp_path):
    from explorer.store.notes import NotesStore

    store = NotesStore.open(tmp_path / "notes.db", dataset_version="test.1")
    yield store
    store.close()


@pytest.fixture
def session(scenario_path, scenario_conn):
    """A session on the scenario store with the user's notes opened (private home per test)."""
    from explorer.core.session import Session
    from explorer.store.notes import NotesStore

    session = Session(scenario_conn, scenario_path)
    session.notes = NotesStore.open(dataset_version="test.1")
    yield session
    session.notes.close()
