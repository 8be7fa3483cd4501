#!/usr/bin/env bash
# Prints the results fingerprint: one line per case, "<case> <hash of
# replications.csv> <hash of summary.json>", at a fixed seed. What may differ
# between clones and machines (wall time, threads, the command, file paths,
# the version) is left out before hashing, so the same engine gives the same
# lines everywhere. Usage: fingerprint.sh PATHWAYS SOURCE_DIR
set -euo pipefail
pathways="$1"
src="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The summary without what may differ between runs of the same engine.
normalise_summary() {
    python3 - "$1" <<'PY'
import json, sys
with open(sys.argv[1]) as f:
    s = json.load(f)
s.pop("wall_seconds", None)
s.pop("manifest", None)
s.get("settings", {}).pop("threads", None)
print(json.dumps(s, sort_keys=True, separators=(",", ":")))
PY
}

hash_of() { sha256sum | cut -c1-16; }

# case name, model, then scenarios
run_case() {
    local name="$1" model="$2"
    shift 2
    local args=()
    for s in "$@"; do args+=(-s "$s"); done
    local out="$work/$name"
    "$pathways" simulate "$src/$model" "${args[@]}" --replications 4 --seed 20261130 \
        --threads 2 --quiet --out "$out" > /dev/null
    printf '%s %s %s\n' "$name" "$(hash_of < "$out/replications.csv")" \
        "$(normalise_summary "$out/summary.json" | hash_of)"
}

run_case bench bench/housing-network.json
for model in "$src"/models/*.json; do
    run_case "model:$(basename "$model" .json)" "models/$(basename "$model")"
done
for scenario in "$src"/scenarios/*.json; do
    run_case "hackney+$(basename "$scenario" .json)" models/hackney.json "scenarios/$(basename "$scenario")"
done
for model in "$src"/tests/data/sim/small.json; do
    run_case "test:$(basename "$model" .json)" "tests/data/sim/$(basename "$model")"
done
