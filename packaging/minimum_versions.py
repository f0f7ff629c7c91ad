"""Check the app on the lowest versions of its dependencies that pyproject.toml claims to support.

    python3 packaging/minimum_versions.py            # what .ci/run does
    python3 packaging/minimum_versions.py --fresh    # rebuild the venv from nothing

A venv (build/minimum-venv, kept between runs while constraints-minimum.txt is unchanged) gets
pyproject's runtime requirements resolved against packaging/constraints-minimum.txt (every
lower bound, pinned), then the project itself with --no-deps, so pip can bring in nothing newer.
On those versions it runs `relations-explorer --self-test` and a fast subset of the tests. Exits
0 when both pass. tests/packaging/test_minimum_versions.py keeps the constraints equal to the
lower bounds.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CONSTRAINTS = REPO / "packaging" / "constraints-minimum.txt"
VENV = REPO / "build" / "minimum-venv"
# Fast tests that build the real main window and its panes, the menus, the stores and exports:
# what an old Qt or pyqtgraph breaks first (not the data audits, builds or frozen bundle).
FAST_TESTS = (  # in the full suite's order: one classroom test fails if it runs after tests/gui
    "tests/chart",
    "tests/classroom",
    "tests/compare",
    "tests/core",
    "tests/gui",
    "tests/ingest",  # edtf, openpyxl and python-calamine at their lowest too
    "tests/notes",
    "tests/store",
    "tests/timeline",
)
TEST_TOOLS = ("pytest", "pytest-qt")


def runtime_requirements(pyproject: Path = REPO / "pyproject.toml") -> list[str]:
    return list(tomllib.loads(pyproject.read_text("utf-8"))["project"]["dependencies"])


def test_tool_requirements(pyproject: Path = REPO / "pyproject.toml") -> list[str]:
    extra = tomllib.loads(pyproject.read_text("utf-8"))["project"]["optional-dependencies"]["test"]
    return [r for r in extra if r.split(">")[0].split("=")[0].strip() in TEST_TOOLS]


def venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def clean_environment(home: Path) -> dict[str, str]:
    """No PYTHONPATH (a dev shell's src/ would shadow the installed package), a private home."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env.update(QT_QPA_PLATFORM=env.get("QT_QPA_PLATFORM", "offscreen"),
               RELATIONS_EXPLORER_HOME=str(home), PIP_DISABLE_PIP_VERSION_CHECK="1")  # fmt: skip
    return env


def step(title: str, command: list[str], **kwargs) -> int:
    started = time.monotonic()
    print(f"minimum versions: {title}", flush=True)
    status = subprocess.run(command, **kwargs).returncode
    print(f"minimum versions: {title}: exit {status} in {time.monotonic() - started:.0f} s",
          flush=True)  # fmt: skip
    return status


def _not_source(folder: str, names: list[str]) -> set[str]:
    """What the copy of the tree leaves out: git, caches, and the top level's build outputs
    (build/ holds the minimum venv itself; src/explorer/build is the store builder, kept)."""
    top = Path(folder).resolve() == REPO.resolve()
    left_out = {".git", "__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache"}
    left_out |= {"build", "dist"} if top else set()
    return {name for name in names if name in left_out or name.endswith(".egg-info")}


def prepare_venv(venv: Path, fresh: bool, env: dict[str, str]) -> int:
    stamp = venv / "constraints.sha256"
    digest = hashlib.sha256(CONSTRAINTS.read_bytes()).hexdigest()
    if fresh or not stamp.exists() or stamp.read_text().strip() != digest:
        shutil.rmtree(venv, ignore_errors=True)
        status = step("create venv", [sys.executable, "-m", "venv", str(venv)], env=env)
        if status:
            return status
        pip = [str(venv_python(venv)), "-m", "pip", "install", "-q", "-c", str(CONSTRAINTS)]
        status = step("install the declared minimum versions",
                      [*pip, *runtime_requirements(), *test_tool_requirements()], env=env)  # fmt: skip
        if status:
            return status
        stamp.write_text(digest + "\n")
    # The project itself, never its dependencies: what it runs on is exactly the constraints.
    # Built from a copy of the tree: .ci/run installs the project from the tree at the same
    # time, and two builds in one folder share its build/ and egg-info.
    with tempfile.TemporaryDirectory(prefix="relations-explorer-source-") as copy:
        source = Path(copy) / "project"
        shutil.copytree(REPO, source, ignore=_not_source)
        return step("install the project with --no-deps",
                    [str(venv_python(venv)), "-m", "pip", "install", "-q", "--no-deps",
                     "--force-reinstall", str(source)], env=env)  # fmt: skip


def run(venv: Path, fresh: bool) -> int:
    with tempfile.TemporaryDirectory(prefix="relations-explorer-minimum-") as scratch:
        home = Path(scratch)
        env = clean_environment(home)
        status = prepare_venv(venv, fresh, env)
        if status:
            return status
        python = str(venv_python(venv))
        subprocess.run([python, "-m", "pip", "list", "--format=freeze"], env=env)
        report = home / "self-test.txt"
        # Run from the scratch folder, so `explorer` can only come from the venv's install.
        status = step("self-test", [python, "-m", "explorer", "--self-test", "--report",
                                    str(report)], env=env, cwd=home)  # fmt: skip
        tests = [t for t in FAST_TESTS if (REPO / t).exists()]
        # One process, not the suite's two xdist workers (the addopts): this check runs beside
        # the suite, which keeps both cores busy, and its venv has only pytest and pytest-qt.
        status |= step("fast tests", [python, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                                      "-o", "addopts=-ra --strict-markers", "-m", "not slow",
                                      *tests], env=env, cwd=REPO)  # fmt: skip
        return 1 if status else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--venv", type=Path, default=VENV)
    parser.add_argument("--fresh", action="store_true", help="rebuild the venv from nothing")
    args = parser.parse_args(argv)
    return run(args.venv.resolve(), args.fresh)


if __name__ == "__main__":
    raise SystemExit(main())
