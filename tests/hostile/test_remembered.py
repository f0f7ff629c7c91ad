"""What the app remembers across restarts, read back from a settings file edited by hand or by
another version: each bad part falls back to its default and is logged, the good parts stay
(core/remembered.py, ui/settings.py, ui/workspaces.py, ui/session_memory.py)."""

from __future__ import annotations

import json
import logging

import pytest
from PySide6.QtCore import QSettings

from explorer.core import remembered
from explorer.ui.settings import OPTIONS, Settings
from explorer.ui.workspaces import TIMELINE_USABLE

WORKSPACES = ("explore", "chart", "compare", "notes")
EXPLORE = ("timeline", "table")
PANES = ("timeline", "chart", "compare", "notes", "table")


def _clean(state):
    return remembered.clean_workspaces(state, WORKSPACES, EXPLORE, PANES)


def test_a_good_layout_is_kept_whole():
    state = {"workspace": "chart", "split": [300, 400], "hidden": ["timeline"],
             "filters_open": {"explore": True, "chart": False}}  # fmt: skip
    assert _clean(state) == (state, [])


@pytest.mark.parametrize(
    ("state", "kept", "problem"),
    [
        ({"split": [1e308, 5]}, {}, "split"),
        ({"split": [float("nan"), 5]}, {}, "split"),
        ({"split": ["300", "400"]}, {}, "split"),
        ({"split": [True, 400]}, {}, "split"),
        ({"split": [1, 2, 3]}, {}, "split"),
        ({"workspace": "elsewhere"}, {}, "workspace"),
        ({"workspace": ["explore"]}, {}, "workspace"),
        ({"hidden": 7}, {}, "hidden"),
        ({"hidden": ["nowhere", "chart"]}, {"hidden": ["chart"]}, "no panes"),
        ({"hidden": ["timeline", "table"]}, {"hidden": []}, "every pane"),
        ({"hidden": ["x"] * 50_000}, {}, "hidden"),
        ({"filters_open": {"explore": "yes", "chart": True, "\ud800": 1}},
         {"filters_open": {"chart": True}}, "filters_open"),
        ({"from a later version": 1}, {}, "this version"),
    ],
)  # fmt: skip
def test_a_bad_part_of_the_layout_is_dropped_and_named(state, kept, problem):
    clean, dropped = _clean(state)
    assert clean == kept
    assert any(problem in d for d in dropped), dropped


def test_json_that_cannot_be_read_is_named_not_raised():
    for text in ("[" * 50_000, "{", "x" * (remembered.MAX_JSON + 1), '"\ud800"', "1" * 5000):
        dropped: list[str] = []
        value = remembered.parse_json(text, dropped, "layout")
        assert value is None or not isinstance(value, dict)
        if value is None:
            assert dropped and dropped[0].startswith("layout:")


def test_remembered_work_keeps_its_good_ids():
    data = {"store": "/s.db", "chart_series": ["a", "\ud800", "", 7, "a", "b" * 300, "c"],
            "compare_episodes": "e1", "compare_window": [-5, float("nan")]}  # fmt: skip
    clean, dropped = remembered.clean_session_work(data)
    assert clean["chart_series"] == ["a", "c"]
    assert clean["compare_episodes"] == [] and "compare_window" not in clean
    assert len(dropped) == 3
    many, dropped = remembered.clean_session_work({"store": "/s.db", "chart_series": ["x"] * 9000})
    assert many["chart_series"] == ["x"]  # each once
    assert remembered.clean_session_work({"store": 5, "chart_series": ["a"]})[0] == {}


