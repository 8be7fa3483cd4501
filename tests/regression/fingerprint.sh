#!/usr/bin/env bash
# Prints the results fingerprint: one line per case, "<case> <hash of
# replications.csv> <hash of summary.json's figures>  # model <hash>", at a
# fixed seed. Only figures are hashed (see summary_figures), so the same
# engine gives the same lines everywhere and a label edit changes none; the
# model's identity follows as a comment, which the check does not compare. Usage: fingerprint.sh PATHWAYS SOURCE_DIR
set -euo pipefail
pathways="$1"
src="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The summary's figures only: every number and true/false with its place,
# one a line. Names, labels, notes and hashes are words, not results, so an
# edit to a label moves no fingerprint; what may differ between runs of the
# same engine (wall time, threads, the manifest) is left out too.
summary_figures() {
    python3 - "$1" <<'PY'
import json, sys
LEFT_OUT = {"wall_seconds", "threads", "manifest"}
def figures(value, place):
    if isinstance(value, dict):
        for key in sorted(value):
            if key not in LEFT_OUT:
                yield from figures(value[key], place + "/" + key)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from figures(item, f"{place}/{i}")
    elif isinstance(value, (bool, int, float)) or value is None:
        yield f"{place} {json.dumps(value)}"
with open(sys.argv[1]) as f:
    print("\n".join(figures(json.load(f), "")))
PY
}

# Who the figures are of, printed beside them and not hashed.
model_identity() {
    python3 - "$1" <<'PY'
import json, sys
with open(sys.argv[1]) as f:
    model = json.load(f).get("model", {})
print(model.get("sha256", "")[:16] if isinstance(model, dict) else "")
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
    printf '%s %s %s  # model %s\n' "$name" "$(hash_of < "$out/replications.csv")" \
        "$(summary_figures "$out/summary.json" | hash_of)" "$(model_identity "$out/summary.json")"
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
