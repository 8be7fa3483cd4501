# pathways calibrate MODEL.json: history matching on a model whose true
# parameters are known, the same bytes whatever the threads, a finding when
# the figures cannot be met together, and bad input refused with nothing written.
source "$(dirname "$0")/common.sh"
DATA="$SRC/tests/data/calibration"
MODEL="$DATA/known_truth.json"
# Under the sanitizers (PATHWAYS_TEST_SMALL) each world runs 2 replications
# instead of 5: the same code paths, the truth still recovered.
reps=5
[[ -n "${PATHWAYS_TEST_SMALL:-}" ]] && reps=2
run=(calibrate "$MODEL" --draws 400 -r "$reps")

expect_exit 0 "calibrating on one thread" -- "$BIN" "${run[@]}" -j 1 --with-targets "$DATA/earlier_period.json" \
    --out "$WORK/one"
expect_in "$WORK/out" "share who ask the council: prior 0.3 to 0.9, now" "the table gives each narrowing in words"
expect_in "$WORK/out" "plausible worlds kept" "the table counts the plausible worlds"
expect_in "$WORK/out" "earlier_period: Days with the council, that year" "a scenario's own figure is named with it"
python3 - "$WORK/one" <<'PY' || fail "the calibration does not recover the truth"
import csv, json, sys
d = sys.argv[1]
c = json.load(open(f"{d}/calibration.json"))
assert c["format"] == "pathways-calibration/1"
p = c["parameters"]
truth = {"first_step_mean": 10, "council_share": 0.6}
for name, value in truth.items():
    low, high = p[name]["region"]
    assert low <= value <= high, (name, p[name])
    prior = p[name]["prior"]
    assert high - low < (prior[1] - prior[0]) / 2, (name, "not narrowed to under half", p[name])
    assert p[name]["narrowed"], name
free = p["own_way_days"]
assert free["region"][1] - free["region"][0] > 0.9 * (free["prior"][1] - free["prior"][0]), free
assert not free["narrowed"]
t = c["targets"]
assert t["council_share"]["role"] == "calibration" and t["housed_share"]["role"] == "validation"
assert t["earlier_period:council_days"]["scenario"] == "earlier_period"
assert t["earlier_period:council_days"]["met_share"] > 0.9, t["earlier_period:council_days"]
assert c["waves"][0]["tried"] == 400 and len(c["waves"]) == 3, c["waves"]
# Waves with nothing narrowed between them sampled one region: their kept worlds are pooled.
pooled = 1
while pooled < 3 and not c["waves"][-1 - pooled]["narrowed"]:
    pooled += 1
assert c["worlds_kept"] == sum(w["kept"] for w in c["waves"][-pooled:]) > 20, c
rows = list(csv.reader(open(f"{d}/worlds.csv")))
assert rows[0][:5] == ["world", "uncertainty_sha256", "first_step_mean", "council_share", "own_way_days"], rows[0]
assert rows[0][5:] == ["simulated:" + n for n in ["council_share", "first_step_days", "housed_share", "earlier_period:council_days"]], rows[0]
assert len(rows) == 1 + c["worlds_kept"]
assert all(r[1] == c["model"]["uncertainty_sha256"] for r in rows[1:])
for r in rows[1:]:
    assert 0.6 - 3.1 * 0.03 < float(r[5]) < 0.6 + 3.1 * 0.03, r  # every kept world within the cutoff
PY
expect_exit 0 "calibrating on two threads" -- "$BIN" "${run[@]}" -j 2 --with-targets "$DATA/earlier_period.json" \
    --out "$WORK/two"
for f in calibration.json worlds.csv; do
    cmp -s "$WORK/one/$f" "$WORK/two/$f" || fail "one and two threads give different $f"
done

# A figure of the model's own dated in a period a backtest never reaches: the
# backtest is judged on its own figures only.
python3 - "$MODEL" "$WORK/dated.json" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))
m["simulation"]["start_date"] = "2025-01-01"
m["simulation"]["periods"] = "quarter"
m["targets"]["late_entries"] = {"label": "Entries late in the year", "metric": "by_period.2025-Q4.stages.first_step.entries",
                                "low": 300, "high": 450, "role": "validation", "source": "invented"}
