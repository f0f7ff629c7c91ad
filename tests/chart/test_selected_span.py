"""A selected period value is outlined on its bar only, on a linear and on a log scale."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from explorer.ui.chart import ChartPane
from tests.timeline.gui import click

SERIES = "sy2013-text-japanese-remaining-in-peru-ww2"  # 10,000 persons, 1939/1945


@pytest.fixture
def pane(qtbot, store_path):
    from explorer.core.session import Session
    from explorer.store.bundled import open_store

    session = Session(open_store(store_path, immutable=True), store_path)
    widget = ChartPane(session)
    qtbot.addWidget(widget)
    widget.resize(1100, 480)
    widget.show()
    qtbot.waitExposed(widget)
    session.state.set_chart_series([SERIES])
    _settle(widget)
    yield widget
    widget.close()  # before its store: nothing may redraw on a closed connection
    session.store.close()


def _settle(pane) -> None:
    for _ in range(3):
        pane.figure.viewport().repaint()
        QApplication.processEvents()


def _bar_rect(pane):
    """The drawn period bar in viewport pixels: (left, top, right, bottom)."""
    figure = pane.figure
    (drawn,) = [d for d in figure.panels[0].drawn if d.obs.id == f"{SERIES}@1939/1945"]
    box = figure.plots[0].getViewBox()
    a = figure.mapFromScene(box.mapViewToScene(QPointF(drawn.x0, drawn.y)))
    b = figure.mapFromScene(box.mapViewToScene(QPointF(drawn.x1, drawn.base)))
    return min(a.x(), b.x()), min(a.y(), b.y()), max(a.x(), b.x()), max(a.y(), b.y())


def _selection_pixels(pane, margin: int = 4) -> tuple[int, int]:
    """Pixels of the selection colour (on the bar's outline, farther than `margin` px)."""
    figure = pane.figure
    image = figure.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    raw = np.frombuffer(image.constBits(), dtype=np.uint8)
    rows = raw.reshape(image.height(), image.bytesPerLine())[:, : image.width() * 4]
    pixels = rows.reshape(image.height(), image.width(), 4)[:, :, :3].astype(int)  # B, G, R
    target = figure.colors.selection
    wanted = np.array([target.blue(), target.green(), target.red()])
    close = np.abs(pixels - wanted).sum(axis=2) < 40
    left, top, right, bottom = _bar_rect(pane)
    ys, xs = np.mgrid[0 : image.height(), 0 : image.width()]
    near_outline = (
        (xs >= left - margin) & (xs <= right + margin) & (ys >= top - margin)
        & (ys <= bottom + margin)
        & ~((xs > left + margin) & (xs < right - margin) & (ys > top + margin)
            & (ys < bottom - margin))
    )  # fmt: skip
    return int((close & near_outline).sum()), int((close & ~near_outline).sum())


@pytest.mark.parametrize("log", [False, True], ids=["linear", "log"])
def test_clicked_period_bar_is_outlined_and_nothing_else(qtbot, pane, log):
    left, top, right, bottom = _bar_rect(pane)
    click(pane.figure, QPointF((left + right) / 2, (top + bottom) / 2).toPoint())
    qtbot.waitUntil(lambda: pane.session.state.selection is not None, timeout=2000)
    assert pane.session.state.selection.id == f"{SERIES}@1939/1945"
    if log:
        qtbot.mouseClick(pane.toolbar.log_box, Qt.MouseButton.LeftButton)
        assert pane.toolbar.log_box.isChecked()
        assert "log scale" in pane.figure.plots[0].getAxis("left").labelText
    _settle(pane)
    left, top, right, bottom = _bar_rect(pane)
    assert bottom - top > 20  # a bar of 10,000 persons, not a sliver
    on_outline, elsewhere = _selection_pixels(pane)
    assert elsewhere == 0
    assert on_outline >= (right - left) * 2  # the outline is drawn, top and bottom at least
