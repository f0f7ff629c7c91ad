"""Builds data/relations.db from the reviewed files under data/."""
