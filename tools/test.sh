#!/usr/bin/env bash
# Set up, build and run every test.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$here/tools/setup.sh" --tests
"$here/tools/build.sh" -DPATHWAYS_TESTS=ON -DPATHWAYS_BENCHMARKS=ON
cd "$here/build"
ctest --output-on-failure -j "$(nproc 2>/dev/null || echo 2)" "$@"
