#!/usr/bin/env bash
# Installs everything Heard needs on Debian 12, as root. Idempotent: when every package is already
# installed it does nothing and returns in about a second.
set -euo pipefail

# Build: Qt 6.4 and libsodium; ccache so that a second build tree or clone reuses objects.
# qt6-websockets-dev and qt6-declarative-dev are dependencies Debian does not declare
# (Qt6HttpServer and Qt6TextToSpeech fail to configure without them); libqt6sql6-sqlite is only a
# Recommends of libqt6sql6; libsqlite3-dev is for bench_outbox, whose floor uses the SQLite C API
# without Qt.
build_packages=(
    cmake g++ ninja-build pkg-config ccache
    qt6-base-dev qt6-multimedia-dev libqt6sql6-sqlite libqt6sql6-psql qt6-tools-dev qt6-l10n-tools
    qt6-svg-dev qt6-speech-dev qt6-declarative-dev qt6-httpserver-dev qt6-websockets-dev
    libsodium-dev libespeak-ng-dev libsqlite3-dev
)
# Run time: audio playback through GStreamer, offline speech.
runtime_packages=(
    gstreamer1.0-plugins-base gstreamer1.0-plugins-good espeak-ng
)
# Tests: the fuzzer (clang + libFuzzer runtime), a headless display and sound server, screenshots,
# audio analysis, a real PostgreSQL server for the inbox, PDF text extraction for reports, and a
# JSON Schema validator to prove the authors' schema agrees with the loader, and PyNaCl to open the
# envelope test vectors with a second, independent implementation; openssl makes the TLS test
# certificates (tst_synctls).
test_packages=(
    clang libclang-rt-14-dev xvfb xauth imagemagick sox pulseaudio pulseaudio-utils
    postgresql poppler-utils python3-jsonschema python3-nacl openssl
)

wanted=("${build_packages[@]}" "${runtime_packages[@]}" "${test_packages[@]}")
missing=()
while read -r status name; do
    [ "$status" = "installed" ] || missing+=("$name")
done < <(dpkg-query -W -f='${db:Status-Status} ${Package}\n' "${wanted[@]}" 2>/dev/null || true)
# dpkg-query prints nothing for packages it has never heard of.
for p in "${wanted[@]}"; do
    dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null | grep -q '^installed$' || missing+=("$p")
done
mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sort -u | sed '/^$/d')

if [ "${#missing[@]}" -eq 0 ]; then
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "setup: these Debian packages are missing and installing them needs root: ${missing[*]}" >&2
    exit 1
fi
echo "setup: installing ${#missing[@]} Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "setup: done"
