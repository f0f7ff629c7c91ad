"""The issue's "done when": a lesson of six views is built, saved, exported, imported into a
fresh user profile and presented end to end in Spanish (screenshots of every step are written
next to the test's files; make_screenshots.py writes the ones in docs/)."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from explorer.ui import i18n
from explorer.ui.lessons.save_dialog import SaveViewDialog
from explorer.ui.workspaces import HOME, workspace_for_view

from .conftest import open_window
from .lesson_scenario import set_up, six_steps


def teacher_builds_and_exports(qtbot, store_path, monkeypatch, export_path):
    """In her own profile: six views saved through the Save View dialog, a lesson made of
    them with the keyboard in the Views and Lessons dialog, exported to a file."""
    from explorer.ui.lessons.controller import ClassroomController

    window = open_window(qtbot, store_path)
    classroom = getattr(window, "classroom", None) or ClassroomController(window, window.settings)
    steps = six_steps(window.session.store)
    for step in steps:
        set_up(window, step, qtbot)

        def fill(dialog, step=step):
            # setText, not keyClicks: QTest types Latin-1 only, and the titles have "–", "ó"…
            dialog.title_edit.setText(step.title)
            dialog.caption_edit.setPlainText(step.caption)
            for pane_id, box in dialog.pane_boxes.items():
                box.setChecked(pane_id in step.panes)
            return SaveViewDialog.DialogCode.Accepted

        monkeypatch.setattr(SaveViewDialog, "exec", fill)
        assert classroom.save_current_view() is not None
    assert [v.title for v in classroom.library.views()] == [s.title for s in steps]

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Perú y Asia: seis vistas", True))
    classroom.open_manager()
    dialog = classroom._manager
    dialog.new_lesson()
    dialog.views.setFocus()
    for row in range(dialog.views.count()):
        dialog.views.setCurrentRow(row)
        qtbot.keyClick(dialog.views, Qt.Key.Key_Insert)
    lesson_id = dialog._lesson.id
    qtbot.waitUntil(lambda: len(classroom.library.lesson(lesson_id).view_ids) == 6)
    assert dialog.export_to(export_path)
    window.session.notes.close()
    window.close()
    return steps


def test_six_view_lesson_from_teacher_to_class_in_spanish(
    qtbot, qapp, store_path, monkeypatch, tmp_path
):
    export_path = tmp_path / "leccion.json"
    monkeypatch.setenv("RELATIONS_EXPLORER_HOME", str(tmp_path / "teacher"))
    steps = teacher_builds_and_exports(qtbot, store_path, monkeypatch, export_path)
    shared = json.loads(export_path.read_text(encoding="utf-8"))
    assert sorted(i["kind"] for i in shared["items"]) == ["lesson"] + ["view"] * 6
    assert export_path.stat().st_size < 64 * 1024  # a small file a teacher can hand out

    # In class: a fresh profile, the interface in Spanish.
    monkeypatch.setenv("RELATIONS_EXPLORER_HOME", str(tmp_path / "classroom"))
    assert i18n.install(qapp, "es") == "es"
    try:
        window = open_window(qtbot, store_path, size=(1280, 720))
        from explorer.ui.lessons.controller import ClassroomController

        classroom = getattr(window, "classroom", None) or ClassroomController(
            window, window.settings
        )
        assert classroom.library.views() == []
        classroom.open_manager()
        dialog = classroom._manager
        assert dialog.import_from(export_path)
        assert "7 vistas o lecciones nuevas" in dialog.message.text()
        assert dialog.lesson_views.count() == 6

        dialog.present()  # the dialog's Present button, as F5 would
        mode = classroom.presentation
        assert mode.active
        shots = []
        for number, step in enumerate(steps, start=1):
            bar = mode.bar
            assert bar.position.text() == f"{number} / 6"
            assert bar.title.text() == step.title and bar.caption.text() == step.caption
            state = window.session.state
            assert state.chart_series == tuple(step.series) or "chart" not in step.panes
            if step.select:
                assert state.selection is not None and state.selection.id == step.select[1]
            # One workspace in front (the view's), the docks it names beside it.
            front = workspace_for_view(step.panes, ())
            expected = {p for p in step.panes if p in window.docks or HOME.get(p) == front}
            if mode.face:  # too low for both at large type: the other of the two is one T away
                expected -= {"table" if mode.face == "timeline" else "timeline"}
            shown = {p for p, pane in window.panes.items() if pane.isVisible()}
            assert shown == expected, step.title
            qtbot.wait(30)
            shot = tmp_path / f"view-{number}.png"
            window.grab().save(str(shot))
            shots.append(shot)
            qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_PageDown)
        assert mode.bar.position.text() == "6 / 6"  # the last view stays on Page Down
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Escape)
        assert not mode.active
        assert all(shot.stat().st_size > 10_000 for shot in shots)
        window.close()
    finally:
        i18n.install(qapp, "en")


@pytest.fixture(autouse=True)
def _english_afterwards(qapp):
    yield
    i18n.install(qapp, "en")
