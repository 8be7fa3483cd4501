#!/usr/bin/env bash
# The calibration benchmark: history matching of the reference model against
# its published figures and the 2023-24 backtest's (3 waves of 200 worlds of
# 10 replications), on one thread, on two threads, and shared between two MPI
# processes of one thread each. Prints each run's wall time and the parallel
# efficiency of the two-process run (one process's time over twice its own),
# and checks that every run wrote the same bytes.
# Usage: bench/calibration_benchmark.sh [BUILD_DIR]   (default: build)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="$(cd "${1:-$here/build}" && pwd)/pathways"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$here"
args=(calibrate models/hackney.json --with-targets scenarios/backtest_2023_24.json
      --waves 3 --draws 200 -r 10 --quiet)
same=(calibration.json worlds.csv)
source "$here/bench/three_runs.sh"
python3 - "$work/one/calibration.json" <<'PY'
import json, sys
c = json.load(open(sys.argv[1]))
print("waves run:", ", ".join(f"{w['tried']} tried, {w['kept']} kept" for w in c["waves"]), "|", c["stopped"])
PY
