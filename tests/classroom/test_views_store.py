"""Views and lessons in the notes store, and the shared file's merge rules (no Qt)."""

from __future__ import annotations

import json

import pytest

from explorer.core.views import LESSON_KIND, VIEW_KIND, Lesson, SavedView, check_payload
from explorer.store.notes import NotesStore
from explorer.store.views_store import ViewsFileError, ViewsStore


@pytest.fixture
def teacher(tmp_path):
    notes = NotesStore.open(tmp_path / "teacher.db", dataset_version="2026.1")
    yield ViewsStore(notes)
    notes.close()


@pytest.fixture
def student(tmp_path):
    notes = NotesStore.open(tmp_path / "student.db", dataset_version="2026.1")
    yield ViewsStore(notes)
    notes.close()


def save_view(store: ViewsStore, view: SavedView) -> SavedView:
    store.save(VIEW_KIND, view.title, view.to_payload(), view.id)
    return view


def make_lesson(store: ViewsStore, count: int = 3) -> tuple[Lesson, list[SavedView]]:
    views = [save_view(store, SavedView(f"View {n}", f"caption {n}")) for n in range(count)]
    lesson = Lesson("Lesson", tuple(v.id for v in reversed(views)))
    store.save(LESSON_KIND, lesson.title, lesson.to_payload(), lesson.id)
    return lesson, views


def merge(store: ViewsStore, text: str):
    return store.import_document(text, check_payload)


def test_export_carries_the_lesson_and_its_views(teacher, student):
    lesson, views = make_lesson(teacher)
    save_view(teacher, SavedView("Not in the lesson"))
    document = json.loads(teacher.export_document([lesson.id]))
    kinds = [(i["kind"], i["name"]) for i in document["items"]]
    assert kinds[0] == ("lesson", "Lesson")
    assert sorted(n for k, n in kinds if k == "view") == ["View 0", "View 1", "View 2"]
    report = merge(student, json.dumps(document))
    assert len(report.added) == 4 and report.lessons == [lesson.id]
    copied = student.get(lesson.id)
    assert copied.payload["views"] == [v.id for v in reversed(views)]  # order kept


def test_reimport_is_a_no_op(teacher, student):
    lesson, _ = make_lesson(teacher)
    text = teacher.export_document([lesson.id])
    merge(student, text)
    report = merge(student, text)
    assert not report.changed_anything and report.unchanged == 4
    assert len(student.items(VIEW_KIND)) == 3


def test_newer_version_replaces_an_unchanged_copy(teacher, student):
    lesson, views = make_lesson(teacher)
    merge(student, teacher.export_document([lesson.id]))
    save_view(teacher, views[0].with_changes(caption="better caption"))
    report = merge(student, teacher.export_document([lesson.id]))
    assert report.updated == ["View 0"] and not report.conflicts
    assert student.get(views[0].id).payload["caption"] == "better caption"


def test_older_version_does_not_undo_a_local_edit(teacher, student):
    lesson, views = make_lesson(teacher)
    old_file = teacher.export_document([lesson.id])
    merge(student, old_file)
    save_view(student, views[1].with_changes(caption="my own words"))
    report = merge(student, old_file)
    assert not report.changed_anything
    assert student.get(views[1].id).payload["caption"] == "my own words"


def test_changed_on_both_sides_keeps_both_and_points_the_new_lesson_at_theirs(teacher, student):
    lesson, views = make_lesson(teacher)
    merge(student, teacher.export_document([lesson.id]))
    save_view(student, views[0].with_changes(caption="student"))
    save_view(teacher, views[0].with_changes(caption="teacher"))
    second = Lesson("Second lesson", (views[0].id,))
    teacher.save(LESSON_KIND, second.title, second.to_payload(), second.id)
    report = merge(student, teacher.export_document([lesson.id, second.id]))
    assert report.conflicts == ["View 0"]
    captions = sorted(i.payload["caption"] for i in student.items(VIEW_KIND) if i.name == "View 0")
    assert captions == ["student", "teacher"]
    copy = next(i for i in student.items(VIEW_KIND) if i.payload.get("conflict_of"))
    assert copy.payload["conflict_of"] == views[0].id
    assert student.get(second.id).payload["views"] == [copy.id]
    again = merge(student, teacher.export_document([lesson.id, second.id]))
    assert not again.changed_anything  # the copy is recognised, not made twice


def test_deleted_here_stays_deleted_unless_changed_there(teacher, student):
    lesson, views = make_lesson(teacher)
    text = teacher.export_document([lesson.id])
    merge(student, text)
    student.delete(views[2].id)
    assert merge(student, text).kept_deleted == 1
    assert student.get(views[2].id) is None
    save_view(teacher, views[2].with_changes(caption="revised"))
    report = merge(student, teacher.export_document([lesson.id]))
    assert report.restored == ["View 2"] and student.get(views[2].id) is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("{not json", "line 1"),
        (
            '{"format": "relations-explorer-notes", "format_version": 1}',
            "not a file of saved views",
        ),
        (
            '{"format": "relations-explorer-views", "format_version": 9, "items": []}',
            "update the app",
        ),
        (
            '{"format": "relations-explorer-views", "format_version": 1, "items": [{"id": "x"}]}',
            "items[0].kind",
        ),
    ],
)
def test_bad_files_are_refused_whole_with_a_reason(student, text, expected):
    with pytest.raises(ViewsFileError) as raised:
        merge(student, text)
    assert expected in str(raised.value)
    assert student.items(VIEW_KIND) == []


def test_a_bad_payload_deep_inside_is_named_and_nothing_is_imported(teacher, student):
    lesson, _ = make_lesson(teacher)
    document = json.loads(teacher.export_document([lesson.id]))
    document["items"][2]["payload"]["state"]["selection"] = {"kind": "planet", "id": "x"}
    with pytest.raises(ViewsFileError) as raised:
        merge(student, json.dumps(document))
    assert "items[2].payload.state.selection.kind" in str(raised.value)
    assert student.items(VIEW_KIND) == [] and student.items(LESSON_KIND) == []


def test_views_live_in_the_notes_store_and_survive_reopening(tmp_path):
    path = tmp_path / "notes.db"
    notes = NotesStore.open(path)
    view = save_view(ViewsStore(notes), SavedView("Kept"))
    notes.close()
    notes = NotesStore.open(path)
    try:
        assert [i.id for i in ViewsStore(notes).items(VIEW_KIND)] == [view.id]
    finally:
        notes.close()


def test_views_made_in_the_same_millisecond_are_listed_in_the_order_made(teacher, monkeypatch):
    # A teacher saving views quickly (or a script) makes several within one millisecond, the
    # resolution of `created`: their ids (random) then decided the order of the list.
    monkeypatch.setattr("explorer.store.notes.now_iso", lambda: "2026-12-04T02:00:00.000+00:00")
    views = [save_view(teacher, SavedView(f"View {n}", f"caption {n}")) for n in range(8)]
    listed = [item.id for item in teacher.items(VIEW_KIND)]
    assert listed == [view.id for view in views]
    # Edited later, a view keeps its place: it was made first.
    teacher.save(VIEW_KIND, "View 0, renamed", views[0].to_payload(), views[0].id)
    assert [item.id for item in teacher.items(VIEW_KIND)] == listed
