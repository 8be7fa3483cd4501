# --worlds DIR/worlds.csv: sensitivity and compare run in a calibration's
# plausible worlds (the same numbers as running each world by hand, the same
# bytes whatever the threads), and a worlds file that is missing, malformed or
# for other uncertain parameters is refused with nothing written.
source "$(dirname "$0")/common.sh"
DATA="$SRC/tests/data/sensitivity"
MODEL="$DATA/model.json"
SAME="$SRC/tests/cli/sensitivity_same.py"
WORLDS="$WORK/calibration/worlds.csv"
mkdir -p "$WORK/calibration"
# casework_places, lost_after_casework, patience, move_on_stay
python3 "$SRC/tests/cli/worlds_file.py" "$MODEL" "$WORLDS" "4,0.2,3.5,8;7,0.4,9,13;5,0.3,2.5,11;6,0.25,6,9.5"

# world_model OUT VALUES: the model with a world's values set by hand (a
# lost_after_casework of 0.3, the model's own, leaves its routing group as it is).
world_model() {
    python3 - "$MODEL" "$1" "$2" <<'PY'
import json, sys
model = json.load(open(sys.argv[1]))
places, lost, patience, stay = (float(v) for v in sys.argv[3].split(","))
casework = model["stages"]["casework"]
casework["capacity"] = int(places)
casework["next"][1]["p"], casework["next"][0]["p"] = lost, 1 - lost
casework["patience"] = patience
model["stages"]["move_on"]["duration"]["mean"] = stay
json.dump(model, open(sys.argv[2], "w"))
PY
}

## sensitivity --worlds
expect_exit 0 "sensitivity across calibrated worlds on one thread" -- "$BIN" sensitivity "$MODEL" --method uncertainty \
    --worlds "$WORLDS" -r 2 -j 1 --compare-with "$DATA/faster_renting.json" --out "$WORK/s1"
expect_in "$WORK/out" "4 calibrated plausible worlds from $WORLDS" "the table says where its draws came from"
expect_in "$WORK/out" "across calibrated plausible worlds)" "each range says it is over the calibrated worlds"
expect_exit 0 "sensitivity across calibrated worlds on two threads" -- "$BIN" sensitivity "$MODEL" --worlds "$WORLDS" \
    -r 2 -j 2 --compare-with "$DATA/faster_renting.json" --out "$WORK/s2"
python3 "$SAME" "$WORK/s1" "$WORK/s2" || fail "one and two threads give different results across the worlds"
python3 - "$WORK/s1" "$WORLDS" <<'PY' || fail "sensitivity.json or draws.csv does not hold the worlds"
import csv, json, sys
d, worlds = sys.argv[1:3]
s = json.load(open(f"{d}/sensitivity.json"))
assert s["settings"]["worlds"] == {"file": worlds, "count": 4}, s["settings"]
assert s["settings"]["method"] == "uncertainty" and s["settings"]["runs"] == 4, s["settings"]
assert "calibrated" in s["settings"]["robustness_from"], s["settings"]
rows = list(csv.DictReader(open(f"{d}/draws.csv")))
kept = list(csv.DictReader(open(worlds)))
ids = ["casework_places", "lost_after_casework", "patience", "move_on_stay"]
assert [[float(r[i]) for i in ids] for r in rows] == [[float(k[i]) for i in ids] for k in kept], rows
PY
world_model "$WORK/world3.json" "5,0.3,2.5,11"
expect_exit 0 "world 3 run by hand" -- "$BIN" simulate "$WORK/world3.json" -r 2 -q --out "$WORK/w3"
python3 - "$WORK/s1/draws.csv" "$WORK/w3/outcomes.csv" <<'PY' || fail "a draw's figures are not its world's"
import csv, sys
draw = list(csv.DictReader(open(sys.argv[1])))[2]
for row in csv.DictReader(open(sys.argv[2])):
    got, want = float(draw[f"outcomes.{row['outcome']}.share"]), float(row["share_mean"])
    assert abs(got - want) < 1e-12, (row["outcome"], got, want)
PY

