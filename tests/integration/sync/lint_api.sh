#!/usr/bin/env bash
# platform-api: openapi lint. Lints docs/platform-api.yaml with the @redocly/cli pinned in package.json
# (installed by `npm ci` when node_modules lacks it). Exit 77 (CTest: skipped) only when npx is absent.
# Warnings fail too, and deliberately broken copies must be refused, so the lint cannot pass by doing nothing.
# redocly.yaml adds one rule to the recommended ones: every response body has an example.
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
# And a response without an example (redocly.yaml's rule/response-example): every `example:` renamed away.
sed -E 's#^( *)example:#\1x-example:#' docs/platform-api.yaml >"$out/no-examples.yaml"
if npx --no-install redocly lint "$out/no-examples.yaml" >"$out/no-examples.txt" 2>&1 \
    || ! grep -q 'rule/response-example' "$out/no-examples.txt"; then
    cat "$out/no-examples.txt"
    echo "FAIL: the linter accepted a response without an example"
    exit 1
fi
echo "ok: docs/platform-api.yaml lints clean, and broken copies are refused"
