"""Leaving a presentation with a full comparison on screen gives the window back at once.

Leaving re-applies the window's style sheet, which lays the comparison out again. A chip whose
minimum width followed the width it was last given made the comparison's minimum width follow
its own width: the scroll areas around it resized each other without end (minutes of CPU, then
a stack overflow in Qt's resize path). Each run is a child process, so a hang or a segfault
fails the test instead of taking the test run down.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

CHILD = Path(__file__).with_name("leave_presentation_child.py")
REPO = Path(__file__).resolve().parents[2]
TIME_LIMIT = 90  # seconds; a run takes 5–10 s on a busy 2-core machine


@pytest.mark.parametrize(
    ("width", "height", "how"),
    [(1366, 768, "f5"), (1920, 1080, "f5"), (1366, 768, "flag")],
    ids=["1366x768-F5", "1920x1080-F5", "1366x768-presentation-flag"],
)
def test_leaving_a_presentation_with_a_full_comparison(width, height, how, private_home):
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(REPO / "src"), env.get("PYTHONPATH", "")])
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        result = subprocess.run(
            [sys.executable, "-X", "faulthandler", str(CHILD), str(width), str(height), how],
            capture_output=True,
            text=True,
            timeout=TIME_LIMIT,
            env=env,
            cwd=REPO,
        )
    except subprocess.TimeoutExpired as error:
        pytest.fail(f"leaving the presentation hung for over {TIME_LIMIT} s: {error.stderr}")
    assert result.returncode == 0, (
        f"exit {result.returncode} (a negative code is a signal, -11 a segfault):\n"
        f"{result.stdout}\n{result.stderr[-3000:]}"
    )
    assert "left in" in result.stdout
