"""The presentation bar's key hint: each key a cap of its own, never run together with the
next one, translatable as one string, and on one line at projector type."""

from __future__ import annotations

import re

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from explorer.ui.presentation.bar import PresentationBar, hint_html, key_groups


def _caps(html: str) -> list[str]:
    inner = re.findall(r"<span style=\"[^\"]*\">(.*?)</span>", html)
    return [text.replace("&nbsp;", " ").strip() for text in inner]


def test_keys_are_separate_caps_not_run_together(qtbot):
    bar = PresentationBar()
    qtbot.addWidget(bar)
    assert bar.hint_groups == [
        (["→", "Page Down", "Space"], "next"),
        (["←", "Page Up"], "previous"),
        (["Esc"], "leave"),
    ]
    # One cap per key: "Page Down" is one key, and "Space" is not glued to it.
    assert _caps(bar.hint.text()) == ["→", "Page Down", "Space", "←", "Page Up", "Esc"]
    # A screen reader hears the keys apart too.
    assert "Page Down / Space" in bar.hint.accessibleName()


def test_a_translation_keeps_its_own_key_names():
    groups = key_groups("→ / Av Pág / Espacio: siguiente · ← / Re Pág: anterior · Esc: salir")
    assert groups[0] == (["→", "Av Pág", "Espacio"], "siguiente")
    assert groups[2] == (["Esc"], "salir")
    # A translation that lost the shape is still shown, whole, rather than dropped.
    assert key_groups("Esc para salir") == [([], "Esc para salir")]


def test_no_line_break_inside_a_key_or_a_group():
    from PySide6.QtGui import QColor

    html = hint_html(key_groups("→ / Page Down: next · Esc: leave"), "", QColor("black"),
                     QColor("white"))  # fmt: skip
    groups = html.split("&nbsp;&nbsp; ")
    assert len(groups) == 2
    # Between tags only non-breaking spaces: the line may break between groups, nowhere else.
    assert all(" " not in re.sub(r"<[^>]+>", "", group) for group in groups)


def test_hint_is_one_legible_line_at_projector_type(qtbot):
    bar = PresentationBar()
    qtbot.addWidget(bar)
    font = QFont(bar.font())
    font.setPointSizeF(font.pointSizeF() * 1.8)
    bar.setFont(font)
    bar.resize(1366, 120)
    bar.show()
    qtbot.waitExposed(bar)
    bar.show_view("A view", "", 0, 3)
    QApplication.processEvents()
    hint = bar.hint
    assert hint.fontInfo().pointSizeF() >= 1.5 * QApplication.font().pointSizeF()
    assert not hint.wordWrap()
    assert hint.sizeHint().height() < 2 * hint.fontMetrics().height()  # one line
    assert hint.geometry().right() <= bar.width()
    assert hint.width() >= hint.sizeHint().width()  # nothing of it cut off
