"""The export tests use the timeline tests' demo store fixtures."""

from tests.timeline.conftest import demo_session, demo_store_path  # noqa: F401
