#!/usr/bin/env bash
# What the outputs cost on a model of many stages: a chain of N stages
# (bench/chain_model.py, 100,000 by default, the format's limit) through
# `validate`, `simulate --json` and `analyse --json`. For `simulate` it prints
# the whole process's wall time, the run's own (`wall_seconds`) and the
# difference: reading and checking the model (what `validate` takes), building
# the results and writing them. Each should grow in proportion to N: compare N
# and N / 2.
# Usage: bench/chain_outputs_benchmark.sh [BUILD_DIR] [N]   (defaults: build, 100000)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="$(cd "${1:-$here/build}" && pwd)/pathways"
stages="${2:-100000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 "$here/bench/chain_model.py" "$stages" > "$work/chain.json"

seconds() {  # seconds OUT COMMAND...: runs COMMAND with stdout to OUT, prints its wall time
    local out="$1" start end
    shift
    start=$(date +%s.%N)
    "$@" > "$out"
    end=$(date +%s.%N)
    python3 -c "print(f'{$end - $start:.2f}')"
}

echo "chain of $((stages - 1)) stages and one outcome"
reading=$(seconds "$work/validate.out" "$bin" validate "$work/chain.json")
printf '%-32s %s s\n' "validate (reading the model):" "$reading"
total=$(seconds "$work/simulate.json" "$bin" simulate "$work/chain.json" --json --quiet -j 1)
run=$(python3 -c "import json, sys; print(f'{json.load(open(sys.argv[1]))[\"wall_seconds\"]:.2f}')" "$work/simulate.json")
printf '%-32s %s s (the run %s s, beyond it %s s, beyond the run and the reading %s s)\n' "simulate --json:" \
    "$total" "$run" "$(python3 -c "print(f'{$total - $run:.2f}')")" "$(python3 -c "print(f'{$total - $run - $reading:.2f}')")"
printf '%-32s %s s\n' "analyse --json:" "$(seconds "$work/analyse.json" "$bin" analyse "$work/chain.json" --json)"
