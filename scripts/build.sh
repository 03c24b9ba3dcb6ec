#!/usr/bin/env bash
# Configures and builds OneWindow into ./build (binaries land in build/bin).
set -euo pipefail
cd "$(dirname "$0")/.."

build_type=${BUILD_TYPE:-RelWithDebInfo}
werror=OFF
if [ "${CI:-}" = "true" ]; then
    werror=ON
fi
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE="$build_type" -DONEWINDOW_WERROR="$werror"
cmake --build build -j"$(nproc)"
