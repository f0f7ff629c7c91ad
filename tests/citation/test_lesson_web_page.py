"""Lessons ▸ Export as Web Page: one self-contained HTML file, opened in real headless Chromium.

The lesson is built on the real window (views saved through the classroom, a note on a
record), exported, and loaded in Chromium: it must make no network request at all, render
(a screenshot), and hold each view's image, title, caption, sources and the teacher's note,
with every data string escaped.
"""

from __future__ import annotations

import base64
import re
from html import escape
from html.parser import HTMLParser

import pytest
from PySide6.QtGui import QImage

from explorer.core.views import Lesson
from explorer.ui.lessons import capture
from explorer.ui.lessons.web_page import write_lesson_page
from explorer.ui.lessons.web_page_html import PageSection, lesson_html
from tests.citation import chromium
from tests.classroom.conftest import leave_any_presentation, open_window
from tests.classroom.lesson_scenario import set_up, six_steps

HOSTILE = '<script>alert("x")</script> & <img src="http://127.0.0.1:9/x.png">'
LABELS = {"skip": "Skip", "contents": "Contents", "notes": "Notes", "sources": "Sources",
          "made_with": "Made with Relations Explorer"}  # fmt: skip


class Structure(HTMLParser):
    """What a browser would find: tags, image sources, scripts, external references."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.images: list[dict] = []
        self.references: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        attrs = dict(attrs)
        if tag == "img":
            self.images.append(attrs)
        for name in ("src", "href"):
            value = attrs.get(name) or ""
            if value and not value.startswith(("data:", "#")):
                self.references.append(value)


def parse(text: str) -> Structure:
    structure = Structure()
    structure.feed(text)
    return structure


@pytest.fixture
def lesson_window(qtbot, store_path):
    win = open_window(qtbot, store_path)
    yield win
    leave_any_presentation(win)
    win.close()


def build_lesson(window, qtbot) -> Lesson:
    library = window.classroom.library
    steps = [s for s in six_steps(window.session.store) if {"chart", "timeline"} & set(s.panes)]
    views = []
    for step in steps[:3]:
        set_up(window, step, qtbot)
        views.append(library.save_view(capture.capture(window, step.title, step.caption,
                                                       step.panes)))  # fmt: skip
    noted = next(v for v in views if v.state["selection"] or v.state["chart_series"])
    kind, target = (("series", noted.state["chart_series"][0]) if noted.state["chart_series"]
                    else (noted.state["selection"]["kind"], noted.state["selection"]["id"]))  # fmt: skip
    window.session.notes.add(kind, target, f"Ask the class why. {HOSTILE}", ["clase"])
    return library.save_lesson(Lesson("Perú y Japón <en clase>", tuple(v.id for v in views),
                                      description="Tres vistas & una nota"))  # fmt: skip


def test_the_page_is_escaped_self_contained_and_complete(qtbot, lesson_window, tmp_path):
    window = lesson_window
    lesson = build_lesson(window, qtbot)
    before = capture.capture(window, "before").state
    path = write_lesson_page(window, lesson, tmp_path / "leccion")
    assert path.suffix == ".html"
    assert capture.capture(window, "after").state == before  # the window is put back
    text = path.read_text(encoding="utf-8")
    structure = parse(text)
    assert "script" not in structure.tags
    assert structure.references == []  # nothing to fetch: no src or href leaves the file
    assert HOSTILE not in text and "&lt;script&gt;alert" in text  # the note is escaped
    assert "Perú y Japón &lt;en clase&gt;" in text
    views = [window.classroom.library.view(v) for v in lesson.view_ids]
    for view in views:
        assert escape(view.title) in text and escape(view.caption) in text
    assert structure.tags.count("section") == len(views)
    assert len(structure.images) >= len(views)
    for image in structure.images:
        assert image["alt"]
        png = QImage.fromData(base64.b64decode(image["src"].split(",", 1)[1]))
        assert not png.isNull() and png.width() > 100
    # Each view's sources are named with their locators, and the dataset version is given.
    version = window.session.store.execute(
        "SELECT value FROM meta WHERE key = 'dataset_version'").fetchone()[0]  # fmt: skip
    assert version in text
    assert text.count('class="sources"') == len(views)
    assert "@media print" in text and 'lang="en"' in text


@pytest.mark.skipif(not chromium.available(), reason="needs Chromium (apt install chromium)")
def test_the_page_loads_in_chromium_with_no_network_request(qtbot, lesson_window, tmp_path):
    window = lesson_window
    lesson = build_lesson(window, qtbot)
    path = write_lesson_page(window, lesson, tmp_path / "lesson.html")
    screenshot = tmp_path / "lesson-web-page.png"
    requests = chromium.open_page(path, screenshot)
    assert requests == []
    shot = QImage(str(screenshot))
    assert not shot.isNull() and shot.width() == 1280
    # It drew something: the page is not a blank sheet (many distinct colours, from the images).
    colours = {shot.pixel(x, y) for x in range(0, shot.width(), 16)
               for y in range(0, shot.height(), 16)}  # fmt: skip
    assert len(colours) > 20


@pytest.mark.skipif(not chromium.available(), reason="needs Chromium (apt install chromium)")
def test_the_request_count_does_see_a_request(tmp_path):
    """The check above can fail: a page referring to a loopback address is counted."""
    section = PageSection("x", caption="y")
    text = lesson_html("t", "", [section], "d", LABELS).replace(
        "<main", '<img src="http://127.0.0.1:9/nothing.png" alt=""><main'
    ).replace(re.search(r'<meta http-equiv="Content-Security-Policy"[^>]*>',
                        lesson_html("t", "", [section], "d", LABELS)).group(0), "")  # fmt: skip
    page = tmp_path / "leaky.html"
    page.write_text(text, encoding="utf-8")
    assert chromium.open_page(page, tmp_path / "leaky.png") == ["http://127.0.0.1:9/nothing.png"]
