# A format 1.1 model runs through every command; its results carry by_period,
# by_arrival and target roles, and a pathways/1 model's results carry none of them.
source "$(dirname "$0")/common.sh"
MODEL="$SRC/tests/data/valid/format_1_1.json"

expect_exit 0 "validate a model using every 1.1 key" -- "$BIN" validate "$MODEL"
expect_exit 0 "simulate it" -- "$BIN" simulate "$MODEL" --replications 3 --out "$WORK/run" --quiet
expect_in "$WORK/out" "Calibration targets" "the terminal table shows calibration targets apart"
expect_in "$WORK/out" "Validation targets" "and validation targets"
/usr/bin/python3 - "$WORK/run/summary.json" <<'PY' || fail "1.1 result keys"
import json, sys
s = json.load(open(sys.argv[1]))
periods = list(s["by_period"])
# 2026-04-01 plus 1461 days: April 2026 to March 2030, sixteen quarters.
assert periods[0] == "2026-Q2" and periods[-1] == "2030-Q1" and len(periods) == 16, periods
assert set(s["by_period"]["2026-Q2"]["outcomes"]) == set(s["outcomes"]) - {"unfinished"}, "every outcome in every period"
assert "entries" in s["by_period"]["2027-Q3"]["stages"]["relief"]
assert list(s["by_arrival"]) == ["grants"], "background load has no by_arrival entry"
assert s["targets"]["prevention_share"]["role"] == "calibration"
assert s["targets"]["unhoused"]["role"] == "validation" and "status_note" in s["targets"]["unhoused"]
PY
expect_in "$WORK/run/periods.csv" "2027-Q3,456,548,stage,relief,entries," "periods.csv has a row per period, item and figure"
expect_exit 0 "analyse it" -- "$BIN" analyse "$MODEL"
expect_in "$WORK/out" "regime rns_funding_ends" "analyse lists the later regime as left out"
expect_exit 0 "render it" -- "$BIN" render "$MODEL" --results "$WORK/run" --format dot -o "$WORK/model.dot"
expect_in "$WORK/model.dot" "dashed" "the held place is drawn as such"
cat > "$WORK/no_funding.json" <<'JSON'
{ "format": "pathways-scenario/1", "name": "Casework funding never ends",
  "cost": { "per_year": 250000 }, "patch": { "regimes": { "rns_funding_ends": null } } }
JSON
expect_exit 0 "compare with a scenario removing a regime" -- \
    "$BIN" compare "$MODEL" -s "$WORK/no_funding.json" --replications 3 --out "$WORK/cmp" --quiet
expect_exit 0 "a gap report" -- "$BIN" gaps "$MODEL" --compare-with "$WORK/no_funding.json" \
    --replications 3 --out "$WORK/gaps" --quiet
expect_in "$WORK/gaps/report.html" "Calibration targets" "the report shows calibration targets apart"

expect_exit 0 "simulate a pathways/1 model" -- "$BIN" simulate "$SRC/models/example.json" --out "$WORK/v1" --quiet
for key in by_period by_arrival '"role"'; do
    grep -qF -- "$key" "$WORK/v1/summary.json" && fail "a pathways/1 result carries $key"
done
sed 's#"pathways/1.1"#"pathways/1"#' "$MODEL" > "$WORK/old.json"
expect_exit 2 "a pathways/1 file using 1.1 keys" -- "$BIN" validate "$WORK/old.json"
expect_in "$WORK/err" "needs format pathways/1.1" "the refusal names 1.1"
finish
