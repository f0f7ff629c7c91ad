"""Export to JSON and Markdown, and the merge rules of import."""

from __future__ import annotations

import json

import pytest

from explorer.store.notes import NotesStore
from explorer.store.notes_handout import export_markdown
from explorer.store.notes_import_check import FORMAT_NAME, FORMAT_VERSION, NotesImportError
from explorer.store.notes_io import export_json, import_json


@pytest.fixture
def other(tmp_path):
    store = NotesStore.open(tmp_path / "colleague.db", dataset_version="test.1")
    yield store
    store.close()


def test_export_is_versioned_with_dataset_version_and_stable_targets(notes_store):
    note = notes_store.add("episode", "1996-x", body="b", tags=["t"], target_label="Crisis")
    doc = json.loads(export_json(notes_store))
    assert doc["format"] == FORMAT_NAME and doc["format_version"] == FORMAT_VERSION
    assert doc["dataset_version"] == "test.1"
    (exported,) = doc["notes"]
    assert exported["id"] == note.id
    assert exported["target"] == {"type": "episode", "id": "1996-x", "label": "Crisis"}
    assert exported["tags"] == ["t"] and note.hash in exported["history"]


def test_reimporting_the_same_file_adds_nothing(notes_store, other):
    notes_store.add("episode", "e1", body="one")
    notes_store.add("series", "s1", body="two")
    notes_store.save_item("comparison", "c", {"episodes": ["e1"]})
    text = export_json(notes_store)
    first = import_json(other, text)
    assert first.added == 2 and first.items_added == 1
    second = import_json(other, text)
    assert not second.changed_anything and second.unchanged == 2
    assert other.count() == 2 and len(other.items("comparison")) == 1
    assert not import_json(notes_store, text).changed_anything  # own file back: nothing new


def test_newer_version_from_a_colleague_replaces_an_unchanged_note_and_says_so(notes_store, other):
    note = notes_store.add("episode", "e1", body="draft")
    import_json(other, export_json(notes_store))
    other.save(note.id, body="draft, improved by a colleague")
    report = import_json(notes_store, export_json(other))
    assert report.updated == ["draft, improved by a colleague"]
    assert notes_store.get(note.id).body == "draft, improved by a colleague"


def test_an_older_copy_does_not_overwrite_a_newer_note(notes_store):
    note = notes_store.add("episode", "e1", body="old")
    old_file = export_json(notes_store)
    notes_store.save(note.id, body="new")
    report = import_json(notes_store, old_file)
    assert not report.changed_anything and notes_store.get(note.id).body == "new"


def test_changed_on_both_sides_keeps_both_and_reimport_adds_no_copy(notes_store, other):
    note = notes_store.add("episode", "e1", body="base")
    import_json(other, export_json(notes_store))
    notes_store.save(note.id, body="mine")
    other.save(note.id, body="theirs")
    theirs = export_json(other)
    report = import_json(notes_store, theirs)
    assert report.conflicts == ["theirs"]
    bodies = {n.body: n for n in notes_store.get_many(notes_store.search().ids).values()}
    assert set(bodies) == {"mine", "theirs"}
    assert bodies["theirs"].conflict_of == note.id
    assert not import_json(notes_store, theirs).changed_anything
    assert notes_store.count() == 2


def test_a_note_deleted_here_stays_deleted_unless_changed_there(notes_store, other):
    keep_deleted = notes_store.add("episode", "e1", body="gone")
    changed_there = notes_store.add("episode", "e2", body="base")
    import_json(other, export_json(notes_store))
    notes_store.delete(keep_deleted.id)
    notes_store.delete(changed_there.id)
    other.save(changed_there.id, body="base, extended")
    report = import_json(notes_store, export_json(other))
    assert report.kept_deleted == 1 and report.restored == ["base, extended"]
    assert notes_store.get(keep_deleted.id).deleted
    assert notes_store.get(changed_there.id).body == "base, extended"


def _valid_document(n: int = 2) -> dict:
    return {
        "format": FORMAT_NAME,
        "format_version": 1,
        "dataset_version": "x",
        "notes": [
            {
                "id": f"n{i}",
                "target": {"type": "episode", "id": f"e{i}", "label": ""},
                "body": f"body {i}",
                "tags": [],
                "created": "2024-01-01T00:00:00+00:00",
                "updated": "2024-01-01T00:00:00+00:00",
                "history": [],
            }
            for i in range(n)
        ],
    }


def test_syntax_error_names_the_line_and_imports_nothing(notes_store):
    text = json.dumps(_valid_document(), indent=2)
    broken = text.replace('"body 1",', '"body 1"', 1)  # a missing comma on one line
    line = broken[: broken.index('"body 1"')].count("\n") + 2
    with pytest.raises(NotesImportError) as error:
        import_json(notes_store, broken)
    assert error.value.problems[0].line == line
    assert "not valid JSON" in str(error.value)
    assert notes_store.count() == 0


def test_a_wrong_field_names_line_and_field_and_nothing_is_imported_partially(notes_store):
    doc = _valid_document(3)
    doc["notes"][2]["target"]["type"] = "actor"
    doc["notes"][1]["updated"] = "yesterday"
    text = json.dumps(doc, indent=2)
    with pytest.raises(NotesImportError) as error:
        import_json(notes_store, text)
    problems = {p.field: p for p in error.value.problems}
    assert set(problems) == {"notes[1].updated", "notes[2].target.type"}
    target_line = text[: text.index('"actor"')].count("\n") + 1
    # the line named is where the offending object starts, at most a few lines above the value
    assert 0 <= target_line - problems["notes[2].target.type"].line <= 2
    assert notes_store.count() == 0  # note 0 was sound, but nothing is imported partially


