#!/usr/bin/env bash
# Runs every libFuzzer target of tests/fuzz (built by scripts/sanitize.sh into build-asan/fuzz) for a fixed
# time, FUZZ_SECONDS each (15 by default), starting from its corpus in tests/fuzz/corpus/<target>/.
# A crash, a sanitizer report, a leak or a timeout fails the command and leaves the input in
# build-asan/fuzz/artifacts/. New inputs go to a scratch folder: the corpus in the repo changes by hand only.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/sanitizer-env.sh

seconds=${FUZZ_SECONDS:-15}
artifacts=build-asan/fuzz/artifacts
mkdir -p "$artifacts"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

failed=()
for corpus in tests/fuzz/corpus/*/; do
    target=$(basename "$corpus")
    mkdir -p "$scratch/$target"
    echo "fuzz: $target for ${seconds}s"
    if ! build-asan/fuzz/fuzz_"$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$artifacts/$target-" "$scratch/$target" "$corpus" \
        >"$scratch/$target.log" 2>&1; then
        tail -n 60 "$scratch/$target.log" >&2
        failed+=("$target")
    else
        grep -E '^stat::number_of_executed_units|^Done' "$scratch/$target.log" || true
    fi
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz: FAILED ${failed[*]} (inputs in $artifacts)" >&2
    exit 1
fi
echo "fuzz: every target ran ${seconds}s without a finding"
