"""What goes into the frozen bundle and what stays out, in one place.

The spec file, the build script, the notices generator and the packaging tests all read this
module, so a rule is written once. It imports nothing from PyInstaller (the fast tests run
without it). This folder is deliberately not a Python package: a top-level module named
`packaging` would shadow the PyPI library PyInstaller itself imports.
"""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath

PACKAGING = Path(__file__).resolve().parent
REPO = PACKAGING.parent
SRC = REPO / "src"

EXE_NAME = "relations-explorer"
# Reverse-DNS id for AppStream, the .desktop file and the icon theme name. It must never change
# once published (software centres key reviews and updates on it).
APPSTREAM_ID = "io.github.relations_explorer.RelationsExplorer"
MACOS_BUNDLE_ID = APPSTREAM_ID

# --- what the running app needs ---------------------------------------------------------------

# What the spreadsheet import needs in the bundle: edtf (dates, with pyparsing and dateutil),
# openpyxl (.xlsx, streamed) and python-calamine (.ods). Named so a test keeps them in.
IMPORT_MODULES = ("edtf", "openpyxl", "et_xmlfile", "python_calamine", "pyparsing", "dateutil")

# Panes are imported lazily (after the window paints), so static analysis of the start-up path
# alone would miss them. Every subpackage of explorer is collected but the curator tools.
LAZY_PANES = (
    "explorer.ui.timeline",
    "explorer.ui.chart",
    "explorer.ui.notes",
    "explorer.ui.compare",
)
HIDDEN_IMPORTS = (*LAZY_PANES, "pyqtgraph", "numpy", "platformdirs", "sqlite3", "citeproc",
                  "citeproc.source.json", *IMPORT_MODULES)  # fmt: skip
# The store builder's checks and writer (explorer.build.load, .write, .dates, .vocab) run every
# import (File > New Store from Spreadsheet..., `relations-explorer import`), so they ship; its
# curator tools do not: the synthetic-store generator and the pruning of data/ files.
APP_PACKAGE_EXCLUDED = ("explorer.build.synthetic", "explorer.build.prune")

# Only curators' tooling uses these (the data audits, Datasette); the running app never does.
BUILD_ONLY_MODULES = ("pandas", "sqlite_utils", "sqlite_fts4", *APP_PACKAGE_EXCLUDED)
# fmt: off
EXCLUDED_MODULES = (
    *BUILD_ONLY_MODULES,
    # other Qt bindings pyqtgraph would try; we ship PySide6 only
    "PyQt5", "PyQt6", "PySide2", "shiboken2",
    # pyqtgraph parts we never use (need PyOpenGL, Jupyter, or are demo/IDE tooling)
    "pyqtgraph.opengl", "pyqtgraph.examples", "pyqtgraph.jupyter", "pyqtgraph.flowchart",
    "pyqtgraph.canvas",
    # heavy optional imports some libraries probe for
    "tkinter", "_tkinter", "matplotlib", "IPython", "scipy", "numba", "cupy", "h5py", "PIL",
    "pytest", "_pytest", "setuptools", "pkg_resources", "distutils", "lib2to3",
    "numpy.f2py", "numpy.testing", "numpy.distutils",
    # Qt modules imported only inside try/except (by pyqtgraph, by PySide6's own __init__)
    "PySide6.QtTest", "PySide6.QtNetwork",
    # the app is offline: no TLS (drops OpenSSL); hashlib falls back to its built-in hashes
    "ssl", "_ssl", "_hashlib",
    # optional extras of numpy and the REPL; help() topics
    "yaml", "readline", "pydoc_data",
    # decimal falls back to its pure-Python twin; pyqtgraph only formats spin-box numbers with it
    "_decimal",
    # codecs for legacy East Asian encodings: the store and the notes are UTF-8
    "_codecs_cn", "_codecs_hk", "_codecs_iso2022", "_codecs_jp", "_codecs_kr", "_codecs_tw",
    "_multibytecodec",
    # C accelerators with complete pure-Python fallbacks, on paths the app never takes
    # (XML parsing for SVG export; bz2/lzma archives; pickling, which only pyqtgraph's unused
    # multiprocess helpers do)
    "_elementtree", "_bz2", "_lzma", "_pickle",
    # numpy parts nothing imports (numpy loads them lazily, on first attribute access).
    # numpy.random: only pyqtgraph's pseudoScatter (beeswarm layout) would, and no pane uses it.
    # Not numpy.ma: numpy itself reaches for it (numpy 2.x's np.unique asks np.ma.is_masked,
    # which the chart's episode marks call while painting; without it the paint raises and
    # the frozen app crashed in the self-test).
    "numpy.polynomial", "numpy.random", "numpy._core._multiarray_tests",
    # lxml (citeproc-py's XML parser): citeproc uses lxml.etree only. PyInstaller's lxml hook
    # collects every submodule; these compiled ones alone are ~4 MiB nothing here imports.
    "lxml.objectify", "lxml.html", "lxml.isoschematron", "lxml.sax", "lxml.builder",
    "lxml.cssselect", "lxml.html5parser",
    # PySide6's DBus bindings (Qt's own DBus library stays: QtGui links it)
    "PySide6.QtDBus",
    # servers and network clients the standard library offers; nothing here uses them
    "asyncio", "http.server", "xmlrpc", "ftplib", "smtplib",
    # pyparsing's railroad diagrams (edtf's grammar never draws one) and the template engine
    # they would pull in
    "pyparsing.diagram", "jinja2", "markupsafe",
)
# fmt: on

