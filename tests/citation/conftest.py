"""Stores for the citation tests: the bundled one, and a copy whose sources say hostile things."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import STORE_PATH

SCHEMAS = Path(__file__).parent / "schemas"
# A title that breaks naive BibTeX (braces, %, &, #), RIS (a line that looks like a tag) and
# HTML (markup), with a newline inside.
HOSTILE_TITLE = "Peru {and} 100% <b>Japan</b> & #1\nER  - TY  - JOUR"


@pytest.fixture(scope="session")
def bundled() -> sqlite3.Connection:
    conn = sqlite3.connect(f"{STORE_PATH.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    yield conn
    conn.close()


@pytest.fixture
def hostile_store(tmp_path) -> Path:
    """A copy of the store where one source's title and authors are hostile text."""
    path = tmp_path / "hostile.db"
    shutil.copyfile(STORE_PATH, path)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            "UPDATE sources SET title = ?, authors = ? WHERE id = 'sy2013'",
            (HOSTILE_TITLE, "Cynthia {Sanborn}; Alexis_Yong \\ Jr"),
        )
    conn.close()
    return path