def _settings_with(tmp_path, monkeypatch, **values) -> Settings:
    monkeypatch.setenv("RELATIONS_EXPLORER_HOME", str(tmp_path))
    raw = QSettings(str(tmp_path / "config" / "settings.ini"), QSettings.Format.IniFormat)
    for key, value in values.items():
        raw.setValue(key.replace("__", "/"), value)
    raw.sync()
    return Settings()


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("presentation__scale", "nan"), ("presentation__scale", "inf"),
        ("presentation__scale", 1e308), ("presentation__scale", ["a", "b"]),
        ("window__layout_version", "9" * 5000), ("window__layout_version", 2.5),
        ("appearance__theme", "purple"), ("appearance__theme", 3),
        ("presentation__theme", ""), ("table__view", "<b>BOLD</b>"),
        ("files__export_folder", "a\x00b"), ("files__store_folder", "x" * 10_000),
        ("stores__recent", json.dumps(["\ud800"])), ("stores__recent", "[" * 10_000),
        ("stores__recent", json.dumps(["/x"] * 5000)), ("session__work", ["a", "b"]),
    ],
)  # fmt: skip
def test_a_bad_setting_gives_its_default_and_is_logged(tmp_path, monkeypatch, caplog, key, value):
    settings = _settings_with(tmp_path, monkeypatch, **{key: value})
    name = key.replace("__", "/")
    with caplog.at_level(logging.WARNING, logger="explorer.ui.settings"):
        assert settings.get(name) == OPTIONS[name].default
        settings.get(name)
    assert sum(name in r.getMessage() for r in caplog.records) == 1  # logged once, not per read


def test_good_settings_read_back_as_their_type(tmp_path, monkeypatch):
    settings = _settings_with(tmp_path, monkeypatch, presentation__scale="2.5",
                              window__layout_version="3", appearance__theme="dark")  # fmt: skip
    assert settings.get("presentation/scale") == 2.5
    assert settings.get("window/layout_version") == 3
    assert settings.get("appearance/theme") == "dark"


def test_a_window_opens_on_a_spoiled_layout(make_window, tmp_path, monkeypatch, caplog):
    from tests.store.synthetic import build_synthetic_store

    _settings_with(
        tmp_path / "home", monkeypatch, window__layout_version=3,
        window__workspaces=json.dumps({"workspace": "explore", "split": [10**30, -4],
                                       "hidden": ["timeline", "table"],
                                       "filters_open": {"explore": [1]}}),
        session__work=json.dumps({"store": "x", "chart_series": [None] * 10}),
    )  # fmt: skip
    with caplog.at_level(logging.WARNING):
        window = make_window(build_synthetic_store(tmp_path / "store.db"), deferred=True)
    assert window.workspaces.current() == "explore"
    assert window.table.isVisible() and window.workspaces.slots["timeline"].isVisible()
    assert window.workspaces.slots["timeline"].height() >= TIMELINE_USABLE
    assert any("workspace layout: dropped" in r.getMessage() for r in caplog.records)


def test_window_bytes_are_trusted_only_with_their_digest(tmp_path, monkeypatch, caplog):
    """A flipped bit in the saved dock state made Qt's restoreState loop for ever."""
    from PySide6.QtCore import QByteArray

    settings = _settings_with(tmp_path, monkeypatch)
    state = QByteArray(bytes(range(200)))
    settings.set("window/state", state)
    settings.sync()
    assert Settings().get("window/state") == state
    raw = QSettings(settings.path, QSettings.Format.IniFormat)
    raw.setValue("window/state", QByteArray(bytes(range(1, 201))))  # edited: digest kept
    raw.sync()
    with caplog.at_level(logging.WARNING, logger="explorer.ui.settings"):
        assert Settings().get("window/state") == QByteArray()
    assert "digest" in caplog.text
    raw.remove("window/state_sha256")  # bytes without a digest are not given to Qt either
    raw.sync()
    assert Settings().get("window/state") == QByteArray()


def test_recent_stores_that_would_hang_the_start_are_left_out(tmp_path, monkeypatch):
    """Open Recent is filled as the window is built: a recent store replaced by a FIFO, or by
    a store whose `episodes` is an endless recursive view, must not hold the start-up."""
    import os
    import sqlite3
    import time

    from explorer.store.my_stores import describe

    fifo = tmp_path / "fifo.db"
    os.mkfifo(fifo)
    endless = tmp_path / "endless.db"
    conn = sqlite3.connect(endless)
    conn.executescript(
        "CREATE TABLE meta(key TEXT, value); INSERT INTO meta VALUES ('title', zeroblob(10));"
        "CREATE VIEW episodes AS WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r)"
        " SELECT x FROM r;"
    )
    conn.close()
    started = time.monotonic()
    assert describe(fifo) is None
    assert describe(endless) is None
    assert describe(tmp_path / "gone.db") is None
    assert time.monotonic() - started < 10  # 0.5 s a query; generous for a loaded machine
