"""Opening a passage from the table's episode shows it in the full text, centred, in a view
tall enough to read it with context (detail/reader.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from explorer.ui.detail.reader import MIN_TEXT_LINES


def _passages(store, where: str) -> list[tuple[int, int]]:
    return store.execute(
        "SELECT p.id, p.char_end - p.char_start FROM passages p JOIN sources s ON s.id = "
        f"p.source_id WHERE p.char_start >= 0 AND s.full_text IS NOT NULL AND {where} "
        "ORDER BY p.id LIMIT 3"
    ).fetchall()


def _open(qtbot, window, passage_id):
    window.session.state.select("passage", passage_id, origin="test")
    reader = window.detail.reader
    qtbot.waitUntil(lambda: reader.highlighted is not None and reader.text.isVisible())
    for _ in range(3):
        QApplication.processEvents()  # the deferred centring
    return reader


def test_a_passage_mid_text_opens_centred(qtbot, make_window, store_path, store):
    window = make_window(store_path, size=(1366, 768))
    middle = "p.char_start BETWEEN length(s.full_text) * 0.3 AND length(s.full_text) * 0.6"
    chosen = _passages(store, middle)
    assert chosen, "the store has no passage in the middle of a full text"
    for passage_id, _length in chosen:
        reader = _open(qtbot, window, passage_id)
        view = reader.text
        line = view.fontMetrics().lineSpacing()
        assert view.height() >= MIN_TEXT_LINES * line
        rect, height = reader.passage_rect(), view.viewport().height()
        assert rect.top() >= 0 and rect.bottom() <= height, (passage_id, rect, height)
        if rect.height() + 2 * line <= height:
            assert abs(rect.center().y() - height / 2) <= 1.5 * line, (passage_id, rect, height)
        else:
            assert line <= rect.top() <= 4 * line  # long: near the top, context above
        assert reader.highlighted_text()


def test_the_last_passage_of_a_text_is_fully_visible(qtbot, make_window, store_path, store):
    window = make_window(store_path, size=(1366, 768))
    last = "p.char_end >= length(s.full_text) - 5"
    for passage_id, _length in _passages(store, last):
        reader = _open(qtbot, window, passage_id)
        rect, height = reader.passage_rect(), reader.text.viewport().height()
        assert rect.top() >= 0 and rect.bottom() <= height, (passage_id, rect, height)


def test_the_passage_stays_centred_when_the_view_is_resized_until_the_user_scrolls(
    qtbot, make_window, store_path, store
):
    """The window may still be laying its panes out (or the user drags a dock) after the
    passage opened: it is centred again, but never pulled back once the user has scrolled."""
    window = make_window(store_path, size=(1366, 768))
    middle = "p.char_start BETWEEN length(s.full_text) * 0.3 AND length(s.full_text) * 0.6"
    passage_id = next(p for p, length in _passages(store, middle) if length < 400)
    reader = _open(qtbot, window, passage_id)
    view = reader.text
    line = view.fontMetrics().lineSpacing()
    window.resize(1366, 640)  # the reader loses height: the passage must move back up
    for _ in range(5):
        QApplication.processEvents()
    rect, height = reader.passage_rect(), view.viewport().height()
    assert abs(rect.center().y() - height / 2) <= 1.5 * line, (rect, height)
    # The user scrolls away to read on: a resize no longer brings the passage back.
    bar = view.verticalScrollBar()
    bar.setValue(bar.value() + 10)
    moved = reader.passage_rect().top()
    window.resize(1366, 760)
    for _ in range(5):
        QApplication.processEvents()
    after = reader.passage_rect()
    # Where the user left it (Qt may shift the text by a line as the view grows), not centred.
    assert abs(after.top() - moved) <= 1.5 * line, (after, moved)
    assert abs(after.center().y() - view.viewport().height() / 2) > 3 * line
