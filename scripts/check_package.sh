#!/usr/bin/env bash
# The package as a user gets it: build the wheel and sdist, install the wheel in a fresh
# virtual environment (not editable) and, from an empty folder, list the templates and
# run the demo up to the published database. Needs PyPI (for the build and the
# dependencies); CI runs it after the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "check_package: building the wheel and the sdist"
python3 -m build --outdir "$work/dist" . >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
ls "$work/dist"/stemsync-*.whl "$work/dist"/stemsync-*.tar.gz >/dev/null

echo "check_package: installing the wheel in a fresh virtual environment"
python3 -m venv "$work/venv"
"$work/venv/bin/python" -m pip install -q --disable-pip-version-check "$work"/dist/stemsync-*.whl

mkdir "$work/empty"
cd "$work/empty"
export PATH="$work/venv/bin:$PATH"
unset PYTHONPATH STEMSYNC_CONFIG STEMSYNC_DB
echo "check_package: stemsync templates list (from an empty folder)"
stemsync templates list | tee "$work/list.txt"
test "$(wc -l <"$work/list.txt")" -ge 4
echo "check_package: stemsync demo --no-serve --scale 0.05"
stemsync demo --no-serve --scale 0.05 >"$work/demo.log" 2>&1 || { cat "$work/demo.log" >&2; exit 1; }
tail -n 3 "$work/demo.log"
test -s stemsync-demo/public.db
echo "check_package: ok"
