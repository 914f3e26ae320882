#!/usr/bin/env bash
# Builds otel-tidy and lints the bundled example service with it, printing
# the findings. Installs what is missing (Debian 12, as root).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${OTEL_TIDY_BUILD_DIR:-$root/build}"
"$root/tool/build.sh"
# The example's compilation database.
cmake -G Ninja -S "$root/example" -B "$build/example" >/dev/null
cd "$root/example"
"$build/bin/otel-tidy" -p "$build/example" src/*.cpp "$@"
