""".ci/run runs exactly the README's test command and never passes on "no tests collected"."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sh\n(.+?)\n```", text)


def test_readme_has_the_two_commands():
    install_and_start, install_and_test = _readme_commands()[:2]
    assert install_and_start == "python3 -m pip install . && relations-explorer"
    assert install_and_test == 'python3 -m pip install ".[test]" && python3 -m pytest'


def test_ci_runs_the_readme_test_command():
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert _readme_commands()[1] in script.splitlines()


@pytest.mark.skipif(os.name == "nt", reason="a bash script")
@pytest.mark.parametrize("pytest_status, expected", [(0, 0), (1, 1), (5, 1)])
def test_ci_exit_status(tmp_path, pytest_status, expected):
    fake = tmp_path / "python3"
    fake.write_text(f'#!/bin/bash\n[ "$2" = pip ] && exit 0\nexit {pytest_status}\n')
    fake.chmod(0o755)
    env = {**os.environ, "PATH": f"{tmp_path}{os.pathsep}{os.environ['PATH']}"}
    result = subprocess.run(["bash", str(ROOT / ".ci" / "run")], env=env, capture_output=True,
                            text=True, timeout=60)  # fmt: skip
    assert result.returncode == expected


@pytest.mark.skipif(os.name == "nt", reason="a bash script")
def test_ci_fails_when_only_the_minimum_versions_check_fails(tmp_path):
    fake = tmp_path / "python3"
    fake.write_text('#!/bin/bash\n[ "$1" = packaging/minimum_versions.py ] && exit 1\nexit 0\n')
    fake.chmod(0o755)
    env = {**os.environ, "PATH": f"{tmp_path}{os.pathsep}{os.environ['PATH']}"}
    result = subprocess.run(["bash", str(ROOT / ".ci" / "run")], env=env, capture_output=True,
                            text=True, timeout=60)  # fmt: skip
    assert result.returncode == 1
    assert "minimum dependency versions failed" in result.stderr
