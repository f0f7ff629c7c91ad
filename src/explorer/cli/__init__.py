"""Command-line subcommands: `relations-explorer SUBCOMMAND ...` for scripts and curators.

Each subcommand lives in its own module with a `main(argv) -> int`; `explorer.app.main`
dispatches to it before any Qt import, so a subcommand runs on a machine with no display.
"""

from __future__ import annotations

import importlib
import logging
import sys

# Subcommand name -> module holding its `main(argv: list[str]) -> int`.
SUBCOMMANDS: dict[str, str] = {
    "import": "explorer.cli.import_command",
    "export-template": "explorer.cli.export_template_command",
    "cite": "explorer.cli.cite_command",
}


def run(name: str, argv: list[str]) -> int:
    """Run subcommand `name` with its own arguments; its exit status is returned."""
    try:
        module = importlib.import_module(SUBCOMMANDS[name])
    except ImportError as error:
        # A defence: the import's libraries (edtf, openpyxl, python-calamine) are runtime
        # dependencies and the frozen app bundles them, so only a damaged install lacks one.
        logging.getLogger(__name__).error("subcommand %s cannot start", name, exc_info=True)
        if sys.stderr is not None:
            missing = error.name or str(error)
            # A library is installed by its name; a part of the app itself, by reinstalling it.
            fix = ("python3 -m pip install --force-reinstall relations-explorer"
                   if not error.name or error.name.startswith("explorer")
                   else f"python3 -m pip install {error.name}")  # fmt: skip
            print(f"relations-explorer {name}: this installation lacks {missing}; "
                  f"install it with: {fix}", file=sys.stderr)  # fmt: skip
        return 2
    return int(module.main(argv) or 0)
