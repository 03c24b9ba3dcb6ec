#!/usr/bin/env bash
# The test command: installs what is missing, builds (with Debian's hardening flags), runs every test (unit,
# integration, widget, packaging, the format check, the hardening check), clang-tidy on every source file,
# the unit and integration tests again under ASan+UBSan, and every fuzz target for a short fixed time
# (docs/adr/0018-ci-tools.md). On a developer's machine TIDY=0 and SANITIZERS=0 skip those last steps.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/deps.sh
scripts/build.sh
# The OpenAPI linter (@redocly/cli, pinned in package-lock.json) for the platform contract test.
if command -v npm >/dev/null 2>&1; then
    npm ci --no-audit --no-fund --loglevel=error
fi

# clang-tidy needs only the build's compile_commands.json, so it runs beside the tests, at a lower priority:
# it takes the CPU the tests leave idle (waiting on sockets and timers, one fuzz target at a time) and the
# whole command stays inside CI's 40 minutes. Its verdict is collected at the end.
tidy_pid=
tidy_log=$(mktemp)
if [ "${TIDY:-1}" != "0" ]; then
    # setsid (so the whole tidy tree can be stopped) gives it a scheduler autogroup of its own, and nice only
    # counts inside a group: without the group's own nice (19) tidy took an equal half of the CPU from the
    # builds instead of what they leave idle.
    setsid bash -c 'echo 19 >/proc/self/autogroup 2>/dev/null || true; exec nice -n 10 scripts/tidy.sh' >"$tidy_log" 2>&1 &
    tidy_pid=$!
fi
stop_tidy() {
    if [ -n "$tidy_pid" ]; then
        kill -- -"$tidy_pid" 2>/dev/null || true
    fi
    rm -f "$tidy_log"
}
trap stop_tidy EXIT

export QT_QPA_PLATFORM=offscreen
ctest --test-dir build --output-on-failure -j"$(nproc)" --timeout 900

if [ "${SANITIZERS:-1}" != "0" ]; then
    scripts/sanitize.sh
    scripts/fuzz.sh
fi

if [ -n "$tidy_pid" ]; then
    if wait "$tidy_pid"; then
        tidy_pid=
        grep -v ' warnings\? generated\.$' "$tidy_log" | tail -n 3
    else
        tidy_pid=
        grep -v ' warnings\? generated\.$' "$tidy_log" >&2
        echo "test: clang-tidy found problems (above)" >&2
        exit 1
    fi
fi
