#!/usr/bin/env bash
# Set up, build and start the Heard kiosk. Arguments go to heard-kiosk (e.g. --kiosk).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "run-kiosk: no display. To try it headless: xvfb-run -a -s '-screen 0 1280x800x24' scripts/run-kiosk.sh" >&2
    exit 1
fi
exec build/bin/heard-kiosk "$@"
