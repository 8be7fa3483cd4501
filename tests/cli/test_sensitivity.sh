# pathways sensitivity: designs, outputs, the same bytes whatever the threads,
# bad input refused, and "How sure are we" in the gap report.
source "$(dirname "$0")/common.sh"
DATA="$SRC/tests/data/sensitivity"
MODEL="$DATA/model.json"
SAME="$SRC/tests/cli/sensitivity_same.py"

expect_exit 0 "Morris screening on one thread" -- "$BIN" sensitivity "$MODEL" --draws 4 -r 3 -j 1 --out "$WORK/m1"
expect_in "$WORK/out" "across the screening's grid points" "the table gives the range in plain words, not as a sample"
expect_in "$WORK/out" "driven most by" "the table names the leading assumption"
expect_exit 0 "Morris screening on two threads" -- "$BIN" sensitivity "$MODEL" --draws 4 -r 3 -j 2 --out "$WORK/m2"
python3 "$SAME" "$WORK/m1" "$WORK/m2" || fail "one and two threads give different results"
python3 - "$WORK/m1" <<'PY' || fail "Morris outputs are wrong"
import csv, json, sys
d = sys.argv[1]
s = json.load(open(f"{d}/sensitivity.json"))
assert s["format"] == "pathways-sensitivity/1"
assert s["settings"]["method"] == "morris" and s["settings"]["runs"] == 4 * 5, s["settings"]
shares = [m for m in s["metrics"] if m["path"].endswith(".share")]
assert shares and all(m["p5"] <= m["p50"] <= m["p95"] for m in shares)
lost = next(m for m in s["metrics"] if m["path"] == "outcomes.lost_contact.share")
assert lost["indices"]["lost_after_casework"]["mu_star"]["value"] > 0
rows = list(csv.DictReader(open(f"{d}/indices.csv")))
assert {r["index"] for r in rows} == {"mu", "mu_star", "sigma"}
assert len(list(csv.reader(open(f"{d}/draws.csv")))) == 1 + 20
PY

expect_exit 0 "Sobol indices with two what-ifs" -- "$BIN" sensitivity "$MODEL" --method sobol --draws 8 -r 2 -j 2 \
    --compare-with "$DATA/faster_renting.json" --compare-with "$DATA/longer_support.json" --out "$WORK/s" --json
python3 - "$WORK/s" <<'PY' || fail "Sobol outputs are wrong"
import json, sys
s = json.load(open(f"{sys.argv[1]}/sensitivity.json"))
assert s["settings"]["runs"] == 8 * (4 + 2)
lost = next(m for m in s["metrics"] if m["path"] == "outcomes.lost_contact.share")
assert set(lost["indices"]["patience"]) == {"S1", "ST"}
assert all(0 <= g["p_first"] <= 1 and g["p_first"] <= g["p_top3"] for g in s["gaps"])
assert [c["name"] for c in s["scenarios"]] == ["Faster private renting", "Longer support"]
effect = s["scenarios"][0]["effects"][0]
assert effect["metric"].startswith("outcomes.") and 0 <= effect["p_same_sign"] <= 1
assert any(m["path"].startswith("effect.Faster private renting.") for m in s["metrics"])
assert abs(sum(c["p_best"]["outcomes.lost_contact.share"] for c in s["scenarios"]) - 1) < 1e-9
PY

expect_exit 0 "uncertainty propagation with a what-if that sets an uncertain parameter" -- \
    "$BIN" sensitivity "$MODEL" --method uncertainty --draws 6 -r 2 --json --compare-with "$DATA/more_casework.json"
python3 -c "import json,sys; s=json.load(open(sys.argv[1])); assert 'indices' not in s['metrics'][0]" "$WORK/out" ||
    fail "uncertainty propagation reports indices"

expect_exit 2 "a model without uncertainty is refused" -- "$BIN" sensitivity "$SRC/tests/data/sim/small.json" --out "$WORK/x"
expect_in "$WORK/err" "/uncertainty" "the message names the place"
expect_exit 2 "an unknown method is refused" -- "$BIN" sensitivity "$MODEL" --method taguchi --out "$WORK/x"
expect_exit 2 "automatic replications are refused" -- "$BIN" sensitivity "$MODEL" -r auto --out "$WORK/x"
expect_exit 2 "one draw is refused" -- "$BIN" sensitivity "$MODEL" --draws 1 --out "$WORK/x"
expect_exit 2 "an invalid what-if is refused" -- "$BIN" sensitivity "$MODEL" --compare-with "$SRC/tests/data/sim/small.json" --out "$WORK/x"
expect_absent "$WORK/x" "no partial output"

expect_exit 0 "the gap report shows how sure we are" -- "$BIN" gaps "$MODEL" --compare-with "$DATA/faster_renting.json" \
    -r 3 --quiet --sensitivity "$WORK/s" --out "$WORK/g"
expect_in "$WORK/g/report.html" "How sure are we" "the report has the section"
expect_in "$WORK/g/report.html" "Ranked first in" "the report gives the gap ranking's robustness"
expect_exit 2 "a folder without sensitivity.json is refused" -- "$BIN" gaps "$MODEL" -r 2 --quiet \
    --sensitivity "$WORK/none" --out "$WORK/g2"
expect_absent "$WORK/g2" "no partial report"

expect_exit 0 "an uncertainty sample with the what-if" -- "$BIN" sensitivity "$MODEL" --method uncertainty --draws 12 \
    -r 2 --compare-with "$DATA/faster_renting.json" --quiet --out "$WORK/u"
expect_in "$WORK/out" "across plausible worlds" "a sample's range is over the plausible worlds"
expect_in "$WORK/out" " points (" "an effect on a share is in percentage points"
expect_exit 0 "a screening and a sample read as one study" -- "$BIN" gaps "$MODEL" --compare-with \
    "$DATA/faster_renting.json" -r 3 --quiet --sensitivity "$WORK/m1" --sensitivity "$WORK/u" --out "$WORK/g3"
expect_in "$WORK/g3/report.html" "Morris" "what the figures rest on comes from the screening"
expect_in "$WORK/g3/report.html" "Ranked first in" "how robust the ranking is comes from the sample"
expect_in "$WORK/g3/report.html" "Same way in" "how robust the what-if is comes from the sample"
expect_exit 2 "two screenings are refused" -- "$BIN" gaps "$MODEL" -r 2 --quiet --sensitivity "$WORK/m1" \
    --sensitivity "$WORK/m2" --out "$WORK/g4"
expect_in "$WORK/err" "a screening" "the message says what two studies must be"
expect_exit 2 "a study of another model is refused" -- "$BIN" gaps "$SRC/tests/data/sim/small.json" -r 2 --quiet \
    --sensitivity "$WORK/m1" --out "$WORK/g4"
expect_in "$WORK/err" "another model file or other -s scenarios" "the message says the study does not fit"
expect_exit 2 "a study without the -s scenario given to gaps is refused" -- "$BIN" gaps "$MODEL" -r 2 --quiet \
    -s "$DATA/faster_renting.json" --sensitivity "$WORK/m1" --out "$WORK/g4"
expect_absent "$WORK/g4" "no partial report"
finish
