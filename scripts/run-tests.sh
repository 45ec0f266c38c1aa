#!/usr/bin/env bash
# Set up, build and run the whole test suite headless: every unit, GUI and integration test, with a
# PulseAudio null sink and a throwaway PostgreSQL 15. Exit status is ctest's. Extra arguments go to
# ctest (e.g. -R tst_outbox). The heavier stages (fuzzers) are scripts/run-fuzzers.sh; CI runs both.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
scripts/build.sh

export QT_QPA_PLATFORM=offscreen
# A private runtime dir and a PulseAudio null sink, so audio tests play and record real sound.
XDG_RUNTIME_DIR=$(mktemp -d)
export XDG_RUNTIME_DIR
chmod 700 "$XDG_RUNTIME_DIR"
pulseaudio --daemonize=no --exit-idle-time=-1 -n \
    --load="module-null-sink sink_name=heard_test_sink" --load="module-native-protocol-unix" \
    >"$XDG_RUNTIME_DIR/pulse.log" 2>&1 &
pulse_pid=$!
pg_dir=""
pg_port=${HEARD_TEST_PG_PORT:-55432}
# Another server on the port (a developer's, or a run that was killed): take the next free one.
while (echo >"/dev/tcp/127.0.0.1/$pg_port") 2>/dev/null; do pg_port=$((pg_port + 1)); done
# Stop what this run started, keeping ctest's exit status.
cleanup() {
    local status=$?
    [ -n "$pg_dir" ] && { "$root/scripts/start-test-postgres.sh" "$pg_dir/pg" "$pg_port" stop; rm -rf "$pg_dir"; }
    kill "$pulse_pid" 2>/dev/null || true
    rm -rf "$XDG_RUNTIME_DIR"
    exit "$status"
}
trap cleanup EXIT
for _ in $(seq 50); do pactl info >/dev/null 2>&1 && break; sleep 0.1; done
pactl set-default-sink heard_test_sink >/dev/null 2>&1 || true

# A throwaway PostgreSQL 15 cluster on loopback for the inbox tests (tst_inboxstore's postgres
# rows fail without it, on purpose).
pg_dir=$(mktemp -d)
chmod 755 "$pg_dir" # the postgres user must reach its cluster inside
# Assigned first so that a server that fails to start stops the run instead of passing silently.
pg_env=$("$root/scripts/start-test-postgres.sh" "$pg_dir/pg" "$pg_port")
eval "$pg_env"

cd build
ctest --output-on-failure --parallel "$(nproc)" "$@"
