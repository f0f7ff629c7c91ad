"""PNG, clipboard and SVG exports of the timeline and the chart are what is on screen.

Each export is compared pixel by pixel with `grab()` of the same widget; each SVG is drawn by
librsvg, a renderer independent of Qt, and compared the same way.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication

from explorer.ui.chart import ChartPane
from explorer.ui.plotting import export
from explorer.ui.timeline import TimelinePane
from tests.exports.pixels import mismatch, rsvg_png

# Share of the drawn pixels that may differ (see `mismatch`). Measured at 1366 px wide: PNG
# 0.4–0.8 %, SVG via librsvg 0.2–1.4 % (its type is shaped a little differently); the
# magnified quarter differed in 87–99 %, the old SVG in 29 % (or librsvg refused it).
PNG_TOLERANCE = 0.03
SVG_TOLERANCE = 0.05


def _settle(widget) -> None:
    widget.viewport().repaint()
    QApplication.processEvents()


@pytest.fixture
def timeline(qtbot, demo_session):
    pane = TimelinePane(demo_session)
    qtbot.addWidget(pane)
    pane.resize(1366, 520)
    pane.show()
    qtbot.waitExposed(pane)
    _settle(pane.plot)
    return pane.plot


@pytest.fixture
def chart_pane(qtbot, demo_session):
    pane = ChartPane(demo_session)
    qtbot.addWidget(pane)
    pane.resize(1366, 480)
    pane.show()
    qtbot.waitExposed(pane)
    _settle(pane.figure)
    return pane


def _zoom_chart_past_its_marks(pane) -> None:
    """A range that cuts the hatched period average and leaves bars outside: what is out of
    range must stay out of the exported plot too."""
    pane.figure.plots[0].setXRange(1973, 1994, padding=0)
    _settle(pane.figure)


def test_timeline_png_is_the_screen_at_twice_the_resolution(timeline, tmp_path):
    screen = timeline.grab().toImage()
    export.export_png(timeline, tmp_path / "t.png")
    image = QImage(str(tmp_path / "t.png"))
    assert (image.width(), image.height()) == (timeline.width() * 2, timeline.height() * 2)
    assert mismatch(screen, image) < PNG_TOLERANCE


def test_chart_png_and_copied_image_are_the_screen(chart_pane, tmp_path):
    figure = chart_pane.figure
    _zoom_chart_past_its_marks(chart_pane)
    screen = figure.grab().toImage()
    export.export_png(figure, tmp_path / "c.png")
    image = QImage(str(tmp_path / "c.png"))
    assert (image.width(), image.height()) == (figure.width() * 2, figure.height() * 2)
    assert mismatch(screen, image) < PNG_TOLERANCE
    export.copy_image(figure)
    copied = QGuiApplication.clipboard().image()
    assert copied.width() == figure.width() * 2
    assert mismatch(screen, copied) < PNG_TOLERANCE


def test_timeline_svg_drawn_by_librsvg_is_the_screen(timeline, tmp_path):
    timeline.set_x_range(1930, 2005)  # marks before 1930 are out of range: clipped
    _settle(timeline)
    screen = timeline.grab().toImage()
    export.export_svg(timeline, tmp_path / "t.svg", "Timeline")
    text = (tmp_path / "t.svg").read_text(encoding="utf-8")
    assert "Fujimori" in text  # text stays text
    drawn = rsvg_png(tmp_path / "t.svg", timeline.width() * 2, timeline.height() * 2,
                     tmp_path / "t.png")  # fmt: skip
    assert mismatch(screen, drawn) < SVG_TOLERANCE


@pytest.mark.parametrize("log", [False, True], ids=["linear", "log"])
def test_chart_svg_drawn_by_librsvg_is_the_screen(chart_pane, tmp_path, log):
    if log:
        chart_pane.toolbar.log_box.setChecked(True)
    _zoom_chart_past_its_marks(chart_pane)
    figure = chart_pane.figure
    screen = figure.grab().toImage()
    export.export_svg(figure, tmp_path / "c.svg", "Chart")
    text = (tmp_path / "c.svg").read_text(encoding="utf-8")
    assert "US$ millions" in text
    drawn = rsvg_png(tmp_path / "c.svg", figure.width() * 2, figure.height() * 2,
                     tmp_path / "c.png")  # fmt: skip
    assert mismatch(screen, drawn) < SVG_TOLERANCE


def test_dark_theme_chart_exports_are_the_screen(chart_pane, tmp_path):
    from tests.timeline.harness import dark_palette

    chart_pane.setPalette(dark_palette())
    _zoom_chart_past_its_marks(chart_pane)
    figure = chart_pane.figure
    assert figure.colors.dark
    screen = figure.grab().toImage()
    assert mismatch(screen, export.render_image(figure)) < PNG_TOLERANCE
    export.export_svg(figure, tmp_path / "c.svg", "Chart")
    drawn = rsvg_png(tmp_path / "c.svg", figure.width() * 2, figure.height() * 2,
                     tmp_path / "c.png")  # fmt: skip
    assert mismatch(screen, drawn) < SVG_TOLERANCE
