#!/bin/sh
# Regenerates docs/screenshots/report/: runs tst_admin_report keeping its outputs, then renders
# the PDF pages to PNG. Usage: scripts/report-screenshots.sh [BUILD_DIR]
set -eu
build=${1:-build}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cmake --build "$build" -j2 --target tst_admin_report heard-admin
HEARD_REPORT_KEEP="$out/report" QT_QPA_PLATFORM=offscreen "$build/tests/tst_admin_report" >/dev/null
dest=docs/screenshots/report
mkdir -p "$dest"
rm -f "$dest"/*.png
pdftoppm -r 60 -png "$out/report/report.pdf" "$dest/report"
pdftoppm -r 60 -png "$out/report/what-you-told-us.pdf" "$dest/what-you-told-us"
ls "$dest"
