#!/usr/bin/env bash
# Formats the C++ sources with the root .clang-format, or with --check only reports (exit 1) what differs.
# The test command runs the check (CTest "style: clang-format"); run `scripts/format.sh` before committing.
set -euo pipefail
cd "$(dirname "$0")/.."

formatter=$(command -v clang-format-14 || command -v clang-format || true)
if [ -z "$formatter" ]; then
    echo "format: clang-format is not installed (scripts/deps.sh installs it)" >&2
    exit 2
fi

if [ -d .git ] || git rev-parse --git-dir >/dev/null 2>&1; then
    mapfile -t files < <(git ls-files --cached --others --exclude-standard -- '*.cpp' '*.h')
else
    mapfile -t files < <(find core ui app tests -name '*.cpp' -o -name '*.h' | sort)
fi

if [ "${1:-}" = "--check" ]; then
    # --dry-run -Werror names every file and line that would change and fails.
    "$formatter" --dry-run -Werror "${files[@]}"
    echo "format: ${#files[@]} files formatted as .clang-format says"
else
    "$formatter" -i "${files[@]}"
fi
