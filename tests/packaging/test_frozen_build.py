"""Build the one-folder bundle as a packager does, run its self-test, check it is reproducible.

Slow (two PyInstaller builds, about a minute each on 2 cores). Skipped only when PyInstaller is
not installed; the `test` extra in pyproject.toml installs it.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import bundle_plan as plan
import pytest

pytestmark = pytest.mark.slow
pytest.importorskip("PyInstaller", reason="PyInstaller is not installed (pip install -e '.[test]')")

BUILD_SCRIPT = plan.PACKAGING / "build.py"  # the repository's copy, for its helpers
# 170 MiB before citeproc-py; it adds 5.7 MiB as bundled (lxml.etree 5.1, which carries libxml2
# and libxslt; citeproc's code and en/es locales 0.4; the CSL styles 0.25), and numpy.ma,
# which numpy's own np.unique needs, 0.16 MiB: 174.4 MiB measured (Linux x86-64). The
# spreadsheet import adds 3.2 MiB (python-calamine's Rust library 2.3, openpyxl 0.5, edtf with
# pyparsing and dateutil 0.35, the build's checks and writer): 177.6 MiB measured.
BUDGET_MIB = 179
# Curators' tools; the import's readers (edtf, openpyxl, python-calamine) and the build's checks
# and writer are bundled, since every import runs on them.
BUILD_ONLY = ("pandas", "sqlite_utils", "explorer.build.synthetic", "explorer.build.prune")


def load_build_script():
    # Loaded by path: a plain `import build` could find PyPA's `build` package instead.
    spec = importlib.util.spec_from_file_location("relations_explorer_build_script", BUILD_SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# What the spec reads: a snapshot of these is built, so edits made to the working tree while the
# builds run (other work in progress) cannot make two builds differ.
SNAPSHOT = ("src", "resources", "data/relations.db", "packaging", "LICENSE", "pyproject.toml")


def _leftovers(folder: str, names: list[str]) -> set[str]:
    """__pycache__ anywhere; build/ and dist/ only as PyInstaller leaves them at the top of a
    copied folder (src/explorer/build is the store builder, which imports run on)."""
    top = Path(folder).parent == plan.REPO  # src/, resources/, packaging/
    return {n for n in names if n == "__pycache__" or (top and n in ("build", "dist"))}


def snapshot(target: Path) -> Path:
    for name in SNAPSHOT:
        source = plan.REPO / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=_leftovers)
        else:
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target


def build_onedir(tree: Path) -> Path:
    """`python packaging/build.py --mode onedir` in `tree`, as a packager runs it."""
    env = {k: v for k, v in os.environ.items() if k != "RELATIONS_EXPLORER_HOME"}
    env["SOURCE_DATE_EPOCH"] = load_build_script().source_date_epoch()  # the checkout's commit
    # --unpinned: the suite runs in whatever environment `pip install ".[test]"` resolved, not
    # the packagers' lock (test_minimum_versions.py checks that build.py refuses to differ).
    command = [sys.executable, str(tree / "packaging" / "build.py"), "--mode", "onedir",
               "--unpinned"]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True, timeout=900, env=env, cwd=tree)
    assert result.returncode == 0, (
        f"build failed:\n{result.stdout[-3000:]}\n{result.stderr[-6000:]}"
    )
    return tree / "dist" / plan.EXE_NAME


def digest_tree(folder: Path) -> dict[str, str]:
    return {path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(folder.rglob("*")) if path.is_file()}  # fmt: skip


@pytest.fixture(scope="module")
def trees(tmp_path_factory) -> tuple[Path, Path]:
    """Two copies of one snapshot, in different folders (builds must not depend on the path)."""
    first = snapshot(tmp_path_factory.mktemp("first-tree"))
    second = tmp_path_factory.mktemp("second-tree")
    shutil.copytree(first, second, dirs_exist_ok=True)
    return first, second


@pytest.fixture(scope="module")
def first_build(trees) -> Path:
    return build_onedir(trees[0])


def test_frozen_self_test_passes_and_writes_its_report(first_build, tmp_path):
    before = digest_tree(first_build)
    home, report = tmp_path / "home", tmp_path / "reports" / "self-test.txt"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", RELATIONS_EXPLORER_HOME=str(home))
    result = subprocess.run([str(first_build / plan.EXE_NAME), "--self-test", "--report", str(report)],
                            capture_output=True, text=True, timeout=180, env=env)  # fmt: skip
    text = report.read_text("utf-8") if report.exists() else "(no report written)"
    assert result.returncode == 0, f"{text}\n{result.stdout[-2000:]}\n{result.stderr[-4000:]}"
    assert "self-test: PASS" in text.splitlines()[0]
    # It opened the store bundled inside itself, found through importlib.resources.
    bundled_store = (first_build / "_internal" / "explorer" / "data" / "relations.db").as_posix()
    assert bundled_store in text.replace("\\", "/")
    # The bundle stays read-only: notes and settings go to the user's folders.
    assert digest_tree(first_build) == before
    assert not [p for p in home.rglob("*") if first_build in p.parents]


def test_bundle_carries_resources_licences_and_nothing_build_only(first_build, trees):
    internal = first_build / "_internal"
    for source, dest in plan.resource_files(trees[0]):  # the snapshot the build was made from
        copy = internal / dest / Path(source).name
        assert copy.is_file(), f"{dest}/{Path(source).name} missing from the bundle"
        assert copy.read_bytes() == Path(source).read_bytes()
    assert (internal / "LICENSE.txt").read_text("utf-8").startswith("MIT License")
    notices_text = (internal / "THIRD_PARTY_NOTICES.txt").read_text("utf-8")
    assert "dynamically linked" in notices_text and "PySide6" in notices_text
    from PyInstaller.archive.readers import CArchiveReader, ZlibArchiveReader

    executable = CArchiveReader(str(first_build / plan.EXE_NAME))
    pyz_name = next(name for name in executable.toc if name.endswith(".pyz"))
    pyz_path = first_build.parent / "bundled.pyz"
    pyz_path.write_bytes(executable.extract(pyz_name))
    modules = set(ZlibArchiveReader(str(pyz_path)).toc)
    for module in BUILD_ONLY:
        assert not [m for m in modules if m == module or m.startswith(module + ".")], module
        assert not (internal / module.replace(".", "/")).exists(), module
    for pane in plan.LAZY_PANES:
        assert pane in modules, f"lazily imported {pane} is missing"


FIXTURES = plan.REPO / "tests" / "ingest" / "fixtures"


@pytest.mark.parametrize("fixture", ["timelinejs.csv", "template-libreoffice.xlsx",
                                     "template.ods", "icews.ods", "gdelt2.export.CSV"])  # fmt: skip
def test_frozen_app_imports_a_spreadsheet(first_build, fixture, tmp_path):
    """The frozen app carries the import: a CSV, an XLSX and an ODS become stores."""
    out = tmp_path / "imported.db"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", RELATIONS_EXPLORER_HOME=str(tmp_path))
    result = subprocess.run([str(first_build / plan.EXE_NAME), "import", str(FIXTURES / fixture),
                             "--out", str(out), "--keep-valid", "--quiet"],
                            capture_output=True, text=True, timeout=180, env=env)  # fmt: skip
    assert result.returncode == 0, f"{result.stdout[-2000:]}\n{result.stderr[-4000:]}"
    assert "made " in result.stdout and out.is_file()


def test_bundle_is_within_its_size_budget(first_build):
    size = sum(
        p.stat().st_size for p in first_build.rglob("*") if p.is_file() and not p.is_symlink()
    )
    assert size / 2**20 <= BUDGET_MIB, f"one-folder build is {size / 2**20:.1f} MiB"


def test_two_builds_of_one_tree_are_byte_identical(first_build, trees):
    second = build_onedir(trees[1])
    differing = load_build_script().compare_manifests(
        first_build.parent / "SHA256SUMS", second.parent / "SHA256SUMS"
    )
    assert not differing, f"{len(differing)} files differ between two builds: {differing[:10]}"
