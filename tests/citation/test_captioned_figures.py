"""Captioned figures: Copy image with caption (image, HTML and text on the clipboard), and PNG /
SVG files with the caption block under the figure, for the chart, timeline and comparison.

The figure part is compared with what the export functions draw (they are the exports
engineer's; the caption only adds to them), the SVG is rendered by an independent renderer
(rsvg-convert), and the caption's words are checked against the store.
"""

from __future__ import annotations

import base64
import shutil
import sqlite3
import subprocess
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QFileDialog

from explorer.core.citation_caption import Caption
from explorer.ui.plotting import caption as figure_caption
from explorer.ui.plotting import export
from tests.classroom.conftest import leave_any_presentation, open_window
from tests.conftest import STORE_PATH

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def window(qtbot, store_path):
    win = open_window(qtbot, store_path)
    yield win
    leave_any_presentation(win)
    win.close()


@pytest.fixture(scope="module")
def flagged_series():
    conn = sqlite3.connect(f"{STORE_PATH.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    row = conn.execute(
        """SELECT s.id, s.title, s.unit_label, s.table_ref, o.period, o.value_text
           FROM series s JOIN observations o ON o.series_id = s.id
           WHERE o.flag = 'inconsistent' ORDER BY s.id, o.start LIMIT 1""").fetchone()  # fmt: skip
    version = conn.execute("SELECT value FROM meta WHERE key = 'dataset_version'").fetchone()[0]
    conn.close()
    return {"id": row[0], "title": row[1], "unit": row[2], "table": row[3], "period": row[4],
            "value": row[5], "version": version}  # fmt: skip


def show_chart(window, qtbot, series_id):
    window.show_pane("chart")
    window.session.state.set_chart_series([series_id])
    qtbot.waitUntil(lambda: bool(window.panes["chart"].figure.plots), timeout=5000)
    qtbot.wait(50)
    return window.panes["chart"]


def menu_action(pane_id, pane, name):
    menu = figure_caption.export_menu_of(pane_id, pane)
    return next(a for a in menu.actions() if a.objectName() == f"{pane_id}.{name}")


def test_chart_caption_names_series_unit_flags_sources_and_version(window, qtbot, flagged_series):
    pane = show_chart(window, qtbot, flagged_series["id"])
    caption = figure_caption.caption_for("chart", pane)
    text = caption.text()
    assert f"{flagged_series['title']} ({flagged_series['unit']};" in text
    assert flagged_series["table"] in text
    assert (f"{flagged_series['period']}: {flagged_series['value']} {flagged_series['unit']} "
            "— Inconsistent") in text  # fmt: skip
    assert "Sources: " in text and flagged_series["version"] in text


def test_copy_image_with_caption_puts_image_html_and_text_on_the_clipboard(
    window, qtbot, flagged_series
):
    pane = show_chart(window, qtbot, flagged_series["id"])
    menu_action("chart", pane, "copy-captioned").trigger()
    mime = QApplication.clipboard().mimeData()
    assert mime.hasImage() and mime.hasHtml() and mime.hasText()
    assert {"text/html", "text/plain"} <= set(mime.formats())
    caption = figure_caption.caption_for("chart", pane)
    assert mime.text() == caption.text()
    html = mime.html()
    assert html.startswith('<figure><img src="data:image/png;base64,') and "<figcaption>" in html
    encoded = html.split("base64,", 1)[1].split('"', 1)[0]
    pasted = QImage.fromData(base64.b64decode(encoded))
    figure = export.render_image(pane.figure)
    assert (pasted.width(), pasted.height()) == (figure.width(), figure.height())
    assert flagged_series["unit"] in html and "Inconsistent" in html
    image = QImage(mime.imageData())
    assert image.width() == figure.width() and image.height() > figure.height() + 40


def test_png_with_caption_is_the_figure_then_the_caption(window, qtbot, tmp_path, flagged_series):
    pane = show_chart(window, qtbot, flagged_series["id"])
    path = tmp_path / "chart.png"
    figure_caption.save_with_caption("chart", pane, path, "png")
    saved = QImage(str(path)).convertToFormat(QImage.Format.Format_ARGB32)
    figure = export.render_image(pane.figure).convertToFormat(QImage.Format.Format_ARGB32)
    assert saved.width() == figure.width() and saved.height() > figure.height()
    # The top is exactly the figure the export draws (sampled on a grid).
    for y in range(0, figure.height(), 23):
        for x in range(0, figure.width(), 29):
            assert saved.pixel(x, y) == figure.pixel(x, y), (x, y)
    # The bottom holds the caption: dark text on white paper.
    below = [saved.pixelColor(x, y).lightness() for y in range(figure.height(), saved.height(), 3)
             for x in range(0, saved.width(), 3)]  # fmt: skip
    assert min(below) < 100 and max(below) > 240


