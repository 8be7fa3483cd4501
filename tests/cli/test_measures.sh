# Format 1.2 measures on the command line: validation errors with their
# pointers, simulate's summary.json and measures.csv, compare's paired
# differences and verdict on headline measures, and gaps' counts of them.
source "$(dirname "$0")/common.sh"
DATA="$SRC/tests/data/measures"

expect_exit 0 "a model with measures validates" -- "$BIN" validate "$DATA/exact.json"

# A measure naming a stage that is not an outcome, a stream misspelt, no direction.
python3 - "$DATA/exact.json" "$WORK/bad.json" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))
m["measures"]["bad_stage"] = {"ends_in": ["move_on"], "better": "lower"}
m["measures"]["bad_stream"] = {"population": {"streams": ["own_grant"]}, "ends_in_kind": ["drop_off"]}
m["measures"]["no_direction"] = {"visits": ["prevention"]}
json.dump(m, open(sys.argv[2], "w"))
PY
expect_exit 2 "bad measures are refused" -- "$BIN" validate "$WORK/bad.json"
expect_in "$WORK/err" "/measures/bad_stage/ends_in/0" "the stage's pointer"
expect_in "$WORK/err" "not an outcome" "why the stage is refused"
expect_in "$WORK/err" "did you mean 'own_grants'?" "a guess at the stream"
expect_in "$WORK/err" "/measures/no_direction" "the measure without a direction"
expect_exit 2 "simulate refuses them too, writing nothing" -- "$BIN" simulate "$WORK/bad.json" --quiet --out "$WORK/none"
expect_absent "$WORK/none" "no output for a bad model"

expect_exit 0 "simulate a model with measures" -- "$BIN" simulate "$DATA/exact.json" --quiet --out "$WORK/run"
expect_in "$WORK/out" "lost_housing (headline)" "the terminal summary leads with the headline measure"
python3 - "$WORK/run/summary.json" <<'PY' || fail "summary.json measures are wrong"
import json, sys
s = json.load(open(sys.argv[1]))
lost = s["measures"]["lost_housing"]
assert lost["better"] == "lower" and lost["headline"] is True, lost
assert abs(lost["per_year"]["mean"] - 7 * 365.25 / 365) < 1e-9, lost
assert abs(lost["share"]["mean"] - 7 / 9) < 1e-9 and lost["share"]["ci95"] == [7 / 9, 7 / 9], lost
assert s["measures"]["own_grants_lost"]["share"]["mean"] == 1
p1 = s["by_period"]["p1"]["measures"]["lost_housing"]
assert p1["share"]["mean"] == 1, p1
PY
expect_in "$WORK/run/measures.csv" "measure,label,better,headline,per_year_mean" "measures.csv header"
expect_in "$WORK/run/measures.csv" "lost_housing,Households losing asylum housing with nowhere settled to go,lower,yes" \
    "measures.csv row"
expect_in "$WORK/run/periods.csv" "p1,25,50,measure,lost_housing,share,1" "periods.csv has measures by period"

# Without measures: no measures section, no measures.csv.
expect_exit 0 "simulate the example model" -- "$BIN" simulate "$SRC/models/example.json" -r 2 --quiet --out "$WORK/plain"
expect_absent "$WORK/plain/measures.csv" "no measures.csv without measures"
grep -q '"measures"' "$WORK/plain/summary.json" && fail "summary.json of a model without measures has measures"

# Doubling casework moves people from one outcome to another with another name:
# judged on the headline measure, nothing changes for people.
expect_exit 0 "compare on measures" -- "$BIN" compare "$DATA/casework.json" -s "$DATA/casework_doubled.json" \
    --quiet --out "$WORK/cmp"
expect_in "$WORK/out" "Verdict: no headline measure for people changes" "the verdict is on the headline measure"
python3 - "$WORK/cmp/comparison.json" <<'PY' || fail "comparison.json measure differences are wrong"
import json, sys
d = json.load(open(sys.argv[1]))["scenarios"][0]["differences"]
lost = d["measures.nowhere_to_go.per_year"]
assert lost["mean"] == 0 and lost["ci95"] == [0, 0], lost
casework = d["measures.had_casework.per_year"]
assert casework["mean"] > 0 and casework["ci95"][0] > 0, casework
PY
expect_in "$WORK/cmp/differences.csv" "Casework doubled,measures.had_casework.share" "differences.csv has measures"

expect_exit 0 "gaps with a headline measure" -- "$BIN" gaps "$DATA/exact.json" --quiet --out "$WORK/gaps"
expect_in "$WORK/out" "of Households losing asylum housing with nowhere settled to go: 7.0 a year" \
    "the gap counts the headline measure's journeys"
python3 - "$WORK/gaps/gaps.json" <<'PY' || fail "gaps.json measure counts are wrong"
import json, sys
g = json.load(open(sys.argv[1]))["gaps"][0]
assert g["stage"] == "move_on" and g["kind"] == "drop_off", g
assert abs(g["measures"]["lost_housing"]["per_year"]["mean"] - 7 * 365.25 / 365) < 1e-9, g
PY
expect_in "$WORK/gaps/gaps.csv" "measure lost_housing: per_year_mean" "gaps.csv has the measure's column"

# The report's summary leads with the headline measures, each a count a year that the
# suppression plan hides when small.
python3 - "$WORK/gaps/report.html" <<'PY' || fail "the summary does not lead with the headline measure"
import re, sys
page = open(sys.argv[1], encoding="utf-8").read()
part = re.search(r'<h3 id="summary-measures">.*?</ul>', page, re.S)
assert part, "no headline measures in the summary"
assert "<strong>7 a year</strong>: Households losing asylum housing with nowhere settled to go" in part.group(0), part.group(0)
assert page.index('id="summary-measures"') < page.index('id="summary-findings"')
PY
expect_exit 0 "gaps with small counts suppressed" -- "$BIN" gaps "$DATA/exact.json" --suppress-below 10 --quiet \
    --out "$WORK/gaps_small"
python3 - "$WORK/gaps_small/report.html" <<'PY' || fail "a small headline measure is shown"
import re, sys
part = re.search(r'<h3 id="summary-measures">.*?</ul>', open(sys.argv[1], encoding="utf-8").read(), re.S).group(0)
assert "7 a year" not in part and "&lt;10" in part, part
PY

finish
