#!/usr/bin/env bash
# Set up (scripts/setup.sh), configure and build Heard into build/. Extra arguments go to cmake.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
# git keeps no file modes, and the tools rightly refuse a secret key others can read: the demo LA
# key (demonstration only, never for real children's answers) is made private after each checkout.
chmod 600 assets/demo-keys/la-secret.json
if [ ! -f build/build.ninja ]; then
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
elif [ "$#" -gt 0 ]; then
    cmake -S . -B build "$@" >/dev/null
fi
cmake --build build --parallel "$(nproc)"
