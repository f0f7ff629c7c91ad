"""Entry script of the frozen app: the same entry point as the `relations-explorer` command."""

from explorer.app import main

raise SystemExit(main())
