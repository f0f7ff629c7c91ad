"""Fixtures for the timeline and chart panes: a demo store shaped like the real one."""

from __future__ import annotations

import pytest

from tests.timeline.harness import make_session
from tests.timeline.synthetic_store import build_demo_store


@pytest.fixture(scope="session")
def demo_store_path(tmp_path_factory):
    return build_demo_store(tmp_path_factory.mktemp("demo") / "demo.db")


@pytest.fixture
def demo_session(demo_store_path):
    session = make_session(demo_store_path)
    yield session
    session.store.close()
