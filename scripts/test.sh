#!/usr/bin/env bash
# The test command: installs what is missing, builds (with Debian's hardening flags), runs every test (unit,
# integration, widget, packaging, the format check, the hardening check), then clang-tidy on every source
# file, the unit and integration tests again under ASan+UBSan, and every fuzz target for a short fixed time
# (docs/adr/0018-ci-tools.md). On a developer's machine TIDY=0 and SANITIZERS=0 skip the last two steps.
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

if [ "${TIDY:-1}" != "0" ]; then
    scripts/tidy.sh
fi
if [ "${SANITIZERS:-1}" != "0" ]; then
    scripts/sanitize.sh
    scripts/fuzz.sh
fi