@pytest.mark.skipif(shutil.which("rsvg-convert") is None, reason="needs rsvg-convert (librsvg)")
def test_svg_with_caption_renders_in_librsvg_with_the_caption_as_text(
    window, qtbot, tmp_path, flagged_series
):
    pane = show_chart(window, qtbot, flagged_series["id"])
    path = tmp_path / "chart.svg"
    figure_caption.save_with_caption("chart", pane, path, "svg")
    root = ET.parse(path).getroot()
    words = " ".join("".join(t.itertext()) for t in root.iter(f"{SVG}text"))
    assert flagged_series["title"].split(":")[0] in words and flagged_series["version"] in words
    assert root.find(f"{SVG}svg") is not None  # the export's drawing, nested unchanged
    png = tmp_path / "chart-rsvg.png"
    result = subprocess.run(["rsvg-convert", "-o", str(png), str(path)], capture_output=True,
                            text=True, timeout=60, check=False)  # fmt: skip
    assert result.returncode == 0, result.stderr
    rendered = QImage(str(png))
    outer_w, outer_h = float(root.get("width")), float(root.get("height"))
    assert (rendered.width(), rendered.height()) == (round(outer_w), round(outer_h))
    inner_h = float(root.find(f"{SVG}svg").get("height"))
    below = [rendered.pixelColor(x, y).lightness() for y in range(int(inner_h) + 2,
             rendered.height(), 2) for x in range(0, rendered.width(), 2)]  # fmt: skip
    assert min(below) < 120  # the caption's text is drawn under the figure


def test_hostile_caption_text_is_escaped_in_svg_and_html():
    caption = Caption('<b>"x"</b> & ]]>', ["line <script>"])
    svg = figure_caption.captioned_svg(
        '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" '
        'viewBox="0 0 200 100"><rect width="10" height="10"/></svg>', caption)  # fmt: skip
    root = ET.fromstring(svg)  # well-formed despite the markup in the text
    assert "line <script>" in " ".join("".join(t.itertext()) for t in root.iter(f"{SVG}text"))
    html = figure_caption.caption_html(caption)
    assert "<script>" not in html and "&lt;b&gt;" in html


def test_timeline_and_comparison_have_captioned_exports(window, qtbot, tmp_path, monkeypatch):
    state = window.session.state
    episodes = ["1996-japanese-embassy-hostage-crisis"]
    other = window.session.store.execute(
        "SELECT id FROM episodes WHERE kind = 'visit' ORDER BY start_lo LIMIT 1").fetchone()[0]  # fmt: skip
    state.set_compare_episodes([*episodes, other])
    window.show_pane("compare")
    qtbot.wait(100)
    compare = window.panes["compare"]
    caption = figure_caption.caption_for("compare", compare)
    assert "MRTA" in caption.title and "Relations Explorer dataset" in caption.text()
    target = tmp_path / "comparison.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    menu_action("compare", compare, "png-captioned").trigger()
    assert QImage(str(target)).height() > 100
    timeline = window.panes["timeline"]
    menu_action("timeline", timeline, "copy-captioned").trigger()
    mime = QApplication.clipboard().mimeData()
    assert mime.text().startswith("Timeline of Peru's foreign relations")
    assert "Episodes shown:" in mime.text()


@pytest.mark.skipif(shutil.which("rsvg-convert") is None, reason="needs rsvg-convert (librsvg)")
def test_timeline_and_comparison_svg_with_caption_render_in_librsvg(window, qtbot, tmp_path):
    state = window.session.state
    other = window.session.store.execute(
        "SELECT id FROM episodes WHERE kind = 'visit' ORDER BY start_lo LIMIT 1").fetchone()[0]  # fmt: skip
    state.set_compare_episodes(["1996-japanese-embassy-hostage-crisis", other])
    for pane_id in ("timeline", "compare"):
        window.show_pane(pane_id)
        qtbot.wait(80)
        pane = window.panes[pane_id]
        path = tmp_path / f"{pane_id}.svg"
        figure_caption.save_with_caption(pane_id, pane, path, "svg")
        root = ET.parse(path).getroot()
        caption = figure_caption.caption_for(pane_id, pane)
        words = " ".join("".join(t.itertext()) for t in root.iter(f"{SVG}text"))
        assert caption.title.split(" ")[0] in words and "Relations Explorer dataset" in words
        png = tmp_path / f"{pane_id}.png"
        result = subprocess.run(["rsvg-convert", "-o", str(png), str(path)],
                                capture_output=True, text=True, timeout=60, check=False)  # fmt: skip
        assert result.returncode == 0, result.stderr
        assert QImage(str(png)).height() == round(float(root.get("height")))
