"""Qt widgets: main window and panes."""
