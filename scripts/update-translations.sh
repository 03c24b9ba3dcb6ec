#!/usr/bin/env bash
# Refreshes translations/*.ts from every tr() in core/, ui/ and app/ (keeps existing translations).
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=$(command -v lupdate6 || true)
[ -n "$lupdate" ] || lupdate=/usr/lib/qt6/bin/lupdate
"$lupdate" -locations relative -no-obsolete core ui app -ts translations/onewindow_zh_CN.ts
