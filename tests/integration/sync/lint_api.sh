#!/usr/bin/env bash
# platform-api: openapi lint. Lints docs/platform-api.yaml with the @redocly/cli pinned in package.json
# (installed by `npm ci` when node_modules lacks it). Exit 77 (CTest: skipped) only when npx is absent.
# Warnings fail too, and a deliberately broken copy must be refused, so the lint cannot pass by doing nothing.
set -euo pipefail
root="${1:-$(cd "$(dirname "$0")/../../.." && pwd)}"
cd "$root"

if ! command -v npx >/dev/null 2>&1; then
    echo "SKIP: npx (Node.js) is not installed"
    exit 77
fi
if [ ! -x node_modules/.bin/redocly ]; then
    npm ci --no-audit --no-fund
fi

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

status=0
npm run --silent lint:api >"$out/lint.txt" 2>&1 || status=$?
cat "$out/lint.txt"
if [ "$status" -ne 0 ]; then
    echo "FAIL: docs/platform-api.yaml does not lint"
    exit 1
fi
if grep -Eq 'You have [0-9]+ warning' "$out/lint.txt"; then
    echo "FAIL: docs/platform-api.yaml lints with warnings"
    exit 1
fi

# The linter must see a broken description: a reference to a schema that does not exist.
sed 's#/components/schemas/CaseReceipt#/components/schemas/NoSuchSchema#' docs/platform-api.yaml >"$out/broken.yaml"
if npx --no-install redocly lint "$out/broken.yaml" >"$out/broken.txt" 2>&1; then
    cat "$out/broken.txt"
    echo "FAIL: the linter accepted a description with a dangling \$ref"
    exit 1
fi
echo "ok: docs/platform-api.yaml lints clean, and a broken copy is refused"
