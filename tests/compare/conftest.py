"""The compare tests share the notes tests' scenario store and fixtures."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "notes_tests_conftest", Path(__file__).resolve().parents[1] / "notes" / "conftest.py"
)
_notes = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_notes)

scenario = _notes.scenario
scenario_path = _notes.scenario_path
scenario_conn = _notes.scenario_conn
session = _notes.session
