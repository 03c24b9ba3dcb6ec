#!/bin/sh
# Renders packaging/icons/onewindow.svg into the PNG sizes of the hicolor icon theme
# (packaging/icons/hicolor/NxN/apps/onewindow.png). The PNGs are committed (docs/adr/0029-debian-packages.md):
# the icon changes rarely, and the build then needs no SVG renderer. Run it after changing the SVG.
#
# Usage: scripts/gen-icons.sh        (needs rsvg-convert: on Debian, apt-get install librsvg2-bin)
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
svg=$root/packaging/icons/onewindow.svg
if ! command -v rsvg-convert >/dev/null 2>&1; then
    echo "gen-icons: rsvg-convert is missing (on Debian: apt-get install librsvg2-bin)" >&2
    exit 1
fi
for size in 16 22 24 32 48 64 128 256; do
    dir=$root/packaging/icons/hicolor/${size}x${size}/apps
    mkdir -p "$dir"
    rsvg-convert --width "$size" --height "$size" --format png --output "$dir/onewindow.png" "$svg"
done
echo "gen-icons: packaging/icons/hicolor/*/apps/onewindow.png"
