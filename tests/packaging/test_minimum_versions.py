"""The declared lower bounds, the minimum-versions constraints and the frozen build's lock agree.

packaging/minimum_versions.py (run by .ci/run) installs constraints-minimum.txt and tests the app
on it; these checks keep that file equal to pyproject's lower bounds, so neither can drift.
"""

from __future__ import annotations

import importlib.util
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

REPO = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))
MINIMUM = REPO / "packaging" / "constraints-minimum.txt"
FROZEN = REPO / "packaging" / "constraints-frozen.txt"


def load(name: str):
    spec = importlib.util.spec_from_file_location(f"relations_explorer_{name}",
                                                  REPO / "packaging" / f"{name}.py")  # fmt: skip
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def pins(path: Path) -> dict[str, Version]:
    found = {}
    for line in path.read_text("utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            requirement = Requirement(line)
            (spec,) = requirement.specifier
            assert spec.operator == "==", line
            found[canonicalize_name(requirement.name)] = Version(spec.version)
    return found


def lower_bound(requirement: Requirement) -> Version:
    bounds = [Version(s.version) for s in requirement.specifier if s.operator in (">=", "~=", "==")]
    assert bounds, f"{requirement} declares no lower bound"
    return max(bounds)


def checked_requirements() -> list[Requirement]:
    """Runtime dependencies for this Python, and the test tools the fast tests need."""
    minimum = load("minimum_versions")
    runtime = [Requirement(r) for r in minimum.runtime_requirements()]
    tools = [Requirement(r) for r in minimum.test_tool_requirements()]
    assert {canonicalize_name(r.name) for r in tools} == {"pytest", "pytest-qt"}
    return [r for r in runtime + tools if r.marker is None or r.marker.evaluate()]


def test_minimum_constraints_are_the_declared_lower_bounds():
    pinned = pins(MINIMUM)
    requirements = checked_requirements()
    for requirement in requirements:
        name = canonicalize_name(requirement.name)
        assert name in pinned, f"{name} has no line in {MINIMUM.name}"
        assert pinned[name] == lower_bound(requirement), (
            f"{name}: {MINIMUM.name} pins {pinned[name]}, pyproject says {requirement}"
        )
        assert requirement.specifier.contains(pinned[name], prereleases=True)
    assert set(pinned) == {canonicalize_name(r.name) for r in requirements}, (
        "a pinned package pyproject no longer declares"
    )


def test_every_runtime_dependency_is_pinned_for_the_frozen_build():
    pinned = pins(FROZEN)
    for text in PYPROJECT["project"]["dependencies"]:
        requirement = Requirement(text)
        if requirement.marker is not None and not requirement.marker.evaluate():
            continue
        name = canonicalize_name(requirement.name)
        assert name in pinned, f"{name} is not pinned in {FROZEN.name}"
        assert requirement.specifier.contains(pinned[name]), f"{name}=={pinned[name]}: {text}"
    for text in PYPROJECT["project"]["optional-dependencies"]["package"]:
        requirement = Requirement(text)
        assert requirement.specifier.contains(pinned[canonicalize_name(requirement.name)])


def test_build_refuses_packages_that_differ_from_the_lock(tmp_path):
    build = load("build")
    lock = tmp_path / "lock.txt"
    lock.write_text("pytest==0.0.1\nno-such-package-here==1.0\n", encoding="utf-8")
    differences = build.lock_differences(lock)
    assert len(differences) == 2
    assert differences[0].startswith("pytest: ") and "0.0.1 pinned" in differences[0]
    assert "not installed" in differences[1]


# Distributions whose import or command name is not their name with "-" made "_".
IMPORT_NAMES = {"pyinstaller": "PyInstaller", "import-linter": "lint-imports", "pyyaml": "yaml",
                "pytest-qt": "qtbot", "bibtexparser": "bibtexparser"}  # fmt: skip


# pytest plugins used through the suite's addopts, and the option that uses each.
ADDOPTS_PLUGINS = {"pytest-xdist": "--dist"}


def is_used(name: str, sources: str) -> bool:
    """Imported, skipped-if-missing, run with -m, or run as a command, somewhere in the tree;
    or, for a pytest plugin, its option in the suite's addopts."""
    if name.lower() in ADDOPTS_PLUGINS:
        addopts = PYPROJECT["tool"]["pytest"]["ini_options"]["addopts"]
        return ADDOPTS_PLUGINS[name.lower()] in addopts.split()
    module = IMPORT_NAMES.get(name.lower(), name.lower().replace("-", "_"))
    patterns = (f"import {module}", f"from {module}", f'importorskip("{module}',
                f'"-m", "{module}"', f'["{module}"', f"({module}")  # fmt: skip
    return any(pattern in sources for pattern in patterns)


def test_extras_name_only_what_the_project_imports():
    sources = "\n".join(p.read_text("utf-8") for folder in ("src", "tests", "packaging", "benchmarks")
                        for p in (REPO / folder).rglob("*.py"))  # fmt: skip
    for extra, requirements in PYPROJECT["project"]["optional-dependencies"].items():
        for text in requirements:
            requirement = Requirement(text)
            if requirement.name != "relations-explorer":
                assert is_used(requirement.name, sources), (
                    f"{requirement.name} in [{extra}] is never used"
                )
    assert not is_used("sqlite-utils", sources)  # removed from [build]: nothing imported it


@pytest.mark.parametrize("script", [".ci/run"])
def test_ci_runs_the_minimum_versions_check(script):
    assert "python3 packaging/minimum_versions.py" in (REPO / script).read_text("utf-8")
