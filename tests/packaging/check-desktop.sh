#!/usr/bin/env bash
# desktop-file-validate on every desktop entry; each names an Exec and the icon that is installed.
# Usage: check-desktop.sh DESKTOP_DIR ICON_DIR
set -euo pipefail
count=0
for f in "$1"/*.desktop; do
    out=$(desktop-file-validate "$f" 2>&1) || { echo "$out"; exit 1; }
    if [ -n "$out" ]; then echo "$out"; exit 1; fi
    grep -q '^Exec=onewindow' "$f" || { echo "$f: no onewindow Exec line"; exit 1; }
    icon=$(sed -n 's/^Icon=//p' "$f")
    [ -f "$2/$icon.svg" ] || { echo "$f: icon $icon has no $2/$icon.svg"; exit 1; }
    count=$((count + 1))
done
[ "$count" -eq 5 ] || { echo "expected the five faces' entries, found $count"; exit 1; }
echo "desktop entries ok: $count"
