"""Mutated notes files and views/lessons files through the import boundary.

Each file is written to disk and imported as File ▸ Import does (notes: read a note at a time
with the size and encoding checks, each note checked before it is merged, all in one
transaction; views and lessons: read, checked whole, then merged). An outcome is one of:
a clean refusal (NotesImportError / ViewsFileError, nothing changed), a whole import (then
everything imported is read back the way the panes read it), an escaped exception, a partial
import (a refusal that changed the notes file) or a file that broke reading afterwards.

Before this boundary was complete, 1,031 such files gave 22 escaped exceptions and 13 imports
that broke the app afterwards."""

from __future__ import annotations

import copy
import json
import random
import uuid
from pathlib import Path

from explorer.core.state import AppState
from explorer.core.views import (
    LESSON_KIND,
    VIEW_KIND,
    Lesson,
    SavedView,
    apply_state,
    check_payload,
    from_item,
    state_to_dict,
)
from explorer.store.import_limits import read_import_text
from explorer.store.notes import NotesStore
from explorer.store.notes_import_check import MAX_IMPORT_BYTES, NotesImportError
from explorer.store.notes_io import export_json, import_file, import_json
from explorer.store.views_store import MAX_FILE_CHARS, ViewsFileError, ViewsStore
from tests.hostile.figures import Tally
from tests.hostile.generate import HOSTILE_VALUES
from tests.hostile.test_view_options import GOOD_OPTIONS

SEED = 15
NOTES_FILES = 700
VIEWS_FILES = 400
_TABLES = ("notes", "note_history", "note_tags", "saved_items", "saved_item_history")


def _counts(store: NotesStore) -> tuple:
    out = []
    for table in _TABLES:
        try:
            out.append(store.conn.execute(f"SELECT COUNT(*), SUM(rev) FROM {table}").fetchone())
        except Exception:  # noqa: BLE001 - a table without rev
            out.append(store.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone())
    return tuple(tuple(row) for row in out)


def _seed_notes(folder: Path) -> dict:
    store = NotesStore.open(folder / "seed-notes.db", dataset_version="2026.11.1")
    for n in range(4):
        store.add("episode", f"1996-hostage-crisis-{n}", f"# Note {n}\nbody *{n}*", ("a", "b"),
                  f"Episode {n}")  # fmt: skip
    store.add("passage", "pd:abc123", "a passage note", (), "A passage")
    store.save_item("comparison", "Two crises", {"episodes": ["a", "b"], "window": [-5, 10]})
    document = json.loads(export_json(store))
    store.close()
    return document


def _seed_state() -> dict:
    state = AppState()
    state.update_filters(text="japan", kinds=frozenset({"treaty"}), decades=frozenset({1990}),
                         date_from=1985.0, date_to=2000.0)  # fmt: skip
    state.select("episode", "1996-hostage-crisis")
    state.set_chart_series(("s-exports", "s-aid"))
    state.set_compare_episodes(("1996-hostage-crisis", "1973-fishmeal"))
    state.set_time_range(1980.0, 2005.0)
    return state_to_dict(state)


def _seed_views(folder: Path) -> dict:
    store = ViewsStore(NotesStore.open(folder / "seed-views.db", dataset_version="2026.11.1"))
    views = [SavedView(f"View {n}", f"caption {n}", _seed_state(), ("table", "chart", "timeline"),
                       ("chart",), copy.deepcopy(GOOD_OPTIONS)) for n in range(3)]  # fmt: skip
    for view in views:
        store.save(VIEW_KIND, view.title, view.to_payload(), view.id)
    lesson = Lesson("Lesson", tuple(v.id for v in views))
    store.save(LESSON_KIND, lesson.title, lesson.to_payload(), lesson.id)
    document = json.loads(store.export_document([lesson.id]))
    store.notes.close()
    return document


def _places(value, path=()):
    """Every (container, key) in a JSON tree."""
    if isinstance(value, dict):
        for key, entry in value.items():
            yield value, key
            yield from _places(entry, (*path, key))
    elif isinstance(value, list):
        for index, entry in enumerate(value):
            yield value, index
            yield from _places(entry, (*path, index))


