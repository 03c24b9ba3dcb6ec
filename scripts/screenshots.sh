#!/usr/bin/env bash
# Takes the README's screenshots: the real window under a virtual X server (Xvfb), captured whole.
# Needs a build (scripts/build.sh); installs imagemagick for the capture if it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v import >/dev/null 2>&1; then
    sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends imagemagick
fi
mkdir -p docs/screenshots
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT

# shot NAME LANG QUERY: starts the demo, types QUERY into the matter search, captures the screen.
shot() {
    local name=$1 lang=$2 query=$3
    HOME="$home" LANG="$lang" LC_ALL="$lang" xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
        "${ONEWINDOW_BIN:-build/bin}"/onewindow --demo --lang "$0" --query "$1" >/dev/null 2>&1 & pid=$!
        sleep 6
        import -window root "$2"
        kill $pid' "${lang%%.*}" "$query" "docs/screenshots/$name.png"
    echo "docs/screenshots/$name.png"
}

shot catalog-browser-zh_CN zh_CN.UTF-8 spjy
shot catalog-bundle-zh_CN zh_CN.UTF-8 新生儿
shot catalog-browser-en en_US.UTF-8 spjy