# Linux: libraries the PySide6 and numpy wheels themselves expect from the system (the
# manylinux policy's base set plus the X11/fontconfig/GLib/DBus desktop stack). Bundling the
# build machine's copies would only add size and risk: an old libstdc++ or fontconfig next to a
# newer system's graphics driver or font configuration is a classic cause of frozen Qt apps
# failing to start. The small xcb-util libraries stay bundled: they are often missing and Qt's
# xcb platform plugin cannot load without them.
# fmt: off
SYSTEM_LIBRARIES = (
    r"libstdc\+\+\.so", r"libgcc_s\.so",
    r"libX11\.so", r"libX11-xcb\.so", r"libXau\.so", r"libXdmcp\.so", r"libXext\.so",
    r"libXrender\.so", r"libbsd\.so", r"libmd\.so",
    r"libfontconfig\.so", r"libfreetype\.so", r"libpng16\.so", r"libbrotli(common|dec)\.so",
    r"libexpat\.so", r"libz\.so",
    r"lib(glib|gobject|gthread|gmodule|gio)-2\.0\.so", r"libpcre2-8\.so",
    r"libdbus-1\.so", r"libsystemd\.so", r"libgcrypt\.so", r"libgpg-error\.so",
    r"liblz4\.so", r"libzstd\.so", r"libcap\.so", r"libxkbcommon\.so",
    # SQLite: every desktop has it (NSS, GNOME, KDE and rpm use it). The bootloader already
    # needs a glibc as new as the build machine's, and the distributions that ship one ship a
    # SQLite at least as new as the build machine's too, with FTS5 enabled.
    r"libsqlite3\.so",
)
# fmt: on
# Data files of libraries that the app never shows: pyqtgraph's own logo in eight sizes, and
# dateutil's copy of the time-zone database: edtf uses dateutil's parser and relativedelta only.
DATA_DROPPED = ("pyqtgraph/icons/peegee/", "dateutil/zoneinfo/")

# citeproc-py's data: the styles (resources/csl) name no default-locale, so citeproc reads
# locales-en-US.xml (its fallback for every style) and locales.json (read on import). The
# other locales are kept for the app's own languages (QT_TRANSLATION_LANGUAGES), for when a
# reference is asked for in them; the remaining ~55 languages (~1.6 MiB) stay out.
CITEPROC_LOCALES_DIR = "citeproc/data/locales/"
CITEPROC_LOCALE_LANGUAGES = ("en",)  # plus QT_TRANSLATION_LANGUAGES, below

# Resources as the wheel lays them out (pyproject: hatch force-include), so paths.py finds them
# through importlib.resources in every form of the app.
#   (source relative to the repository, destination inside the bundle)
RESOURCE_LAYOUT = (
    ("resources", "explorer/resources"),
    ("data/relations.db", "explorer/data/relations.db"),
)
# Data files inside the package (the wheel carries every file under src/explorer): the store's
# schema, which every import's writer creates its store from.
PACKAGE_DATA = ("explorer/store/schema.sql",)

# Files under resources/ that only matter when building: translation sources and the icon
# formats the executable itself carries.
RESOURCE_SKIP_SUFFIXES = (".ts", ".ico", ".icns", ".pro", ".md")

# --- Qt trimming -----------------------------------------------------------------------------