expect_exit 2 "--worlds with Sobol indices is refused" -- "$BIN" sensitivity "$MODEL" --method sobol --worlds "$WORLDS" \
    --out "$WORK/x"
expect_in "$WORK/err" "--method uncertainty" "the message says which method takes worlds"
expect_exit 2 "--worlds with --draws is refused" -- "$BIN" sensitivity "$MODEL" --method uncertainty --draws 5 \
    --worlds "$WORLDS" --out "$WORK/x"
expect_in "$WORK/err" "cannot go together" "the message says why"

## compare --worlds
compare_args=("$MODEL" -s "$DATA/faster_renting.json" -s "$DATA/longer_support.json" -r 3 -q)
expect_exit 0 "compare across calibrated worlds on one thread" -- "$BIN" compare "${compare_args[@]}" -j 1 \
    --worlds "$WORLDS" --out "$WORK/c1"
cp "$WORK/out" "$WORK/c1.txt"
expect_in "$WORK/c1.txt" "of 4 plausible worlds; effect" "each headline says how far its change holds"
expect_in "$WORK/c1.txt" "helps in" "a change for the better says so"
tr -s ' \n' ' ' < "$WORK/c1.txt" | grep -qF "calibrated plausible worlds in $WORLDS," || fail "the table says not which worlds"
expect_exit 0 "compare across calibrated worlds on two threads" -- "$BIN" compare "${compare_args[@]}" -j 2 \
    --worlds "$WORLDS" --out "$WORK/c2"
for f in differences.csv across_worlds.csv; do
    cmp -s "$WORK/c1/$f" "$WORK/c2/$f" || fail "$f differs between one and two threads"
done
# comparison.json apart from how it ran: the command line, the threads and the time it took.
diff <(grep -v '"command"\|"wall_seconds"\|"threads"' "$WORK/c1/comparison.json") \
    <(grep -v '"command"\|"wall_seconds"\|"threads"' "$WORK/c2/comparison.json") > /dev/null ||
    fail "comparison.json differs between one and two threads"
cmp -s "$WORK/c1.txt" "$WORK/out" || fail "the table differs between one and two threads"
python3 - "$WORK/c1" "$WORLDS" <<'PY' || fail "comparison.json or across_worlds.csv is wrong"
import csv, json, sys
d, worlds = sys.argv[1:3]
c = json.load(open(f"{d}/comparison.json"))
assert c["worlds"] == {"file": worlds, "count": 4}, c["worlds"]
for s in c["scenarios"]:
    effects = s["across_worlds"]
    assert "outcomes.private_tenancy.share" in effects and "time_in_system_days.mean" in effects, effects
    for path, e in effects.items():
        assert e["p5"] <= e["p95"] and 0 <= e["same_sign_share"] <= 1, (path, e)
rows = list(csv.DictReader(open(f"{d}/across_worlds.csv")))
assert len(rows) == sum(len(s["across_worlds"]) for s in c["scenarios"]), len(rows)
assert all(r["worlds"] == "4" for r in rows)
PY

# In a single world the spread is that world's effect: the effect compare finds when the world is the model.
python3 "$SRC/tests/cli/worlds_file.py" "$MODEL" "$WORK/one.csv" "5,0.3,2.5,11"
expect_exit 0 "compare in one calibrated world" -- "$BIN" compare "${compare_args[@]}" --worlds "$WORK/one.csv" \
    --out "$WORK/c3"
expect_exit 0 "compare with world 3 as the model" -- "$BIN" compare "$WORK/world3.json" -s "$DATA/faster_renting.json" \
    -s "$DATA/longer_support.json" -r 3 -q --out "$WORK/c4"
python3 - "$WORK/c3/comparison.json" "$WORK/c4/comparison.json" <<'PY' || fail "an effect across worlds is not the world's"
import json, sys
across = json.load(open(sys.argv[1]))["scenarios"]
by_hand = json.load(open(sys.argv[2]))["scenarios"]
for a, h in zip(across, by_hand):
    for path, e in a["across_worlds"].items():
        want = h["differences"][path]["mean"]
        assert abs(e["p5"] - want) < 1e-9 and abs(e["p95"] - want) < 1e-9, (path, e, want)
PY

