#!/usr/bin/env bash
# The demo command: installs what is missing, builds, and starts the whole hall on this machine.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/deps.sh
scripts/build.sh
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "demo: no display found; starting under a virtual X server (xvfb-run) so it can at least be screenshotted." >&2
    exec xvfb-run -a -s "-screen 0 1600x1000x24" build/bin/onewindow --demo "$@"
fi
exec build/bin/onewindow --demo "$@"
