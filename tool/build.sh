#!/usr/bin/env bash
# Configures and builds otel-tidy (plugin, driver, and otel-clangd where the
# LLVM in use ships clangd's libraries) into build/ (or
# $OTEL_TIDY_BUILD_DIR), installing missing Debian packages first.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
v="${OTEL_TIDY_LLVM_VERSION:-19}"
build="${OTEL_TIDY_BUILD_DIR:-$root/build}"
"$root/tool/install-deps.sh"
if [ ! -f "$build/build.ninja" ]; then
  cmake -G Ninja -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release \
    -DOTEL_TIDY_LLVM_VERSION="$v" >/dev/null
fi
ninja -C "$build" >/dev/null
