"""Packaging tests import the build's own modules (bundle_plan, notices) from packaging/.

packaging/ is deliberately not a Python package (a top-level `packaging` would shadow the
PyPI library PyInstaller imports), so its folder goes on sys.path instead.
"""

from __future__ import annotations

import sys
from pathlib import Path

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
if str(PACKAGING) not in sys.path:
    # Appended, not prepended: packaging/build.py must never shadow an installed `build`.
    sys.path.append(str(PACKAGING))
