#!/usr/bin/env bash
# Installs the Debian packages otel-tidy needs to build and test, if missing.
# Usage: tool/install-deps.sh            (LLVM 19)
#        OTEL_TIDY_LLVM_VERSION=22 tool/install-deps.sh
#        tool/install-deps.sh --tests    (also what the integration tests run:
#                                         pre-commit, node and npm, and
#                                         Neovim, the editor that drives
#                                         otel-clangd in test/clangd)
set -euo pipefail
v="${OTEL_TIDY_LLVM_VERSION:-19}"
packages=(cmake ninja-build g++ python3 git
          "clang-$v" "clang-tidy-$v" "libclang-$v-dev" "llvm-$v-dev" "llvm-$v-tools")
# otel-clangd (LLVM 19 and later: LLVM 16 ships no clangdMain) links
# clangd's remote-index client, hence gRPC and protobuf; its .deb names
# their packages with dpkg-shlibdeps (dpkg-dev).
if [ "$v" -ge 19 ]; then
  packages+=(libgrpc++-dev libprotobuf-dev dpkg-dev)
fi
if [ "${1:-}" = "--tests" ]; then
  packages+=(pre-commit neovim)
  # lit ships with llvm-N-tools, except for LLVM 22: use 19's.
  if [ "$v" -ge 20 ]; then
    packages+=(llvm-19-tools)
  fi
  # Any Node.js with npm will do (for the SARIF validator); Debian's only when
  # there is none (another one's package would conflict with Debian's npm).
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    packages+=(nodejs npm)
  fi
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "otel-tidy: installing ${missing[*]}" >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    sudo="sudo"
  else
    echo "otel-tidy: error: need root (or sudo) to install: ${missing[*]}" >&2
    exit 2
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