expect_exit 0 "compare without worlds" -- "$BIN" compare "${compare_args[@]}" --out "$WORK/c5"
python3 -c "import json,sys; c=json.load(open(sys.argv[1])); assert 'worlds' not in c and \
    'across_worlds' not in c['scenarios'][0]" "$WORK/c5/comparison.json" || fail "a plain comparison mentions worlds"
expect_absent "$WORK/c5/across_worlds.csv" "a plain comparison writes no across_worlds.csv"
grep -q "plausible worlds" "$WORK/out" && fail "a plain comparison's table mentions worlds"

## The worlds a calibration writes
TRUTH="$SRC/tests/data/calibration/known_truth.json"
expect_exit 0 "a calibration keeps worlds" -- "$BIN" calibrate "$TRUTH" --waves 1 --draws 40 -r 2 --quiet --out "$WORK/cal"
python3 "$SRC/tests/cli/worlds_file.py" "$TRUTH" "$WORK/truth.csv" "10,0.6,16"
[[ $(sed -n 2p "$WORK/truth.csv" | cut -d, -f2) == $(sed -n 2p "$WORK/cal/worlds.csv" | cut -d, -f2) ]] ||
    fail "the tests' worlds files carry another fingerprint than a calibration's"
expect_exit 0 "sensitivity in a calibration's worlds" -- "$BIN" sensitivity "$TRUTH" --worlds "$WORK/cal/worlds.csv" \
    -r 2 --out "$WORK/s3"
python3 -c "import json,sys; w=json.load(open(sys.argv[1]))['settings']['worlds']; \
    assert w['count'] == sum(1 for _ in open(sys.argv[2])) - 1, w" "$WORK/s3/sensitivity.json" "$WORK/cal/worlds.csv" ||
    fail "sensitivity did not run every world the calibration kept"
echo '{"format": "pathways-scenario/1", "name": "Quicker council", "patch": {"stages": {"council": {"duration": 3}}}}' \
    > "$WORK/quicker.json"
expect_exit 0 "compare in a calibration's worlds" -- "$BIN" compare "$TRUTH" -s "$WORK/quicker.json" -r 2 -q \
    --worlds "$WORK/cal/worlds.csv"
expect_in "$WORK/out" "plausible worlds; effect" "compare reads a calibration's worlds"

## Bad worlds files, for both commands: exit 2, one line (and the usual pointer to --help), nothing written
message_lines() { grep -vc "^Try 'pathways" "$WORK/err"; }
# Another model: the same parameters with another range carry another fingerprint.
python3 -c "import json,sys; m=json.load(open(sys.argv[1])); m['uncertainty']['casework_places']['high']=9; \
    json.dump(m, open(sys.argv[2], 'w'))" "$MODEL" "$WORK/other.json"
python3 "$SRC/tests/cli/worlds_file.py" "$WORK/other.json" "$WORK/other.csv" "4,0.2,3.5,8"
printf 'world,uncertainty_sha256,casework_places\n1,abc,"4\n' > "$WORK/malformed.csv"
for bad in other malformed missing; do
    expect_exit 2 "sensitivity refuses a $bad worlds file" -- "$BIN" sensitivity "$MODEL" --method uncertainty \
        --worlds "$WORK/$bad.csv" --out "$WORK/x"
    [[ $(message_lines) == 1 ]] || fail "sensitivity's refusal of a $bad worlds file is not one line"
    expect_in "$WORK/err" "$WORK/$bad.csv" "the refusal names the file"
    expect_exit 2 "compare refuses a $bad worlds file" -- "$BIN" compare "${compare_args[@]}" \
        --worlds "$WORK/$bad.csv" --out "$WORK/x"
    [[ $(message_lines) == 1 ]] || fail "compare's refusal of a $bad worlds file is not one line"
done
expect_in "$WORK/err" "$WORK/missing.csv" "a missing file is named"
expect_absent "$WORK/x" "no output from a refused worlds file"
expect_exit 2 "" -- "$BIN" compare "${compare_args[@]}" --worlds "$WORK/other.csv"
expect_in "$WORK/err" "calibrated for other uncertain parameters" "a file for another model says so"
finish
