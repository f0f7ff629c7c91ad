"""Make Qt's SVG of a plot read the same in every renderer.

pyqtgraph draws data in data coordinates under a large, non-uniform scale (e.g. 20 px per
year across, 1.7 px per million down, flipped). QSvgGenerator writes that scale as a group
`transform` and keeps the pens hairline-thin only through `vector-effect="non-scaling-stroke"`,
which several renderers (librsvg among them) ignore: outlines then swell to tens of pixels,
hatch patterns are stretched by the same scale (and librsvg may give up on them), and bars
no longer line up with their axis. Here each such group's geometry is mapped into the
coordinates of the drawing itself and the transform dropped, so that strokes, patterns and
gradients are in screen pixels as they were on screen. Groups holding anything this does not
know how to map (text, rotations) are left exactly as Qt wrote them.
"""

from __future__ import annotations

import copy
import math
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
ET.register_namespace("", SVG_NS)
ET.register_namespace("xlink", XLINK_NS)

_MATRIX = re.compile(r"matrix\(([^)]*)\)")
_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_PATH_TOKEN = re.compile(r"[A-Za-z]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_MAPPABLE = {"rect", "path", "polyline", "polygon", "circle", "ellipse", "line", "image"}
_FILL_URL = re.compile(r"url\(#([^)]+)\)")

Matrix = tuple[float, float, float, float, float, float]


def _tag(element: ET.Element) -> str:
    return element.tag.rsplit("}", 1)[-1]


def _fmt(value: float) -> str:
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _matrix_of(element: ET.Element) -> Matrix | None:
    found = _MATRIX.fullmatch((element.get("transform") or "").strip())
    if not found:
        return None
    values = [float(v) for v in _NUMBER.findall(found.group(1))]
    return tuple(values) if len(values) == 6 else None  # type: ignore[return-value]


def _map_points(text: str, m: Matrix) -> str:
    numbers = [float(v) for v in _NUMBER.findall(text)]
    pairs = []
    for x, y in zip(numbers[0::2], numbers[1::2], strict=False):
        pairs.append(f"{_fmt(m[0] * x + m[4])},{_fmt(m[3] * y + m[5])}")
    return " ".join(pairs)


def _map_path(d: str, m: Matrix) -> str | None:
    """Qt writes absolute M/L/C/Q/Z commands with coordinate pairs; anything else: None."""
    out: list[str] = []
    numbers: list[float] = []

    def flush() -> None:
        for x, y in zip(numbers[0::2], numbers[1::2], strict=False):
            out.append(f"{_fmt(m[0] * x + m[4])},{_fmt(m[3] * y + m[5])}")
        numbers.clear()

    for token in _PATH_TOKEN.findall(d):
        if token.isalpha():
            if token not in "MLCQZ":
                return None
            if len(numbers) % 2:
                return None
            flush()
            out.append(token)
        else:
            numbers.append(float(token))
    if len(numbers) % 2:
        return None
    flush()
    return " ".join(out)


def _map_box(child: ET.Element, m: Matrix, x: str, y: str, w: str, h: str) -> None:
    x0 = m[0] * float(child.get(x, "0")) + m[4]
    y0 = m[3] * float(child.get(y, "0")) + m[5]
    width = m[0] * float(child.get(w, "0"))
    height = m[3] * float(child.get(h, "0"))
    if width < 0:
        x0, width = x0 + width, -width
    if height < 0:
        y0, height = y0 + height, -height
    child.set(x, _fmt(x0))
    child.set(y, _fmt(y0))
    child.set(w, _fmt(width))
    child.set(h, _fmt(height))


def _map_child(child: ET.Element, m: Matrix) -> bool:
    kind = _tag(child)
    sx, sy = abs(m[0]), abs(m[3])
    if kind in ("rect", "image"):
        _map_box(child, m, "x", "y", "width", "height")
        for radius, scale in (("rx", sx), ("ry", sy)):
            if child.get(radius):
                child.set(radius, _fmt(float(child.get(radius)) * scale))
    elif kind == "path":
        mapped = _map_path(child.get("d", ""), m)
        if mapped is None:
            return False
        child.set("d", mapped)
    elif kind in ("polyline", "polygon"):
        child.set("points", _map_points(child.get("points", ""), m))
    elif kind in ("circle", "ellipse"):
        cx, cy = float(child.get("cx", "0")), float(child.get("cy", "0"))
        child.set("cx", _fmt(m[0] * cx + m[4]))
        child.set("cy", _fmt(m[3] * cy + m[5]))
        if kind == "circle":
            r = float(child.get("r", "0"))
            child.tag = f"{{{SVG_NS}}}ellipse"
            del child.attrib["r"]
            child.set("rx", _fmt(r * sx))
            child.set("ry", _fmt(r * sy))
        else:
            child.set("rx", _fmt(float(child.get("rx", "0")) * sx))
            child.set("ry", _fmt(float(child.get("ry", "0")) * sy))
    elif kind == "line":
        for xa, ya in (("x1", "y1"), ("x2", "y2")):
            child.set(xa, _fmt(m[0] * float(child.get(xa, "0")) + m[4]))
            child.set(ya, _fmt(m[3] * float(child.get(ya, "0")) + m[5]))
    return True


def _scale_strokes(group: ET.Element, factor: float) -> None:
    """A pen measured in data units: its width (and dashes) scale with the geometry."""
    if group.get("stroke-width"):
        group.set("stroke-width", _fmt(float(group.get("stroke-width")) * factor))
    if group.get("stroke-dasharray") and group.get("stroke-dasharray") != "none":
        dashes = [float(v) * factor for v in _NUMBER.findall(group.get("stroke-dasharray"))]
        group.set("stroke-dasharray", ",".join(_fmt(v) for v in dashes))


def _move_gradient(group: ET.Element, m: Matrix, by_id: dict[str, ET.Element], defs) -> None:
    """A gradient in the group's user space follows the geometry (a copy per group)."""
    found = _FILL_URL.fullmatch(group.get("fill") or "")
    if not found or found.group(1) not in by_id:
        return
    original = by_id[found.group(1)]
    if not _tag(original).endswith("Gradient") or defs is None:
        return
    moved = copy.deepcopy(original)
    new_id = f"{original.get('id')}_flat{len(by_id)}"
    moved.set("id", new_id)
    moved.set("gradientTransform", "matrix({})".format(",".join(_fmt(v) for v in m)))
    defs.append(moved)
    by_id[new_id] = moved
    group.set("fill", f"url(#{new_id})")


def flatten_svg(svg: str, family_for: Callable[[str], str] | None = None) -> str:
    """The same drawing with scaled data groups mapped into plain pixel coordinates.

    `family_for` names the font actually used for a family Qt wrote (e.g. "Sans Serif" →
    "DejaVu Sans"), so that another renderer picks the same type and the text fits its place.
    """
    root = ET.fromstring(svg)
    by_id = {e.get("id"): e for e in root.iter() if e.get("id")}
    defs = next((e for e in root if _tag(e) == "defs"), None)
    for group in root.iter(f"{{{SVG_NS}}}g"):
        m = _matrix_of(group)
        if m is None or abs(m[1]) > 1e-9 or abs(m[2]) > 1e-9:
            continue
        if abs(m[0] - 1) < 1e-9 and abs(m[3] - 1) < 1e-9:
            continue  # a plain shift: strokes and patterns are already in pixels
        children = list(group)
        if not all(_tag(c) in _MAPPABLE for c in children):
            continue
        trial = [copy.deepcopy(c) for c in children]
        if not all(_map_child(c, m) for c in trial):
            continue
        for old, new in zip(children, trial, strict=True):
            group.remove(old)
            group.append(new)
        cosmetic = all(c.get("vector-effect") == "non-scaling-stroke" for c in children)
        if not cosmetic:
            _scale_strokes(group, math.sqrt(abs(m[0] * m[3])))
        _move_gradient(group, m, by_id, defs)
        group.set("transform", "matrix(1,0,0,1,0,0)")
    if family_for is not None:
        for element in root.iter():
            family = element.get("font-family")
            if family:
                element.set("font-family", family_for(family))
    return ET.tostring(root, encoding="unicode", xml_declaration=True)
