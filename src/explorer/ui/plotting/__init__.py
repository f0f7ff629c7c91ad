"""Helpers shared by the pyqtgraph panes: theme colours, year axis, hover card, export."""
