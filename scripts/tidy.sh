#!/usr/bin/env bash
# Runs clang-tidy-14 with the root .clang-tidy on every source file of core/, app/ and ui/, using the
# normal tree's build/compile_commands.json (scripts/build.sh writes it). Any finding fails.
# Usage: scripts/tidy.sh [FILE...]   (default: every .cpp of core/ app/ ui/)
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -f build/compile_commands.json ]; then
    echo "tidy: build/compile_commands.json is missing: run scripts/build.sh first" >&2
    exit 2
fi
if [ $# -gt 0 ]; then
    files=("$@")
else
    mapfile -t files < <(git ls-files 'core/*.cpp' 'app/*.cpp' 'ui/*.cpp')
fi
# One clang-tidy per core, files handed out in turn; --quiet keeps the log to findings.
printf '%s\n' "${files[@]}" | xargs -P "$(nproc)" -n 8 clang-tidy-14 -p build --quiet
echo "tidy: ${#files[@]} files clean"
