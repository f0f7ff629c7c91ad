"""Desktop integration files agree with each other and with the package (no build needed).

The .desktop entry and AppStream metainfo are also run through the freedesktop validators when
they are installed (desktop-file-utils, appstream); the checks here hold either way.
"""

from __future__ import annotations

import ast
import configparser
import importlib.util
import plistlib
import shutil
import string
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import bundle_plan as plan
import pytest

import explorer

LINUX = plan.PACKAGING / "linux"
DESKTOP = LINUX / f"{plan.APPSTREAM_ID}.desktop"
METAINFO = LINUX / f"{plan.APPSTREAM_ID}.metainfo.xml"
ICONS = plan.REPO / "resources" / "icons" / "app"
PYPROJECT = tomllib.loads((plan.REPO / "pyproject.toml").read_text("utf-8"))


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def png_size(path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    return struct.unpack(">II", header[16:24])


def test_desktop_entry_launches_the_app_with_its_icon():
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == explorer.APP_NAME
    assert entry["Exec"].split()[0] == plan.EXE_NAME
    assert entry["Icon"] == plan.APPSTREAM_ID
    assert entry["Terminal"] == "false"
    assert "Education" in entry["Categories"].split(";")
    assert entry["Name[es]"] and entry["Comment[es]"]  # the Spanish interface is coming


def test_metainfo_names_the_same_app_version_and_licence():
    root = ElementTree.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == plan.APPSTREAM_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.find("launchable").get("type") == "desktop-id"
    assert root.findtext("name") == explorer.APP_NAME
    assert root.findtext("project_license") == PYPROJECT["project"]["license"]
    assert root.findtext("provides/binary") == plan.EXE_NAME
    releases = [release.get("version") for release in root.iter("release")]
    assert releases and releases[0] == explorer.__version__, "add a <release> for the new version"
    assert root.find("content_rating") is not None


@pytest.mark.skipif(
    not shutil.which("desktop-file-validate"), reason="desktop-file-utils not installed"
)
def test_desktop_entry_passes_desktop_file_validate():
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower()


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream not installed")
def test_metainfo_passes_appstreamcli_validate():
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)],
                            capture_output=True, text=True)  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


def test_macos_info_plist_is_high_dpi():
    info = plistlib.loads((plan.PACKAGING / "macos" / "Info.plist").read_bytes())
    assert info["NSHighResolutionCapable"] is True
    assert info["CFBundleName"] == explorer.APP_NAME
    assert "es" in info["CFBundleLocalizations"]


def pyinstaller_version_classes() -> dict[str, list[str]]:
    """Constructor parameters of PyInstaller's version-resource classes, read from its source.

    PyInstaller's versioninfo module imports Windows-only helpers, so it is read, not imported.
    """
    spec = importlib.util.find_spec("PyInstaller")
    if spec is None or spec.origin is None:
        pytest.skip("PyInstaller not installed")
    source = Path(spec.origin).parent / "utils" / "win32" / "versioninfo.py"
    classes = {}
    for node in ast.parse(source.read_text("utf-8")).body:
        if isinstance(node, ast.ClassDef):
            for item in node.body:
                if isinstance(item, ast.FunctionDef) and item.name == "__init__":
                    classes[node.name] = [arg.arg for arg in item.args.args[1:]]
    return classes


