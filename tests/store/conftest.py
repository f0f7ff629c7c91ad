"""Fixtures for store-layer tests: the small synthetic store, opened read-only."""

from __future__ import annotations

import pytest

from tests.store.synthetic import build_synthetic_store, open_readonly


@pytest.fixture(scope="session")
def synthetic_path(tmp_path_factory):
    return build_synthetic_store(tmp_path_factory.mktemp("synthetic") / "synthetic.db")


@pytest.fixture
def synthetic(synthetic_path):
    conn = open_readonly(synthetic_path)
    yield conn
    conn.close()
