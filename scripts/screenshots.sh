#!/usr/bin/env bash
# Takes the README's screenshots: the real window under a virtual X server (xvfb-run), driven through
# an intake, and the documents it printed, rendered to PNG (pdftoppm). Needs a build (scripts/build.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${ONEWINDOW_BIN:-build/bin}
out=docs/screenshots
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for lang in zh_CN en; do
    HOME="$work" xvfb-run -a -s "-screen 0 1280x800x24" "$bin/onewindow-screenshots" "$work" "$lang"
done
cp "$work"/*.png "$out"/
# Documents: page 1 of each, at a resolution that reads well in the README.
for pdf in "$work"/*.pdf; do
    name=$(basename "$pdf" .pdf)
    pdftoppm -r 80 -png -f 1 -l 1 -singlefile "$pdf" "$out/document-$name"
done
ls "$out"
