"""Saved views of the window and lessons made of them."""
