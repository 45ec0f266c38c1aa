#!/usr/bin/env bash
# Set up (scripts/setup.sh), configure and build Heard into build/. Extra arguments go to cmake.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
# git keeps no file modes, and the tools rightly refuse a secret key others can read: the demo LA
# key (demonstration only, never for real children's answers) is made private after each checkout.
chmod 600 assets/demo-keys/la-secret.json
# ccache keeps compiled objects across build trees and clones: paths below this folder are made
# relative and the build folder is left out of the hash, so two checkouts share one cache.
export CCACHE_BASEDIR=$PWD CCACHE_NOHASHDIR=1
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
if [ ! -f build/build.ninja ]; then
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" "$@" >/dev/null
elif [ "$#" -gt 0 ]; then
    cmake -S . -B build "$@" >/dev/null
fi
cmake --build build --parallel "$(nproc)"