# Plugin folders kept, and within each the plugins kept (None = all in that folder).
# Wayland sessions run the app through XWayland (every Wayland desktop ships it), which also
# gives it the desktop's own window decorations. Native Wayland costs ~2.5 MiB of plugins and
# libraries the size budget has no room for; set True to ship it.
WAYLAND = False
# fmt: off
WAYLAND_PLUGIN_FOLDERS = (
    "wayland-shell-integration", "wayland-decoration-client", "wayland-graphics-integration-client",
)
# fmt: on
QT_PLUGINS_KEPT: dict[str, tuple[str, ...] | None] = {
    # offscreen/minimal serve the self-test and CI, xcb X11 desktops; the others other systems
    "platforms": ("qxcb", "qoffscreen", "qminimal", "qwindows", "qcocoa")
    + (("qwayland",) if WAYLAND else ()),
    # Native file dialogs through the XDG portal (DBus). Not the GTK theme: it would load the
    # system's GTK against the cairo/pango copies PyInstaller bundles for it, a crash waiting.
    "platformthemes": ("qxdgdesktopportal",),
    "platforminputcontexts": (
        "composeplatforminputcontextplugin",
        "ibusplatforminputcontextplugin",
    ),
    # no xcbglintegrations: nothing draws with OpenGL (pyqtgraph's useOpenGL stays off)
    **dict.fromkeys(WAYLAND_PLUGIN_FOLDERS if WAYLAND else (), None),
    "iconengines": ("qsvgicon",),
    "imageformats": ("qsvg", "qico", "qgif"),
    "styles": None,  # Windows' native style lives here
}
# Qt libraries that hooks sometimes drag in although nothing we import needs them.
# fmt: off
QT_LIBS_DROPPED = (
    "Qt6Qml", "Qt6Quick", "Qt6Pdf", "Qt6Network", "Qt6VirtualKeyboard", "Qt6Designer",
    "Qt6EglFS", "Qt6Lab", "Qt6Lottie", "Qt6Sql", "Qt6Help", "Qt6UiTools",
)
# fmt: on
# Qt's own translations kept: the languages the app is (or is about to be) translated into.
QT_TRANSLATION_LANGUAGES = ("es",)
QT_TRANSLATION_CATALOGS = ("qtbase", "qt")

_PLUGIN_RE = re.compile(r"(?:^|/)plugins/(?P<folder>[^/]+)/(?:lib)?(?P<name>[^/.]+)\.[^/]+$")
_PYTHON_LIB_RE = re.compile(r"^(lib)?python\d|^python$")
_TRANSLATION_RE = re.compile(r"(?:^|/)translations/(?P<catalog>[a-z]+)_(?P<lang>[A-Za-z_]+)\.qm$")


