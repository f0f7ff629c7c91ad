"""The notes store: CRUD, search, tags, revisions, saved items, pragmas and migrations."""

from __future__ import annotations

import json
import sqlite3

import pytest

from explorer.store.notes import NotesReadOnlyError, NotesStore, normalize_tags
from explorer.store.notes_open import default_notes_path
from explorer.store.notes_schema import MIGRATIONS, SCHEMA_VERSION, migrate


def test_default_location_follows_the_environment_variable(private_home):
    assert default_notes_path() == private_home / "data" / "notes.db"
    store = NotesStore.open()
    assert store.path == default_notes_path() and store.path.exists()
    store.close()


def test_opened_in_wal_with_normal_sync_and_current_schema(notes_store):
    conn = notes_store.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert not notes_store.report.has_problem


def test_add_get_and_keyed_to_stable_ids(notes_store):
    note = notes_store.add(
        "episode",
        "1996-x",
        body="# Title\ntext",
        tags=["Aid", " #aid ", "japan"],
        target_label="Crisis",
    )
    assert note.tags == ("Aid", "japan")  # trimmed, '#' dropped, unique ignoring case
    assert note.title == "Title"
    assert note.dataset_version == "test.1"
    assert notes_store.get(note.id) == note
    assert notes_store.noted_ids("episode") == {"1996-x"}
    assert notes_store.noted_ids("series") == set()
    with pytest.raises(ValueError):
        notes_store.add("actor", "PER")


def test_search_is_full_text_with_prefixes_and_tag_filter(notes_store):
    a = notes_store.add("episode", "e1", body="Japan froze technical cooperation", tags=["aid"])
    b = notes_store.add("series", "s1", body="Grant aid jumped in 1998", tags=["aid", "table 3"])
    c = notes_store.add("episode", "e2", body="Unrelated", target_label="Hostage crisis")
    assert notes_store.search("coop").ids == [a.id]
    assert set(notes_store.search("aid").ids) == {a.id, b.id}  # tags are searched too
    assert notes_store.search("hostage").ids == [c.id]  # and what the note is on
    assert notes_store.search(tags=["Table 3"]).ids == [b.id]
    assert notes_store.search("japan", tags=["table 3"]).ids == []
    broken = notes_store.search('"unbalanced AND')  # not FTS syntax: its words are searched
    assert broken.fallback and broken.ids == []
    assert dict(notes_store.tag_counts()) == {"aid": 2, "table 3": 1}


def test_save_bumps_revision_and_a_stale_save_keeps_both(notes_store):
    note = notes_store.add("episode", "e1", body="v1")
    first = notes_store.save(note.id, body="v2", expected_rev=note.rev)
    assert first.conflict is None and first.note.rev == note.rev + 1
    stale = notes_store.save(note.id, body="my v2'", expected_rev=note.rev)
    assert stale.conflict is not None and stale.conflict.body == "v2"
    assert stale.note.conflict_of == note.id and stale.note.body == "my v2'"
    assert notes_store.get(note.id).body == "v2"  # the other version is untouched


def test_delete_is_a_tombstone_and_restore_brings_it_back(notes_store):
    note = notes_store.add("episode", "e1", body="x")
    notes_store.delete(note.id)
    assert notes_store.search().ids == [] and notes_store.noted_ids("episode") == set()
    assert notes_store.get(note.id).deleted
    notes_store.restore(note.id)
    assert notes_store.search().ids == [note.id]


def test_saved_items_round_trip(notes_store):
    item = notes_store.save_item("comparison", "Huaral vs hostage", {"episodes": ["a", "b"]})
    again = notes_store.save_item("comparison", "Renamed", {"episodes": ["a"]}, item_id=item.id)
    assert again.id == item.id and again.rev == 2
    assert [i.name for i in notes_store.items("comparison")] == ["Renamed"]
    assert notes_store.items("view") == []
    notes_store.delete_item(item.id)
    assert notes_store.items("comparison") == [] and notes_store.get_item(item.id) is None


def test_a_version_1_file_is_migrated_keeping_its_notes(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, upto=1)
    conn.execute(
        "INSERT INTO notes (id, target_type, target_id, body, created, updated)"
        " VALUES ('n1', 'episode', 'e1', 'kept', '2020-01-01T00:00:00+00:00',"
        " '2020-01-01T00:00:00+00:00')"
    )
    conn.close()
    store = NotesStore.open(path)
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    assert store.get("n1").body == "kept"
    assert store.search("kept").ids == ["n1"]
    store.save_item("comparison", "new table works", {})
    store.close()


def test_read_only_store_refuses_writes_with_its_reason(tmp_path):
    path = tmp_path / "notes.db"
    NotesStore.open(path).close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")  # written by a newer app
    conn.close()
    store = NotesStore.open(path)
    assert store.read_only and "newer version" in store.report.read_only_reason
    assert store.report.moved_aside is None and path.exists()
    with pytest.raises(NotesReadOnlyError):
        store.add("episode", "e1")
    store.close()


def test_normalize_tags():
    assert normalize_tags(["b", "A", "a", "  two   words ", "", "#x,y"]) == (
        "A",
        "b",
        "two words",
        "x y",
    )


