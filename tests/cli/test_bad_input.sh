# Wrong input gets a clear answer: exit 2 naming the place, never a crash, a
# wrapped number or a run that spins; text from models is safe in
# spreadsheets and on terminals.
source "$(dirname "$0")/common.sh"
MODEL="$SRC/tests/data/sim/small.json"
CASES="$SRC/tests/data/cases/small_events.csv"

# Case records in Windows-1252 (a stage called "Décision") are read, with a warning.
sed 's/Decision/D\xe9cision/' "$CASES" > "$WORK/cp1252.csv"
expect_exit 0 "calibrate a Windows-1252 export" -- "$BIN" calibrate "$WORK/cp1252.csv" --attributes household
expect_in "$WORK/err" "row 2, column 2: the file is not UTF-8, so it was read as Windows-1252" "the warning names the place"
expect_in "$WORK/out" "Décision" "the stage name is converted to UTF-8"
sed 's/Decision/D\x81cision/' "$CASES" > "$WORK/undefined.csv"
expect_exit 2 "a byte Windows-1252 does not define" -- "$BIN" calibrate "$WORK/undefined.csv" --attributes household
expect_in "$WORK/err" "row 2, column 2: the byte 0x81 is neither UTF-8 nor Windows-1252" "the refusal names the place"

# Day numbers: huge ones are a row-and-column error, not a crash or an internal error.
printf 'case_id,stage,date\nA,intake,0\nA,housed,1e300\nB,intake,1\nB,housed,5\n' > "$WORK/huge.csv"
expect_exit 2 "a day number too far from 0" -- "$BIN" calibrate "$WORK/huge.csv"
expect_in "$WORK/err" "row 3, column date: the value is too far from 0" "the huge day number is named"
printf 'case_id,stage,date\nA,intake,-9e6\nA,housed,9e6\nB,intake,1\nB,housed,5\nC,intake,2\nC,housed,3\n' > "$WORK/wide.csv"
"$BIN" calibrate "$WORK/wide.csv" > /dev/null 2> "$WORK/err"
code=$?
[[ $code == 0 || $code == 2 ]] || fail "day numbers far apart: exit $code; stderr: $(head -c 300 "$WORK/err")"

# Numeric options: no wrapping of negatives, honest ranges.
for option in "--seed -1" "--threads -1" "--max-events -1" "--max-people 0" "--trace-sample -1"; do
    expect_exit 2 "simulate $option" -- "$BIN" simulate "$MODEL" -q $option
    expect_in "$WORK/err" "must be a whole number from" "simulate $option"
done
expect_exit 2 "--horizon 1e300" -- "$BIN" simulate "$MODEL" -q --horizon 1e300
expect_in "$WORK/err" "--horizon must be a number > 0 and <= 1000000000 days, got '1e300'" "an honest horizon message"
expect_exit 2 "--precision nan" -- "$BIN" simulate "$MODEL" -q --replications auto --precision nan
expect_exit 2 "--suppress-below inf" -- "$BIN" gaps "$MODEL" -q --suppress-below inf --out "$WORK/g"
expect_absent "$WORK/g" "no output after a refused option"

# People in the system: a bound stops the run with exit 1 before memory runs out.
expect_exit 1 "--max-people stops a crowded run" -- "$BIN" simulate "$MODEL" -q -r 1 --max-people 5 --out "$WORK/crowd"
expect_in "$WORK/err" "--max-people" "the limit is named"
expect_absent "$WORK/crowd" "no results after the limit"

# A loop whose only exit has p: 0 is refused by validate, as analyse refuses it.
python3 - "$MODEL" "$WORK/loop.json" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))
m["stages"]["prs"]["next"] = [{"to": "move_on", "p": 1}, {"to": "private_tenancy", "p": 0}]
m["stages"]["casework"]["next"] = [{"to": "prs", "p": 1}, {"to": "lost_contact", "p": 0}]
m["stages"]["move_on"]["next"] = [{"to": "casework", "p": 0.6}, {"to": "prs", "p": 0.4}]
m["deadlines"] = {}
del m["stages"]["casework"]["patience"], m["stages"]["casework"]["on_renege"]
json.dump(m, open(sys.argv[2], "w"))
PY
expect_exit 2 "validate refuses a loop left only with p: 0" -- "$BIN" validate "$WORK/loop.json"
expect_in "$WORK/err" "no outcome can be reached from this stage" "the loop is explained"
expect_exit 2 "simulate refuses it too" -- timeout 60 "$BIN" simulate "$WORK/loop.json" -q

