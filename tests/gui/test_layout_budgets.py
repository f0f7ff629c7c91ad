"""The layout's budgets (docs/layout.md), measured on the real window at the screen sizes users
have: every workspace at 1366×768, 1280×720 and 1920×1080, English and Spanish, and the same in
presentation mode with 1.8× type. The widget tree is walked for every label, button, tab and
column title on screen that is cut short without its whole text a hover away."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.conftest import STORE_PATH
from tests.gui.layout_walk import fill_window, measure, settle
from tests.gui.windows import make_window_fixture  # noqa: F401 - provides make_window

PLOT_MIN = (600, 380)  # the chart workspace's plot area, px
TABLE_ROWS = 12
FACET_ROWS = 6
PRESENTING_PLOT_MIN = PLOT_MIN  # the same room presenting, at 1.8× type


def _window(make_window, qtbot, qapp, size, language):
    from explorer.ui import i18n

    i18n.install(qapp, language)
    window = make_window(STORE_PATH, deferred=True, size=size)
    qtbot.waitUntil(lambda: window.session.notes is not None, timeout=5000)
    fill_window(window)
    return window


@pytest.fixture
def english_after(qapp):
    yield
    from explorer.ui import i18n

    i18n.install(qapp, "en")


def _check_workspace(window, workspace: str, presenting: bool, face: str = "") -> list[str]:
    """The budgets this workspace must meet, as failures in words (empty: all met). `face`:
    presenting on a low screen, the timeline's workspace shows its "timeline" or its "table"
    whole (switched with T); "" shows both, one over the other."""
    m = measure(window)
    problems = [f"cut short, no hover: {line}" for line in m.cut]
    if workspace == "chart":
        low = PRESENTING_PLOT_MIN if presenting else PLOT_MIN
        if m.plot is None or m.plot[0] < low[0] or m.plot[1] < low[1]:
            problems.append(f"chart plot {m.plot}, wanted at least {low}")
        if not m.plot_inside:
            problems.append("the chart's plot runs past the right of its view")
    if workspace == "explore" and face != "table":
        lanes = len(window.panes["timeline"].plot.lane_axis.lanes)
        if m.lanes_shown != lanes:
            problems.append(f"{m.lanes_shown} of {lanes} lanes on screen")
        if m.lanes_cut:
            problems.append(f"lane names cut: {m.lanes_cut}")
        if not m.year_axis_whole:
            problems.append("the timeline's year labels are cut at the plot's bottom")
        # The key keeps every entry whole but, where a third line would cost a table row,
        # its longest (the tooltip has it whole); presenting, it may elide more.
        key = window.panes["timeline"].footer.key
        longest = max((text for _, text in key.items), key=len)
        if not presenting and [t for t in m.key_cut if t != longest]:
            problems.append(f"timeline key entries cut: {m.key_cut}")
        for facet, rows in m.facet_rows.items():
            if rows < min(FACET_ROWS, m.facet_values[facet]):
                problems.append(f"{facet} shows {rows} of {m.facet_values[facet]} values")
        if not presenting and not m.facet_rows:
            problems.append("the Filters sidebar is not open beside the timeline")
    short = m.table_rows is None or m.table_rows < TABLE_ROWS
    if workspace == "explore" and face != "timeline" and short:
        problems.append(f"table shows {m.table_rows} rows, wanted {TABLE_ROWS}")
    if face == "table":
        if window.panes["timeline"].isVisible():
            problems.append("the table in front, and the timeline still squeezed above it")
        return problems
    pane = window.panes[{"explore": "timeline"}.get(workspace, workspace)]
    if not pane.isVisible() or pane.width() < 300 or pane.height() < 200:
        problems.append(f"{workspace} pane is {pane.width()}×{pane.height()}")
    return problems


# Spanish at the smallest size, where its longer words are tightest.
SIZES = [((1366, 768), "en"), ((1280, 720), "es"), ((1920, 1080), "en")]


@pytest.mark.parametrize(("size", "language"), SIZES, ids=[f"{s[0]}-{lang}" for s, lang in SIZES])
def test_every_workspace_meets_its_budgets(make_window, qtbot, qapp, english_after, size, language):
    window = _window(make_window, qtbot, qapp, size, language)
    problems = []
    for workspace in window.workspaces.ids():
        window.show_workspace(workspace)
        settle()
        qtbot.wait(30)
        problems += [f"{workspace}: {p}" for p in _check_workspace(window, workspace, False)]
    assert not problems, "\n".join(problems)


PRESENTING = [((1280, 720), "es"), ((1366, 768), "en"), ((1920, 1080), "en")]


@pytest.mark.parametrize(
    ("size", "language"), PRESENTING, ids=[f"{s[0]}-{lang}" for s, lang in PRESENTING]
)
def test_presenting_every_workspace_shows_its_content_and_leaving_gives_the_window_back(
    make_window, qtbot, qapp, english_after, size, language
):
    from explorer.ui.lessons import capture
    from explorer.ui.workspaces import BY_ID

    window = _window(make_window, qtbot, qapp, size, language)
    window.show_workspace("explore")
    settle()
    table_view = window.table.table
    before = {
        "size": window.size(),
        "split": window.workspaces.split.sizes(),
        "docks": {k: (d.isVisible(), d.width()) for k, d in window.docks.items()},
        "row": table_view.verticalHeader().defaultSectionSize(),
        "columns": [table_view.columnWidth(c) for c in range(table_view.model().columnCount())],
        "font": window.table.font().pointSizeF(),
        "workspace": window.workspaces.current(),
    }
    views = [
        capture.capture(window, f"View {w}", "", [*BY_ID[w].panes, "detail"])
        for w in window.workspaces.ids()
    ]
    mode = window.classroom.presentation
    mode.scale = 1.8
    mode.start(views, 0, "Lesson", fullscreen=False)
    problems = []
    try:
        for number, workspace in enumerate(window.workspaces.ids()):
            mode.go(number)
            qtbot.wait(60)
            settle()
            assert window.workspaces.current() == workspace
            face = mode.face  # "" where the timeline and the table both fit (1920×1080)
            problems += [
                f"{workspace} {face}: {p}" for p in _check_workspace(window, workspace, True, face)
            ]
            if face:  # T shows the table whole, T again the timeline
                mode.key(Qt.Key.Key_T)
                settle()
                qtbot.wait(30)
                problems += [
                    f"{workspace} table: {p}"
                    for p in _check_workspace(window, workspace, True, mode.face)
                ]
                mode.key(Qt.Key.Key_T)
                settle()
                if mode.face != "timeline" or not window.panes["timeline"].isVisible():
                    problems.append(f"{workspace}: T did not bring the timeline back")
            detail = window.panes["detail"]
            if not detail.isVisible() or detail.width() < 300:
                problems.append(f"{workspace}: the details are {detail.width()} px wide")
    finally:
        mode.leave()
    settle()
    qtbot.wait(30)
    after = {
        "size": window.size(),
        "split": window.workspaces.split.sizes(),
        "docks": {k: (d.isVisible(), d.width()) for k, d in window.docks.items()},
        "row": table_view.verticalHeader().defaultSectionSize(),
        "columns": [table_view.columnWidth(c) for c in range(table_view.model().columnCount())],
        "font": window.table.font().pointSizeF(),
        "workspace": window.workspaces.current(),
    }
    assert after == before  # exactly the window there was: sizes, row heights, docks
    assert not problems, "\n".join(problems)
