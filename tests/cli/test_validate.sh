#!/usr/bin/env bash
# pathways validate: "ok" and exit 0 for a valid model; every problem, with
# its JSON pointer, on stderr and exit 2 for bad input.
source "$(dirname "$0")/common.sh"

model="$SRC/models/example.json"
[[ -f "$model" ]] || model="$SRC/tests/data/valid/example.json"
invalid="$SRC/tests/data/invalid"

expect_exit 0 "valid model" -- "$BIN" validate "$model"
expect_in "$WORK/out" "ok" "valid model"
[[ ! -s "$WORK/err" ]] || fail "valid model: unexpected stderr: $(head -c 400 "$WORK/err")"

expect_exit 0 "spec example fixture" -- "$BIN" validate "$SRC/tests/data/valid/example.json"
expect_in "$WORK/out" "ok" "spec example fixture"

for scenario in "$SRC"/scenarios/*.json; do
    [[ -f "$SRC/models/hackney.json" ]] || break
    expect_exit 0 "hackney with $(basename "$scenario")" -- "$BIN" validate "$SRC/models/hackney.json" -s "$scenario"
done

# Each invalid file: exit 2, and the problem's pointer and value on stderr.
check_invalid() {  # check_invalid FILE TEXT...
    local file="$1"
    shift
    expect_exit 2 "$file" -- "$BIN" validate "$invalid/$file"
    for text in "$@"; do expect_in "$WORK/err" "$text" "$file"; done
    [[ ! -s "$WORK/out" ]] || fail "$file: stdout should be empty: $(head -c 200 "$WORK/out")"
    [[ "$(tail -n 1 "$WORK/err")" == "$model_help" ]] || fail "$file: the last line is not '$model_help'"
}
model_help="See docs/model-format.md for the model format."
scenario_help="See docs/scenario-format.md for the scenario format."
check_invalid capacity_fraction.json "/stages/ta/capacity: must be an integer >= 1, got 1.5"
check_invalid unknown_key.json "/stages/ta/capacty: unknown key 'capacty'; did you mean 'capacity'?"
check_invalid shares.json "/stages/move_on/next: for household=family the shares sum to 0.8, not 1"
# Every problem of a stage in one run: a share that does not add up is found
# beside a condition that cannot be read (an edge nobody can take, as written).
check_invalid shares_and_undeclared_value.json "/stages/move_on/next/2/when/household" \
    "/stages/move_on/next: for household=single the shares sum to 0.9, not 1"
check_invalid shares_and_unknown_attribute_1_1.json "/stages/casework/next/1/when/housing" \
    "/stages/casework/next: the shares sum to 0.6, not 1"
check_invalid loop.json "/stages/limbo_a: no outcome can be reached" "/stages/limbo_b: no outcome can be reached"
check_invalid malformed.json "malformed.json: invalid JSON at line 4, column 37"
check_invalid many_errors.json "/stages/casework/patience/mean: must be > 0, got -2" \
    "/stages/ta/capacity: must be an integer >= 1, got 0" "/simulation/warmup_days: must be < horizon_days"

# Scenarios: a bad one is named; a patch that breaks the model names the scenario.
expect_exit 2 "scenario with a bad format" -- "$BIN" validate "$model" -s "$invalid/scenario_bad_format.json"
expect_in "$WORK/err" "scenario_bad_format.json: /format: must be \"pathways-scenario/1\"" "scenario with a bad format"
[[ "$(tail -n 1 "$WORK/err")" == "$scenario_help" ]] || fail "a bad scenario: the last line is not '$scenario_help'"
grep -qF "$model_help" "$WORK/err" && fail "a bad scenario in a good model points at the model format"
expect_exit 2 "scenario that breaks the model" -- "$BIN" validate "$model" -s "$invalid/scenario_breaks_model.json"
expect_in "$WORK/err" "/stages/casework/capacity: must be an integer >= 1, got 0 (set by scenario" \
    "scenario that breaks the model"
expect_in "$WORK/err" "$model_help" "scenario that breaks the model"
expect_exit 2 "a scenario given as the model" -- "$BIN" validate "$invalid/scenario_breaks_model.json"
expect_in "$WORK/err" "this is a scenario" "a scenario given as the model"

# A stage nothing reaches is a warning: still ok.
sed 's/"homeless":        { "outcome": "drop_off" }/"homeless": { "outcome": "drop_off" }, "orphan": { "outcome": "neutral" }/' \
    "$SRC/tests/data/valid/example.json" > "$WORK/orphan.json"
expect_exit 0 "unreached stage" -- "$BIN" validate "$WORK/orphan.json"
expect_in "$WORK/out" "ok" "unreached stage"
expect_in "$WORK/err" "warning: $WORK/orphan.json: /stages/orphan: no arrival reaches this stage" "unreached stage"

# A scenario setting a figure that a regime sets again changes it only until that regime's
# date: a warning names the regime and its date; set in the regime too, it says nothing.
echo '{"format": "pathways-scenario/1", "name": "56 days", "patch": {"deadlines": {"move_on_ends": {"after": 56}}}}' \
    > "$WORK/notice_56.json"
expect_exit 0 "a figure a regime sets again" -- "$BIN" validate "$SRC/models/hackney.json" -s "$WORK/notice_56.json"
expect_in "$WORK/err" "warning: $WORK/notice_56.json: /patch/deadlines/move_on_ends/after: sets /deadlines/move_on_ends/after" \
    "a figure a regime sets again"
expect_in "$WORK/err" "'move_on_42_days_2026' (" "the warning names the regime"
expect_in "$WORK/err" "from 2026-03-09" "the warning gives the regime's date"
expect_exit 0 "a bundled scenario that sets the regimes too" -- \
    "$BIN" validate "$SRC/models/hackney.json" -s "$SRC/scenarios/move_on_56_days.json"
grep -q "sets again" "$WORK/err" && fail "a scenario that sets the regimes too is warned about"

# Usage and unreadable input.
expect_exit 0 "--help" -- "$BIN" validate --help
expect_in "$WORK/out" "Usage: pathways validate MODEL [-s SCENARIO]..." "--help"
expect_exit 2 "unknown option" -- "$BIN" validate "$model" --no-such-option
expect_in "$WORK/err" "no-such-option" "unknown option"
expect_exit 2 "no model" -- "$BIN" validate
expect_exit 2 "missing model file" -- "$BIN" validate "$WORK/missing.json"
expect_in "$WORK/err" "$WORK/missing.json: cannot read the file" "missing model file"
grep -qF "docs/" "$WORK/err" && fail "a file that cannot be read points at the format"
expect_exit 2 "missing scenario file" -- "$BIN" validate "$model" -s "$WORK/missing_scenario.json"
expect_in "$WORK/err" "$WORK/missing_scenario.json: cannot read the file" "missing scenario file"
: > "$WORK/empty.json"
expect_exit 2 "empty model file" -- "$BIN" validate "$WORK/empty.json"
expect_in "$WORK/err" "the file is empty" "empty model file"

finish
