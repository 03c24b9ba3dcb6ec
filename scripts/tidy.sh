#!/usr/bin/env bash
# Runs clang-tidy-14 with the root .clang-tidy on every source file of core/, app/ and ui/ and on every header
# they include from there, using the normal tree's build/compile_commands.json (scripts/build.sh writes it).
# Any finding fails.
# Usage: scripts/tidy.sh [FILE...]   (default: every .cpp of core/ app/ ui/)
#
# The tree is a unity build (CMakeLists.txt, ONEWINDOW_UNITY_BUILD), so the compile database names CMake's
# batches (Unity/unity_N_cxx.cxx, eight sources each) rather than the sources: tidy checks a batch at once and
# parses Qt's headers once for eight files, about a fifth of the time file by file. A source kept out of the
# batches (SKIP_UNITY_BUILD_INCLUSION) is checked on its own. Findings name the source file and line either way.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

database=build/compile_commands.json
if [ ! -f "$database" ]; then
    echo "tidy: $database is missing: run scripts/build.sh first" >&2
    exit 2
fi

if [ $# -gt 0 ]; then
    sources=("$@")
else
    mapfile -t sources < <(git ls-files 'core/*.cpp' 'app/*.cpp' 'ui/*.cpp')
fi

# Every translation unit the database knows, and the unity batches with the sources each includes.
mapfile -t units < <(grep -o '"file": "[^"]*"' "$database" | sed 's/^"file": "\(.*\)"$/\1/' | sort -u)
declare -A batch_of=()
for unit in "${units[@]}"; do
    case "$unit" in
    */Unity/unity_*)
        while IFS= read -r included; do
            batch_of["$included"]=$unit
        done < <(sed -n 's/^#include "\(.*\)"$/\1/p' "$unit")
        ;;
    esac
done
declare -A known=()
for unit in "${units[@]}"; do
    known["$unit"]=1
done

# Each source goes by its batch, or by itself when it is in no batch; a source the database does not know
# at all is an error (a file added without its CMakeLists.txt line, or a stale build).
declare -A chosen=()
for source in "${sources[@]}"; do
    path="$root/${source#./}"
    if [ ! -f "$path" ]; then
        echo "tidy: $source: no such file" >&2
        exit 2
    elif [ -n "${batch_of[$path]:-}" ]; then
        chosen["${batch_of[$path]}"]=1
    elif [ -n "${known[$path]:-}" ]; then
        chosen["$path"]=1
    else
        echo "tidy: $source is in no target of $database (missing from a CMakeLists.txt, or run scripts/build.sh)" >&2
        exit 2
    fi
done

# One clang-tidy per core, two units at a time; --quiet keeps the log to findings. A batch includes its
# sources as .cpp files, which bugprone-suspicious-include exists to flag: that check is off here (no
# product file includes a .cpp; the format check would show one).
printf '%s\n' "${!chosen[@]}" | sort | xargs -P "$(nproc)" -n 2 clang-tidy-14 -p build --quiet \
    --config-file="$root/.clang-tidy" --checks=-bugprone-suspicious-include
echo "tidy: ${#sources[@]} files clean (${#chosen[@]} translation units)"