def mutate(document: dict, rng: random.Random) -> str:
    doc = copy.deepcopy(document)
    for _ in range(rng.randint(1, 4)):
        places = list(_places(doc))
        container, key = rng.choice(places)
        roll = rng.random()
        if roll < 0.55:
            container[key] = copy.deepcopy(rng.choice(HOSTILE_VALUES))
        elif roll < 0.65 and isinstance(container, dict):
            del container[key]
        elif roll < 0.75 and isinstance(container, list):
            container.append(copy.deepcopy(container[key]))  # a duplicate entry
        elif roll < 0.85:
            container[key] = copy.deepcopy(rng.choice(places)[0])  # another part of the tree
        else:
            target = container[key]
            if isinstance(target, dict):
                target[rng.choice(["extra", "<b>k</b>", "\ud800", "id"])] = rng.choice(
                    HOSTILE_VALUES
                )
    text = json.dumps(doc, ensure_ascii=rng.random() < 0.5, indent=rng.choice([None, 2]))
    roll = rng.random()
    if roll < 0.08:
        at = rng.randrange(len(text))
        text = text[:at]  # truncated
    elif roll < 0.16:
        for _ in range(rng.randint(1, 5)):
            at = rng.randrange(len(text))
            text = text[:at] + chr(rng.randint(0, 0xFFFF)) + text[at + 1 :]
    elif roll < 0.22:
        text = text.replace("1", rng.choice(["1e999", "NaN", "Infinity", "9" * 5000]), 1)
    elif roll < 0.25:
        text = "[" * 100_000 + "]" * 100_000
    return text


def _write(folder: Path, index: int, text: str, rng: random.Random) -> Path:
    path = folder / f"file-{index}.json"
    data = text.encode("utf-8", "surrogatepass")
    if rng.random() < 0.03:
        data = data[:10] + b"\xff\xfe" + data[10:]  # not UTF-8
    path.write_bytes(data)
    return path


def _read_back_notes(store: NotesStore) -> None:
    """What the notes pane, the markers and the exports do with every note."""
    ids = [row[0] for row in store.conn.execute("SELECT id FROM notes")]
    for note in store.get_many(ids).values():
        _ = (note.title, note.hash, note.target_label, note.tags)
        store.notes_for(note.target_type, note.target_id)
    store.search(store.get_many(ids[:1]).popitem()[1].title[:20] if ids else "")
    store.tag_counts()
    json.loads(export_json(store))
    for kind in ("comparison", VIEW_KIND, LESSON_KIND):
        store.items(kind)


def _read_back_views(store: ViewsStore, window=None) -> None:
    """What the lessons library and a presentation do with every view: read it, and (in a
    real window, when given) restore it, panes and their options included."""
    for kind in (VIEW_KIND, LESSON_KIND):
        for item in store.items(kind):
            thing = from_item(item)
            if isinstance(thing, SavedView):
                apply_state(AppState(), thing.state)
                seen = json.dumps(item.payload, sort_keys=True, default=str)
                if window is not None and seen not in _RESTORED:
                    _RESTORED.add(seen)
                    _restore_in(window, thing)


_RESTORED: set[str] = set()


def _restore_in(window, view: SavedView) -> None:
    """Restore `view` in the window; an exception escaping a pane's slot is raised here."""
    import sys

    from explorer.ui import guarded
    from explorer.ui.lessons.capture import restore

    problems = guarded.tally["shown"]  # the bundled store reads fine: a problem is a break
    escaped: list[BaseException] = []
    previous = sys.excepthook
    sys.excepthook = lambda kind, error, trace: escaped.append(error)
    try:
        restore(window, view)
        window.grab()  # every pane drawn as the view left it
    finally:
        sys.excepthook = previous
    if escaped:
        raise escaped[0]
    if guarded.tally["shown"] != problems:
        raise RuntimeError(f"a pane failed after the view was restored: {guarded.shown[-1]}")


