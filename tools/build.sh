#!/usr/bin/env bash
# Configures and builds Pathways in build/ (Release), with Ninja when it is
# installed (tools/setup.sh --tests installs it). Arguments go to cmake.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jobs="$(nproc 2>/dev/null || echo 2)"
generator=()
if [[ ! -f "$here/build/CMakeCache.txt" ]] && command -v ninja > /dev/null; then generator=(-G Ninja); fi
cmake -S "$here" -B "$here/build" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release "$@" > /dev/null
cmake --build "$here/build" -j "$jobs"
