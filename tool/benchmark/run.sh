#!/usr/bin/env bash
# Times clang-tidy with and without the otel-* checks; see README.md.
#   tool/benchmark/run.sh [--reps 7] [--max-ratio 1.05] [--examples] ...
exec python3 "$(dirname "${BASH_SOURCE[0]}")/run.py" "$@"
