# What Pathways promises about its files: all-or-nothing sets with a manifest,
# temporaries that cannot be predicted, devices, FIFOs and links written
# through rather than replaced, and inputs never overwritten.
source "$(dirname "$0")/common.sh"
MODEL="$SRC/tests/data/sim/small.json"
CASES="$SRC/tests/data/cases/small_events.csv"

# --out DIR: a manifest written last lists every file with its SHA-256.
expect_exit 0 "simulate --out writes a set" -- "$BIN" simulate "$MODEL" -q -r 2 --out "$WORK/set"
python3 - "$WORK/set" <<'PY' || fail "the manifest does not list every file with its hash"
import hashlib, json, os, sys
d = sys.argv[1]
m = json.load(open(os.path.join(d, "manifest.json")))
assert m["format"] == "pathways-output-set/1"
names = {f["name"] for f in m["files"]}
assert names == {"summary.json", "outcomes.csv", "stages.csv", "flows.csv", "replications.csv",
                 "occupancy.csv", "curves.csv"}, names
for f in m["files"]:
    assert hashlib.sha256(open(os.path.join(d, f["name"]), "rb").read()).hexdigest() == f["sha256"], f
assert m["not_in_this_set"] == []
PY
ls -A "$WORK/set" | grep -v "^\.pathways-lock$" | grep -q "pathways" && fail "a temporary or staging folder was left in the output folder"

# Readers refuse a set without a valid manifest, or with a file changed after the run.
expect_exit 0 "render reads a complete set" -- "$BIN" render "$MODEL" --results "$WORK/set" -o "$WORK/ok.dot"
cp -r "$WORK/set" "$WORK/changed"
echo "x" >> "$WORK/changed/outcomes.csv"
expect_exit 2 "render refuses a set whose file changed" -- "$BIN" render "$MODEL" --results "$WORK/changed" -o "$WORK/r.dot"
expect_in "$WORK/err" "outcomes.csv does not match" "a changed file is named"
rm "$WORK/changed/manifest.json"
expect_exit 2 "render refuses a set without a manifest" -- "$BIN" render "$MODEL" --results "$WORK/changed" -o "$WORK/r.dot"
expect_in "$WORK/err" "not a complete set of results" "a missing manifest is explained"
expect_absent "$WORK/r.dot" "no diagram from an incomplete set"

# Reusing a folder: the earlier set's files go, other files stay and are listed as not in the set.
expect_exit 0 "compare --out into a folder of its own" -- "$BIN" compare "$MODEL" -s "$SRC/tests/data/sim/more_casework.json" \
    -q -r 2 --out "$WORK/reuse"
echo "mine" > "$WORK/reuse/notes.txt"
expect_exit 0 "simulate --out into the same folder" -- "$BIN" simulate "$MODEL" -q -r 2 --out "$WORK/reuse"
expect_absent "$WORK/reuse/comparison.json" "the earlier set's files are removed"
[[ "$(cat "$WORK/reuse/notes.txt")" == mine ]] || fail "a file the command did not write was changed"
expect_in "$WORK/reuse/manifest.json" '"notes.txt"' "other files are listed as not in the set"

# A file of the set that is not a regular file is refused, not replaced.
mkdir -p "$WORK/special" && ln -s "$WORK/elsewhere.json" "$WORK/special/summary.json"
expect_exit 2 "a link inside the output folder is refused" -- "$BIN" simulate "$MODEL" -q -r 2 --out "$WORK/special"
expect_absent "$WORK/elsewhere.json" "nothing written through a link in a set"

# Single files: a FIFO and a device are written through, a link is followed.
mkfifo "$WORK/fifo"
cat "$WORK/fifo" > "$WORK/from_fifo" &
reader=$!
expect_exit 0 "render into a FIFO" -- "$BIN" render "$MODEL" -o "$WORK/fifo" --format dot
wait "$reader"
[[ -p "$WORK/fifo" ]] || fail "the FIFO was replaced by a regular file"
expect_in "$WORK/from_fifo" "digraph" "the diagram went through the FIFO"
if [[ $(id -u) == 0 ]] && mknod "$WORK/full" c 1 7 2> /dev/null; then
    expect_exit 1 "render into a full device fails" -- "$BIN" render "$MODEL" -o "$WORK/full" --format dot
    [[ -c "$WORK/full" ]] || fail "the device was replaced by a regular file"
fi
expect_exit 0 "render into /dev/null" -- "$BIN" render "$MODEL" -o /dev/null --format dot
[[ -c /dev/null ]] || fail "/dev/null is no longer a device"
echo old > "$WORK/target.dot" && ln -s target.dot "$WORK/link.dot"
expect_exit 0 "render through a link" -- "$BIN" render "$MODEL" -o "$WORK/link.dot"
[[ -L "$WORK/link.dot" ]] || fail "the link was replaced by a regular file"
expect_in "$WORK/target.dot" "digraph" "the link's target holds the diagram"
expect_exit 0 "render to standard output" -- "$BIN" render "$MODEL" -o - --format dot
expect_in "$WORK/out" "digraph" "'-' is standard output"
ls -A "$WORK" | grep -q "\.pathways-" && fail "a temporary file was left behind"

# Inputs are never overwritten.
cp "$CASES" "$WORK/cases.csv"
expect_exit 2 "calibrate --out its own input" -- "$BIN" calibrate "$WORK/cases.csv" --out "$WORK/cases.csv"
expect_in "$WORK/err" "is one of this command's inputs" "the refusal says why"
cmp -s "$CASES" "$WORK/cases.csv" || fail "calibrate overwrote its case records"
cp "$MODEL" "$WORK/model.json"
expect_exit 2 "simulate --trace onto the model" -- "$BIN" simulate "$WORK/model.json" -q -r 2 --trace "$WORK/model.json"
cmp -s "$MODEL" "$WORK/model.json" || fail "simulate overwrote its model"
ln -s model.json "$WORK/model_link.json"
expect_exit 2 "render onto the model through a link" -- "$BIN" render "$WORK/model.json" -o "$WORK/model_link.json"
cmp -s "$MODEL" "$WORK/model.json" || fail "render overwrote its model through a link"

# A trace cannot take the place of a file of the --out set.
expect_exit 2 "--trace inside --out" -- "$BIN" simulate "$MODEL" -q -r 2 --out "$WORK/traced" --trace "$WORK/traced/flows.csv"
expect_in "$WORK/err" "whose files are written as one set" "the refusal says why"
expect_absent "$WORK/traced" "nothing written after the refusal"

# Results from another model are drawn, with a warning.
expect_exit 0 "simulate the example model" -- "$BIN" simulate "$MODEL" -q -r 2 --out "$WORK/example_run"
expect_exit 0 "render another model with those results" -- "$BIN" render "$SRC/models/hackney.json" \
    --results "$WORK/example_run" -o "$WORK/other.dot"
expect_in "$WORK/err" "warning: the results are from another model or version" "the mismatch is said"

finish
