#!/usr/bin/env bash
# Installs the three packages and runs the INSTALLED programs: the hall service answers, issues a ticket and
# calls it over https (TLS with the hall CA) with device tokens that onewindowctl hall init provisioned, and backs up its database while it runs; onewindowctl backs up and
# restores a database it made; the installed units verify; the desktop entries validate; the icons are the
# size their folders say.
#
# On CI's machine (CI=true, root) the packages are installed for real with apt-get, which also runs the
# maintainer scripts, and purged afterwards: the test checks the purge left nothing behind, and its trap
# purges on any failure. Anywhere else they are unpacked into a throw-away root (dpkg-deb -x): the test
# never touches a developer's system.
# Usage: install-packages.sh DEB_DIR        (exit 77: a tool is missing, the test is skipped)
set -euo pipefail
debs=$1
packages=(onewindow onewindow-hall onewindow-training)
fail() { echo "FAIL: $*"; exit 1; }

for tool in dpkg-deb curl systemd-analyze desktop-file-validate; do
    command -v "$tool" >/dev/null || { echo "SKIP: $tool is missing (scripts/deps.sh installs it)"; exit 77; }
done
for p in "${packages[@]}"; do
    # None: the cpack test was skipped (a tool missing) and said why; a failed one keeps this test from running.
    [ -f "$(echo "$debs/${p}"_*.deb)" ] || { echo "SKIP: no $p package in $debs (the cpack test makes it)"; exit 77; }
done

scratch=$(mktemp -d)
hall_pid=""
installed=0
cleanup() {
    if [ -n "$hall_pid" ]; then kill "$hall_pid" 2>/dev/null || true; fi
    if [ "$installed" = 1 ]; then
        echo "cleanup: purging ${packages[*]}"
        DEBIAN_FRONTEND=noninteractive apt-get purge -y -q "${packages[@]}" >"$scratch/purge.log" 2>&1 ||
            { cat "$scratch/purge.log"; echo "cleanup: apt-get purge failed: remove ${packages[*]} by hand"; }
    fi
    rm -rf "$scratch"
}
trap cleanup EXIT

real=0
if [ "${CI:-}" = "true" ] && [ "$(id -u)" = 0 ]; then real=1; fi

if [ "$real" = 1 ]; then
    # Never over an installation this test did not make: its purge would take the hall's database along.
    for p in "${packages[@]}"; do
        if dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed\|config-files'; then
            fail "$p is already installed; this test installs and purges the packages, so it runs only without them"
        fi
    done
    getent passwd onewindow-hall >/dev/null && fail "a user onewindow-hall exists already; the purge would remove it"
    [ -e /var/lib/onewindow-hall ] && fail "/var/lib/onewindow-hall exists already; the purge would remove it"
    installed=1
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
        "$debs"/onewindow_*.deb "$debs"/onewindow-hall_*.deb "$debs"/onewindow-training_*.deb >"$scratch/install.log" 2>&1 ||
        { cat "$scratch/install.log"; fail "apt-get install of the packages failed (its log above)"; }
    root=""
    getent passwd onewindow-hall >/dev/null || fail "the hall package's postinst made no onewindow-hall user"
    [ ! -e /etc/systemd/system/multi-user.target.wants/onewindow-hall.service ] ||
        fail "installing onewindow-hall enabled the service; it must wait until the hall is configured"
    echo "installed with apt-get: ${packages[*]}"
else
    root=$scratch/root
    for deb in "$debs"/onewindow*.deb; do
        dpkg-deb -x "$deb" "$root" || fail "dpkg-deb -x $(basename "$deb") failed"
    done
    # The postinst's systemd-sysusers, in the throw-away root: the sysusers.d file makes the user.
    mkdir -p "$root/etc"
    systemd-sysusers --root="$root" "$root/usr/lib/sysusers.d/onewindow-hall.conf" >/dev/null 2>&1 ||
        fail "systemd-sysusers refused the installed usr/lib/sysusers.d/onewindow-hall.conf"
    grep -q '^onewindow-hall:' "$root/etc/passwd" || fail "the installed sysusers.d file made no onewindow-hall user"
    echo "unpacked into a throw-away root: ${packages[*]}"
fi
bin=$root/usr/bin

# The programs write nothing into the caller's home.
export HOME=$scratch/home XDG_CONFIG_HOME=$scratch/home/config XDG_DATA_HOME=$scratch/home/data
export XDG_CACHE_HOME=$scratch/home/cache QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME"

