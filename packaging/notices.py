"""Generate THIRD_PARTY_NOTICES from the distributions that are really installed and bundled.

The spec calls write_notices() with the source path of every file PyInstaller collected, so the
notices name exactly what ships: each Python distribution with its version, licence and licence
texts, the Python runtime, the PyInstaller bootloader, and any shared library copied from the
build system. Qt and PySide6 are LGPL-3.0; the notice says how they are linked (dynamically)
and how a user can replace them.

Run standalone for the runtime dependencies named in pyproject.toml (no build needed):

    python packaging/notices.py --out THIRD_PARTY_NOTICES.txt
"""

from __future__ import annotations

import argparse
import functools
import importlib.metadata as metadata
import re
import sys
import sysconfig
import tomllib
from collections.abc import Iterable
from pathlib import Path

import bundle_plan as plan

LICENCE_TEXTS = plan.PACKAGING / "licenses"
LGPL_DISTRIBUTIONS = ("pyside6-essentials", "pyside6", "shiboken6")
RULE = "=" * 78

QT_NOTE = """\
Qt 6 and Qt for Python (PySide6, shiboken6) are used under the GNU Lesser General Public
License version 3 (LGPL-3.0-only). Relations Explorer links to them DYNAMICALLY: they ship
unmodified, as the separate shared libraries and Python extension modules found in the
one-folder build under _internal/PySide6/ and _internal/shiboken6/ (the one-file build
unpacks the very same files into a temporary folder at every start). You may replace them
with another build of a binary-compatible version, including one you build yourself from the
corresponding source:
  Qt:            https://download.qt.io/official_releases/qt/
  Qt for Python: https://download.qt.io/official_releases/QtForPython/
                 https://code.qt.io/cgit/pyside/pyside-setup.git/
Relations Explorer's own code is MIT-licensed, so nothing restricts relinking it with a
modified Qt. Qt itself bundles third-party components (for example ICU, in libicu*, under the
Unicode licence); see https://doc.qt.io/qt-6/licenses-used-in-qt.html. The full texts of the
LGPL-3.0 and of the GPL-3.0 it builds on are at the end of this file."""

BOOTLOADER_NOTE = """\
The executable's start-up code is the PyInstaller bootloader, distributed under the GNU
General Public License version 2 or later WITH the PyInstaller bootloader exception, which
allows it to be combined with programs under any licence. Its text follows."""


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


@functools.cache
def _file_index() -> dict[Path, metadata.Distribution]:
    """Every file of every installed distribution, resolved, mapped to its distribution."""
    index: dict[Path, metadata.Distribution] = {}
    for dist in metadata.distributions():
        for file in dist.files or ():
            try:
                index[Path(dist.locate_file(file)).resolve()] = dist
            except OSError:  # pragma: no cover - a broken RECORD entry
                continue
    return index


