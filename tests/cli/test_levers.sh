# Levers (format 1.2): a scenario sets a lever by id and the figures it drives
# change (a routing share rebalanced in both household groups, a capacity
# scaled in the base model and in the regime that sets it); a value outside the
# lever's range, an unknown lever or a lever driving nothing exits 2 with the
# JSON pointer and writes nothing.
source "$(dirname "$0")/common.sh"
DATA="$SRC/tests/data/levers"
MODEL="$DATA/model.json"

expect_exit 0 "validate the model with a lever" -- "$BIN" validate "$MODEL"
expect_exit 0 "validate a scenario setting the lever" -- "$BIN" validate "$MODEL" -s "$DATA/double_deposit.json"

expect_exit 0 "compare twice the deposit scheme" -- "$BIN" compare "$MODEL" -s "$DATA/double_deposit.json" \
    -r 5 --json --quiet
python3 - "$WORK/out" <<'PY' || fail "twice the deposit scheme does not send more people through it"
import json, sys
c = json.load(open(sys.argv[1]))
d = c["scenarios"][0]["differences"]
for path in ["stages.deposit_scheme.entries", "flows.move_on.deposit_scheme.count"]:
    assert d[path]["mean"] > 0 and d[path]["ci95"][0] > 0, (path, d[path])
PY

expect_exit 0 "simulate with the lever set" -- "$BIN" simulate "$MODEL" -s "$DATA/double_deposit.json" -r 3 --quiet
expect_exit 0 "simulate without it" -- "$BIN" simulate "$MODEL" -r 3 --json
cp "$WORK/out" "$WORK/base.json"
echo '{"format": "pathways-scenario/1", "name": "Default", "levers": {"deposit_scheme": 60}}' > "$WORK/default.json"
expect_exit 0 "simulate with the lever at its default" -- "$BIN" simulate "$MODEL" -s "$WORK/default.json" -r 3 --json
python3 - "$WORK/base.json" "$WORK/out" <<'PY' || fail "the lever at its default changed the model or its results"
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
# Only what names the scenario and how long the run took may differ.
differ = sorted(k for k in a if a[k] != b.get(k))
assert differ == ["manifest", "scenarios", "wall_seconds"], differ
PY

expect_exit 2 "a value outside the range" -- "$BIN" simulate "$MODEL" -s "$DATA/too_many_deposits.json" \
    --out "$WORK/refused"
expect_in "$WORK/err" "/levers/deposit_scheme: must lie within the lever's range [30, 180] households a year, got 600" \
    "the refusal names the lever's pointer and range"
expect_absent "$WORK/refused" "nothing written for a value outside the range"
expect_exit 2 "compare refuses it too" -- "$BIN" compare "$MODEL" -s "$DATA/too_many_deposits.json" -r 3

echo '{"format": "pathways-scenario/1", "name": "Typo", "levers": {"deposit_schem": 90}}' > "$WORK/typo.json"
expect_exit 2 "an unknown lever" -- "$BIN" validate "$MODEL" -s "$WORK/typo.json"
expect_in "$WORK/err" "/levers/deposit_schem: the model has no lever 'deposit_schem'; did you mean 'deposit_scheme'?" \
    "an unknown lever gets a did-you-mean"

sed 's|/stages/deposit_scheme/capacity|/stages/deposit_scheme/capacty|' "$MODEL" > "$WORK/bad_path.json"
expect_exit 2 "a lever driving nothing" -- "$BIN" validate "$WORK/bad_path.json"
expect_in "$WORK/err" "/levers/deposit_scheme/drives/1/path" "the refusal names the drive's pointer"

sed 's|"default": 60|"default": 20|' "$MODEL" > "$WORK/bad_default.json"
expect_exit 2 "a default outside the range" -- "$BIN" validate "$WORK/bad_default.json"
expect_in "$WORK/err" "/levers/deposit_scheme/default: must lie within the range [30, 180], got 20" \
    "the refusal names the default's pointer"

sed 's|"format": "pathways/1.2"|"format": "pathways/1.1"|' "$MODEL" > "$WORK/old.json"
expect_exit 2 "levers in a 1.1 file" -- "$BIN" validate "$WORK/old.json"
expect_in "$WORK/err" "1.2" "the refusal names format 1.2"
# A what-if may not redefine what it is judged by: measures, rules, levers.
for key in measures rules levers; do
    printf '{"format": "pathways-scenario/1", "name": "self-graded", "patch": {"%s": {}}}' "$key" > "$WORK/graded.json"
    expect_exit 2 "a scenario patching $key" -- "$BIN" validate "$MODEL" -s "$WORK/graded.json"
    expect_in "$WORK/err" "/patch/$key: a scenario may not change the model's $key" "a scenario patching $key"
done
# A share named by position in a list a regime writes anew would move another
# edge there (or none); a lever that sets a figure must default to the model's value.
expect_exit 2 "a share by position under a regime that rewrites the list" -- \
    "$BIN" validate "$SRC/tests/data/levers/invalid_position_under_regime.json"
expect_in "$WORK/err" "names a share by its position, but regime 'shift' writes this \`next\` list anew" \
    "a share by position under a regime"
expect_exit 2 "a lever whose default is not the model's value" -- \
    "$BIN" validate "$SRC/tests/data/levers/invalid_default_not_model_value.json"
expect_in "$WORK/err" "the model's value at /stages/ta/capacity is 30, but the lever's default is 5" \
    "a default that is not the model's value"
# A position too large for a number is a bad path, not an internal error.
sed 's|"/stages/move_on/next/deposit_scheme/p"|"/stages/move_on/next/99999999999999999999/p"|' "$MODEL" > "$WORK/huge.json"
expect_exit 2 "a share position of twenty digits" -- "$BIN" validate "$WORK/huge.json"
grep -q "internal error" "$WORK/err" && fail "a share position of twenty digits: internal error"

# Across plausible worlds a what-if's levers apply on each world's own figures:
# the scheme's places, drawn between 5 and 20, are doubled in every world.
python3 - "$MODEL" "$WORK/uncertain.json" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))
m["format"] = "pathways/1.2"
m["uncertainty"] = {"places": {"label": "Deposit scheme places", "paths": ["/stages/deposit_scheme/capacity"],
                               "low": 5, "high": 20, "source": "invented for the test"}}
json.dump(m, open(sys.argv[2], "w"))
PY
cp "$DATA/double_deposit.json" "$WORK/double_deposit.json"
expect_exit 0 "a lever what-if across drawn worlds" -- "$BIN" sensitivity "$WORK/uncertain.json" --method uncertainty \
    --draws 4 -r 2 --compare-with "$WORK/double_deposit.json" --quiet --out "$WORK/sens"
python3 - "$WORK/sens/sensitivity.json" <<'PY' || fail "the lever's what-if does not apply in each world"
import json, sys
s = json.load(open(sys.argv[1]))
m = {x["path"]: x for x in s["metrics"]}
private = m["effect.Twice the deposit scheme.outcomes.private_tenancy.share"]
assert private["mean"] > 0.1, private
# Time waiting for a place turns on each world's places, which the lever doubles.
time = m["effect.Twice the deposit scheme.time_in_system_days.mean"]
assert time["p95"] - time["p5"] > 1, time
PY
finish
