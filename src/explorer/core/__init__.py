"""View state, selection, filters and comparisons in plain Python (no Qt)."""
