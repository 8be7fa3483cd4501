# pathways calibrate: a model from case records that validates, refusals that
# name rows but never cases, and the round trip model -> journeys -> model.
source "$(dirname "$0")/common.sh"
CASES="$SRC/tests/data/cases"

expect_exit 0 "calibrate to stdout" -- "$BIN" calibrate "$CASES/small_events.csv" --attributes household
cp "$WORK/out" "$WORK/small.json"
expect_in "$WORK/small.json" '"format": "pathways/1"' "calibrated model"
expect_in "$WORK/small.json" 'calibrated from 3 cases in small_events.csv' "sources"
expect_in "$WORK/err" "warning: stage decision: only 3 recorded moves" "small-count warning"
expect_exit 0 "the calibrated model validates" -- "$BIN" validate "$WORK/small.json"
for output in out err; do
    grep -q "R-00" "$WORK/$output" && fail "a case id appears in calibrate's $output"
done
grep -q "R-00" "$WORK/small.json" && fail "a case id appears in the model"

expect_exit 0 "calibrate --out" -- "$BIN" calibrate "$CASES/small_events.csv" --attributes household \
    --out "$WORK/written.json"
cmp -s "$WORK/written.json" "$WORK/small.json" || fail "--out wrote something other than stdout's model"

# Refusals: exit 2, the row and column named, no case id, nothing written.
refused() {  # refused FILE TEXT DESCRIPTION
    expect_exit 2 "$3" -- "$BIN" calibrate "$CASES/$1" --out "$WORK/refused.json"
    expect_in "$WORK/err" "$2" "$3"
    grep -q "R-00" "$WORK/err" && fail "$3: a case id appears in the error"
    expect_absent "$WORK/refused.json" "$3"
}
refused backwards.csv "row 5, column date: date goes backwards for this case (earlier than its row 4)" "dates going backwards"
grep -q "2024-0[23]" "$WORK/err" && fail "dates going backwards: a case's dates appear in the error"
refused small_events.csv "row 1, column household: not a declared attribute" "an undeclared column"
refused missing_column.csv "row 1: missing column(s) date" "a missing column"
refused bad_date.csv "row 3, column date: the value is not a date" "a bad date"
printf '' > "$WORK/empty.csv"
expect_exit 2 "an empty file" -- "$BIN" calibrate "$WORK/empty.csv"
expect_in "$WORK/err" "row 1: the file is empty" "an empty file"
expect_exit 2 "a missing file" -- "$BIN" calibrate "$WORK/none.csv"
expect_exit 0 "--help" -- "$BIN" calibrate --help

# A trace as case records: person, stage and entered day as case_id, stage
# and date, with every attribute column (those after "how") kept and
# declared, comma-separated, in EVENTS.csv.attributes.
cases_from_trace() {  # cases_from_trace TRACE.csv EVENTS.csv
    python3 - "$1" "$2" <<'PY' || fail "the trace $1 cannot be turned into case records"
import csv, sys
rows = csv.reader(open(sys.argv[1], newline=""))
header = next(rows)
attributes = header[header.index("how") + 1:]
with open(sys.argv[2], "w", newline="") as out:
    w = csv.writer(out)
    w.writerow(["case_id", "stage", "date"] + attributes)
    for r in rows:
        row = dict(zip(header, r))
        w.writerow([row["person"], row["stage"], row["entered"]] + [row[a] for a in attributes])
open(sys.argv[2] + ".attributes", "w").write(",".join(attributes))
PY
}

# Round trip: trace the model's journeys, keep person,stage,entered (plus the
# attribute) as case records, calibrate, and compare exact outcome shares.
MODEL="$CASES/roundtrip_model.json"
expect_exit 0 "simulate --trace" -- "$BIN" simulate "$MODEL" --replications 1 --trace "$WORK/trace.csv" --quiet
if [[ -s "$WORK/trace.csv" ]]; then
    cases_from_trace "$WORK/trace.csv" "$WORK/events.csv"
    expect_exit 0 "calibrate the traced journeys" -- "$BIN" calibrate "$WORK/events.csv" \
        --attributes "$(cat "$WORK/events.csv.attributes")" --out "$WORK/calibrated.json"
    expect_exit 0 "analyse the original" -- "$BIN" analyse "$MODEL" --json
    cp "$WORK/out" "$WORK/original_analysis.json"
    expect_exit 0 "analyse the calibrated model" -- "$BIN" analyse "$WORK/calibrated.json" --json
    python3 - "$WORK/original_analysis.json" "$WORK/out" "$WORK/events.csv" <<'PY' || fail "the round trip changed the outcome shares"
import csv, json, math, sys
original, calibrated = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
n = len({r["case_id"] for r in csv.DictReader(open(sys.argv[3], newline=""))})
# The calibrated shares are estimates from n journeys: allow four standard errors.
for outcome, o in original["outcomes"].items():
    p, q = o["probability"], calibrated["outcomes"][outcome]["probability"]
    tolerance = 4 * math.sqrt(p * (1 - p) / n) + 1e-9
    assert abs(p - q) <= tolerance, f"{outcome}: original {p:.4f}, calibrated {q:.4f}, tolerance {tolerance:.4f} (n = {n})"
PY
else
    fail "simulate --trace wrote no trace"
fi
# Round trip on the reference model: trace its capacity-free variant (10
# replications, about 10,000 journeys), calibrate a model from the traced
# visits, simulate both, and compare outcome shares and time in the pathway
# within the two runs' 95% intervals.
VARIANT="$CASES/hackney_capacity_free.json"
REFERENCE="$SRC/models/hackney.json"
expect_exit 0 "trace the reference model" -- "$BIN" simulate "$REFERENCE" -s "$VARIANT" --trace "$WORK/ref_trace.csv" --json --quiet
cp "$WORK/out" "$WORK/ref_summary.json"
cases_from_trace "$WORK/ref_trace.csv" "$WORK/ref_events.csv"
expect_exit 0 "calibrate the reference journeys" -- "$BIN" calibrate "$WORK/ref_events.csv" \
    --attributes "$(cat "$WORK/ref_events.csv.attributes")" --out "$WORK/ref_calibrated.json"
expect_exit 0 "simulate the calibrated reference model" -- "$BIN" simulate "$WORK/ref_calibrated.json" --json --quiet
python3 - "$WORK/ref_summary.json" "$WORK/out" <<'PY' || fail "the reference round trip moved outcome shares or time in the pathway"
import json, sys
original, calibrated = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
def half(stat): return (stat["ci95"][1] - stat["ci95"][0]) / 2
def agree(what, a, b):
    gap, allowed = abs(a["mean"] - b["mean"]), half(a) + half(b)
    assert gap <= allowed, f"{what}: original {a['mean']:.4f}, calibrated {b['mean']:.4f}, allowed {allowed:.4f}"
for outcome, o in original["outcomes"].items():
    agree(outcome, o["share"], calibrated["outcomes"][outcome]["share"])
agree("time in the pathway", original["time_in_system_days"]["mean"], calibrated["time_in_system_days"]["mean"])
PY
finish
