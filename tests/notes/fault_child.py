"""Programs the fault tests run in their own process (a process can then really be killed).

python fault_child.py typing <store.db>        the notes pane, typing; prints each "Saved"
python fault_child.py writer <notes.db> <name> <count> <shared note id> <start file>
python fault_child.py readonly <notes.db>       opens notes as an unprivileged user
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parents[1] / "src"), str(HERE)]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def say(**fields) -> None:
    print(json.dumps(fields), flush=True)


def typing(store_path: str) -> None:
    """Type into a new note for ever; report every time the status says it is saved."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from scenario_store import HOSTAGE, open_scenario

    from explorer.core.session import Session
    from explorer.store.notes import NotesStore
    from explorer.ui.notes import NotesPane

    app = QApplication([])
    session = Session(open_scenario(Path(store_path)), Path(store_path))
    session.notes = NotesStore.open()
    pane = NotesPane(session)
    pane.resize(900, 600)
    pane.show()
    session.state.select("episode", HOSTAGE)
    note = pane.new_note_on_selection()
    editor = pane.editor

    def report(status: str) -> None:
        if status.startswith("Saved"):  # what the user reads as "your text is safe"
            say(note=note.id, saved=editor.note.body, status=status)

    editor.statusChanged.connect(report)
    words = [
        "Japan",
        "froze",
        "technical",
        "cooperation",
        "after",
        "the",
        "killings",
        "and",
        "grant",
        "aid",
        "rose",
    ]
    i = 0
    while True:
        QTest.keyClicks(editor.body, words[i % len(words)] + " ")
        i += 1
        QTest.qWait(700 if i % 4 == 0 else 30)  # pause now and then: autosave fires
        app.processEvents()


def writer(notes_path: str, name: str, count: str, shared_id: str, start_file: str) -> None:
    """Add notes and keep editing one shared note, as a second window of the app would."""
    from explorer.store.notes import NotesStore

    store = NotesStore.open(notes_path)
    Path(f"{start_file}.{name}.ready").touch()  # open: the test starts both writers together
    while not Path(start_file).exists():
        time.sleep(0.005)
    note = store.get(shared_id)
    body = note.body
    added, conflicts = [], 0
    for i in range(int(count)):
        added.append(store.add("episode", f"{name}-{i}", body=f"{name} note {i}").id)
        body = f"{body} {name}{i}"
        result = store.save(note.id, body=body, expected_rev=note.rev)
        if result.conflict is not None:
            conflicts += 1  # the other window changed it: ours continues in the kept copy
        note = result.note
    say(added=added, final_note=note.id, final_body=note.body, conflicts=conflicts)


def readonly(notes_path: str) -> None:
    from explorer.store.notes import NotesStore

    if os.geteuid() == 0:  # root writes anywhere: become nobody after the imports are done
        os.setgid(65534)
        os.setuid(65534)
    store = NotesStore.open(notes_path)
    report = store.report
    try:
        store.add("episode", "e1")
        wrote = True
    except Exception as error:  # noqa: BLE001 - we report what happened
        wrote = type(error).__name__
    say(
        read_only=report.read_only,
        reason=report.read_only_reason,
        advice=report.advice,
        notes=[n.body for n in store.get_many(store.search().ids).values()],
        wrote=wrote,
        moved=str(report.moved_aside or ""),
    )


if __name__ == "__main__":
    {"typing": typing, "writer": writer, "readonly": readonly}[sys.argv[1]](*sys.argv[2:])