def test_windows_version_resource_fills_from_the_package_version():
    template = string.Template((plan.PACKAGING / "windows" / "version_info.txt").read_text("utf-8"))
    version = explorer.__version__
    text = template.substitute(version=version, version_tuple=repr(plan.version_tuple(version)),
                               exe=plan.EXE_NAME)  # fmt: skip
    classes = pyinstaller_version_classes()
    strings: dict[str, str] = {}

    def constructor(name):
        def build(*args, **kwargs):
            assert len(args) <= len(classes[name]), f"{name} takes {classes[name]}"
            assert set(kwargs) <= set(classes[name]), (
                f"{name} has no {set(kwargs) - set(classes[name])}"
            )
            if name == "StringStruct":
                strings[args[0]] = args[1]
            return (name, args, kwargs)

        return build

    # PyInstaller itself loads this file with eval(); do the same with recording stand-ins.
    root = eval(text, {name: constructor(name) for name in classes})  # noqa: S307 - our own file
    assert root[0] == "VSVersionInfo"
    assert root[2]["ffi"][2]["filevers"] == plan.version_tuple(version)
    assert strings["ProductVersion"] == strings["FileVersion"] == version
    assert strings["OriginalFilename"] == f"{plan.EXE_NAME}.exe"
    assert strings["ProductName"] == explorer.APP_NAME


def test_icon_renders_exist_for_every_platform():
    svg = ElementTree.parse(ICONS / "relations-explorer.svg").getroot()
    assert svg.get("viewBox") == "0 0 512 512"
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        assert png_size(ICONS / f"relations-explorer-{size}.png") == (size, size)
    ico = (ICONS / "relations-explorer.ico").read_bytes()
    assert ico[:4] == b"\x00\x00\x01\x00" and struct.unpack("<H", ico[4:6])[0] >= 6
    assert (ICONS / "relations-explorer.icns").read_bytes()[:4] == b"icns"


def test_icon_renders_match_their_svg_source(qapp, tmp_path):
    """Editing the SVG without rerunning packaging/render_icons.py would ship stale icons."""
    import render_icons
    from PySide6.QtGui import QImage

    fresh = tmp_path / "fresh.png"
    render_icons.render_png(64, fresh)
    new, committed = QImage(str(fresh)), QImage(str(ICONS / "relations-explorer-64.png"))
    assert (new.width(), new.height()) == (committed.width(), committed.height())
    differing = sum(
        new.pixel(x, y) != committed.pixel(x, y) for y in range(0, 64, 2) for x in range(0, 64, 2)
    )
    assert differing < 32 * 32 * 0.05, (
        f"{differing} of 1024 sampled pixels differ: rerun render_icons.py"
    )


@pytest.mark.skipif(
    not shutil.which("sh") or not shutil.which("install"), reason="needs a POSIX shell"
)
def test_linux_install_script_lays_out_menu_entry_icons_and_metadata(tmp_path):
    bundle = tmp_path / "bundle"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / plan.EXE_NAME).write_text("#!/bin/sh\n", encoding="utf-8")
    (bundle / plan.EXE_NAME).chmod(0o755)
    env = {"PATH": "/usr/bin:/bin", "DESTDIR": str(tmp_path / "root"), "BUNDLE": str(bundle)}
    result = subprocess.run(["sh", str(LINUX / "install.sh"), "/usr"], env=env,
                            capture_output=True, text=True)  # fmt: skip
    assert result.returncode == 0, result.stderr
    usr = tmp_path / "root" / "usr"
    assert (usr / "bin" / plan.EXE_NAME).is_symlink()
    assert (usr / "lib" / plan.EXE_NAME / "_internal").is_dir()
    assert (usr / "share" / "applications" / DESKTOP.name).read_bytes() == DESKTOP.read_bytes()
    assert (usr / "share" / "metainfo" / METAINFO.name).is_file()
    icon_theme = usr / "share" / "icons" / "hicolor"
    assert (icon_theme / "scalable" / "apps" / f"{plan.APPSTREAM_ID}.svg").is_file()
    assert png_size(icon_theme / "256x256" / "apps" / f"{plan.APPSTREAM_ID}.png") == (256, 256)


def test_desktop_file_name_matches_the_id_the_app_announces():
    """On Wayland the shell finds the menu entry by the app's desktop file name."""
    announced = getattr(explorer, "DESKTOP_ID", None)
    if announced is None:  # until the app announces its reverse-DNS id, X11 matches by WM class
        assert desktop_entry()["StartupWMClass"] == plan.EXE_NAME
    else:
        assert announced == plan.APPSTREAM_ID
