"""THIRD_PARTY_NOTICES is generated from the installed distributions and says what it must."""

from __future__ import annotations

import importlib.metadata as metadata
import re
import sysconfig
import tomllib
from pathlib import Path

import bundle_plan as plan
import notices
import pytest

PYPROJECT = tomllib.loads((plan.REPO / "pyproject.toml").read_text("utf-8"))


def requirement_name(requirement: str) -> str:
    return re.split(r"[<>=!~;\[ ]", requirement, maxsplit=1)[0]


@pytest.fixture(scope="module")
def runtime_notices() -> str:
    return notices.render(notices.runtime_closure())


def summary_lines(text: str) -> list[str]:
    block = text.split("Summary\n-------\n", 1)[1].split("\n\n", 1)[0]
    return block.splitlines()


def test_every_runtime_dependency_is_listed_with_version_and_licence(runtime_notices):
    summary = "\n".join(summary_lines(runtime_notices)).lower()
    for requirement in PYPROJECT["project"]["dependencies"]:
        name = requirement_name(requirement)
        dist = metadata.distribution(name)
        assert f"{dist.metadata['Name'].lower()} {dist.version}:" in summary, name
    assert "python " in summary and "pyinstaller bootloader" in summary


def test_build_only_dependencies_are_not_claimed(runtime_notices):
    summary = "\n".join(summary_lines(runtime_notices)).lower()
    for requirement in PYPROJECT["project"]["optional-dependencies"]["build"]:
        assert requirement_name(requirement).lower() not in summary


def test_qt_is_declared_lgpl_and_dynamically_linked_with_full_texts(runtime_notices):
    assert "Qt and PySide6: LGPL-3.0, dynamically linked" in runtime_notices
    assert "DYNAMICALLY" in runtime_notices and "_internal/PySide6/" in runtime_notices
    assert "GNU LESSER GENERAL PUBLIC LICENSE\n                       Version 3" in runtime_notices
    assert "GNU GENERAL PUBLIC LICENSE\n                       Version 3" in runtime_notices
    assert "PSF" in runtime_notices and "bootloader exception" in runtime_notices.lower()


def test_licence_texts_shipped_inside_packages_are_included(runtime_notices):
    # pyqtgraph's colour maps are CC-BY and ship inside the package, not in its dist-info
    assert "CET color map" in runtime_notices or "CC-BY" in runtime_notices
    # numpy's wheel carries the licences of the OpenBLAS and GCC runtime it bundles
    assert "OpenBLAS" in runtime_notices


def test_notices_are_reproducible(runtime_notices):
    assert notices.render(notices.runtime_closure()) == runtime_notices


def test_bundled_files_are_sorted_into_distributions_python_and_system(tmp_path):
    numpy_init = Path(metadata.distribution("numpy").locate_file("numpy/__init__.py"))
    stdlib_json = Path(sysconfig.get_paths()["stdlib"]) / "json" / "__init__.py"
    system_library = tmp_path / "libexample.so.1"
    system_library.write_bytes(b"\x7fELF")
    dists, uses_python, libraries = notices.classify(
        [
            str(numpy_init),
            str(stdlib_json),
            str(system_library),
            str(plan.SRC / "explorer" / "app.py"),
        ]
    )
    assert list(dists) == ["numpy"]
    assert uses_python
    assert libraries == ["libexample.so.1"]


def test_write_notices_names_what_was_bundled(tmp_path):
    pyqtgraph_init = metadata.distribution("pyqtgraph").locate_file("pyqtgraph/__init__.py")
    out = notices.write_notices(tmp_path / "NOTICES.txt", [str(pyqtgraph_init)])
    text = out.read_text("utf-8")
    assert "pyqtgraph " in text and "MIT" in text
    assert "numpy" not in "\n".join(summary_lines(text))
