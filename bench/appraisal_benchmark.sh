#!/usr/bin/env bash
# The appraisal benchmark: the reference model's eight council actions (and
# its four Home Office asks), every package within two budgets (£50,000 and
# £120,000 a year: 79 packages), in 200 of the calibration's plausible worlds,
# one replication each: on one thread, on two threads, and shared between two
# MPI processes of one thread each. Prints each run's wall time and the
# parallel efficiency of the two-process run (one process's time over twice
# its own), and checks that every run wrote the same bytes.
# Usage: bench/appraisal_benchmark.sh [BUILD_DIR]   (default: build)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="$(cd "${1:-$here/build}" && pwd)/pathways"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$here"
head -n 201 models/calibration/worlds.csv > "$work/worlds.csv"  # the header and 200 worlds
args=(appraise models/hackney.json --worlds "$work/worlds.csv" --budget 50000 --budget 120000)
same=(appraisal.json options.csv)
source "$here/bench/three_runs.sh"
python3 - "$work/one/appraisal.json" <<'PY'
import json, sys
a = json.load(open(sys.argv[1]))
print(f"{len(a['actions'])} actions, {a['search']['run']} packages run of {a['search']['packages']}, "
      f"{a['samples']['count']} worlds, {len(a['asks'])} asks")
PY
