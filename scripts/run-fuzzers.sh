#!/usr/bin/env bash
# Builds the fuzzers in their own clang tree (sanitizer flags must not leak into the product) and
# runs each for HEARD_FUZZ_SECONDS (default 60) under AddressSanitizer and UndefinedBehaviorSanitizer,
# from the committed seed corpus. CI runs this after scripts/run-tests.sh. Exit status: 0 when no
# fuzzer found a crash, a leak or a timeout.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
seconds=${HEARD_FUZZ_SECONDS:-60}
export CCACHE_BASEDIR=$PWD CCACHE_NOHASHDIR=1
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
if [ ! -f build-fuzz/build.ninja ]; then
    CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DHEARD_FUZZ_ONLY=ON \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" >/dev/null
fi
cmake --build build-fuzz --parallel "$(nproc)"

passed=0
failed=0
pids=()
names=()
for fuzzer in survey_loader:corpus envelope:envelope-corpus; do
    name=${fuzzer%%:*}
    seeds=${fuzzer#*:}
    mkdir -p "build-fuzz/found-$name"
    build-fuzz/bin/fuzz_$name -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 \
        -print_final_stats=1 -artifact_prefix="build-fuzz/found-$name/" \
        "build-fuzz/found-$name" "tests/fuzz/$seeds" >"build-fuzz/fuzz_$name.log" 2>&1 &
    pids+=($!)
    names+=("$name")
done
for i in "${!pids[@]}"; do
    if wait "${pids[$i]}"; then
        passed=$((passed + 1))
        echo "fuzz_${names[$i]}: passed ($(grep -m1 -o 'stat::number_of_executed_units: *[0-9]*' "build-fuzz/fuzz_${names[$i]}.log" | grep -o '[0-9]*$') runs in ${seconds} s)"
    else
        failed=$((failed + 1))
        echo "fuzz_${names[$i]}: FAILED; the end of its log:"
        tail -40 "build-fuzz/fuzz_${names[$i]}.log"
    fi
done
echo "fuzzers: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
