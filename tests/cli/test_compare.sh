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

# An officer's terminal: 80 columns, words from the catalogue, no metric paths.
expect_exit 0 "compare the reference model" -- "$BIN" compare "$SRC/models/hackney.json" \
    -s "$SRC/scenarios/move_on_56_days.json" -r 4 --quiet
cp "$WORK/out" "$WORK/officer.txt"
python3 - "$WORK/officer.txt" <<'PY' || fail "compare's default output is not for an 80-column terminal"
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
wide = [l for l in text.splitlines() if len(l) > 80]
paths = re.findall(r"\b[a-z_][a-z_0-9]*(?:[./][a-z_][a-z_0-9]*)+\b", text)
assert not wide, f"lines over 80 columns: {wide[:2]}"
assert not paths, f"metric paths: {paths[:3]}"
for words in ["Verdict:", "Lost contact", "Sleeping rough", "Mean time in the pathway", "Cost a year (£)", "%"]:
    assert words in text, f"no {words!r} in the table"
PY
expect_exit 0 "compare --all" -- "$BIN" compare "$SRC/models/hackney.json" \
    -s "$SRC/scenarios/move_on_56_days.json" -r 4 --quiet --all
(( $(wc -l < "$WORK/out") > $(wc -l < "$WORK/officer.txt") + 20 )) || fail "--all does not add the full table"

expect_exit 2 "compare needs a scenario" -- "$BIN" compare "$MODEL"
finish
