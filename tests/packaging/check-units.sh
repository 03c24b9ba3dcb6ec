#!/usr/bin/env bash
# systemd-analyze verify on the hall service's units, with /usr/bin/onewindow-hall pointed at the built
# program (verify insists the command exists). Any line it prints fails the check: an unknown or misspelt
# key is only a warning to systemd, and a silently ignored ProtectSystem= is no protection.
# Usage: check-units.sh UNIT_DIR HALL_BINARY
set -euo pipefail
units=$1
hall=$2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
for f in "$units"/*.service "$units"/*.timer; do
    sed "s|/usr/bin/onewindow-hall|$hall|g" "$f" > "$scratch/$(basename "$f")"
done
output=$(cd "$scratch" && SYSTEMD_LOG_COLOR=0 systemd-analyze verify --man=no ./*.service ./*.timer 2>&1) || {
    echo "$output"
    echo "systemd-analyze verify failed"
    exit 1
}
if [ -n "$output" ]; then
    echo "$output"
    echo "systemd-analyze verify warned (every warning is a fault here)"
    exit 1
fi
# The service is hardened as the issue asks, not merely valid.
for key in 'ProtectSystem=strict' 'NoNewPrivileges=yes' 'PrivateTmp=yes' 'StateDirectory=onewindow-hall' \
    'RestrictAddressFamilies=' 'User=onewindow-hall' 'ConditionPathExists=/etc/onewindow/hall.json'; do
    grep -q "^$key" "$units/onewindow-hall.service" || { echo "onewindow-hall.service lacks $key"; exit 1; }
done
echo "units ok: $(ls "$scratch" | tr '\n' ' ')"
