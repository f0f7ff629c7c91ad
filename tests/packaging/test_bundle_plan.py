"""The bundle plan agrees with the package, pyproject and the source it freezes (no build needed)."""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

import bundle_plan as plan
import pytest

import explorer

REPO = plan.REPO
PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))


def import_name(requirement: str) -> str:
    """'sqlite-utils>=3.37' -> 'sqlite_utils'; 'PySide6-Essentials' -> 'PySide6'."""
    name = re.split(r"[<>=!~;\[ ]", requirement, maxsplit=1)[0]
    return {"PySide6-Essentials": "PySide6"}.get(name, name.replace("-", "_"))


def app_source_files() -> list[Path]:
    """The modules the frozen app runs: all of explorer, the importer and the store builder's
    checks and writer included (imports run on them), but the curator tools."""
    skipped = {plan.SRC / (name.replace(".", "/") + ".py") for name in plan.APP_PACKAGE_EXCLUDED}
    return [path for path in sorted((plan.SRC / "explorer").rglob("*.py"))
            if path not in skipped and path.name != "__main__.py"]  # fmt: skip


def test_version_comes_from_the_package():
    assert plan.read_version() == explorer.__version__
    assert plan.version_tuple(explorer.__version__)[:2] == tuple(
        int(part) for part in explorer.__version__.split(".")[:2]
    )


@pytest.mark.parametrize(("version", "expected"), [
    ("0.1.0", (0, 1, 0, 0)), ("1.2rc1", (1, 2, 0, 0)), ("2.0.1.post3", (2, 0, 1, 0)), ("3", (3, 0, 0, 0)),
])  # fmt: skip
def test_windows_version_tuple_has_four_numbers(version, expected):
    assert plan.version_tuple(version) == expected


