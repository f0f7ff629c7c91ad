"""Lessons ▸ Export as Web Page: the lesson as one HTML file students open in any browser.

Each view of the lesson is shown in the window in turn (as presenting would), its figures are
drawn with the panes' own export functions and captioned (plotting/caption.py), its sources
cited with their locators (core/citation_view.py), and the teacher's caption and notes on its
records put beside them; the window is then put back as it was. web_page_html.py writes the
page.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from explorer.core.citation_styles import StyleError
from explorer.core.citation_view import cite_view
from explorer.core.views import Lesson, SavedView
from explorer.store import sources_export
from explorer.store.atomic import write_atomically
from explorer.ui import dialogs, guarded, i18n
from explorer.ui.lessons import capture
from explorer.ui.lessons.web_page_html import PageFigure, PageSection, lesson_html
from explorer.ui.plotting import caption as figure_caption

log = logging.getLogger(__name__)
FIGURE_PANES = ("timeline", "chart", "compare")
STYLE = "chicago-author-date"


def _tr(text: str) -> str:
    return QCoreApplication.translate("LessonWebPage", text)


def _png(image) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def _settle() -> None:
    for _ in range(3):  # restored panes lay out and redraw over a few turns of the loop
        QApplication.processEvents()


def _figures(window: QMainWindow, view: SavedView) -> list[PageFigure]:
    figures = []
    for pane_id in FIGURE_PANES:
        pane = window.panes.get(pane_id)
        if pane_id not in view.panes or pane is None or not hasattr(pane, "session"):
            continue
        try:
            image = figure_caption.figure_image(pane_id, pane)
            caption = figure_caption.caption_for(pane_id, pane)
        except (AttributeError, OSError) as error:
            log.warning("no %s figure for the view %r: %s", pane_id, view.title, error)
            continue
        if image.isNull() or image.width() < 2:
            continue
        ratio = image.devicePixelRatio() or 1.0
        figures.append(PageFigure(_png(image), round(image.width() / ratio),
                                  round(image.height() / ratio), caption.title,
                                  caption.lines))  # fmt: skip
    return figures


def _notes(window: QMainWindow, view: SavedView) -> list[tuple[str, str]]:
    notes_store = window.session.notes
    if notes_store is None:
        return []
    state, conn = view.state, window.session.store
    targets = [("series", s) for s in state["chart_series"]]
    targets += [("episode", e) for e in state["compare_episodes"]]
    if state["selection"]:
        targets.insert(0, (state["selection"]["kind"], state["selection"]["id"]))
    found = []
    for kind, item_id in dict.fromkeys(targets):
        try:
            notes = notes_store.notes_for(kind, item_id)
        except Exception as error:  # noqa: BLE001 - a notes problem must not stop the page
            log.warning("could not read the notes on %s %s: %s", kind, item_id, error)
            continue
        label = sources_export.record_label(conn, kind, item_id) or item_id
        found += [(label, note.body) for note in notes if note.body.strip()]
    return found


def _section(window: QMainWindow, view: SavedView | None) -> PageSection:
    if view is None:
        return PageSection(_tr("A view that is no longer saved"),
                           missing=_tr("This view was deleted; it is left out."))  # fmt: skip
    notices = capture.restore(window, view, presenting=False)
    _settle()
    section = PageSection(view.title, view.caption, _figures(window, view),
                          notes=_notes(window, view), missing=" ".join(notices))  # fmt: skip
    try:
        section.sources = cite_view(window.session.store, view.state, STYLE).sources
    except StyleError as error:
        log.warning("could not cite the sources of %r: %s", view.title, error)
        section.missing = (section.missing + " " + str(error)).strip()
    return section


def lesson_page(window: QMainWindow, lesson: Lesson) -> str:
    """The lesson's web page; the window is put back as it was afterwards."""
    library = window.classroom.library
    before = capture.capture(window, "before the web page")
    try:
        sections = [_section(window, view) for view in library.lesson_views(lesson)]
    finally:
        capture.restore(window, before, presenting=False)
        _settle()
    meta = sources_export.dataset_meta(window.session.store)
    dataset = _tr("Relations Explorer · dataset {version}").format(
        version=meta.get("dataset_version", "?"))  # fmt: skip
    labels = {
        "skip": _tr("Skip to the lesson"),
        "contents": _tr("Views in this lesson"),
        "notes": _tr("Teacher's notes"),
        "sources": _tr("Sources"),
        "made_with": _tr("Made with Relations Explorer from the dataset {title}, version "
                         "{version}. Every record cites the passage of the document it comes "
                         "from.").format(title=meta.get("title", ""),
                                         version=meta.get("dataset_version", "?")),
    }  # fmt: skip
    return lesson_html(lesson.title, lesson.description, sections, dataset, labels,
                       i18n.current_language())  # fmt: skip


def write_lesson_page(window: QMainWindow, lesson: Lesson, path: Path) -> Path:
    if path.suffix.lower() not in (".html", ".htm"):
        path = path.with_name(path.name + ".html")
    with guarded.exporting(_tr("The lesson's page")):  # its captions read the store
        page = lesson_page(window, lesson)
    write_atomically(path, page)
    return path


def current_lesson(window: QMainWindow) -> Lesson | None:
    library = window.classroom.library
    lesson = library.lesson(library.current_lesson_id)
    if lesson is None:
        lessons = library.lessons()
        lesson = lessons[0] if lessons else None
    return lesson


def export_current_lesson(window: QMainWindow) -> Path | None:
    lesson = current_lesson(window)
    if lesson is None:
        QMessageBox.information(window, _tr("Export as Web Page"),
                                _tr("There is no lesson yet: make one in Views and Lessons "
                                    "(Ctrl+Shift+L)."))  # fmt: skip
        return None
    keep = "".join(c if c.isalnum() or c in " -_" else " " for c in lesson.title)
    suggestion = Path.home() / f"{'-'.join(keep.split())[:60] or 'lesson'}.html"
    chosen = dialogs.choose_save_path(window, _tr("Export Lesson as Web Page"), suggestion,
                                      _tr("Web page (*.html)"))  # fmt: skip
    if chosen is None:
        return None
    try:
        path = write_lesson_page(window, lesson, chosen)
    except OSError as error:
        log.warning("could not write the lesson page %s: %s", chosen, error)
        QMessageBox.warning(window, _tr("Export failed"), _tr("Could not write {path}: {problem}")
                            .format(path=chosen, problem=error.strerror or error))  # fmt: skip
        return None
    window.statusBar().showMessage(
        _tr("Wrote the lesson “{title}” to {path}.").format(title=lesson.title, path=path), 8000
    )
    return path
