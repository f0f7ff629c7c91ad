"""explorer.store and explorer.core never import Qt (or pyqtgraph), checked two ways."""

from __future__ import annotations

import os
import pkgutil
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
FORBIDDEN = ("PySide6", "shiboken6", "pyqtgraph", "explorer.ui")


def _modules(package: str) -> list[str]:
    folder = SRC / package.replace(".", "/")
    return [package] + [f"{package}.{m.name}" for m in pkgutil.iter_modules([str(folder)])]


def test_importing_store_and_core_loads_no_qt():
    modules = _modules("explorer.store") + _modules("explorer.core")
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        f"bad = sorted(m for m in sys.modules if m.split('.')[0] in {FORBIDDEN!r} or m.startswith('explorer.ui'))\n"
        "print('\\n'.join(bad))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                            text=True, timeout=120)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"store/core pulled in: {result.stdout}"


@pytest.mark.skipif(shutil.which("lint-imports") is None, reason="import-linter is not installed")
def test_import_linter_contracts_hold():
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    result = subprocess.run(["lint-imports"], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=300)  # fmt: skip
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
