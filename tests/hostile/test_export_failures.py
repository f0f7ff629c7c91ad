"""Exports from a store that fails while they read it: a plain message naming what could not be
exported and why, no file (nor a half-written one) left behind, an earlier file of that name
untouched, and the window going on.

The store fails as the work limit makes it fail (every query stopped by the progress handler,
store/untrusted.py); before exports were guarded, that error reached the generic error dialog
from the table's CSV, the comparison's CSV, the captioned figures and Export Sources."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from explorer.store import untrusted
from explorer.ui import dialogs
from tests.store.synthetic import build_synthetic_store

OLD = "an earlier export, to be kept\n"


@pytest.fixture
def failing_window(make_window, tmp_path):
    """A window on a store that answers, and `fail()` to make every later query stop."""
    window = make_window(build_synthetic_store(tmp_path / "store.db"), deferred=True)
    conn = window.session.store

    def fail() -> None:
        conn.set_progress_handler(lambda: 1, 1)

    yield window, fail
    untrusted.guard(conn)


def _target(tmp_path: Path, name: str) -> Path:
    folder = tmp_path / "out"
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_text(OLD, encoding="utf-8")
    return path


def _untouched(path: Path) -> None:
    assert path.read_text(encoding="utf-8") == OLD
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # no .partial left


@pytest.fixture
def warnings(monkeypatch):
    """The texts of the warning boxes shown (instead of showing them)."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    return shown


def test_the_table_csv_says_what_failed_and_writes_nothing(failing_window, tmp_path, monkeypatch):
    window, fail = failing_window
    path = _target(tmp_path, "table.csv")
    monkeypatch.setattr(dialogs, "choose_table_export", lambda *a, **k: (path, True))
    fail()
    window.actions["file.export_csv"].trigger()
    message = window.statusBar().currentMessage()
    assert "table's rows could not be exported" in message, message
    assert "2 seconds" in message and "Nothing was written" in message
    _untouched(path)
    assert window.isVisible()
    # The store answers again: the same export writes the file whole.
    untrusted.guard(window.session.store)
    window.actions["file.export_csv"].trigger()
    assert path.read_text(encoding="utf-8-sig").startswith("id,")


def test_the_comparison_csv_says_what_failed(failing_window, tmp_path, monkeypatch):
    window, fail = failing_window
    episodes = [r[0] for r in window.session.store.execute("SELECT id FROM episodes LIMIT 2")]
    window.session.state.set_compare_episodes(episodes, origin="test")
    window.workspaces.show_pane("compare")
    compare = window.panes["compare"]
    path = _target(tmp_path, "comparison.csv")
    monkeypatch.setattr(dialogs, "choose_save_path", lambda *a, **k: path)
    fail()
    compare._export_dialog("csv")
    assert "comparison's table could not be exported" in compare.message.text()
    assert compare.message.isVisible()
    _untouched(path)


@pytest.mark.parametrize("kind", ["png", "svg"])
def test_a_captioned_figure_says_what_failed(failing_window, tmp_path, monkeypatch, warnings, kind):
    from explorer.ui.plotting import caption

    window, fail = failing_window
    window.workspaces.show_pane("chart")
    path = _target(tmp_path, f"chart.{kind}")
    monkeypatch.setattr(dialogs, "choose_save_path", lambda *a, **k: path)
    fail()
    caption._ask_and_save("chart", window.panes["chart"], kind)
    assert len(warnings) == 1 and "caption's sources could not be exported" in warnings[0]
    _untouched(path)
    caption.copy_with_caption("chart", window.panes["chart"])  # the clipboard: said too
    assert len(warnings) == 2 and "Nothing was written" in warnings[1]


def test_export_sources_says_what_failed(failing_window, tmp_path, monkeypatch, warnings):
    from explorer.ui.citing import sources_export

    window, fail = failing_window
    path = _target(tmp_path, "sources.bib")
    monkeypatch.setattr(
        sources_export.QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), "")
    )
    fail()
    assert sources_export.export_sources_dialog(window, window.session.store) == ""
    assert len(warnings) == 1 and "sources could not be exported" in warnings[0], warnings
    _untouched(path)


def test_a_png_that_cannot_be_written_leaves_nothing(qtbot, tmp_path):
    from PySide6.QtGui import QImage

    from explorer.ui.plotting.export import save_png

    image = QImage(40, 30, QImage.Format.Format_ARGB32)
    image.fill(0)
    missing = tmp_path / "no such folder" / "x.png"
    with pytest.raises(OSError):
        save_png(image, missing)
    save_png(image, tmp_path / "x.png")
    assert QImage(str(tmp_path / "x.png")).size() == image.size()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["no such folder", "x.png"][1:]