def classify(paths: Iterable[str]) -> tuple[dict[str, metadata.Distribution], bool, list[str]]:
    """Split bundled source files into distributions, the Python runtime and system libraries."""
    index = _file_index()
    runtime_roots = {Path(sys.base_prefix).resolve(), Path(sys.prefix).resolve()}
    site = {
        Path(p).resolve()
        for p in (sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"])
    }
    dists: dict[str, metadata.Distribution] = {}
    uses_python = False
    system_libraries: set[str] = set()
    for raw in paths:
        path = Path(raw).resolve()
        dist = index.get(path)
        if dist is not None:
            dists[_normal(dist.metadata["Name"])] = dist
        elif any(path.is_relative_to(root) for root in site) or plan.REPO in path.parents:
            continue  # our own files, or build artefacts PyInstaller generated
        elif any(path.is_relative_to(root) for root in runtime_roots):
            uses_python = True
        elif path.suffix in (".so", ".dll", ".dylib") or ".so." in path.name:
            system_libraries.add(Path(raw).name)
    return dict(sorted(dists.items())), uses_python, sorted(system_libraries)


def runtime_closure(
    pyproject: Path = plan.REPO / "pyproject.toml",
) -> dict[str, metadata.Distribution]:
    """The installed distributions the app's runtime dependencies pull in (extras ignored)."""
    from packaging.requirements import Requirement  # PyInstaller depends on it

    roots = tomllib.loads(pyproject.read_text("utf-8"))["project"]["dependencies"]
    pending = [Requirement(spec) for spec in roots]
    found: dict[str, metadata.Distribution] = {}
    while pending:
        requirement = pending.pop()
        if requirement.marker and not requirement.marker.evaluate({"extra": ""}):
            continue
        key = _normal(requirement.name)
        if key in found:
            continue
        try:
            found[key] = dist = metadata.distribution(requirement.name)
        except metadata.PackageNotFoundError:
            continue
        pending.extend(Requirement(spec) for spec in dist.requires or ())
    return dict(sorted(found.items()))


def _licence(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression") or ""
    if expression:
        return expression
    declared = (meta.get("License") or "").strip()
    if declared and "\n" not in declared and len(declared) < 120:
        return declared
    classifiers = [
        c.split(" :: ")[-1] for c in meta.get_all("Classifier") or () if c.startswith("License ::")
    ]
    return "; ".join(classifiers) or "see the licence text below"


def _home(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    for url in meta.get_all("Project-URL") or ():
        label, _, address = url.partition(",")
        if label.strip().lower() in ("homepage", "home", "source", "repository"):
            return address.strip()
    return meta.get("Home-page") or ""


def _licence_files(dist: metadata.Distribution) -> list[tuple[str, str]]:
    """Licence texts a distribution carries: its dist-info licences and any licence-named file
    inside the package (pyqtgraph keeps the CC-BY terms of its colour maps beside them)."""
    texts, seen = [], set()
    for file in sorted(dist.files or (), key=str):
        parts = [part.lower() for part in file.parts]
        in_licences = parts[0].endswith(".dist-info") and any(
            part in ("licenses", "licences") for part in parts[:-1]
        )
        named = re.search(r"licen[cs]e|copying", parts[-1]) and not parts[-1].endswith(
            (".py", ".pyc", ".pyi")
        )
        if not (in_licences or named):
            continue
        try:
            text = Path(dist.locate_file(file)).read_text("utf-8", "replace")
        except OSError:  # pragma: no cover - listed in RECORD but missing
            continue
        if text.strip() not in seen:
            seen.add(text.strip())
            texts.append((str(file), text))
    return texts


def _python_licence() -> str:
    for candidate in (
        Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt",
        Path(sys.base_prefix) / "LICENSE.txt",
    ):
        if candidate.exists():
            return candidate.read_text("utf-8", "replace")
    return "Python Software Foundation License Version 2: https://docs.python.org/3/license.html\n"


def render(
    dists: dict[str, metadata.Distribution],
    uses_python: bool = True,
    system_libraries: Iterable[str] = (),
    bootloader: bool = True,
) -> str:
    version = plan.read_version()
    python = f"{sys.version_info.major}.{sys.version_info.minor}.{sys.version_info.micro}"
    lines = [
        f"THIRD-PARTY NOTICES for Relations Explorer {version}",
        "",
        "Relations Explorer itself is under the MIT licence (LICENSE.txt). Its builds contain",
        "the following third-party software, each under its own licence, listed below.",
        "",
        "Summary",
        "-------",
    ]
    summary = [(dist.metadata["Name"], dist.version, _licence(dist)) for dist in dists.values()]
    if uses_python:
        summary.append(("Python", python, "PSF-2.0"))
    if bootloader:
        summary.append(
            (
                "PyInstaller bootloader",
                _pyinstaller_version(),
                "GPL-2.0-or-later WITH bootloader exception",
            )
        )
    lines += [f"  {name} {ver}: {licence}" for name, ver, licence in summary]
    if any(key in dists for key in LGPL_DISTRIBUTIONS):
        lines += ["", RULE, "Qt and PySide6: LGPL-3.0, dynamically linked", RULE, QT_NOTE]
    for dist in dists.values():
        lines += [
            "",
            RULE,
            f"{dist.metadata['Name']} {dist.version}",
            RULE,
            f"Licence: {_licence(dist)}",
        ]
        if _home(dist):
            lines.append(f"Home page: {_home(dist)}")
        for name, text in _licence_files(dist):
            lines += ["", f"--- {name} ---", text.rstrip()]
    if uses_python:
        lines += ["", RULE, f"Python {python}", RULE, _python_licence().rstrip()]
    if bootloader:
        lines += [
            "",
            RULE,
            "PyInstaller bootloader",
            RULE,
            BOOTLOADER_NOTE,
            "",
            _pyinstaller_copying().rstrip(),
        ]
    libraries = list(system_libraries)
    if libraries:
        lines += [
            "",
            RULE,
            "Shared libraries copied from the build system",
            RULE,
            "These come from the operating system the build ran on; their licences are those",
            "of the system packages that provide them (on Debian: /usr/share/doc/<package>/copyright).",
            *(f"  {name}" for name in libraries),
        ]
    if any(key in dists for key in LGPL_DISTRIBUTIONS):
        for title in ("LGPL-3.0", "GPL-3.0"):
            text = (LICENCE_TEXTS / f"{title}.txt").read_text("utf-8")
            lines += ["", RULE, f"Full text: {title}", RULE, text.rstrip()]
    return "\n".join(lines) + "\n"


def _pyinstaller_version() -> str:
    try:
        return metadata.version("pyinstaller")
    except metadata.PackageNotFoundError:
        return "(not installed)"


def _pyinstaller_copying() -> str:
    try:
        dist = metadata.distribution("pyinstaller")
    except metadata.PackageNotFoundError:
        return "https://github.com/pyinstaller/pyinstaller/blob/develop/COPYING.txt"
    texts = _licence_files(dist)
    return (
        texts[0][1]
        if texts
        else "https://github.com/pyinstaller/pyinstaller/blob/develop/COPYING.txt"
    )


def write_notices(out: Path, bundled_paths: Iterable[str]) -> Path:
    """Called by the spec with the source path of every bundled file."""
    dists, uses_python, libraries = classify(bundled_paths)
    dists.pop(_normal("pyinstaller"), None)  # its bootloader has its own section
    out.write_text(render(dists, uses_python, libraries), encoding="utf-8", newline="\n")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("THIRD_PARTY_NOTICES.txt"))
    args = parser.parse_args(argv)
    args.out.write_text(render(runtime_closure()), encoding="utf-8", newline="\n")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
