# pathways simulate: outputs, exit codes, reproducibility and refusals.
source "$(dirname "$0")/common.sh"
MODEL="$SRC/tests/data/sim/small.json"

expect_exit 0 "simulate prints a table" -- "$BIN" simulate "$MODEL" --quiet
expect_in "$WORK/out" "Outcomes" "table"
expect_in "$WORK/out" "private_tenancy" "table"

expect_exit 0 "simulate --json" -- "$BIN" simulate "$MODEL" --json --threads 1
python3 - "$WORK/out" <<'PY' || fail "summary JSON is not as the spec says"
import json, sys
s = json.load(open(sys.argv[1]))
assert s["format"] == "pathways-results/1"
for key in ["model", "scenarios", "settings", "cohort", "outcomes", "time_in_system_days", "stages",
            "flows", "cost", "by_attribute", "targets", "manifest", "events_processed", "wall_seconds"]:
    assert key in s, key
assert s["settings"]["replications"] == 8
stat = s["outcomes"]["private_tenancy"]["share"]
assert set(stat) == {"mean", "sd", "ci95"} and stat["ci95"][0] <= stat["mean"] <= stat["ci95"][1]
assert "utilisation" in s["stages"]["casework"] and "utilisation" not in s["stages"]["prs"]
total = sum(o["share"]["mean"] for o in s["outcomes"].values())
total += s["cohort"]["unfinished"]["mean"] / s["cohort"]["size"]["mean"]
assert abs(total - 1) < 1e-9, total
assert s["by_attribute"]["household"]["family"]["cohort"]["mean"] > 0
assert len(s["manifest"]["model_sha256"]) == 64
PY
cp "$WORK/out" "$WORK/one_thread.json"

expect_exit 0 "simulate with two threads" -- "$BIN" simulate "$MODEL" --json --threads 2
python3 - "$WORK/one_thread.json" "$WORK/out" <<'PY' || fail "results differ between 1 and 2 threads"
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
for s in (a, b):
    s.pop("wall_seconds"); s["settings"].pop("threads"); s["manifest"].pop("command")
assert json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)
PY

expect_exit 0 "simulate with another seed" -- "$BIN" simulate "$MODEL" --json --seed 6
python3 - "$WORK/one_thread.json" "$WORK/out" <<'PY' || fail "another seed gave the same results"
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
assert a["outcomes"] != b["outcomes"]
PY

expect_exit 0 "simulate --out" -- "$BIN" simulate "$MODEL" --quiet --out "$WORK/run"
for f in summary.json outcomes.csv stages.csv flows.csv replications.csv occupancy.csv curves.csv; do
    [[ -s "$WORK/run/$f" ]] || fail "--out did not write $f"
done
expect_in "$WORK/run/stages.csv" "stage,kind,entries_mean,entries_sd,entries_ci95_lo,entries_ci95_hi" "stages.csv header"
expect_in "$WORK/run/occupancy.csv" "day,stage,mean_occupancy" "occupancy.csv header"
[[ -z "$(ls "$WORK/run" | grep tmp)" ]] || fail "temporary files left behind"

expect_exit 0 "simulate --trace" -- "$BIN" simulate "$MODEL" --quiet --trace "$WORK/trace.csv" --trace-sample 5
expect_in "$WORK/trace.csv" "person,replication,stage,entered,started,left,how,household" "trace header"
expect_in "$WORK/trace.csv" ",outcome," "trace has outcome rows"

expect_exit 0 "auto replications" -- "$BIN" simulate "$MODEL" --json --replications auto --precision 0.05
python3 - "$WORK/out" <<'PY' || fail "auto replications did not report"
import json, sys
s = json.load(open(sys.argv[1]))
assert s["settings"]["replications"] % 10 == 0 and "replications_auto" in s["settings"]
PY

expect_exit 1 "a run past --max-events fails" -- "$BIN" simulate "$MODEL" --max-events 100 --out "$WORK/limit"
expect_in "$WORK/err" "max-events" "limit message"
expect_absent "$WORK/limit" "nothing written after a limit"

printf '{"format": "pathways/1", "stages": {}}' > "$WORK/bad.json"
expect_exit 2 "an invalid model is refused" -- "$BIN" simulate "$WORK/bad.json" --out "$WORK/bad_out"
expect_absent "$WORK/bad_out" "nothing written for an invalid model"

expect_exit 2 "a bad option value" -- "$BIN" simulate "$MODEL" --replications zero
expect_exit 2 "warm-up past the horizon" -- "$BIN" simulate "$MODEL" --warmup 500
expect_exit 0 "help" -- "$BIN" simulate --help
expect_in "$WORK/out" "--replications" "help lists options"

finish