# A scenario that deletes a required key is blamed on the scenario, with the place.
printf '{"format": "pathways-scenario/1", "name": "No settings", "patch": {"simulation": null}}' > "$WORK/noseed.json"
expect_exit 2 "a scenario deleting a required key" -- "$BIN" validate "$MODEL" -s "$WORK/noseed.json"
expect_in "$WORK/err" "missing required key 'simulation' (deleted by scenario $WORK/noseed.json at /patch/simulation)" \
    "the scenario and the place are named"
printf '{"format": "pathways-scenario/1", "name": "No stages", "patch": {"stages": null}}' > "$WORK/nostages.json"
expect_exit 2 "a scenario deleting the stages" -- "$BIN" validate "$MODEL" -s "$WORK/nostages.json"
expect_in "$WORK/err" "(deleted by scenario $WORK/nostages.json at /patch/stages)" "a top-level deletion is named"

# Input size: a cap before parsing, so /dev/zero or a huge model cannot exhaust memory.
expect_exit 2 "validate /dev/zero" -- timeout 60 "$BIN" validate /dev/zero
expect_in "$WORK/err" "larger than 32 MiB" "the cap is explained"

# Control characters from model text are escaped on the terminal.
python3 - "$MODEL" "$WORK/controls.json" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))
m["name"] = "Small\u001b]0;owned\u0007 \u009b2J"
m["stages"]["prs"]["bo\u001b[2Jgus"] = 1
json.dump(m, open(sys.argv[2], "w"))
PY
expect_exit 2 "a model with control characters in its text" -- "$BIN" validate "$WORK/controls.json"
LC_ALL=C grep -q $'\x1b' "$WORK/err" && fail "an escape character reached the terminal"
expect_in "$WORK/err" 'bo\x1B[2Jgus' "the key is shown with its escape visible"
python3 - "$WORK/controls.json" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))
del m["stages"]["prs"]["bo\u001b[2Jgus"]
json.dump(m, open(sys.argv[1], "w"))
PY
expect_exit 0 "simulate a model named with control characters" -- "$BIN" simulate "$WORK/controls.json" -q -r 2
LC_ALL=C grep -q $'\x1b\|\x07\|\xc2\x9b' "$WORK/out" && fail "a control character reached the table"
expect_in "$WORK/out" '\x1B]0;owned\x07' "the controls are shown escaped"
python3 - "$MODEL" "$WORK/newline.json" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))
m["name"] = "Small\nCohort: 99999 people per replication"
json.dump(m, open(sys.argv[2], "w"))
PY
expect_exit 0 "simulate a model whose name holds a line break" -- "$BIN" simulate "$WORK/newline.json" -q -r 2
expect_in "$WORK/out" 'Small\x0ACohort: 99999' "the line break is shown, not obeyed"
[[ $(grep -c '^Cohort:' "$WORK/out") == 1 ]] || fail "a model name added a line to the table"

# Spreadsheet formula injection: text cells are neutralised, numbers stay numbers.
python3 - "$SRC/tests/data/gaps_model.json" "$WORK/formula.json" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))
for s in m["stages"].values():
    s["label"] = "=HYPERLINK(\"http://x\")"
json.dump(m, open(sys.argv[2], "w"))
PY
printf '{"format": "pathways-scenario/1", "name": "@SUM(1)", "patch": {}}' > "$WORK/formula_scenario.json"
expect_exit 0 "gaps with formula-like labels" -- "$BIN" gaps "$WORK/formula.json" -q -r 2 --out "$WORK/fg"
expect_in "$WORK/fg/gaps.csv" "'=HYPERLINK" "a label is neutralised in gaps.csv"
expect_exit 0 "compare with a formula-like scenario name" -- "$BIN" compare "$MODEL" -s "$WORK/formula_scenario.json" \
    -q -r 2 --out "$WORK/fc"
expect_in "$WORK/fc/differences.csv" "'@SUM(1)" "a scenario name is neutralised in differences.csv"
python3 - "$WORK/fg/gaps.csv" "$WORK/fc/differences.csv" <<'PY' || fail "a CSV cell would run as a formula"
import csv, sys
for path in sys.argv[1:]:
    for row in csv.reader(open(path, newline="")):
        for cell in row:
            if cell[:1] in ("=", "+", "@", "\t", "\r"):
                raise SystemExit(f"{path}: {cell!r}")
            if cell[:1] == "-":
                float(cell)  # a negative number, not a formula
PY
finish
