#!/bin/sh
# Install the one-folder build and its desktop integration (menu entry, icons, AppStream
# metadata) under a prefix, the way a distribution package lays them out.
#
#   python packaging/build.py --mode onedir
#   sudo packaging/linux/install.sh /usr/local            # or: DESTDIR=pkgroot packaging/linux/install.sh /usr
#
# BUNDLE overrides where the one-folder build is read from (default: dist/relations-explorer).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
prefix=${1:-/usr/local}
root="${DESTDIR:-}$prefix"
id=io.github.relations_explorer.RelationsExplorer
bundle=${BUNDLE:-$repo/dist/relations-explorer}
icons="$repo/resources/icons/app"

if [ ! -x "$bundle/relations-explorer" ]; then
    echo "no one-folder build at $bundle: run 'python packaging/build.py --mode onedir' first" >&2
    exit 1
fi

install -d "$root/lib/relations-explorer" "$root/bin"
cp -R "$bundle/." "$root/lib/relations-explorer/"
# The bootloader follows the link to find its _internal folder.
ln -sf "$prefix/lib/relations-explorer/relations-explorer" "$root/bin/relations-explorer"

install -D -m 644 "$here/$id.desktop" "$root/share/applications/$id.desktop"
install -D -m 644 "$here/$id.metainfo.xml" "$root/share/metainfo/$id.metainfo.xml"
for size in 16 24 32 48 64 128 256 512; do
    install -D -m 644 "$icons/relations-explorer-$size.png" \
        "$root/share/icons/hicolor/${size}x${size}/apps/$id.png"
done
install -D -m 644 "$icons/relations-explorer.svg" "$root/share/icons/hicolor/scalable/apps/$id.svg"
echo "installed Relations Explorer under $root"
