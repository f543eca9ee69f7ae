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
  for pkg in chromium chromium-driver; do
    dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
  done
  if [ "${#need[@]}" -gt 0 ]; then
    echo "setup: installing ${need[*]} (apt)"
    quiet apt-get update -qq
    DEBIAN_FRONTEND=noninteractive quiet apt-get install -y -qq --no-install-recommends "${need[@]}"
  fi
fi

echo "setup: installing stemsync and its Python dependencies (pip)"
quiet python3 -m pip install -q --disable-pip-version-check -e '.[test]'

if python3 -c "import stemsync.deidentify" 2>/dev/null; then
  echo "setup: building the de-identification cache (slow the first time only)"
  python3 -m stemsync.deidentify --build-cache "${STEMSYNC_DEDUCE_CACHE:-$HOME/.cache/stemsync/deduce}"
fi
echo "setup: done"
