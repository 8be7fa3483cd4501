#!/usr/bin/env bash
# The main job: set up, build, and write the gap-analysis report for the
# bundled reference model to report/report.html.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$here/tools/setup.sh"
"$here/tools/build.sh" -DPATHWAYS_TESTS=OFF -DPATHWAYS_BENCHMARKS=OFF
cd "$here"
build/pathways gaps models/hackney.json --compare-with scenarios/move_on_56_days.json \
    --compare-with scenarios/rns_capacity_doubled.json --out report "$@"
