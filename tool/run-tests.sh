#!/usr/bin/env bash
# Builds otel-tidy and runs the whole test suite (lit + FileCheck). Installs
# what is missing (Debian 12, as root). Exits non-zero on any failure.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${OTEL_TIDY_BUILD_DIR:-$root/build}"
"$root/tool/install-deps.sh" --tests
"$root/tool/build.sh"
log="$build/lit.log"
set +e
ninja -C "$build" check 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
passed=$(sed -n 's/^ *Passed *: *\([0-9]*\).*/\1/p' "$log" | tail -1)
failed=$(sed -n 's/^ *Failed *: *\([0-9]*\).*/\1/p' "$log" | tail -1)
echo "lit: ${passed:-0} passed, ${failed:-0} failed"
if [ "$status" -ne 0 ] || [ "${passed:-0}" -eq 0 ]; then
  exit 1
fi