def test_resources_are_laid_out_as_in_the_wheel():
    force_include = PYPROJECT["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert dict(plan.RESOURCE_LAYOUT) == force_include


def test_every_resource_file_lands_under_the_package():
    pairs = plan.resource_files()
    destinations = {dest for _, dest in pairs}
    assert ("explorer/data" in destinations) and any(
        d.startswith("explorer/resources") for d in destinations
    )
    assert all(dest.startswith(("explorer/resources", "explorer/data")) for dest in destinations)
    sources = [Path(source) for source, _ in pairs]
    assert REPO / "data" / "relations.db" in sources
    assert REPO / "resources" / "icons" / "app" / "relations-explorer.svg" in sources
    assert not [s for s in sources if s.suffix in plan.RESOURCE_SKIP_SUFFIXES]


def test_lazy_panes_are_collected_and_the_builder_is_not():
    modules = plan.explorer_modules()
    for pane in plan.LAZY_PANES:
        assert pane in modules, f"{pane} would be missing from the frozen app"
        assert pane in plan.HIDDEN_IMPORTS
    assert "explorer.app" in modules
    # Imports run on the build's checks and writer; its curator tools stay out.
    for needed in ("explorer.build.load", "explorer.build.write", "explorer.build.dates",
                   "explorer.ingest.pipeline", "explorer.cli.import_command"):  # fmt: skip
        assert needed in modules, needed
    assert not [m for m in modules if m in plan.APP_PACKAGE_EXCLUDED]


def test_runtime_dependencies_are_bundled():
    """Every runtime dependency (the import's readers and date parser among them) ships."""
    for requirement in PYPROJECT["project"]["dependencies"]:
        name = import_name(requirement)
        assert not [m for m in plan.EXCLUDED_MODULES if m == name], (
            f"{name} is a runtime dependency"
        )
    for name in ("edtf", "openpyxl", "python_calamine"):
        assert name in plan.IMPORT_MODULES and name in plan.HIDDEN_IMPORTS
        assert name not in plan.EXCLUDED_MODULES


def test_the_import_extra_is_only_a_name_kept_for_old_instructions():
    """`pip install relations-explorer[import]` still works, and installs nothing more."""
    assert PYPROJECT["project"]["optional-dependencies"]["import"] == []


def test_citeproc_keeps_the_locales_it_reads():
    locales = "citeproc/data/locales/"
    for name in ("locales.json", "locales-en-US.xml", "locales-es-ES.xml"):
        assert plan.keep_qt_file(locales + name), name
    assert not plan.keep_qt_file(locales + "locales-de-DE.xml")
    assert plan.keep_qt_file("citeproc/data/schema/schemas/styles/csl.rng")
    assert "numpy.ma" not in plan.EXCLUDED_MODULES  # numpy's np.unique reaches for it


def test_the_app_never_imports_what_the_bundle_leaves_out():
    """A pane importing pandas, numpy.random, ssl... would crash only in the frozen build."""
    excluded = set(plan.EXCLUDED_MODULES)
    offenders = []
    for path in app_source_files():
        tree = ast.parse(path.read_text("utf-8"), str(path))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
            for name in names:
                parts = name.split(".")
                if any(".".join(parts[:i]) in excluded for i in range(1, len(parts) + 1)):
                    offenders.append(f"{path.relative_to(REPO)}:{node.lineno} imports {name}")
        text = path.read_text("utf-8")
        for match in re.finditer(
            r"\b(?:np|numpy)\.(random|ma|polynomial)\b|\bpseudoScatter\b", text
        ):
            offenders.append(f"{path.relative_to(REPO)} uses {match.group(0)}")
    assert not offenders, "excluded from the bundle but used:\n" + "\n".join(offenders)


@pytest.mark.parametrize(("dest", "kept"), [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
    ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
    ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
    ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", True),
    ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
    ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
    ("PySide6\\plugins\\platforms\\qwindows.dll", True),
    ("PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", True),
    ("PySide6/Qt/translations/qtbase_es.qm", True),
    ("PySide6/Qt/translations/qtbase_de.qm", False),
    ("PySide6/Qt/translations/assistant_es.qm", False),
    ("PySide6/Qt/lib/libQt6Core.so.6", True),
    ("PySide6/Qt/lib/libQt6Quick.so.6", False),
    ("PySide6/Qt/lib/libQt6EglFsKmsSupport.so.6", False),
    ("pyqtgraph/icons/peegee/peegee_512px@2x.png", False),
    ("pyqtgraph/icons/auto.png", True),
    ("explorer/resources/icons/home.svg", True),
])  # fmt: skip
def test_qt_trimming_rules(dest, kept):
    assert plan.keep_qt_file(dest) is kept


def test_pruning_drops_libraries_left_behind_by_trimmed_plugins():
    toc = [
        ("PySide6/QtGui.abi3.so", "/s/QtGui.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/s/libQt6Gui.so.6", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/s/libqxcb.so", "BINARY"),
        ("libxcb-cursor.so.0", "/s/libxcb-cursor.so.0", "BINARY"),
        ("libcairo.so.2", "/s/libcairo.so.2", "BINARY"),  # needed only by the dropped GTK theme
        ("libpython3.11.so.1.0", "/s/libpython3.11.so.1.0", "BINARY"),
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("libcairo.so.2.1", "libcairo.so.2", "SYMLINK"),
    ]
    links = {
        "/s/QtGui.abi3.so": ["libQt6Gui.so.6", "libc.so.6"],
        "/s/libqxcb.so": ["libxcb-cursor.so.0", "libQt6Gui.so.6"],
    }
    kept = {dest for dest, _, _ in plan.prune_unreachable(toc, lambda src: links.get(src, []))}
    assert kept == {
        "PySide6/QtGui.abi3.so", "PySide6/Qt/lib/libQt6Gui.so.6", "libQt6Gui.so.6",
        "PySide6/Qt/plugins/platforms/libqxcb.so", "libxcb-cursor.so.0", "libpython3.11.so.1.0",
    }  # fmt: skip


@pytest.mark.parametrize(("dest", "system"), [
    ("libstdc++.so.6", True), ("libX11.so.6", True), ("libfontconfig.so.1", True),
    ("libglib-2.0.so.0", True), ("libsqlite3.so.0", True),
    ("libxcb-cursor.so.0", False), ("libxkbcommon-x11.so.0", False), ("libffi.so.8", False),
    ("libpython3.11.so.1.0", False), ("PySide6/Qt/lib/libQt6Core.so.6", False),
    ("numpy.libs/libgfortran-040039e1.so.5.0.0", False),
])  # fmt: skip
def test_system_libraries_are_left_to_the_system(dest, system):
    assert plan.is_system_library(dest) is system


def test_pyqtgraph_templates_for_other_bindings_are_dropped():
    assert not plan.keep_module("pyqtgraph.graphicsItems.ViewBox.axisCtrlTemplate_pyqt5")
    assert plan.keep_module("pyqtgraph.graphicsItems.ViewBox.axisCtrlTemplate_pyside6")


def test_onefile_name_carries_version_and_platform():
    name = plan.onefile_name(explorer.__version__)
    assert name.startswith(f"{plan.EXE_NAME}-{explorer.__version__}-")
    assert re.fullmatch(r"[a-z0-9._-]+", name)


def test_spec_wires_the_plan_and_never_strips_or_compresses():
    spec = (plan.PACKAGING / "relations-explorer.spec").read_text("utf-8")
    assert "read_version()" in spec and "launcher.py" in spec
    assert "upx=True" not in spec and "strip=True" not in spec
    assert spec.count("upx=False") >= 2 and spec.count("strip=False") >= 2
    for name in (
        "EXCLUDED_MODULES",
        "keep_qt_file",
        "prune_unreachable",
        "resource_files",
        "write_notices",
        "version_info.txt",
        "Info.plist",
        "BUNDLE",
        "COLLECT",
    ):
        assert name in spec, name
    launcher = (plan.PACKAGING / "launcher.py").read_text("utf-8")
    assert "from explorer.app import main" in launcher
    assert PYPROJECT["project"]["scripts"][plan.EXE_NAME] == "explorer.app:main"


def test_every_data_file_of_the_package_is_bundled():
    """A file beside the modules (the store's schema) is read at run time: it must ship."""
    on_disk = sorted(path.relative_to(plan.SRC).as_posix() for path in (plan.SRC / "explorer").rglob("*")
                     if path.is_file() and path.suffix not in (".py", ".pyc"))  # fmt: skip
    assert on_disk == sorted(plan.PACKAGE_DATA)
    for source, dest in plan.package_data_files():
        assert Path(source).is_file() and dest == "explorer/store"
