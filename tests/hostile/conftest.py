from tests.gui.windows import make_window_fixture  # noqa: F401 - provides make_window
