"""The comparison's PNG export is the comparison as drawn on screen, at twice its resolution."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage
from tests.exports.pixels import mismatch

scenario = pytest.importorskip("notes_scenario_store")


def test_comparison_png_is_the_whole_comparison_as_on_screen(qtbot, session, tmp_path):
    from explorer.ui.compare import ComparePane

    pane = ComparePane(session)
    qtbot.addWidget(pane)
    pane.resize(1366, 768)
    pane.show()
    qtbot.waitExposed(pane)
    session.state.set_compare_episodes([scenario.HUARAL, scenario.HOSTAGE])
    qtbot.wait(50)
    screen = pane.content.grab().toImage()  # the whole content, scrolled into view or not
    pane.export_png(tmp_path / "c.png")
    image = QImage(str(tmp_path / "c.png"))
    assert image.width() == pane.content.width() * 2
    assert image.height() == pane.content.height() * 2
    assert mismatch(screen, image) < 0.03
