#!/usr/bin/env bash
# The test command: installs what is missing, builds, runs every test (unit, integration, widget).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/deps.sh
scripts/build.sh
# The OpenAPI linter (@redocly/cli, pinned in package-lock.json) for the platform contract test.
if command -v npm >/dev/null 2>&1; then
    npm ci --no-audit --no-fund --loglevel=error
fi
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build --output-on-failure -j"$(nproc)" --timeout 900
