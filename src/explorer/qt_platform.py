"""Before Qt starts: can its X11 platform plugin load? If not, say which package to install.

Without this, a fresh Debian or Ubuntu shows Qt's own abort ("could not load the Qt platform
plugin "xcb" … libxcb-cursor0 is needed", a dozen lines and a core dump). Here the plugin the
app is about to use is loaded by the dynamic linker exactly as Qt would load it (so a frozen
build's bundled libraries count, and nothing is guessed); if that fails, each library the plugin
needs is tried by itself, and the user gets one line naming every missing package, with the
Debian/Ubuntu and the Fedora names. Only for Linux, and only when the platform will be xcb.
"""

from __future__ import annotations

import ctypes
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path

# Shared library -> (Debian/Ubuntu package, Fedora package). What Qt 6's xcb plugin links.
PACKAGES: dict[str, tuple[str, str]] = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
}
_MISSING = re.compile(r"(lib[\w.+-]+\.so(?:\.\d+)*)")

Loader = Callable[[str], object]


def platform_will_be_xcb(env=os.environ, platform: str = sys.platform) -> bool:
    if not platform.startswith("linux"):
        return False
    chosen = env.get("QT_QPA_PLATFORM", "").split(":")[0].split(";")[0].strip()
    if chosen:
        return chosen == "xcb"
    # Qt 6 prefers Wayland in a Wayland session (and falls back to xcb by itself).
    return bool(env.get("DISPLAY")) and not env.get("WAYLAND_DISPLAY")


def xcb_plugin_path() -> Path | None:
    from PySide6.QtCore import QLibraryInfo

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    plugin = folder / "libqxcb.so"
    return plugin if plugin.exists() else None


def _load(name: str) -> object:
    return ctypes.CDLL(name, mode=ctypes.RTLD_LOCAL)


def missing_libraries(plugin: Path | None, load: Loader = _load) -> list[str]:
    """The shared libraries that keep the xcb plugin from loading; [] when it loads."""
    if plugin is None:
        return []  # no plugin to check (a trimmed build): Qt will say what it lacks
    try:
        load(str(plugin))
        return []
    except OSError as error:
        first = _MISSING.search(str(error))
        named = first.group(1) if first and first.group(1) != plugin.name else None
    missing = []
    for library in PACKAGES:
        try:
            load(library)
        except OSError:
            missing.append(library)
    if named and named not in missing:
        missing.insert(0, named)
    return missing


def advice(missing: list[str]) -> str:
    """The one line for the user: what is missing and the packages to install, both names."""
    known = [m for m in missing if m in PACKAGES]
    unknown = [m for m in missing if m not in PACKAGES]
    names = " and ".join([", ".join(missing[:-1]), missing[-1]] if len(missing) > 1 else missing)
    line = f"relations-explorer cannot open a window: {names} {'is' if len(missing) == 1 else 'are'} missing."
    if known:
        debian = " ".join(dict.fromkeys(PACKAGES[m][0] for m in known))
        fedora = " ".join(dict.fromkeys(PACKAGES[m][1] for m in known))
        line += f" Install: sudo apt install {debian} (Debian/Ubuntu) or sudo dnf install {fedora} (Fedora)"
        line += "; then start it again." if not unknown else ";"
    if unknown:
        line += f" Install the package that provides {', '.join(unknown)}; then start it again."
    return line


def check(env=os.environ, platform: str = sys.platform, load: Loader = _load) -> str:
    """'' when Qt's platform plugin will load (or is not xcb), else the line to print."""
    if not platform_will_be_xcb(env, platform):
        return ""
    missing = missing_libraries(xcb_plugin_path(), load)
    return advice(missing) if missing else ""
