#!/usr/bin/env bash
# Start a throwaway PostgreSQL 15 cluster on loopback for the inbox tests and print the
# postgresql:// URL on stdout. Usage: eval "$(scripts/start-test-postgres.sh DIR PORT)".
# The cluster lives in DIR (owned by the postgres user) and is stopped with
#   su postgres -c "pg_ctl -D DIR/data stop -m fast"   (or: scripts/start-test-postgres.sh DIR PORT stop)
set -euo pipefail
dir=${1:?usage: start-test-postgres.sh DIR PORT [stop]}
port=${2:?usage: start-test-postgres.sh DIR PORT [stop]}
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
run() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
if [ "${3:-}" = stop ]; then
    run "$bin/pg_ctl -D '$dir/data' stop -m fast" >/dev/null 2>&1 || true
    exit 0
fi
mkdir -p "$dir"
[ "$(id -u)" = 0 ] && chown postgres "$dir"
if [ ! -f "$dir/data/PG_VERSION" ]; then
    run "$bin/initdb -D '$dir/data' -U postgres --auth=trust -E UTF8" >"$dir/initdb.log" 2>&1
fi
run "$bin/pg_ctl -D '$dir/data' -l '$dir/server.log' -w -o \"-k '$dir' -h 127.0.0.1 -p $port -c fsync=on\" start" >/dev/null
run "$bin/psql -h 127.0.0.1 -p $port -U postgres -tAc \"SELECT 1 FROM pg_roles WHERE rolname='heard'\"" | grep -q 1 \
    || run "$bin/psql -h 127.0.0.1 -p $port -U postgres -c \"CREATE ROLE heard LOGIN PASSWORD 'heard'\"" >/dev/null
run "$bin/psql -h 127.0.0.1 -p $port -U postgres -tAc \"SELECT 1 FROM pg_database WHERE datname='heard_test'\"" | grep -q 1 \
    || run "$bin/createdb -h 127.0.0.1 -p $port -U postgres -O heard heard_test"
echo "export HEARD_TEST_PG_URL=postgresql://heard:heard@127.0.0.1:$port/heard_test"
