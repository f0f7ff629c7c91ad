"""Seeded mutations of a settings.ini the app wrote itself, as a hand edit or another version
might leave it: a value of the wrong type, NaN/inf, a split of 10**30 pixels, unknown pane
and workspace ids, lists of 50,000 entries, lone surrogates, NUL, flipped bits in the saved
geometry and dock state, a truncated or doubled file, bytes that are not UTF-8.

Each mutation is made either through QSettings (so the file is what Qt itself would write for
that value) or on the file's text; `make_settings` returns (path, what was done) pairs."""

from __future__ import annotations

import json
import random
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from tests.hostile.generate import HOSTILE_VALUES

JSON_KEYS = ("window/workspaces", "session/work", "stores/recent")
SCALAR_KEYS = (
    "window/layout_version", "appearance/theme", "table/view", "interface/language",
    "presentation/scale", "presentation/theme", "files/store_folder", "files/export_folder",
)  # fmt: skip
BYTE_KEYS = ("window/geometry", "window/state")
# Values as QSettings stores them (a list, a number, bytes) where the app expects others.
QT_VALUES = [
    "nan", "inf", "-inf", "1e400", "-1", "0", "3", "99999999999999999999", "9" * 5000, "",
    "dark", "light", "contrast-dark", "es", "xx", "<b>BOLD</b>", '<img src="file:///dev/zero">',
    ["a", "b"], [], 7, 2.5, float("nan"), float("inf"), -1e308, QByteArray(b"\x00" * 64),
    "x" * 300_000, "/dev/zero", "/etc/hostname", "C:\\nowhere\\at all", "\x00", "\u202eevil",
]  # fmt: skip
PANES = ("timeline", "table", "chart", "compare", "notes", "detail", "filters", "nowhere", "")
SMALL_VALUES = [v for v in HOSTILE_VALUES if len(repr(v)) < 1_000]
WORKSPACES = ("explore", "chart", "compare", "notes", "elsewhere", "", "EXPLORE")


def _hostile(rng: random.Random, inner: bool = False):
    """One hostile value; `inner`: inside a list (kept short, so a file stays a few MB)."""
    roll = rng.random()
    if roll < 0.15:
        return rng.choice(PANES + WORKSPACES)
    if roll < 0.25:
        sizes = [1, 2, 3] if inner else [1, 2, 3, 50, 50_000]
        return [rng.choice(PANES) for _ in range(rng.choice(sizes))]
    if roll < 0.35:
        return [rng.choice([-1, 0, 10**30, 1e308, float("nan"), 120, "300", None, True])
                for _ in range(rng.choice([0, 1, 2, 2, 3]))]  # fmt: skip
    if roll < 0.42:
        return {rng.choice(WORKSPACES): rng.choice(SMALL_VALUES) for _ in range(3)}
    return rng.choice(SMALL_VALUES if inner else HOSTILE_VALUES)


def _json_mutation(rng: random.Random, text: str) -> tuple[str, str]:
    try:
        data = json.loads(text) if text else {}
    except ValueError:
        data = {}
    roll = rng.random()
    if roll < 0.1:
        data = _hostile(rng)
        what = "the whole value replaced"
    elif roll < 0.15:
        return "[" * rng.choice([100, 5_000, 50_000]), "deeply nested JSON"
    elif roll < 0.2:
        return text[: rng.randrange(len(text) + 1)], "JSON cut short"
    elif isinstance(data, dict):
        key = rng.choice([*data, "store", "unknown", "\ud800"] if data else ["unknown"])
        data[key] = _hostile(rng)
        what = f"{key!r} replaced"
    else:
        data = [_hostile(rng, inner=True) for _ in range(rng.choice([1, 3, 60, 20_000]))]
        what = "a list of hostile entries"
    return json.dumps(data, allow_nan=True), what


def _mutate_with_qt(rng: random.Random, path: Path) -> str:
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    done = []
    for _ in range(rng.choice([1, 1, 2, 4])):
        group = rng.random()
        if group < 0.45:
            key = rng.choice(JSON_KEYS)
            text, what = _json_mutation(rng, str(settings.value(key, "") or ""))
            if rng.random() < 0.2:  # not JSON text at all: a list or a number in its place
                settings.setValue(key, rng.choice(QT_VALUES))
                what = "not text"
            else:
                settings.setValue(key, text)
            done.append(f"{key}: {what}")
        elif group < 0.75:
            key = rng.choice(SCALAR_KEYS)
            value = rng.choice(QT_VALUES)
            settings.setValue(key, value)
            done.append(f"{key} = {str(value)[:30]!r}")
        else:
            key = rng.choice(BYTE_KEYS)
            data = bytearray(bytes(settings.value(key, QByteArray()) or b""))
            how = rng.random()
            if how < 0.6 and data:
                for _ in range(rng.randint(1, 8)):
                    data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
                done.append(f"{key}: bits flipped")
            elif how < 0.8:
                data = data[: rng.randrange(len(data) + 1)]
                done.append(f"{key}: cut short")
            else:
                data = bytearray(rng.randbytes(rng.choice([4, 64, 4_096])))
                done.append(f"{key}: random bytes")
            settings.setValue(key, QByteArray(bytes(data)))
    settings.sync()
    return "; ".join(done)


def _mutate_text(rng: random.Random, path: Path) -> str:
    raw = path.read_bytes()
    lines = raw.split(b"\n")
    roll = rng.random()
    if roll < 0.25:
        index = rng.randrange(len(lines))
        key = lines[index].split(b"=", 1)[0]
        value = rng.choice([b"\\xd800", b"a\\xdfffb", b"\\0", b"\xff\xfe\x80", b"@Variant(\x00\x00\x00\x7f)",
                            b"@Rect(0 0 -5 99999999)", b"@Size(-1 -1)", b"@ByteArray(\\0\\0\\0\\xff)",
                            b'"[1e999, -1e999]"', b"@Invalid()", b"=" * 100])  # fmt: skip
        lines[index] = key + b"=" + value
        what = f"{key[:30]!r} = {value[:30]!r} in the file"
    elif roll < 0.5:
        cut = rng.randrange(len(raw) + 1)
        path.write_bytes(raw[:cut])
        return f"file cut at byte {cut}"
    elif roll < 0.7:
        lines = lines + lines  # every key twice, the group headers too
        what = "every line twice"
    elif roll < 0.85:
        data = bytearray(raw)
        for _ in range(rng.randint(1, 20)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        path.write_bytes(bytes(data))
        return "bytes of the file changed"
    else:
        lines.insert(rng.randrange(len(lines) + 1), b"[" * rng.randint(1, 3) + b"\xc3(" + b"]")
        what = "a broken group header"
    path.write_bytes(b"\n".join(lines))
    return what


def make_settings(base: Path, folder: Path, count: int, seed: int = 15) -> list[tuple[Path, str]]:
    """`count` mutated copies of the settings file `base`, in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for index in range(count):
        rng = random.Random(seed * 100_003 + index)
        path = folder / f"settings-{index:04d}.ini"
        path.write_bytes(base.read_bytes())
        what = _mutate_with_qt(rng, path) if rng.random() < 0.7 else _mutate_text(rng, path)
        if rng.random() < 0.15:  # both kinds at once
            what += "; " + _mutate_text(rng, path)
        made.append((path, what))
    return made
