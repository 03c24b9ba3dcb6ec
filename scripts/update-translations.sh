#!/usr/bin/env bash
# Refreshes translations/*.ts from every tr() in core/, ui/ and app/ (keeps existing translations).
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=$(command -v lupdate6 || true)
[ -n "$lupdate" ] || lupdate=/usr/lib/qt6/bin/lupdate
# -I .: project includes are written from the root; without it lupdate misses the classes of tr().
"$lupdate" -locations relative -no-obsolete -I . core ui app -ts translations/onewindow_zh_CN.ts
