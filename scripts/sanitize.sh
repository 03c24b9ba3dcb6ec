#!/usr/bin/env bash
# Builds the unit and integration tests and the fuzz targets with clang-14, ASan and UBSan into
# ./build-asan, and runs the tests there; any sanitizer report fails. docs/adr/0018-ci-tools.md.
set -euo pipefail
cd "$(dirname "$0")/.."

# -O1: fast enough for the tests, still every report; line tables only: stacks with file:line, cheap links.
# No hardening here: fortify's _chk functions and ASan's interceptors check the same thing twice.
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_C_COMPILER=clang-14 -DCMAKE_CXX_COMPILER=clang++-14 \
    -DCMAKE_CXX_FLAGS_DEBUG="-O1 -gline-tables-only" \
    -DONEWINDOW_SANITIZE=ON -DONEWINDOW_FUZZ=ON -DONEWINDOW_HARDENING=OFF -DONEWINDOW_WERROR=OFF
cmake --build build-asan -j"$(nproc)" --target onewindow_tests onewindow_fuzzers

source scripts/sanitizer-env.sh
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build-asan --output-on-failure -j"$(nproc)" --timeout 1800
