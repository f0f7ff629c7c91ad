from tests.gui.windows import make_window_fixture  # noqa: F401 - provides make_window


def pytest_terminal_summary(terminalreporter):
    """The figures of every hostile category run, as one table (issue 15's note quotes it)."""
    from tests.hostile.figures import RECORDED, table

    if RECORDED:
        terminalreporter.section("hostile input: figures per category")
        terminalreporter.write_line(table([t.as_dict() for t in RECORDED]))
