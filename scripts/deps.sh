#!/usr/bin/env bash
# Installs the Debian 12 packages OneWindow needs to build, test and run, and only those that are missing.
set -euo pipefail

packages=(
    # toolchain
    g++ cmake ninja-build pkg-config
    # Qt 6.4 and its SQLite driver, translations tools
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libsqlite3-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqrencode-dev qt6-httpserver-dev qt6-websockets-dev
    libgl-dev
    # the board's voice announcements: Qt Multimedia (QAudioSink) and the espeak-ng synthesizer with its voices
    qt6-multimedia-dev libespeak-ng-dev espeak-ng-data
    # the supervisor dashboard's charts: Qt Charts (its CMake package needs Qt6OpenGL's, which Debian ships apart)
    qt6-charts-dev libqt6opengl6-dev
    # tests
    catch2 xvfb xauth poppler-utils zbar-tools
    # the code's shape (scripts/format.sh --check runs as a test) and its lint (scripts/tidy.sh)
    clang-format-14 clang-tidy-14
    # the sanitizer tree and the fuzz targets (scripts/sanitize.sh, scripts/fuzz.sh): clang, its ASan/UBSan/
    # libFuzzer runtimes, llvm-symbolizer for file:line in reports; readelf (binutils) for the hardening test
    clang-14 libclang-rt-14-dev llvm-14 binutils
    # the packaging checks: desktop entries (desktop-file-validate) and the systemd units (systemd-analyze verify)
    desktop-file-utils systemd
    # the Debian packages (tests/packaging): cpack's dpkg-shlibdeps (dpkg-dev), lintian, and curl to talk to
    # the installed hall service; openssl makes the hall's TLS certificates (onewindowctl hall tls)
    dpkg-dev lintian curl openssl
    # Chinese text in windows, screenshots and PDFs
    fonts-noto-cjk fonts-arphic-uming
    # the pinyin source (Unihan readings), for scripts/gen-pinyin-initials.sh
    unicode-data bzip2
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done

# The OpenAPI lint runs on Node.js from the npm registry; take Debian's only where none is installed.
if ! command -v npm >/dev/null 2>&1; then
    missing+=(nodejs npm)
fi

if [ ${#missing[@]} -eq 0 ]; then
    echo "deps: all ${#packages[@]} packages present"
    exit 0
fi

echo "deps: installing ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
