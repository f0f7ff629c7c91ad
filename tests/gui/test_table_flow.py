"""The researcher's flow on the known synthetic store: search, facets, date range, select,
read the detail and its source passage."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from tests.gui.helpers import click_facet, click_link_text, click_row, wait_for_query

HOSTAGE, FISHMEAL = "1996-hostage-crisis", "195X-fishmeal-exports"
VISIT, CHINA = "1991-fujimori-visits-tokyo", "1971-china-relations"
HOSTAGE_QUOTE = "MRTA guerrillas seized the Japanese ambassador's residence in Lima"


def test_search_narrows_the_table_and_marks_matches(qtbot, window):
    assert window.table.model.ids == [FISHMEAL, CHINA, VISIT, HOSTAGE]
    qtbot.keyClicks(window.table.search, "hostage")
    wait_for_query(qtbot, window)
    assert window.table.model.ids == [HOSTAGE]
    assert window.table.count.text() == "1 of 4 episodes"
    assert "1 of 4" in window.result_count.text()
    assert window.table.delegate.terms == ["hostage"]
    assert window.notice.text() == ""


def test_prefix_search_with_two_words(qtbot, window):
    qtbot.keyClicks(window.table.search, "fuji tok")
    qtbot.keyClick(window.table.search, Qt.Key.Key_Return)
    assert window.table.model.ids == [VISIT]


def test_malformed_search_falls_back_and_says_so(qtbot, window):
    qtbot.keyClicks(window.table.search, '"hostage crisis')
    wait_for_query(qtbot, window)
    assert window.table.model.ids == [HOSTAGE]
    assert "not a valid search" in window.notice.text()
    assert window.notice.text().endswith("searched for its words instead: hostage crisis")


def test_facets_combine_and_show_counts(qtbot, window):
    filters = window.panes["filters"]
    counts = {v.key: v.count for v in filters.facets.kinds}
    assert counts == {"trade": 1, "visit": 1, "security": 1, "diplomatic": 1}
    click_facet(qtbot, filters.kinds, "trade")
    click_facet(qtbot, filters.kinds, "security")
    assert window.session.state.filters.kinds == {"trade", "security"}
    assert window.table.model.ids == [FISHMEAL, HOSTAGE]
    click_facet(qtbot, filters.actors, "mrta")
    assert window.table.model.ids == [HOSTAGE]
    assert filters.summary.text() == "Active filters: 3"
    click_facet(qtbot, filters.decades, 1990)
    assert window.table.model.ids == [HOSTAGE]
    click_facet(qtbot, filters.actors, "mrta")  # untick
    assert window.table.model.ids == [HOSTAGE]
    assert window.session.state.filters.actors == frozenset()


def test_typed_date_range_uses_overlap(qtbot, window):
    typed = window.panes["filters"].date_range.typed
    qtbot.keyClicks(typed, "1997-1998")
    qtbot.keyClick(typed, Qt.Key.Key_Return)
    filters = window.session.state.filters
    assert (filters.date_from, filters.date_to) == (1997.0, 1999.0)
    # The siege began in December 1996 and was still going on in 1997.
    assert window.table.model.ids == [HOSTAGE]
    date_range = window.panes["filters"].date_range
    assert (date_range.first.year(), date_range.last.year()) == (1997, 1998)


def test_picked_date_range(qtbot, window):
    date_range = window.panes["filters"].date_range
    date_range.first.setValue(1965)  # from 1965 on: the fishmeal trade was still active
    assert window.table.model.ids == [FISHMEAL, CHINA, VISIT, HOSTAGE]
    date_range.last.setValue(1966)
    assert window.table.model.ids == [FISHMEAL]
    assert date_range.typed.text() == "1965–1966"


def test_pasted_range_with_an_en_dash(qtbot, window):
    typed = window.panes["filters"].date_range.typed
    typed.setFocus()
    typed.insert("1950s–1960s")  # as pasted from a text
    qtbot.keyClick(typed, Qt.Key.Key_Return)
    assert window.table.model.ids == [FISHMEAL]


def test_unreadable_range_explains_and_keeps_filters(qtbot, window):
    date_range = window.panes["filters"].date_range
    qtbot.keyClicks(date_range.typed, "sometime")
    qtbot.keyClick(date_range.typed, Qt.Key.Key_Return)
    assert date_range.message.isVisible()
    assert "sometime" in date_range.message.text()
    assert window.session.state.filters.date_from is None
    assert len(window.table.model.ids) == 4


def test_selecting_a_row_shows_quote_and_locator(qtbot, window):
    click_row(qtbot, window.table, window.table.model.row_of(HOSTAGE))
    assert window.session.state.selected_episode == HOSTAGE
    text = window.detail.browser.toPlainText()
    assert "Japanese embassy hostage crisis" in text
    assert HOSTAGE_QUOTE in text
    assert "§ Fujimori, ¶2" in text
    assert "December 17, 1996 – April 22, 1997" in text  # the date as the source writes it
    assert "1996-12-17/1997-04-22" in text  # and its EDTF
    assert "perpetrator" in text


def test_document_link_opens_full_text_at_the_passage(qtbot, window):
    window.session.state.select("episode", HOSTAGE)
    click_link_text(qtbot, window.detail.browser, "Public study")
    selection = window.session.state.selection
    assert selection.kind == "passage"
    reader = window.detail.reader
    assert window.detail.stack.currentWidget() is reader
    assert "A public-domain country study" in reader.record.toPlainText()
    assert reader.full.isVisible()
    assert reader.highlighted_text() == HOSTAGE_QUOTE
    # The passage is on screen: the caret sits at its start.
    assert reader.text.textCursor().position() == reader.highlighted[0]
    # Back returns to the episode; the table row stayed selected meanwhile.
    assert window.table.selected_ids() == [HOSTAGE]
    window.actions["go.back"].trigger()
    assert window.session.state.selected_episode == HOSTAGE
    assert window.detail.stack.currentWidget() is window.detail.browser


def test_copyrighted_document_shows_record_and_rights_only(qtbot, window):
    window.session.state.select("episode", CHINA)
    click_link_text(qtbot, window.detail.browser, "Copyright article")
    reader = window.detail.reader
    assert not reader.full.isVisible()
    record = reader.record.toPlainText()
    assert "Copyrighted; short quotations only." in record
    assert "Peru recognised the People's Republic in 1971." in record


def test_disputed_dates_are_shown_with_both_sources(qtbot, window):
    window.session.state.select("episode", VISIT)
    text = window.detail.browser.toPlainText()
    assert "The sources disagree" in text
    assert "March 1991" in text and "1992" in text
    assert "⚑" in window.table.model.display(
        window.table.model.record(window.table.model.row_of(VISIT)), "date"
    )


def test_sorting_by_a_header_click_is_done_by_the_store(qtbot, window):
    header = window.table.table.horizontalHeader()
    title_column = [c.key for c in window.table.model.columns].index("title")
    x = header.sectionViewportPosition(title_column) + header.sectionSize(title_column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert window.table.sort_by["episodes"][0] == "title"
    titles = [window.table.model.record(r)["title"] for r in range(4)]
    assert titles == sorted(titles, key=str.lower) or titles == sorted(
        titles, key=str.lower, reverse=True
    )


def test_other_listings_search_and_select(qtbot, window):
    window.table.tabs.setCurrentIndex(2)  # Actors
    assert window.table.view_name == "actors"
    qtbot.keyClicks(window.table.search, "MRTA")
    wait_for_query(qtbot, window)
    assert window.table.model.ids == ["mrta"]
    click_row(qtbot, window.table, 0)
    assert window.session.state.selection.kind == "actor"
    assert "Japanese embassy hostage crisis" in window.detail.browser.toPlainText()


def test_empty_result_offers_to_clear(qtbot, window):
    qtbot.keyClicks(window.table.search, "zzzzqqq")
    wait_for_query(qtbot, window)
    assert window.table.model.ids == []
    assert window.table.empty.isVisible()
    window.table.empty.linkActivated.emit("clear")
    assert window.session.state.filters.is_empty()
    assert len(window.table.model.ids) == 4


def test_matches_are_painted_in_the_marker_colour(qtbot, window):
    from PySide6.QtGui import QColor

    from explorer.ui import theme

    def marked_pixels() -> int:
        image = window.table.table.viewport().grab().toImage()
        marker = QColor(theme.current().match).rgb()
        return sum(
            image.pixel(x, y) == marker
            for y in range(0, image.height(), 2)
            for x in range(0, image.width(), 2)
        )

    assert marked_pixels() == 0
    qtbot.keyClicks(window.table.search, "hostage")
    wait_for_query(qtbot, window)
    window.table.table.viewport().repaint()
    assert marked_pixels() > 20


def test_the_matches_kept_for_painting_follow_a_new_search(qapp):
    from explorer.ui.table.highlight import HighlightDelegate

    delegate = HighlightDelegate()
    delegate.terms = ["japan"]
    assert delegate._matches("Japan, Peru") == [(0, 5)]
    delegate.terms = ["peru"]  # the next search: what was kept for "japan" is not used
    assert delegate._matches("Japan, Peru") == [(7, 11)]
    delegate.terms.append("jap")  # changed in place too
    assert delegate._matches("Japan, Peru") == [(0, 3), (7, 11)]