json.dump(m, open(sys.argv[2], "w"))
PY
python3 - "$DATA/earlier_period.json" "$WORK/short_backtest.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
s["patch"]["simulation"] = {"horizon_days": 180}
json.dump(s, open(sys.argv[2], "w"))
PY
expect_exit 0 "a backtest that never reaches a dated figure of the model's" -- \
    "$BIN" calibrate "$WORK/dated.json" --with-targets "$WORK/short_backtest.json" --draws 40 -r 2 --waves 1 --quiet
expect_in "$WORK/out" "short_backtest: Days with the council" "the backtest's own figure is matched"

# Figures that cannot be met together: a finding, not a failure.
python3 - "$MODEL" "$WORK/impossible.json" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))
m["targets"]["housed_share"]["role"] = "calibration"
m["targets"]["housed_share"]["low"], m["targets"]["housed_share"]["high"] = 0.1, 0.12
json.dump(m, open(sys.argv[2], "w"))
PY
expect_exit 0 "figures that cannot be met" -- "$BIN" calibrate "$WORK/impossible.json" --draws 50 -r 2 --out "$WORK/none"
expect_in "$WORK/out" "No world is plausible" "says no world is plausible"
expect_in "$WORK/out" "no world tried meets Share housed" "names the figure no world meets"
python3 -c "
import json,sys; c=json.load(open(sys.argv[1])); assert c['worlds_kept']==0 and c['cannot_meet']['targets']==['housed_share'], c
" "$WORK/none/calibration.json" || fail "calibration.json does not say which figure cannot be met"
[[ $(wc -l < "$WORK/none/worlds.csv") == 1 ]] || fail "worlds.csv should hold only its header"

# Bad input: exit 2, a clear line, nothing written.
bad() {  # bad DESCRIPTION EXPECTED_TEXT ARGS...
    local what="$1" text="$2"
    shift 2
    rm -rf "$WORK/bad"
    expect_exit 2 "$what" -- "$BIN" calibrate "$@" --draws 20 -r 2 --out "$WORK/bad"
    expect_in "$WORK/err" "$text" "$what"
    expect_absent "$WORK/bad" "$what: nothing written"
}
variant() {  # variant NAME PYTHON: a copy of the model changed by PYTHON (m is the model)
    python3 -c "import json,sys; m=json.load(open(sys.argv[1])); $2; json.dump(m, open(sys.argv[2], 'w'))" \
        "$MODEL" "$WORK/$1.json"
}
variant no_calibration "m['targets']['council_share']['role']='validation'; m['targets']['first_step_days']['role']='validation'"
bad "no calibration targets" 'no target has role "calibration"' "$WORK/no_calibration.json"
variant empty_prior "m['uncertainty']['own_way_days']['high']=2"
bad "an empty prior range" "/uncertainty/own_way_days" "$WORK/empty_prior.json"
variant unknown_metric "m['targets']['council_share']['numerator']=['stages.nowhere.entries']"
bad "a target the model cannot produce" "/targets/council_share/numerator/0" "$WORK/unknown_metric.json"
variant no_uncertainty "del m['uncertainty']"
bad "no uncertain parameters" "no uncertain parameters" "$WORK/no_uncertainty.json"
bad "no waves" "--waves" "$MODEL" --waves 0
bad "a validation target named for fitting" "validation target is never fitted" "$MODEL" --fit housed_share
bad "an unknown target named for fitting" "no such target" "$MODEL" --fit nothing
expect_exit 2 "replications auto" -- "$BIN" calibrate "$MODEL" -r auto --out "$WORK/bad"
expect_in "$WORK/err" "whole number" "replications auto"
expect_absent "$WORK/bad" "replications auto: nothing written"
echo '{"format": "pathways-scenario/1", "name": "x", "patch": {"stages": {"nowhere": {"next": []}}}}' \
    > "$WORK/broken_scenario.json"
bad "a broken backtest scenario" "broken_scenario.json" "$MODEL" --with-targets "$WORK/broken_scenario.json"
finish
