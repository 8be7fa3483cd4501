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
export OMPI_MCA_btl_vader_single_copy_mechanism=none OMPI_MCA_rmaps_base_oversubscribe=1
root=()
[[ $(id -u) == 0 ]] && root=(--allow-run-as-root)

seconds() {  # seconds NAME COMMAND...: runs COMMAND, prints its wall time, keeps it in $work/NAME.s
    local name="$1" start end
    shift
    start=$(date +%s.%N)
    "$@" > "$work/$name.out"
    end=$(date +%s.%N)
    python3 -c "print(f'{$end - $start:.1f}')" | tee "$work/$name.s"
}

printf '%-34s' "one process, 1 thread:"; seconds one "$bin" "${args[@]}" -j 1 --out "$work/one"
printf '%-34s' "one process, 2 threads:"; seconds two "$bin" "${args[@]}" -j 2 --out "$work/two"
if command -v mpirun > /dev/null; then
    printf '%-34s' "mpirun -n 2, 1 thread each:"
    seconds mpi mpirun "${root[@]}" -n 2 "$bin" "${args[@]}" -j 1 --out "$work/mpi"
    python3 -c "print(f'parallel efficiency of mpirun -n 2: {$(cat "$work/one.s") / (2 * $(cat "$work/mpi.s")):.0%}')"
fi
for run in two mpi; do
    [[ -d "$work/$run" ]] || continue
    for f in calibration.json worlds.csv; do
        cmp -s "$work/one/$f" "$work/$run/$f" || { echo "the $run run wrote another $f"; exit 1; }
    done
done
python3 - "$work/one/calibration.json" <<'PY'
import json, sys
c = json.load(open(sys.argv[1]))
print("waves run:", ", ".join(f"{w['tried']} tried, {w['kept']} kept" for w in c["waves"]), "|", c["stopped"])
PY
