#!/usr/bin/env bash
# Proves check-hardening.sh can fail: the same small program built with and without Debian's hardening
# flags must pass and fail it, the latter naming every missing property.
# Usage: check-hardening-selftest.sh CXX
set -euo pipefail
cxx=${1:?usage: $0 CXX}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cat >"$work/probe.cpp" <<'CPP'
#include <cstdio>
#include <cstring>
int main(int argc, char **argv)
{
    char buffer[16];
    // A length known only at run time into a buffer of known size: fortify calls __fgets_chk.
    if (!std::fgets(buffer, argc * 8, stdin))
        return 1;
    return int(std::strlen(buffer)) + int(std::strlen(argv[0]));
}
CPP

"$cxx" -O2 -D_FORTIFY_SOURCE=2 -fstack-protector-strong -fPIE -pie -Wl,-z,relro -Wl,-z,now \
    "$work/probe.cpp" -o "$work/hardened"
"$cxx" -O2 -U_FORTIFY_SOURCE -fno-stack-protector -fno-PIE -no-pie -Wl,-z,norelro -Wl,-z,lazy \
    "$work/probe.cpp" -o "$work/bare"

"$here/check-hardening.sh" "$work/hardened"

if "$here/check-hardening.sh" "$work/bare" 2>"$work/report"; then
    echo "check-hardening.sh accepted a program built without hardening" >&2
    exit 1
fi
for property in "not PIE" "no RELRO" "no BIND_NOW" "no stack protector" "no fortify"; do
    if ! grep -q "$property" "$work/report"; then
        echo "check-hardening.sh did not report \"$property\" for the bare program:" >&2
        cat "$work/report" >&2
        exit 1
    fi
done
echo "check-hardening.sh refuses the bare program: $(cat "$work/report")"
