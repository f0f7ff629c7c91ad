"""Zoomed in to months, the timeline's axis names them in the interface's language: "jul 1996"
in Spanish, not "Jul 1996"."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from explorer.ui import i18n
from tests.timeline.harness import PanesWindow, make_session


@pytest.mark.parametrize(("language", "july"), [("es", "jul 1996"), ("en", "Jul 1996")])
def test_the_month_axis_speaks_the_interface_language(qtbot, qapp, store_path, language, july):
    i18n.install(qapp, language)
    session = make_session(store_path)
    try:
        window = PanesWindow(session, panes=("timeline",))
        qtbot.addWidget(window)
        window.resize(1366, 700)
        window.show()
        qtbot.waitExposed(window)
        plot = window.timeline.plot
        plot.set_x_range(1996.0, 1997.5)
        QApplication.processEvents()
        axis = plot.year_axis
        lo, hi = plot.x_range()
        levels = axis.tickValues(lo, hi, axis.width())
        majors = next(values for spacing, values in levels if spacing == 1.0)
        labels = axis.tickStrings(majors, 1.0, 1.0)
        assert axis._style == "month" and july in labels, labels
    finally:
        i18n.install(qapp, "en")
        session.store.close()
