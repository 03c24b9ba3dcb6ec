#!/usr/bin/env bash
# lintian on the three packages: no error, and no warning either (a warning that cannot be fixed is
# overridden with its reason in packaging/debian/PACKAGE.lintian-overrides, which the package carries).
# Usage: lint-packages.sh DEB_DIR        (exit 77: lintian is missing, the test is skipped)
set -euo pipefail
command -v lintian >/dev/null || { echo "SKIP: lintian is missing (scripts/deps.sh installs it)"; exit 77; }
debs=("$1"/onewindow*.deb)
# No packages: the cpack test was skipped (a tool missing) and said why; a failed cpack test keeps this one from running.
[ -f "${debs[0]}" ] || { echo "SKIP: no packages in $1 (the cpack test makes them)"; exit 77; }
# (lintian's "running with root privileges is not recommended" is for unpacking untrusted packages.)
if ! output=$(lintian --fail-on error,warning --display-level '>=warning' "${debs[@]}" 2>&1 | grep -v 'running with root privileges'
    exit "${PIPESTATUS[0]}"); then
    echo "$output"
    echo "FAIL: lintian found errors or warnings in the packages (listed above)"
    exit 1
fi
[ -z "$output" ] || echo "$output"
echo "lintian ok: ${#debs[@]} packages"
