#!/usr/bin/env bash
# Set up (scripts/setup.sh), configure and build Heard into build/. Extra arguments go to cmake.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
if [ ! -f build/build.ninja ]; then
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
elif [ "$#" -gt 0 ]; then
    cmake -S . -B build "$@" >/dev/null
fi
cmake --build build --parallel "$(nproc)"
