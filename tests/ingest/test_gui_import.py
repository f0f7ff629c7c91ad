"""The import in the window: the dialog points to the problem rows, makes the store, and the
new store is explored like the bundled one; notes stay with the store they were written on."""

from __future__ import annotations

import json
import shutil

from PySide6.QtCore import Qt

from explorer.ingest.mapping import guess
from explorer.ingest.pipeline import run_import
from explorer.ingest.tables import open_tables
from explorer.store.my_stores import list_stores, stores_dir
from explorer.ui.ingest.dialog import NewStoreDialog, mapping_memory
from explorer.ui.ingest.mapping_dialog import MappingDialog
from tests.gui.windows import make_window_fixture  # noqa: F401 - provides make_window
from tests.ingest.conftest import FIXTURES


def _wait_idle(qtbot, dialog: NewStoreDialog) -> None:
    qtbot.waitUntil(lambda: dialog.worker is not None and not dialog.worker.isRunning(),
                    timeout=30000)  # fmt: skip
    qtbot.wait(50)  # the worker's last signal reaches the dialog


def test_new_store_from_a_timelinejs_sheet(qtbot, make_window, store_path):
    window = make_window(store_path)
    dialog = window.store_menus.open_dialog([FIXTURES / "timelinejs.csv"])
    _wait_idle(qtbot, dialog)
    # The preview shows how dates are read; the problem row is pointed to by row and column.
    preview = dialog.preview.rows
    assert preview[1][:5] == ["4", "episode", "April 5, 1992", "5 Apr 1992", "Self-coup"]
    assert dialog.problems.rows == [["timelinejs.csv", "", "7", "Year",
                                     "no Year: TimelineJS needs one for every event"]]  # fmt: skip
    assert dialog.tabs.tabText(1) == "Problems (1)"
    assert "4 can be imported (3 without a citation" in dialog.summary.text()
    assert not dialog.create_button.isEnabled()
    dialog.name.setText("My course timeline")
    qtbot.mouseClick(dialog.valid_only, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session.store_path.parent == stores_dir(), timeout=30000)
    # The new store is open: its episodes in the table, its name in My Stores and Open Recent.
    assert window.session.store_path.name == "My-course-timeline.db"
    assert window.session.store_path.with_suffix(".rejects.csv").exists()
    qtbot.waitUntil(lambda: len(window.table.model.ids) == 3, timeout=5000)
    assert [e.title for e in list_stores()] == ["My course timeline"]
    window.store_menus.fill_stores()
    labels = [a.text() for a in window.store_menus.stores_menu.actions()]
    assert "My course timeline (3 episodes)" in labels
    recent = json.loads(window.settings.get("stores/recent"))
    assert recent[0] == str(window.session.store_path.resolve())
    # An uncited record says so in the detail pane.
    uncited = window.session.store.execute(
        "SELECT id FROM episodes WHERE id NOT IN (SELECT target_id FROM citations) LIMIT 1"
    ).fetchone()[0]
    window.session.state.select("episode", uncited, origin="test")
    qtbot.waitUntil(lambda: "Uncited" in window.detail.browser.toPlainText(), timeout=5000)
    # The bundled store was not touched and is one click away.
    assert window.return_to_bundled()
    assert window.session.store_path == window.bundled_path


def test_cancel_leaves_no_store(qtbot, make_window, store_path, tmp_path):
    window = make_window(store_path)
    big = tmp_path / "big.export.CSV"
    line = (FIXTURES / "gdelt2.export.CSV").read_text(encoding="utf-8").splitlines()[0]
    cells = line.split("\t")
    with big.open("w", encoding="utf-8") as handle:
        for n in range(60000):
            cells[0] = str(500000000 + n)
            handle.write("\t".join(cells) + "\n")
    dialog = window.store_menus.open_dialog([big], run=False)
    dialog.create(keep_valid=False)
    qtbot.waitUntil(lambda: dialog.progress_box.isVisible(), timeout=5000)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    _wait_idle(qtbot, dialog)
    assert dialog.summary.text() == "Cancelled: nothing was written."
    assert not list(stores_dir().glob("*.db")) and not list(stores_dir().glob("*.tmp"))
    dialog.reject()


