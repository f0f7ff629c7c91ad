"""Read-only access to the bundled store and read-write access to the notes store (no Qt)."""
