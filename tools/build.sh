#!/usr/bin/env bash
# Configures and builds Pathways in build/ (Release).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jobs="$(nproc 2>/dev/null || echo 2)"
cmake -S "$here" -B "$here/build" -DCMAKE_BUILD_TYPE=Release "$@" > /dev/null
cmake --build "$here/build" -j "$jobs"