def test_mapping_dialog_previews_and_is_remembered(qtbot, make_window, store_path):
    path = FIXTURES / "episodes-1252.csv"
    table = open_tables(path)[0]
    sample = list(table.rows)
    dialog = MappingDialog(table, sample, guess(table.header))
    qtbot.addWidget(dialog)
    # The guess reads Fecha as the date: the preview shows the Spanish date read.
    rows = dialog.model.rows
    assert rows[0][1:4] == ["5 de abril de 1992", "5 Apr 1992", "Autogolpe"]
    assert rows[4][2] == "not read" and "day/month" in rows[4][3]
    # Choosing no title column says what is missing and disables OK.
    dialog.combos["title"].setCurrentIndex(0)
    assert not dialog.ok.isEnabled() and "title" in dialog.problem.text()
    dialog.combos["title"].setCurrentIndex(dialog.combos["title"].findData("Descripción"))
    assert dialog.ok.isEnabled()
    assert dialog.model.rows[0][3] == "Fujimori disuelve el Congreso."
    # A mapping remembered for this file shape is used without asking again.
    mapping_memory().remember(table.header, guess(table.header))
    window = make_window(store_path)
    new = window.store_menus.open_dialog([path])
    qtbot.waitUntil(lambda: new.report is not None, timeout=30000)
    assert new.change_mapping.isVisible()
    assert "mapping you chose before" in new.notices.text()
    assert new.report.read == 5 and new.report.rejected == 1
    new.reject()


def test_notes_belong_to_the_store_they_were_made_on(qtbot, make_window, store_path, tmp_path):
    first, second = tmp_path / "first.db", tmp_path / "second.db"
    for out in (first, second):  # the same rows, so the same episode ids: two corpora
        assert run_import([FIXTURES / "icews.tab"], out).content_hash
    window = make_window(first, deferred=True)
    notes = window.session.notes
    assert notes is not None
    notes.add("episode", "icews-26780101", "Humala's visit: check the Andina story.")
    assert window.open_store_path(second)
    assert window.session.notes.notes_for("episode", "icews-26780101") == []
    # Moving the store keeps its notes: they follow its identity, not its path.
    moved = tmp_path / "elsewhere" / "renamed.db"
    moved.parent.mkdir()
    shutil.move(first, moved)
    assert window.open_store_path(moved)
    found = window.session.notes.notes_for("episode", "icews-26780101")
    assert [n.body for n in found] == ["Humala's visit: check the Andina story."]
    # And the bundled store's notes are its own too.
    assert window.return_to_bundled()
    assert window.session.notes.notes_for("episode", "icews-26780101") == []


def test_a_damaged_install_is_told_how_to_repair_it(qtbot, make_window, store_path, monkeypatch):
    """Import's libraries are runtime dependencies: only a damaged install lacks one, and the
    menu then says what is missing and how to reinstall, instead of failing."""
    import builtins

    from explorer.ui.ingest import menu

    real_import = builtins.__import__

    def without_dialog(name, *args, **kwargs):
        if name == "explorer.ui.ingest.dialog":
            raise ModuleNotFoundError("No module named 'openpyxl'", name="openpyxl")
        return real_import(name, *args, **kwargs)

    shown = []
    monkeypatch.setattr(menu.QMessageBox, "warning", lambda *a: shown.append(a[2]))
    window = make_window(store_path)
    monkeypatch.setattr(builtins, "__import__", without_dialog)
    assert window.store_menus.open_dialog([FIXTURES / "series.csv"]) is None
    monkeypatch.setattr(builtins, "__import__", real_import)
    assert len(shown) == 1 and "(openpyxl)" in shown[0] and "--force-reinstall" in shown[0]