def _version_2_file_with_tags(path):
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, upto=2)
    for number, (tags, deleted) in enumerate(
        ((["Aid", "trade"], 0), (["aid"], 0), (["aid", "gone"], 1), ([], 0))
    ):
        conn.execute(
            "INSERT INTO notes (id, target_type, target_id, body, tags, created, updated,"
            " deleted) VALUES (?, 'episode', 'e1', ?, ?, ?, ?, ?)",
            (
                f"n{number}",
                f"body {number}",
                json.dumps(tags),
                f"2020-01-0{number + 1}",
                f"2020-01-0{number + 1}",
                deleted,
            ),  # fmt: skip
        )
        conn.executemany("INSERT INTO note_tags VALUES (?, ?)", [(f"n{number}", t) for t in tags])
    conn.close()


def test_a_version_2_file_is_backed_up_then_migrated_with_its_tag_counts(tmp_path):
    path = tmp_path / "notes.db"
    _version_2_file_with_tags(path)
    store = NotesStore.open(path)
    backup = tmp_path / "notes.v2-backup.db"
    assert backup.exists()  # the file as it was, before the migration
    old = sqlite3.connect(backup)
    assert old.execute("PRAGMA user_version").fetchone()[0] == 2
    assert old.execute("SELECT COUNT(*) FROM notes").fetchone()[0] == 4
    old.close()
    # deleted notes' tags are not counted; "Aid" and "aid" are one tag
    assert [(t.casefold(), n) for t, n in store.tag_counts()] == [("aid", 2), ("trade", 1)]
    assert [store.get(i).body for i in store.ids_of_rows(store.find().rowids)] == [
        "body 3", "body 1", "body 0"]  # fmt: skip
    store.close()


def test_the_tag_tally_follows_every_kind_of_write(notes_store):
    a = notes_store.add("episode", "e1", body="a", tags=["aid", "press"])
    b = notes_store.add("episode", "e2", body="b", tags=["Aid"])
    assert notes_store.tag_counts() == [("aid", 2), ("press", 1)]
    notes_store.save(a.id, tags=["press", "trade"])
    assert notes_store.tag_counts() == [("aid", 1), ("press", 1), ("trade", 1)]
    notes_store.delete(b.id)
    assert notes_store.tag_counts() == [("press", 1), ("trade", 1)]
    notes_store.restore(b.id)  # back from 0: spelled as the note that brought it back
    assert notes_store.tag_counts() == [("Aid", 1), ("press", 1), ("trade", 1)]
    grouped = notes_store.conn.execute(
        "SELECT COUNT(*) FROM note_tags t JOIN notes n ON n.id = t.note_id WHERE n.deleted = 0"
    ).fetchone()[0]
    assert sum(n for _, n in notes_store.tag_counts()) == grouped


def test_find_keeps_the_newest_first_order_for_words_tags_and_targets(notes_store):
    first = notes_store.add("episode", "e1", body="Grant aid", tags=["aid"])
    second = notes_store.add("series", "s1", body="Grant loans", tags=["aid", "x"])
    third = notes_store.add("episode", "e1", body="Embassy")
    for note, stamp in ((first, "2024-01-01"), (second, "2024-01-02"), (third, "2024-01-03")):
        with notes_store.write() as conn:  # distinct times: the same millisecond ties by id
            conn.execute("UPDATE notes SET updated = ? WHERE id = ?", (stamp, note.id))
    notes_store.save(first.id, body="Grant aid, edited")  # now the most recent

    def ids(hits):
        return notes_store.ids_of_rows(hits.rowids)

    assert ids(notes_store.find()) == [first.id, third.id, second.id]
    assert ids(notes_store.find("grant")) == [first.id, second.id]
    assert ids(notes_store.find("", tags=["X"])) == [second.id]
    assert ids(notes_store.find("", target=("episode", "e1"))) == [first.id, third.id]
    assert ids(notes_store.find("grant", ["aid"], ("episode", "e1"))) == [first.id]
    notes_store.delete(third.id)
    hits = notes_store.find()
    assert ids(hits) == [first.id, second.id] and hits.total == 2 == notes_store.count()


def test_an_old_file_opened_read_only_is_listed_without_the_new_tables(tmp_path):
    """A file that cannot be written is not migrated: the list works on the old tables."""
    from explorer.store.notes_open import OpenReport

    path = tmp_path / "notes.db"
    _version_2_file_with_tags(path)
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, isolation_level=None)
    conn.row_factory = sqlite3.Row
    store = NotesStore(conn, OpenReport(path, read_only_reason="the folder is read-only"))
    assert [(t.casefold(), n) for t, n in store.tag_counts()] == [("aid", 2), ("trade", 1)]
    assert store.find("body").total == 3 and len(store.find("body 1").rowids) == 1
    store.close()


def test_a_new_note_is_returned_exactly_as_stored(notes_store):
    note = notes_store.add("passage", "s1:abc", body="# B\nbody", tags=["b", "A"], target_label="L")
    assert note == notes_store.get(note.id)
    assert note.rev == 1 and note.tags == ("A", "b") and note.dataset_version == "test.1"


def test_find_takes_any_text_the_user_or_a_store_can_give(notes_store):
    notes_store.add("episode", "e1", body="<b>japan</b> aid", tags=["aid"])
    hostile = ["\ud800", "a\x00b", '"unbalanced AND', "NEAR(", "japan*" * 2000, "x" * 10_000,
               "col:japan", "<img src='file:///dev/zero'>", "^", "OR AND NOT"]  # fmt: skip
    for text in hostile:
        notes_store.find(text)
        notes_store.find("", tags=[text])
        notes_store.find(text, target=("episode", text))
    assert len(notes_store.find("japan").rowids) == 1
