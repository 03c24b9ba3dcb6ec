#!/usr/bin/env bash
# Checks that ELF programs carry the hardening Debian builds with (docs/adr/0018-ci-tools.md):
#   PIE (ELF type DYN with an interpreter), RELRO (a GNU_RELRO segment), immediate binding (BIND_NOW),
#   the stack protector (__stack_chk_fail imported) and fortify: as Debian's hardening-check judges it, a
#   program that imports a libc function fortify replaces when it can (fgets, read, sprintf, printf, strcpy,
#   ...) and no __*_chk function was built without it. Qt programs often import none of them (their
#   memcpy calls have sizes known only at run time): that is no fault.
# Usage: check-hardening.sh PROGRAM...   Exit 1 with one line per missing property.
set -uo pipefail

if [ $# -eq 0 ]; then
    echo "usage: $0 PROGRAM..." >&2
    exit 2
fi

failed=0
for bin in "$@"; do
    if [ ! -f "$bin" ]; then
        echo "$bin: missing" >&2
        failed=1
        continue
    fi
    problems=()
    header=$(readelf -hW "$bin") || { echo "$bin: not an ELF file" >&2; failed=1; continue; }
    segments=$(readelf -lW "$bin")
    dynamic=$(readelf -dW "$bin")
    symbols=$(readelf --dyn-syms -W "$bin")

    grep -Eq 'Type:[[:space:]]+DYN' <<<"$header" && grep -q 'INTERP' <<<"$segments" || problems+=("not PIE")
    grep -q 'GNU_RELRO' <<<"$segments" || problems+=("no RELRO")
    grep -Eq '\(BIND_NOW\)|\(FLAGS\).*BIND_NOW|\(FLAGS_1\).*NOW' <<<"$dynamic" || problems+=("no BIND_NOW")
    grep -q ' UND __stack_chk_fail' <<<"$symbols" || problems+=("no stack protector")
    if grep -Eq ' UND (fgets|read|pread|pread64|recv|recvfrom|sprintf|snprintf|vsprintf|vsnprintf|printf|fprintf|vfprintf|strcpy|stpcpy|strcat|strncpy|strncat|gets|realpath|getcwd|poll|ppoll|confstr|wcscpy|mbstowcs|wcstombs)(@|$)' <<<"$symbols" \
        && ! grep -Eq ' UND __[a-z0-9_]+_chk(@|$)' <<<"$symbols"; then
        problems+=("no fortify")
    fi

    if [ ${#problems[@]} -gt 0 ]; then
        failed=1
        echo "$bin: $(IFS=,; echo "${problems[*]}" | sed 's/,/, /g')" >&2
    else
        echo "$bin: hardened"
    fi
done
exit $failed
