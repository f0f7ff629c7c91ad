"""Series names as the user reads them: the series tree, the chart's legend and the readout on
the bundled store, where three series are Japan's grant aid to Peru (Table 3 and two figures
from the running text) and read alike before."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem

from explorer.core.session import Session
from explorer.store.bundled import open_store
from explorer.ui.chart import ChartPane
from explorer.ui.chart.picker import SERIES_ID_ROLE, SeriesPicker
from tests.conftest import STORE_PATH
from tests.timeline.gui import hover

GRANT_AID = ("pj2003-t3-grant-aid", "pj2003-text-grant-aid", "pj2003-text-grant-aid-1989-1999")
NO_VALUES = "sy2013-t5-antamina"  # one observation, printed "n.a."


@pytest.fixture
def bundled_session():
    session = Session(store=open_store(STORE_PATH, immutable=True), store_path=STORE_PATH)
    yield session
    session.store.close()


@pytest.fixture
def chart(qtbot, bundled_session):
    pane = ChartPane(bundled_session)
    qtbot.addWidget(pane)
    pane.resize(1020, 640)  # the chart workspace at 1366×768, beside the inspector
    pane.show()
    qtbot.waitExposed(pane)
    return pane


def _settle(pane) -> None:
    pane.figure.viewport().repaint()
    QApplication.processEvents()


def _shown_text(tree, index) -> str:
    """A tree row's text as painted: shortened with "…" to the room its column leaves."""
    option = QStyleOptionViewItem()
    option.rect = tree.visualRect(index)
    tree.itemDelegate().initStyleOption(option, index)
    room = tree.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, tree)
    return tree.fontMetrics().elidedText(option.text, Qt.TextElideMode.ElideRight, room.width() - 6)


def test_the_tree_shows_three_grant_aid_series_each_unlike_the_others(qtbot, bundled_session):
    picker = SeriesPicker()
    qtbot.addWidget(picker)
    picker.resize(240, 600)  # the chart pane's tree at 1366×768
    picker.show()
    picker.set_store(bundled_session.store)
    picker.search.setText("grant aid")  # the search expands what it finds
    qtbot.waitExposed(picker)
    leaves = {leaf.data(SERIES_ID_ROLE): leaf for leaf in picker._leaves()}
    grant = [leaves[s] for s in GRANT_AID]
    assert {leaf.parent().text() for leaf in grant} == {"Japan → Peru"}  # whose, to whom
    shown = [_shown_text(picker.tree, leaf.index()) for leaf in grant]
    assert len(set(shown)) == 3, shown  # cut to the tree's width, they still differ
    assert "Table 3" in grant[0].text() and "in the text" in grant[1].text()  # which table
    assert "1989-1999" in shown[2]
    for leaf in grant:  # and the whole title, source and table on hover
        assert "Peru and Japan (2003)" in leaf.toolTip() and "Japan" in leaf.toolTip()


def test_the_legend_names_whose_to_whom_and_which_table(chart, bundled_session):
    bundled_session.state.set_chart_series(GRANT_AID)
    _settle(chart)
    entries = [label for _sample, label in chart.figure.plots[0].legend.items]
    texts = [label.text.replace("&#x27;", "'") for label in entries]
    assert len(set(texts)) == 3
    for text in texts:
        assert "Japan" in text and "Peru" in text and "Peru and Japan (2003)" in text
    assert "Table 3" in texts[0] and "in the text" in texts[1] and "1989-1999" in texts[2]
    assert not any(label.toolTip() for label in entries)  # whole: no hover needed


def test_a_cut_legend_entry_keeps_its_table_and_is_whole_on_hover(chart, bundled_session):
    bundled_session.state.set_chart_series(["pj2003-t3-oda-total", "pj2003-t3-grant-aid"])
    chart.resize(560, 640)
    _settle(chart)
    legend = chart.figure.plots[0].legend
    label = legend.items[0][1]
    assert "…" in label.text and label.text.endswith("Peru and Japan (2003), Table 3")
    assert label.toolTip().startswith("Japan's ODA to Peru: total (grants")
    right = legend.mapRectToScene(legend.boundingRect()).right()
    assert right <= chart.figure.viewport().width() + 1  # drawn within the figure


def test_a_series_with_no_values_says_so(chart, bundled_session):
    bundled_session.state.set_chart_series([NO_VALUES, GRANT_AID[0]])
    _settle(chart)
    assert chart.message.isVisible()
    assert "has no values" in chart.message.text() and "Antamina" in chart.message.text()
    first = chart.figure.plots[0].legend.items[0][1]
    assert first.full_text.endswith("(no values)")
    assert "(no values)" in first.text or "(no values)" in first.toolTip()


def test_pointing_at_bars_never_moves_the_plot(chart, bundled_session):
    bundled_session.state.set_chart_series(GRANT_AID)
    _settle(chart)
    plot = chart.figure.plots[0]
    box = plot.getViewBox()
    before = (box.sceneBoundingRect(), chart.plots_area.geometry(), chart.readout.geometry())
    panel = chart.figure.panels[0]
    read = set()
    for drawn in [d for d in panel.drawn if d.y is not None and not d.obs.is_span][:6]:
        scene = box.mapViewToScene(QPointF(drawn.mid, (drawn.base + drawn.y) / 2))
        hover(chart.figure, chart.figure.mapFromScene(scene))
        _settle(chart)
        read.add(chart.readout.text())
        now = (box.sceneBoundingRect(), chart.plots_area.geometry(), chart.readout.geometry())
        assert now == before, drawn.obs.id
    assert len(read) >= 2 and all("Source:" in text for text in read)  # it did read them