def test_other_files_are_refused_plainly(notes_store):
    for text, expected in (
        ('{"format": "something-else"}', "not a notes file"),
        ("[1, 2]", "one JSON object"),
        (json.dumps({**_valid_document(), "format_version": 99}), "update the app"),
        ("", "not valid JSON"),
    ):
        with pytest.raises(NotesImportError, match=expected):
            import_json(notes_store, text)
    assert notes_store.count() == 0


def test_markdown_handout_has_each_target_with_its_citations(notes_store, scenario_conn):
    s = pytest.importorskip("notes_scenario_store")
    notes_store.add("episode", s.HOSTAGE, body="## Aid fell\nGrant aid fell in 1997.", tags=["aid"])
    notes_store.add("episode", "gone-from-dataset", body="orphan", target_label="Old title")
    text = export_markdown(notes_store, scenario_conn, title="Class handout")
    assert text.startswith("# Class handout")
    assert "## Episode: Japanese embassy hostage crisis" in text
    assert "#### Aid fell" in text  # the note's own heading sits below the target's
    assert "127 days" in text  # the passage the episode rests on is quoted
    assert "Old title" in text and "not in this dataset" in text
    assert "tags: aid" in text


def test_views_and_lessons_travel_only_in_their_own_file(notes_store, other):
    """One sharing path per kind: the notes file carries comparisons, never views or lessons,
    which have their own file with its own merge rules (explorer.store.views_store)."""
    notes_store.save_item("comparison", "c", {"episodes": ["e1"]})
    notes_store.save_item("view", "v", {"state": {}})
    notes_store.save_item("lesson", "l", {"views": []})
    doc = json.loads(export_json(notes_store))
    assert [item["kind"] for item in doc["saved_items"]] == ["comparison"]
    # A file from before this rule, still carrying a view, merges only its comparison.
    doc["saved_items"].append({**doc["saved_items"][0], "id": "v-old", "kind": "view"})
    report = import_json(other, json.dumps(doc))
    assert report.items_added == 1
    assert other.items("view") == [] and len(other.items("comparison")) == 1


def test_export_writes_each_note_exactly_as_json_dumps_would():
    """The export writes notes without json's slow indenting encoder; the bytes must not
    change (a file exported before must compare equal to one exported now)."""
    from explorer.store.notes_io import _indented, _indented_slowly

    entries = [
        {"id": "a", "target": {"type": "episode", "id": "e", "label": ""}, "body": "",
         "tags": [], "created": "c", "updated": "u", "conflict_of": None,
         "dataset_version": None, "history": ["h1"]},
        {"id": "b\u00e9", "target": {"type": "passage", "id": "s:1", "label": 'q"\\\n\t'},
         "body": "# T\n\n\u2028 \ud83d\ude00 </script> \x01", "tags": ["x", "y\u00f1"],
         "created": "c", "updated": "u", "conflict_of": "a", "dataset_version": "v",
         "history": ["h1", "h2", "h3"]},
    ]  # fmt: skip
    for entry in entries:
        assert _indented(entry) == _indented_slowly(entry)
        assert json.loads(_indented(entry)) == entry


def test_a_cancelled_export_leaves_no_file_and_remembers_nothing(
    monkeypatch, notes_store, tmp_path
):
    from explorer.store.notes_io import Cancelled, export_file

    for number in range(1200):
        notes_store.add("episode", f"e{number}", body=f"note {number}")
    history = notes_store.conn.execute("SELECT COUNT(*) FROM note_history").fetchone()[0]
    target = tmp_path / "notes.json"
    calls = []

    def cancel_at_second_call(done, total):
        calls.append((done, total))
        if len(calls) == 2:
            raise Cancelled()

    monkeypatch.setattr("explorer.store.notes_io.PROGRESS_EVERY_S", 0)
    with pytest.raises(Cancelled):
        export_file(notes_store, target, progress=cancel_at_second_call)
    assert calls == [(500, 1200), (1000, 1200)]
    assert list(tmp_path.glob("*.json*")) == []  # neither the file nor a partial one
    after = notes_store.conn.execute("SELECT COUNT(*) FROM note_history").fetchone()[0]
    assert after == history


def test_a_file_with_its_fields_in_another_order_imports_the_same(notes_store, other):
    """A hand-edited file may put `notes` before `format`: read a note at a time, it still
    imports whole, and a wrong `format` after the notes still imports nothing."""
    notes_store.add("episode", "e1", body="one", tags=["t"])
    doc = json.loads(export_json(notes_store))
    reordered = {"notes": doc["notes"], "saved_items": [], **{k: v for k, v in doc.items()
                 if k not in ("notes", "saved_items")}}  # fmt: skip
    assert import_json(other, json.dumps(reordered)).added == 1
    wrong = {**reordered, "format": "something-else"}
    fresh = NotesStore.open(other.path.with_name("fresh.db"))
    with pytest.raises(NotesImportError, match="not a notes file"):
        import_json(fresh, json.dumps(wrong))
    assert fresh.count() == 0
    fresh.close()