# --- the hall service, provisioned as an administrator does it: onewindowctl hall init's config and tokens ---
"$bin/onewindowctl" hall init --code PKG --name "Package test hall" --service https://127.0.0.1:8790 --windows 2 \
    --tls-host 127.0.0.1 --out "$scratch/provisioned" >"$scratch/out" 2>&1 ||
    { cat "$scratch/out"; fail "onewindowctl hall init failed"; }
grep -q 'counter-01' "$scratch/out" || { cat "$scratch/out"; fail "hall init printed no enrolment sheet"; }
kiosk_token=$(cat "$scratch/provisioned/devices/kiosk-1.token")
window_token=$(cat "$scratch/provisioned/devices/counter-01.token")
"$bin/onewindow-hall" --listen 127.0.0.1 --port 0 --db "$scratch/hall.sqlite" \
    --config "$scratch/provisioned/hall.json" --tokens-file "$scratch/provisioned/hall-tokens.json" \
    --tls-cert "$scratch/provisioned/tls/hall.crt" --tls-key "$scratch/provisioned/tls/hall.key" >"$scratch/hall.out" 2>&1 &
hall_pid=$!
url=""
for _ in $(seq 300); do # up to 30 s: the hall prints its address once it listens
    url=$(grep -o 'listening on https://127\.0\.0\.1:[0-9]*' "$scratch/hall.out" | sed 's/listening on //' || true)
    [ -n "$url" ] && break
    kill -0 "$hall_pid" 2>/dev/null || { cat "$scratch/hall.out"; fail "the installed onewindow-hall exited at start"; }
    sleep 0.1
done
[ -n "$url" ] || { cat "$scratch/hall.out"; fail "the installed onewindow-hall did not listen within 30 s"; }

# request METHOD PATH TOKEN BODY -> prints the status; the body lands in $scratch/body
request() {
    local auth=()
    [ -n "$3" ] && auth=(-H "Authorization: Bearer $3")
    curl -sS --max-time 10 --cacert "$scratch/provisioned/tls/hall-ca.pem" -o "$scratch/body" -w '%{http_code}' -X "$1" "${auth[@]}" \
        -H 'Content-Type: application/json' ${4:+--data "$4"} "$url$2" || echo "no-answer"
}
status=$(request GET /api/v1/health "" "")
[ "$status" = 200 ] || fail "GET /api/v1/health answered $status, not 200"
# TLS: a client that does not trust the hall's CA gets no answer at all.
curl -sS --max-time 10 -o /dev/null "$url/api/v1/health" 2>/dev/null &&
    fail "the hall answered https to a client without its CA"
status=$(request POST /api/v1/tickets "" '{"service":"A"}')
[ "$status" = 401 ] || fail "a ticket without a token was answered $status, not 401"
status=$(request POST /api/v1/tickets demo-kiosk-1 '{"service":"A"}')
[ "$status" = 401 ] || fail "a provisioned hall took the public demo kiosk token (answered $status, not 401)"
status=$(request POST /api/v1/tickets "$kiosk_token" '{"service":"A"}')
[ "$status" = 201 ] || { cat "$scratch/body"; echo; fail "the kiosk's POST /api/v1/tickets answered $status, not 201"; }
ticket=$(grep -o '"id": *"[0-9]*-A[0-9]*"' "$scratch/body" | head -1 | sed 's/.*"\([^"]*\)"$/\1/')
[ -n "$ticket" ] || { cat "$scratch/body"; echo; fail "the issued ticket has no id"; }
status=$(request POST /api/v1/windows/W01/call-next "$window_token" '{}')
[ "$status" = 200 ] || { cat "$scratch/body"; echo; fail "window W01's call-next answered $status, not 200"; }
grep -q "\"$ticket\"" "$scratch/body" || { cat "$scratch/body"; echo; fail "window W01 did not call ticket $ticket"; }
echo "hall: ticket $ticket issued by the kiosk and called at W01 ($url)"
# The nightly timer's command, while the service runs.
"$bin/onewindow-hall" backup --db "$scratch/hall.sqlite" --to "$scratch/hall.owbak" >/dev/null 2>&1 ||
    fail "onewindow-hall backup of the running service's database failed"
