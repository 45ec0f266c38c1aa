#!/usr/bin/env bash
# Set up, build and start the Heard kiosk, with a local LA inbox on loopback and the demo keys, so
# a newcomer sees answers travel: the kiosk seals each answer to the demo LA key, uploads it in the
# background, and `heard-admin open` reads it back on the LA side. Arguments go to heard-kiosk
# (e.g. --kiosk for the locked, full-screen mode).
#
# Everything of the demo lives in build/demo/: the inbox database and the kiosk's data folder.
# The demo keys in assets/demo-keys are for demonstration only, never for real children's answers.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "run-kiosk: no display. To try it headless: xvfb-run -a -s '-screen 0 1280x800x24' scripts/run-kiosk.sh" >&2
    exit 1
fi

demo="$PWD/build/demo"
port=${HEARD_DEMO_PORT:-8787}
db="sqlite:$demo/inbox.db"
url="http://127.0.0.1:$port"
device="$demo/kiosk"
mkdir -p "$demo"

# A fresh inbox knows no devices: forget an enrolment with an inbox that is gone.
[ -f "$demo/inbox.db" ] || rm -f "$device/sync.json"

build/bin/heard-inbox --listen "127.0.0.1:$port" --db "$db" \
    --key-bundle assets/demo-keys/key-bundle.json >"$demo/inbox.log" 2>&1 &
inbox_pid=$!
trap 'kill "$inbox_pid" 2>/dev/null || true' EXIT
for _ in $(seq 100); do
    grep -q "listening on" "$demo/inbox.log" 2>/dev/null && break
    kill -0 "$inbox_pid" 2>/dev/null || { cat "$demo/inbox.log" >&2; exit 1; }
    sleep 0.1
done

if [ ! -f "$device/sync.json" ]; then
    code=$(build/bin/heard-admin enrol-code --db "$db")
    build/bin/heard-device --data-dir "$device" enrol --la-root assets/demo-keys/la-root.pub "$url" "$code"
fi

cat <<EOF
run-kiosk: local inbox on $url ($demo/inbox.db); the kiosk uploads to it in the background.
run-kiosk: to read what children answered, as the LA would:
  build/bin/heard-admin open --keys assets/demo-keys --passphrase-file assets/demo-keys/demo-passphrase.txt \\
      --format csv --out answers.csv $db
EOF
build/bin/heard-kiosk --data-dir "$device" "$@"
