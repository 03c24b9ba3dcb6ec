#!/usr/bin/env bash
# Builds the three Debian packages with CPack from the build tree and checks what each carries: its files,
# stripped programs, Depends from dpkg-shlibdeps. The later packaging tests take the .deb files from OUT_DIR.
# Usage: build-packages.sh BUILD_DIR OUT_DIR        (exit 77: a tool is missing, the test is skipped)
set -euo pipefail
build=$1
out=$2
fail() { echo "FAIL: $*"; exit 1; }

for tool in cpack dpkg-deb dpkg-shlibdeps readelf; do
    command -v "$tool" >/dev/null || { echo "SKIP: $tool is missing (scripts/deps.sh installs dpkg-dev and binutils)"; exit 77; }
done
rm -rf "$out"
mkdir -p "$out"
cpack --config "$build/CPackConfig.cmake" -B "$out" >"$out/cpack.log" 2>&1 || {
    tail -40 "$out/cpack.log"
    fail "cpack could not build the packages (its log above)"
}
rm -rf "$out/_CPack_Packages" # the staged trees: hundreds of megabytes nobody reads

deb_of() {
    local found=("$out/$1"_*.deb)
    if [ ${#found[@]} -ne 1 ] || [ ! -f "${found[0]}" ]; then fail "cpack made no single $1_*.deb in $out"; fi
    echo "${found[0]}"
}
# PACKAGE FILE...: the package holds each file.
expect_files() {
    local deb
    deb=$(deb_of "$1")
    local listing
    listing=$(dpkg-deb -c "$deb" | awk '{print $NF}')
    shift
    for f in "$@"; do
        grep -qx "./$f" <<<"$listing" || fail "$(basename "$deb") lacks /$f"
    done
}
expect_files onewindow usr/bin/onewindow usr/bin/onewindowctl usr/share/applications/onewindow.desktop \
    usr/share/applications/onewindow-supervisor.desktop usr/share/icons/hicolor/scalable/apps/onewindow.svg \
    usr/share/icons/hicolor/48x48/apps/onewindow.png usr/share/icons/hicolor/256x256/apps/onewindow.png \
    usr/share/doc/onewindow/copyright usr/share/doc/onewindow/changelog.Debian.gz \
    usr/share/doc/onewindow/examples/onewindow.conf.example
expect_files onewindow-hall usr/bin/onewindow-hall usr/lib/systemd/system/onewindow-hall.service \
    usr/lib/systemd/system/onewindow-hall-backup.timer usr/lib/sysusers.d/onewindow-hall.conf \
    usr/share/doc/onewindow-hall/examples/hall.json.example usr/share/doc/onewindow-hall/copyright
expect_files onewindow-training usr/bin/onewindow-platform usr/share/doc/onewindow-training/copyright

# Each program in exactly one package: a hall server PC need not carry the counter, nor a counter the platform.
for pair in onewindow:onewindow-hall onewindow:onewindow-platform onewindow-hall:onewindow \
    onewindow-training:onewindow-hall; do
    if dpkg-deb -c "$(deb_of "${pair%%:*}")" | awk '{print $NF}' | grep -qx "./usr/bin/${pair#*:}"; then
        fail "${pair%%:*} carries /usr/bin/${pair#*:}, which belongs to another package"
    fi
done

# Depends come from dpkg-shlibdeps (the Qt 6 libraries each program links, with their versions).
for pair in onewindow:libqt6widgets6 onewindow-hall:libqt6network6 onewindow-training:libqt6core6; do
    depends=$(dpkg-deb -f "$(deb_of "${pair%%:*}")" Depends)
    grep -q "${pair#*:}" <<<"$depends" || fail "${pair%%:*} does not depend on ${pair#*:} (Depends: $depends)"
done

# Stripped programs: RelWithDebInfo's debug information stays out of the packages.
for pair in onewindow:onewindow onewindow-hall:onewindow-hall onewindow-training:onewindow-platform; do
    dpkg-deb --fsys-tarfile "$(deb_of "${pair%%:*}")" | tar -xO "./usr/bin/${pair#*:}" >"$out/.elf"
    sections=$(LC_ALL=C readelf -S "$out/.elf")
    rm -f "$out/.elf"
    if grep -q '\.debug_info' <<<"$sections"; then fail "/usr/bin/${pair#*:} in ${pair%%:*} is not stripped"; fi
done

for deb in "$out"/*.deb; do
    echo "$(basename "$deb"): $(($(stat -c %s "$deb") / 1024)) KiB"
done
