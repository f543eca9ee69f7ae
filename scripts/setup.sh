#!/usr/bin/env bash
# Set up a fresh Debian machine for stemsync: system packages, Python packages, and the
# de-identification cache (built once here so no cron run ever pays for it).
# Safe to run again: every step is idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."

# Quiet when not on a terminal (CI), but show what a failing step said.
quiet() {
  if [ -t 1 ]; then "$@"; return; fi
  local log; log=$(mktemp)
  if ! "$@" >"$log" 2>&1; then cat "$log" >&2; rm -f "$log"; return 1; fi
  rm -f "$log"
}

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  need=()
  # chromium: the browser tests and the PDF report; poppler-utils: pdftotext/pdftoppm for the report's tests;
  # wdutch: OpenTaal's Dutch word list for the de-identifier
  for pkg in chromium chromium-driver poppler-utils wdutch; do
    dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
  done
  if [ "${#need[@]}" -gt 0 ]; then
    echo "setup: installing ${need[*]} (apt)"
    quiet apt-get update -qq
    DEBIAN_FRONTEND=noninteractive quiet apt-get install -y -qq --no-install-recommends "${need[@]}"
  fi
fi

# axe-core (the accessibility engine the browser tests run in Chromium), from the npm registry,
# into a cache folder: nothing is fetched while the tests run.
AXE_DIR="${STEMSYNC_AXE_DIR:-$HOME/.cache/stemsync/axe}"
if [ ! -f "$AXE_DIR/node_modules/axe-core/axe.min.js" ]; then
  if ! command -v npm >/dev/null && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "setup: installing npm (apt)"
    quiet apt-get update -qq
    DEBIAN_FRONTEND=noninteractive quiet apt-get install -y -qq --no-install-recommends npm
  fi
  if command -v npm >/dev/null; then
    echo "setup: installing axe-core for the accessibility tests (npm)"
    mkdir -p "$AXE_DIR"
    quiet npm install --prefix "$AXE_DIR" --no-audit --no-fund --no-save axe-core@4.14.1
  fi
fi

echo "setup: installing stemsync and its Python dependencies (pip)"
quiet python3 -m pip install -q --disable-pip-version-check -e '.[test]'

if python3 -c "import stemsync.deidentify, stemsync.cli" 2>/dev/null; then
  echo "setup: building the de-identification cache (slow the first time only)"
  python3 -m stemsync build-cache "${STEMSYNC_DEDUCE_CACHE:-$HOME/.cache/stemsync/deduce}"
fi
echo "setup: done"
