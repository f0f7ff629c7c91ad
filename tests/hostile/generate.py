"""Seeded generators of hostile input shared by the fuzz tests: search strings, JSON values.

Everything is drawn from random.Random(seed), so a failure names a seed and an index that
reproduce it exactly."""

from __future__ import annotations

import random

PIECES = [
    "japan", "Perú", "fuji", "AND", "OR", "NOT", "NEAR(", "NEAR", "(", ")", '"', "*", "-", "^",
    ":", "title:", "{", "}", "+", "'", "’", "%", "_", "\\", "\x00", "\ud800", "\udfff", "\ufeff",
    "\u202e", "\u200f", "שלום", "مرحبا", "日本", "😀", "e\u0301", "<b>BOLD</b>",
    '<img src="file:///dev/zero">', "<a href='file:///etc/hostname'>x</a>", "&lt;", "&amp;",
    "<!DOCTYPE html>", "<qt>", "\n", "\t", " ", "   ", ",", ";", "¿", "¡", "ñ", "ß", "İ",
    "NULL", "' OR 1=1 --", "); DROP TABLE episodes; --", "%00", "\x7f", "\u0000", "\uffff",
]  # fmt: skip


def search_string(rng: random.Random) -> str:
    """One search text: a few pieces, sometimes very long or one repeated piece."""
    roll = rng.random()
    if roll < 0.05:
        return rng.choice(PIECES) * rng.randint(500, 10_000)
    if roll < 0.10:
        return "".join(chr(rng.randint(1, 0x10FFFF)) for _ in range(rng.randint(1, 200)))
    if roll < 0.15:
        return " ".join(rng.choice(PIECES) for _ in range(rng.randint(50, 2_000)))
    return "".join(rng.choice(PIECES) + rng.choice(["", " "]) for _ in range(rng.randint(1, 12)))


HOSTILE_VALUES = [
    None, 0, -1, 1.5, True, False, [], {}, "", " ", "\ud800", "a\udfffb", "<b>BOLD</b>",
    '<img src="file:///dev/zero">', "![x](file:///dev/zero)", "x" * 200_000, 10**30,
    float("inf"), float("nan"), -1e308, [None], [1, 2], [[[]]], {"a": {"b": {}}}, "NaN",
    "2026-13-45T99:99", "9" * 30, ["x"] * 30_000, {"type": "episode"}, "\x00",
]  # fmt: skip