def _run(kind: str, seed_doc: dict, files: int, folder: Path, window=None) -> Tally:
    rng = random.Random(f"{SEED}-{kind}")
    tally = Tally(f"{kind} import files")
    store = None
    for index in range(files):
        if index % 100 == 0:
            if store is not None:
                store.close()
            store = NotesStore.open(folder / f"{kind}-{index}.db", dataset_version="2026.11.1")
            views = ViewsStore(store)
        text = mutate(seed_doc, rng)
        if index % 5 == 0:  # an untouched id: a file that can be imported whole
            text = text.replace(seed_doc.get("notes", seed_doc.get("items", [{}]))[0].get(
                "id", "x"), uuid.uuid4().hex)  # fmt: skip
        path = _write(folder, index, text, rng)
        before = _counts(store)
        try:
            if kind == "notes":  # read a note at a time, as the Notes pane imports (issue 16)
                import_file(store, path)
            else:
                views.import_document(read_import_text(path, MAX_FILE_CHARS), check_payload)
        except (NotesImportError, ViewsFileError, UnicodeDecodeError, OSError):
            tally.add("clean refusal" if _counts(store) == before else "partial import",
                      f"#{index}")  # fmt: skip
            continue
        except Exception as error:  # noqa: BLE001 - counted
            outcome = "escaped exception" if _counts(store) == before else "partial import"
            tally.add(outcome, f"#{index}: {type(error).__name__}: {error}")
            continue
        try:
            _read_back_notes(store) if kind == "notes" else _read_back_views(views, window)
        except Exception as error:  # noqa: BLE001 - counted
            tally.add("broke afterwards", f"#{index}: {type(error).__name__}: {error}")
            continue
        tally.add("whole import")
        path.unlink()
    store.close()
    return tally


def test_mutated_import_files(tmp_path, make_window):
    """Imported views are restored in a real window (on the bundled store), so an option that
    passed the boundary and broke a pane would count as "broke afterwards"."""
    from explorer.paths import bundled_store_path

    window = make_window(bundled_store_path(), deferred=True)
    notes_seed, views_seed = _seed_notes(tmp_path), _seed_views(tmp_path)
    results = [
        _run("notes", notes_seed, NOTES_FILES, tmp_path),
        _run("views", views_seed, VIEWS_FILES, tmp_path, window),
    ]
    results[1].notes = f"{len(_RESTORED)} imported views restored in a real window"
    for tally in results:
        tally.report()
    assert sum(t.tried for t in results) >= 1_000
    for tally in results:
        assert tally["escaped exception"] == 0, tally.examples
        assert tally["partial import"] == 0, tally.examples
        assert tally["broke afterwards"] == 0, tally.examples
        assert tally["whole import"] > 0 and tally["clean refusal"] > 0


def test_large_files_are_refused_before_reading(tmp_path):
    """A notes file is read a note at a time, so its size alone is no problem up to a cap far
    above what the app writes (issue 16): a file over that cap is refused by its size at once,
    and a 50 MB file that is not JSON, or a file of 20,001 empty notes, at its first problem
    without reading on."""
    import time

    from explorer.store.notes_io import import_file

    store = NotesStore.open(tmp_path / "notes.db")
    huge = tmp_path / "huge.json"
    with huge.open("wb") as handle:
        handle.truncate(MAX_IMPORT_BYTES + 1)  # sparse: takes no room on the disk
    big = tmp_path / "big.json"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    started = time.monotonic()
    try:
        import_file(store, huge)
    except OSError as error:
        assert "GB" in error.strerror
    else:
        raise AssertionError("a file over the cap was read")
    try:
        import_file(store, big)
    except NotesImportError as error:
        assert "not valid JSON" in str(error)
    else:
        raise AssertionError("50 MB of zeros were imported")
    many = {"format": "relations-explorer-notes", "format_version": 1, "notes": [{}] * 20_001}
    try:
        import_json(store, json.dumps(many))
    except NotesImportError as error:
        assert "notes[0].id" in str(error)
    assert time.monotonic() - started < 5
    assert store.count() == 0
    store.close()
