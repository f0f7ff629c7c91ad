"""Relations Explorer: Peru's foreign relations with Japan, China and South Korea, offline."""

__version__ = "0.1.0"
APP_NAME = "Relations Explorer"
APP_ID = "relations-explorer"  # names the user folders
# Reverse-DNS id the desktop entry and AppStream metadata use; Wayland matches windows by it.
DESKTOP_ID = "io.github.relations_explorer.RelationsExplorer"
