"""Small defects: real plurals in both languages, one bullet per disagreeing claim, the
search-fallback notice without stray quote marks."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from explorer.ui import i18n
from tests.gui.helpers import wait_for_query

SRC = Path(__file__).resolve().parents[2] / "src" / "explorer"
APEC = "1997-peru-joins-apec"  # sy2013 says "in 1997" in two passages, ppp2015 says 1998


@pytest.fixture
def english(qapp):
    i18n.install(qapp, "en")
    yield
    i18n.install(qapp, "en")


@pytest.fixture
def spanish(qapp):
    i18n.install(qapp, "es")
    yield
    i18n.install(qapp, "en")


def plural_texts() -> list[str]:
    """Every %n text in the source that marks its plural with (s) or (es)."""
    found = set()
    for path in SRC.rglob("*.py"):
        for text in re.findall(r'"([^"\n]*%n[^"\n]*)"', path.read_text("utf-8")):
            if "(s)" in text or "(es)" in text:
                found.add(text)
    return sorted(found)


def test_english_has_real_plurals_for_every_n_text(english):
    texts = plural_texts()
    assert len(texts) >= 10
    for text in texts:
        for n in (1, 2, 0):
            shown = QCoreApplication.translate("AnyContext", text, None, n)
            assert "(s)" not in shown and "(es)" not in shown and "%n" not in shown, shown
            assert str(n) in shown
    one = QCoreApplication.translate("NotesSharing", "Exported %n note(s) to {path}.", None, 1)
    many = QCoreApplication.translate("NotesSharing", "Exported %n note(s) to {path}.", None, 3)
    assert (one, many) == ("Exported 1 note to {path}.", "Exported 3 notes to {path}.")


def test_spanish_plurals(spanish):
    from explorer.ui.notes.sharing import _tr

    assert _tr("Exported %n note(s) to {path}.", 1) == "Se exportó 1 nota a {path}."
    assert _tr("Exported %n note(s) to {path}.", 2) == "Se exportaron 2 notas a {path}."
    # A text not yet in the translation file falls back to English, with its plural resolved.
    shown = QCoreApplication.translate("X", "%n untranslated thing(s)", None, 1)
    assert shown == "1 untranslated thing"


def test_facet_counts_of_one_are_singular(qtbot, window, english):
    filters = window.panes["filters"]
    texts = [facet.model.item(row).toolTip()
             for facet in (filters.kinds, filters.decades, filters.actors)
             for row in range(facet.model.rowCount())]  # fmt: skip
    assert not [t for t in texts if re.search(r"\b1 episodes\b", t)], texts
    assert [t for t in texts if t.endswith(": 1 episode")], texts  # the synthetic store has some


def test_timeline_footer_singular(qtbot, window, english):
    window.build_deferred_panes()
    timeline = window.panes["timeline"]
    timeline.footer.set_counts(1, 1, (1990.0, 1991.0))
    assert timeline.footer.status_text().startswith("1 episode · ")
    timeline.footer.set_counts(1, 4, (1990.0, 1991.0))
    assert timeline.footer.status_text().startswith("1 of 4 episodes matches the filters")


def test_one_bullet_per_claim_in_the_details(qtbot, make_window, store_path, english):
    window = make_window(store_path)
    window.session.state.select("episode", APEC, origin="test")
    QApplication.processEvents()
    text = window.panes["detail"].browser.toPlainText()
    assert "The sources disagree" in text
    assert text.count("start: in 1997") == 1, text  # was twice: one per passage
    assert text.count("start: (1998)") == 1
    assert "another passage" in text
    html = window.panes["detail"].browser.toHtml()
    assert 'href="passage:199"' in html and 'href="passage:200"' in html  # both passages linked


def test_unbalanced_quote_notice_has_no_stray_quote_marks(qtbot, window, english):
    qtbot.keyClicks(window.table.search, '"hostage crisis')
    wait_for_query(qtbot, window)
    notice = window.notice.text()
    assert notice == (
        "A quote mark is not closed, so this is not a valid search expression; "
        "searched for its words instead: hostage crisis"
    )
    window.table.search.clear()
    qtbot.keyClicks(window.table.search, "hostage AND")
    wait_for_query(qtbot, window)
    assert window.notice.text().endswith("searched for its words instead: hostage")
    assert "“" not in window.notice.text()
