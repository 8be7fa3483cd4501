# pathways appraise on a model whose answer is known in closed form: three
# groups in fixed batches (10, 4 and 5 households) all lose their home as
# written, and each action settles one group (a £10,000, b £30,000, c £4,000
# a year), so a package keeps the sum of its groups. Within £15,000 and
# £35,000 a year the best is a and c (15 kept); the frontier is doing nothing,
# c, then a and c; a alone is extendedly dominated, b and b with c dominated.
# Across plausible worlds, group b may grow, which turns the choice at
# £35,000; the days before the street turn nothing.
source "$(dirname "$0")/common.sh"
DATA="$SRC/tests/data/appraisal"
A="$DATA/actions"
actions=(--action "$A/settle_a.json" --action "$A/settle_b.json" --action "$A/settle_c.json" --action "$A/ask_c.json")

expect_exit 0 "appraise the model as written" -- "$BIN" appraise "$DATA/model.json" "${actions[@]}" \
    --budget 15000 --budget 35000 -j 2 --out "$WORK/written"
expect_in "$WORK/out" "Within £15,000 a year: Settle group a and Settle group c (£14,000 a year)" "the best within the smaller budget"
expect_in "$WORK/out" "keeps 15 households a year" "what it buys"
expect_in "$WORK/out" "Settle group c, decided by the Home Office (Home Office): keeps 5 households a year" "the ask, apart"
python3 - "$WORK/written/appraisal.json" <<'PY' || fail "the appraisal as written is wrong"
import json, sys
a = json.load(open(sys.argv[1]))
per_year = 365.25 / 365.25
assert a["format"] == "pathways-appraisal/1"
assert a["measure"]["id"] == "lost_home", a["measure"]
assert [b["best"] for b in a["budgets"]] == [["settle_a", "settle_c"], ["settle_a", "settle_c"]], a["budgets"]
opts = {"+".join(o["actions"]): o for o in a["options"]}
# a+b and a+b+c cost more than every budget: not run.
assert set(opts) == {"", "settle_a", "settle_b", "settle_c", "settle_a+settle_c", "settle_b+settle_c"}, sorted(opts)
kept = {"": 0, "settle_a": 10, "settle_b": 4, "settle_c": 5, "settle_a+settle_c": 15, "settle_b+settle_c": 9}
for k, v in kept.items():
    e = opts[k]["effect"]
    assert abs(e["mean"] - v) < 1e-9 and abs(e["low"] - v) < 1e-9 and abs(e["high"] - v) < 1e-9, (k, e)
frontier = {k for k, o in opts.items() if o["frontier"]}
assert frontier == {"", "settle_c", "settle_a+settle_c"}, frontier
assert opts["settle_a"]["dominance"] == "extendedly_dominated"
assert opts["settle_b"]["dominance"] == "dominated" and opts["settle_b+settle_c"]["dominance"] == "dominated"
assert abs(opts["settle_c"]["incremental_cost_per_household"] - 800) < 1e-6
assert abs(opts["settle_a+settle_c"]["incremental_cost_per_household"] - 1000) < 1e-6
assert abs(opts["settle_a+settle_c"]["cost_per_household"]["mean"] - 14000 / 15) < 1e-6
assert a["budgets"][0]["probability_best"] == 1
# Every measure with its paired change; settled rises as lost falls.
settled = [m for m in opts["settle_a+settle_c"]["measures"] if m["id"] == "settled"][0]
assert abs(settled["change"]["mean"] - 15) < 1e-9, settled
asks = {x["id"]: x for x in a["asks"]}
assert set(asks) == {"ask_c"} and asks["ask_c"]["decided_by"] == "Home Office"
assert abs(asks["ask_c"]["effect"]["mean"] - 5) < 1e-9
assert a["selection"]["procedure"].startswith("OCBA"), a["selection"]
# Ranking and selection: the runner-up gets more replications than an option out of the running.
assert opts["settle_a+settle_c"]["samples"] > opts["settle_b"]["samples"], (opts["settle_a+settle_c"]["samples"], opts["settle_b"]["samples"])
PY
expect_in "$WORK/written/options.csv" "option,actions,cost_per_year,effect_mean" "options.csv header"
expect_in "$WORK/written/options.csv" "settle_a+settle_c,Settle group a and Settle group c,14000,15" "a package's row"

