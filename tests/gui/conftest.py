"""Fixtures for GUI tests: a main window on a given store, closed after the test."""

from __future__ import annotations

import pytest

from tests.gui.windows import make_window_fixture  # noqa: F401 - provides make_window
from tests.store.synthetic import build_synthetic_store


@pytest.fixture(scope="session")
def synthetic_path(tmp_path_factory):
    return build_synthetic_store(tmp_path_factory.mktemp("synthetic") / "synthetic.db")


@pytest.fixture
def window(make_window, synthetic_path):
    return make_window(synthetic_path)