def explorer_modules(src: Path = SRC) -> list[str]:
    """Every module of the app package, found on disk (not by importing it), minus the builder.

    Listing files rather than importing keeps the build independent of whatever `explorer` an
    environment may have installed, and catches panes that are only imported lazily.
    """
    names = []
    for path in sorted((src / "explorer").rglob("*.py")):
        parts = list(path.relative_to(src).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        name = ".".join(parts)
        if parts[-1] != "__main__" and not any(
            name == skip or name.startswith(skip + ".") for skip in APP_PACKAGE_EXCLUDED
        ):
            names.append(name)
    return names


def read_version(src: Path = SRC) -> str:
    """explorer.__version__, read the way hatch reads it (a literal in __init__.py)."""
    text = (src / "explorer" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*["\']([^"\']+)["\']', text, re.MULTILINE)
    if not match:
        raise RuntimeError("explorer/__init__.py has no __version__ literal")
    return match.group(1)


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """'1.2.3rc1' -> (1, 2, 3, 0): Windows version resources take four integers."""
    release = re.match(r"\d+(?:\.\d+)*", version)
    numbers = [int(part) for part in release.group(0).split(".")[:3]] if release else []
    return (*numbers, *([0] * (4 - len(numbers))))  # type: ignore[return-value]


def keep_citeproc_locale(dest: str) -> bool:
    """citeproc-py's locale files: locales.json, and the locales of the app's languages."""
    text = dest.replace("\\", "/")
    if not text.startswith(CITEPROC_LOCALES_DIR):
        return True
    name = text.removeprefix(CITEPROC_LOCALES_DIR)
    match = re.fullmatch(r"locales-(?P<lang>[a-z]+)(?:-[A-Za-z0-9]+)*\.xml", name)
    if not match:
        return True  # locales.json and anything else citeproc may read
    return match["lang"] in (*CITEPROC_LOCALE_LANGUAGES, *QT_TRANSLATION_LANGUAGES)


def keep_qt_file(dest: str) -> bool:
    """Decide for one bundled file (its destination path) whether Qt trimming keeps it."""
    path = PurePosixPath(dest.replace("\\", "/"))
    text = str(path)
    if any(text.startswith(prefix) for prefix in DATA_DROPPED):
        return False
    if not keep_citeproc_locale(text):
        return False
    if "PySide6" not in path.parts:
        return True
    plugin = _PLUGIN_RE.search(text)
    if plugin:
        kept = QT_PLUGINS_KEPT.get(plugin["folder"], ())
        return kept is None or plugin["name"] in kept
    translation = _TRANSLATION_RE.search(text)
    if translation:
        lang = translation["lang"].split("_")[0]
        return (
            translation["catalog"] in QT_TRANSLATION_CATALOGS and lang in QT_TRANSLATION_LANGUAGES
        )
    stem = path.name.removeprefix("lib").lower()
    return not any(stem.startswith(lib.lower()) for lib in QT_LIBS_DROPPED)


def prune_unreachable(toc: list[tuple[str, str, str]], needs) -> list[tuple[str, str, str]]:
    """Drop shared libraries that nothing kept links to any more.

    PyInstaller collects a plugin's dependencies before the spec trims the plugin, so trimming
    leaves them behind (the GTK theme alone drags in cairo, pango and friends). Roots are the
    Python extension modules, the Qt plugins and libpython; a library stays if a root reaches it
    through the link graph. `needs(source_path)` names the libraries a binary links to.
    Symbolic links to a dropped library go with it.
    """

    def name_of(dest: str) -> str:
        return PurePosixPath(dest.replace("\\", "/")).name.lower()

    def is_root(dest: str, kind: str) -> bool:
        return (
            kind == "EXTENSION"
            or "/plugins/" in dest.replace("\\", "/")
            or bool(_PYTHON_LIB_RE.match(name_of(dest)))
        )

    libraries: dict[str, list[str]] = {}
    for dest, source, kind in toc:
        if kind in ("BINARY", "EXTENSION"):
            libraries.setdefault(name_of(dest), []).append(source)
    pending = [source for dest, source, kind in toc if kind != "SYMLINK" and is_root(dest, kind)]
    reachable: set[str] = set()
    while pending:
        for needed in needs(pending.pop()):
            name = PurePosixPath(needed.replace("\\", "/")).name.lower()
            if name in libraries and name not in reachable:
                reachable.add(name)
                pending.extend(libraries[name])
    reachable |= {
        name_of(dest) for dest, _, kind in toc if kind != "SYMLINK" and is_root(dest, kind)
    }
    return [
        (dest, source, kind)
        for dest, source, kind in toc
        if kind not in ("BINARY", "SYMLINK")
        or name_of(source if kind == "SYMLINK" else dest) in reachable
    ]


def is_system_library(dest: str) -> bool:
    """A top-level Linux library the system provides (see SYSTEM_LIBRARIES)."""
    path = PurePosixPath(dest.replace("\\", "/"))
    return len(path.parts) == 1 and any(re.match(rule, path.name) for rule in SYSTEM_LIBRARIES)


def keep_module(name: str) -> bool:
    """Pure-Python modules kept: drop pyqtgraph's templates for the Qt bindings we do not ship."""
    return not re.search(r"_(pyqt5|pyqt6|pyside2)$", name)


def resource_files(repo: Path = REPO) -> list[tuple[str, str]]:
    """(source file, destination folder) pairs for PyInstaller's datas, in a stable order."""
    pairs: list[tuple[str, str]] = []
    for source, dest in RESOURCE_LAYOUT:
        origin = repo / source
        if origin.is_file():
            pairs.append((str(origin), str(PurePosixPath(dest).parent)))
            continue
        for path in sorted(origin.rglob("*")):
            if path.is_file() and path.suffix not in RESOURCE_SKIP_SUFFIXES:
                relative = path.parent.relative_to(origin).as_posix()
                folder = dest if relative == "." else f"{dest}/{relative}"
                pairs.append((str(path), folder))
    return pairs


def package_data_files(src: Path = SRC) -> list[tuple[str, str]]:
    """(source file, destination folder) pairs for the package's own data files."""
    return [(str(src / name), str(PurePosixPath(name).parent)) for name in PACKAGE_DATA]


def platform_tag() -> str:
    """linux-x86_64, windows-x86_64, macos-arm64: names the one-file download."""
    import platform
    import sys

    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    machine = platform.machine().lower()
    machine = {"amd64": "x86_64", "aarch64": "arm64"}.get(machine, machine)
    return f"{system}-{machine}"


def onefile_name(version: str) -> str:
    """The one-file executable sits beside the one-folder build, so it needs its own name."""
    return f"{EXE_NAME}-{version}-{platform_tag()}"