# Across plausible worlds: b grows in most of them and b with c overtakes a with c.
expect_exit 0 "appraise across drawn worlds" -- "$BIN" appraise "$DATA/model.json" "${actions[@]}" \
    --budget 15000 --budget 35000 --draws 64 -j 2 --out "$WORK/drawn"
python3 - "$WORK/drawn/appraisal.json" <<'PY' || fail "the appraisal across worlds is wrong"
import json, sys
a = json.load(open(sys.argv[1]))
assert a["samples"]["kind"] == "draws" and a["samples"]["count"] == 64, a["samples"]
assert a["selection"] is None
small, large = a["budgets"]
assert small["best"] == ["settle_a", "settle_c"] and small["probability_best"] == 1, small
assert large["best"] == ["settle_b", "settle_c"], large
assert 0.5 < large["probability_best"] < 1, large
evidence = {e["parameter"]: e for e in large["evidence"]}
assert evidence["b_extra_rate"]["evppi"] > 0.3, evidence
assert evidence["wait_days"]["evppi"] < 0.1 * evidence["b_extra_rate"]["evppi"], evidence
assert large["evidence"][0]["parameter"] == "b_extra_rate"
assert 0 < evidence["b_extra_rate"]["choice_changes"] < 1
assert small["evidence"][0]["evppi"] < 1e-9, small["evidence"]
PY

# The same bytes whatever the threads.
expect_exit 0 "again on one thread" -- "$BIN" appraise "$DATA/model.json" "${actions[@]}" \
    --budget 15000 --budget 35000 --draws 64 -j 1 --out "$WORK/drawn1"
cmp -s "$WORK/drawn/appraisal.json" "$WORK/drawn1/appraisal.json" || fail "appraisal.json differs with the threads"
cmp -s "$WORK/drawn/options.csv" "$WORK/drawn1/options.csv" || fail "options.csv differs with the threads"

# Two actions writing one figure are never combined, and the clash is listed.
expect_exit 0 "clashing actions" -- "$BIN" appraise "$DATA/model.json" --action "$A/settle_a.json" \
    --action "$A/also_a.json" --action "$A/settle_c.json" --budget 20000 --json
python3 - "$WORK/out" <<'PY' || fail "the clash is not handled"
import json, sys
a = json.load(open(sys.argv[1]))
assert a["clashes"] == [{"actions": ["settle_a", "also_a"], "paths": ["/stages/arrive_a/next"]}], a["clashes"]
assert not any({"settle_a", "also_a"} <= set(o["actions"]) for o in a["options"])
assert a["budgets"][0]["best"] == ["also_a", "settle_c"], a["budgets"]
PY

# Bad input: a clear error naming the problem, exit 2, nothing written.
expect_exit 2 "a council action without a cost" -- "$BIN" appraise "$DATA/model.json" --action "$A/no_cost.json" --out "$WORK/bad1"
expect_in "$WORK/err" "no_cost.json: /cost/per_year: a council action needs its cost a year" "names the file and the field"
expect_absent "$WORK/bad1" "nothing written for an action without a cost"
expect_exit 2 "a budget below every action" -- "$BIN" appraise "$DATA/model.json" "${actions[@]}" --budget 3000 --out "$WORK/bad2"
expect_in "$WORK/err" "--budget 3000: below every action" "says the budget is too small"
expect_absent "$WORK/bad2" "nothing written for a budget below every action"
expect_exit 2 "a measure the model lacks" -- "$BIN" appraise "$DATA/model.json" "${actions[@]}" --measure lost_homes --out "$WORK/bad3"
expect_in "$WORK/err" "no measure 'lost_homes' (it has lost_home, settled)" "names the measures it has"
expect_absent "$WORK/bad3" "nothing written for an unknown measure"
expect_exit 2 "a budget that is no number" -- "$BIN" appraise "$DATA/model.json" "${actions[@]}" --budget lots
python3 - "$SRC/models/calibration/worlds.csv" "$WORK/other_worlds.csv" <<'PY'
import shutil, sys
shutil.copy(sys.argv[1], sys.argv[2])
PY
expect_exit 2 "another model's worlds" -- "$BIN" appraise "$DATA/model.json" "${actions[@]}" \
    --worlds "$WORK/other_worlds.csv" --out "$WORK/bad4"
expect_absent "$WORK/bad4" "nothing written for another model's worlds"
expect_exit 2 "worlds and draws together" -- "$BIN" appraise "$DATA/model.json" "${actions[@]}" \
    --worlds "$WORK/other_worlds.csv" --draws 10

finish
