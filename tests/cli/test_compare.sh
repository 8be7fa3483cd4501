# pathways compare: paired differences on common random numbers.
source "$(dirname "$0")/common.sh"
MODEL="$SRC/tests/data/sim/small.json"

expect_exit 0 "compare a no-op and a real change" -- "$BIN" compare "$MODEL" -s "$SRC/tests/data/sim/no_change.json" \
    -s "$SRC/tests/data/sim/more_casework.json" --json --quiet --out "$WORK/cmp"
python3 - "$WORK/out" <<'PY' || fail "comparison JSON is wrong"
import json, sys
c = json.load(open(sys.argv[1]))
assert c["format"] == "pathways-comparison/1"
noop, more = c["scenarios"]
assert noop["name"] == "No change"
for path, d in noop["differences"].items():
    assert d["mean"] == 0 and d["sd"] == 0 and d["ci95"] == [0, 0], path
d = more["differences"]["stages.casework.reneged"]
assert d["mean"] < 0 and d["ci95"][1] < 0, d
PY
[[ -s "$WORK/cmp/comparison.json" && -s "$WORK/cmp/differences.csv" ]] || fail "--out files missing"

expect_exit 0 "compare prints a table" -- "$BIN" compare "$MODEL" -s "$SRC/tests/data/sim/more_casework.json" --quiet
expect_in "$WORK/out" "More caseworkers" "table names the scenario"
expect_in "$WORK/out" "*" "table marks clear changes"

expect_exit 2 "compare needs a scenario" -- "$BIN" compare "$MODEL"
finish
