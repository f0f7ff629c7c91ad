"""When Qt's X11 plugin cannot load, the app says in one line which package to install."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from explorer import qt_platform

SRC = Path(__file__).resolve().parents[1] / "src"
PLUGIN = Path("/opt/qt/plugins/platforms/libqxcb.so")


def loader_missing(*absent: str):
    """A dynamic linker on a system without `absent` (the plugin fails on the first of them)."""

    def load(name: str):
        if name == str(PLUGIN) and absent:
            raise OSError(f"{absent[0]}: cannot open shared object file: No such file or directory")
        if name in absent:
            raise OSError(f"{name}: cannot open shared object file: No such file or directory")
        return object()

    return load


def test_a_missing_xcb_cursor_names_both_package_families():
    missing = qt_platform.missing_libraries(PLUGIN, loader_missing("libxcb-cursor.so.0"))
    assert missing == ["libxcb-cursor.so.0"]
    line = qt_platform.advice(missing)
    assert "\n" not in line
    assert line == (
        "relations-explorer cannot open a window: libxcb-cursor.so.0 is missing. Install: "
        "sudo apt install libxcb-cursor0 (Debian/Ubuntu) or sudo dnf install xcb-util-cursor "
        "(Fedora); then start it again."
    )


def test_every_missing_library_is_named_once():
    load = loader_missing("libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxcb-xkb.so.1")
    line = qt_platform.advice(qt_platform.missing_libraries(PLUGIN, load))
    assert "sudo apt install libxcb-icccm4 libxcb-keysyms1 libxcb-xkb1 " in line
    assert "sudo dnf install xcb-util-wm xcb-util-keysyms libxcb (Fedora)" in line


def test_an_unknown_library_is_still_named():
    line = qt_platform.advice(qt_platform.missing_libraries(PLUGIN, loader_missing("libfoo.so.3")))
    assert "libfoo.so.3 is missing" in line and "provides libfoo.so.3" in line


def test_nothing_is_said_when_the_plugin_loads():
    assert qt_platform.missing_libraries(PLUGIN, loader_missing()) == []
    assert qt_platform.missing_libraries(None, loader_missing("libxcb.so.1")) == []


@pytest.mark.parametrize(("env", "platform", "xcb"), [
    ({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"}, "linux", False),
    ({"QT_QPA_PLATFORM": "xcb"}, "linux", True),
    ({"DISPLAY": ":0"}, "linux", True),
    ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
    ({"QT_QPA_PLATFORM": "xcb"}, "win32", False),
])  # fmt: skip
def test_only_checked_when_the_platform_will_be_xcb(env, platform, xcb):
    assert qt_platform.platform_will_be_xcb(env, platform) is xcb


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb plugin is Linux's")
def test_the_app_prints_one_line_instead_of_qts_abort(tmp_path):
    """libxcb-cursor.so.0 made unloadable (an empty file first on the library path)."""
    fake = tmp_path / "lib"
    fake.mkdir()
    (fake / "libxcb-cursor.so.0").write_bytes(b"")
    env = {**os.environ, "PYTHONPATH": str(SRC), "QT_QPA_PLATFORM": "xcb", "DISPLAY": ":99",
           "LD_LIBRARY_PATH": str(fake), "RELATIONS_EXPLORER_HOME": str(tmp_path / "home")}  # fmt: skip
    result = subprocess.run([sys.executable, "-m", "explorer"], env=env, capture_output=True,
                            text=True, timeout=60)  # fmt: skip
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "libxcb-cursor.so.0" in lines[0] and "libxcb-cursor0" in lines[0]
    assert "xcb-util-cursor" in lines[0] and "could not load the Qt platform plugin" not in lines[0]
    logged = (tmp_path / "home" / "logs" / "relations-explorer.log").read_text("utf-8")
    assert lines[0] in logged
