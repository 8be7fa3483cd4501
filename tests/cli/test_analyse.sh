# pathways analyse: exact figures for a hand-solved chain, what is left out,
# the table, and refusals.
source "$(dirname "$0")/common.sh"
MODEL="$SRC/tests/data/cases/chain_model.json"

expect_exit 0 "analyse --json" -- "$BIN" analyse "$MODEL" --json
python3 - "$WORK/out" <<'PY' || fail "analysis JSON does not match the hand-solved chain"
import json, sys
a = json.load(open(sys.argv[1]))
assert a["format"] == "pathways-analysis/1", a["format"]
assert a["model"]["name"] == "Hand-solved chain"
close = lambda x, y: abs(x - y) < 1e-9
o = a["outcomes"]
assert close(o["x"]["probability"], 6 / 13), o
assert close(o["y"]["probability"], 7 / 13), o
assert close(o["x"]["days_to_outcome"], 495 / 13), o
assert close(o["y"]["days_to_outcome"], 300 / 13), o
assert close(a["time_in_system_days"], 30), a["time_in_system_days"]
assert close(a["visits"]["a"], 20 / 13), a["visits"]
assert a["left_out"] == ["capacity of a (5 places)", "deadline support_ends (after 56 d)"], a["left_out"]
assert len(a["by_profile"]) == 1 and close(a["by_profile"][0]["weight"], 365), a["by_profile"]
PY

expect_exit 0 "analyse prints a table" -- "$BIN" analyse "$MODEL"
expect_in "$WORK/out" "0.4615" "table shows P(x) = 6/13"
expect_in "$WORK/out" "capacity of a (5 places)" "table lists what is left out"

printf '{ "format": "pathways-scenario/1", "name": "more to b", "patch": { "stages": { "a": { "next": [ { "to": "b", "p": 1 } ] } } } }\n' > "$WORK/all_b.json"
expect_exit 0 "analyse with a scenario" -- "$BIN" analyse "$MODEL" -s "$WORK/all_b.json" --json
python3 - "$WORK/out" <<'PY' || fail "the scenario was not applied"
import json, sys
a = json.load(open(sys.argv[1]))
assert abs(a["outcomes"]["x"]["probability"] - 1) < 1e-12, a["outcomes"]
assert a["outcomes"]["y"]["days_to_outcome"] is None, a["outcomes"]
PY

expect_exit 2 "an invalid model" -- "$BIN" analyse "$SRC/tests/data/cases/small_events.csv"
expect_exit 2 "an unknown option" -- "$BIN" analyse "$MODEL" --bogus
expect_exit 0 "--help" -- "$BIN" analyse --help
expect_in "$WORK/out" "--json" "help lists --json"
finish