kill -TERM "$hall_pid"
for _ in $(seq 100); do kill -0 "$hall_pid" 2>/dev/null || break; sleep 0.1; done
kill -0 "$hall_pid" 2>/dev/null && fail "the installed onewindow-hall did not stop within 10 s of SIGTERM"
hall_pid=""
"$bin/onewindowctl" restore --db "$scratch/hall-restored.sqlite" --from "$scratch/hall.owbak" >"$scratch/out" 2>&1 ||
    { cat "$scratch/out"; fail "onewindowctl restore of the hall's backup failed"; }

# --- onewindowctl: a counter database it made, backed up and restored ---
"$bin/onewindowctl" --help >"$scratch/out" 2>&1 || { cat "$scratch/out"; fail "onewindowctl --help failed"; }
grep -q backup "$scratch/out" || fail "onewindowctl --help does not list backup"
"$bin/onewindowctl" config check "$root/usr/share/doc/onewindow/examples/onewindow.conf.example" >"$scratch/out" 2>&1 ||
    { cat "$scratch/out"; fail "the installed example configuration does not check clean"; }
"$bin/onewindowctl" seed-demo --db "$scratch/counter.sqlite" --cases 3 >"$scratch/out" 2>&1 ||
    { cat "$scratch/out"; fail "onewindowctl seed-demo could not make a counter database"; }
"$bin/onewindowctl" backup --db "$scratch/counter.sqlite" --to "$scratch/counter.owbak" >"$scratch/out" 2>&1 ||
    { cat "$scratch/out"; fail "onewindowctl backup failed"; }
"$bin/onewindowctl" restore --db "$scratch/counter-restored.sqlite" --from "$scratch/counter.owbak" >"$scratch/out" 2>&1 ||
    { cat "$scratch/out"; fail "onewindowctl restore failed"; }
"$bin/onewindowctl" check-db --db "$scratch/counter-restored.sqlite" >"$scratch/out" 2>&1 ||
    { cat "$scratch/out"; fail "onewindowctl check-db refused the restored database"; }
"$bin/onewindow-platform" --help >"$scratch/out" 2>&1 || { cat "$scratch/out"; fail "onewindow-platform --help failed"; }
echo "onewindowctl: a counter database and the hall's backed up and restored"

# --- the installed units, desktop entries and icons ---
# check-units.sh: systemd-analyze verify (no line of output allowed) and the hardening, on the unit files
# as installed, with their ExecStart pointed at the installed program.
mkdir -p "$scratch/units"
cp "$root"/usr/lib/systemd/system/onewindow-hall*.service "$root"/usr/lib/systemd/system/onewindow-hall*.timer "$scratch/units/"
"$(dirname "$0")/check-units.sh" "$scratch/units" "$bin/onewindow-hall" >"$scratch/out" 2>&1 ||
    { cat "$scratch/out"; fail "the installed units do not verify"; }
for f in "$root"/usr/share/applications/onewindow*.desktop; do
    if ! output=$(desktop-file-validate "$f" 2>&1) || [ -n "$output" ]; then
        echo "$output"
        fail "$f does not validate"
    fi
done
for png in "$root"/usr/share/icons/hicolor/*/apps/onewindow.png; do
    size=$(basename "$(dirname "$(dirname "$png")")")
    # The PNG header's width and height (big-endian 32-bit at bytes 16 and 20).
    read -r w1 w2 w3 w4 h1 h2 h3 h4 < <(od -An -tu1 -j16 -N8 "$png")
    actual="$(((w1 << 24) + (w2 << 16) + (w3 << 8) + w4))x$(((h1 << 24) + (h2 << 16) + (h3 << 8) + h4))"
    [ "$actual" = "$size" ] || fail "$png is $actual, not $size"
done
echo "units verify, desktop entries validate, icons sized"

# --- the purge leaves nothing behind ---
if [ "$real" = 1 ]; then
    installed=0
    DEBIAN_FRONTEND=noninteractive apt-get purge -y -q "${packages[@]}" >"$scratch/purge.log" 2>&1 ||
        { cat "$scratch/purge.log"; fail "apt-get purge of the packages failed"; }
    for f in /usr/bin/onewindow /usr/bin/onewindow-hall /usr/lib/systemd/system/onewindow-hall.service /var/lib/onewindow-hall; do
        [ ! -e "$f" ] || fail "$f is still there after the purge"
    done
    getent passwd onewindow-hall >/dev/null && fail "the purge left the onewindow-hall user"
    echo "purged: nothing left"
fi
echo "installed packages ok"
