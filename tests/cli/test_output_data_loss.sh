# The ways an output could destroy data, each refused or made safe (the
# December 2026 review's cases F11 to F61): inputs never deleted, a failed
# command writes no set, writers of one folder take turns, files Pathways did
# not write are kept, standard streams are appended to, links are followed,
# single outputs never break a set, empty names are refused, a folder that
# cannot be written is said so and leaves nothing, and unsuppressed counts stay
# out of the folder to publish.
source "$(dirname "$0")/common.sh"
MODEL="$SRC/models/example.json"
SENS="$SRC/tests/data/sensitivity/model.json"
sim() { "$BIN" simulate "$MODEL" -q -r 1 "$@"; }

# F11: a set never deletes an input it read (gaps --sensitivity S --out S).
expect_exit 0 "F11: a sensitivity study" -- "$BIN" sensitivity "$SENS" --draws 2 -r 2 -q --out "$WORK/S"
cp -r "$WORK/S" "$WORK/S.before"
expect_exit 2 "F11: gaps --out the study it reads" -- "$BIN" gaps "$SENS" -r 2 -q --sensitivity "$WORK/S" --out "$WORK/S"
expect_in "$WORK/err" "is one of this command's inputs" "F11: the refusal says why"
diff -r "$WORK/S.before" "$WORK/S" > /dev/null || fail "F11: the study was changed"

# F13: render -o a file of a results set is refused; the set stays readable.
expect_exit 0 "F13: a run" -- sim --out "$WORK/run"
expect_exit 2 "F13: render into the set" -- "$BIN" render "$MODEL" --results "$WORK/run" --format dot \
    -o "$WORK/run/flows.csv"
expect_in "$WORK/err" "is a file of the set" "F13: the refusal says why"
expect_exit 0 "F13: the set is still complete" -- "$BIN" render "$MODEL" --results "$WORK/run" -o "$WORK/run.dot"
expect_exit 2 "F13: render onto the set's manifest" -- "$BIN" render "$MODEL" -o "$WORK/run/manifest.json"

# F16: a manifest.json, or a file of the set's names, that Pathways did not write is kept.
mkdir "$WORK/site" && echo '{"name": "My web app"}' > "$WORK/site/manifest.json"
expect_exit 2 "F16: --out a folder with a foreign manifest" -- sim --out "$WORK/site"
expect_in "$WORK/site/manifest.json" "My web app" "F16: the foreign manifest is kept"
expect_absent "$WORK/site/summary.json" "F16: nothing written"
mkdir "$WORK/own" && echo mine > "$WORK/own/summary.json" && echo notes > "$WORK/own/notes.txt"
expect_exit 2 "F16: --out a folder with a foreign summary.json" -- sim --out "$WORK/own"
expect_in "$WORK/err" "was not written by Pathways" "F16: the refusal says why"
expect_in "$WORK/own/summary.json" "mine" "F16: the foreign summary.json is kept"
rm "$WORK/own/summary.json"
expect_exit 0 "F16: other files beside a set" -- sim --out "$WORK/own"
expect_in "$WORK/own/manifest.json" '"notes.txt"' "F16: a foreign file is listed"
expect_in "$WORK/own/notes.txt" "notes" "F16: a foreign file is kept"

# F23: a dangling link is followed: its target is written, the link kept.
ln -s "$WORK/target.svg" "$WORK/link.svg"
expect_exit 0 "F23: render through a dangling link" -- "$BIN" render "$MODEL" -o "$WORK/link.svg"
[[ -L "$WORK/link.svg" ]] || fail "F23: the link was replaced"
expect_in "$WORK/target.svg" "<svg" "F23: the target holds the diagram"

# F28, F29: /dev/stdout and /dev/stderr appended to by the shell keep what was there.
echo "line 1 of a log" > "$WORK/build.log"
"$BIN" render "$MODEL" --format dot -o /dev/stdout >> "$WORK/build.log" || fail "F28: render -o /dev/stdout failed"
[[ "$(head -n1 "$WORK/build.log")" == "line 1 of a log" ]] || fail "F28: the log's first line is gone"
expect_in "$WORK/build.log" "digraph" "F28: the diagram is appended"
grep -q "^wrote" "$WORK/build.log" && fail "F28: 'wrote' printed into the diagram's stream"
echo "line 1 of an error log" > "$WORK/err.log"
sim --trace /dev/stderr 2>> "$WORK/err.log" > /dev/null || fail "F29: --trace /dev/stderr failed"
[[ "$(head -n1 "$WORK/err.log")" == "line 1 of an error log" ]] || fail "F29: the error log's first line is gone"
expect_in "$WORK/err.log" "replication" "F29: the trace is appended"

# F30: DOT on a pipe through /dev/stdout.
"$BIN" render "$MODEL" --format dot -o /dev/stdout | grep -q digraph || fail "F30: no DOT on the pipe"
[[ ${PIPESTATUS[0]} == 0 ]] || fail "F30: render -o /dev/stdout into a pipe failed"

# F38: a trace that cannot be written leaves no set.
expect_exit 1 "F38: --trace into a missing folder" -- sim --out "$WORK/traced" --trace "$WORK/nodir/trace.csv"
expect_absent "$WORK/traced" "F38: no set written"

# F08, F19-F21, F24: output lost on a full disk or a closed standard output is a failure.
if [[ -w /dev/full ]]; then
    for command in "simulate $MODEL -q -r 1 --json" "simulate $MODEL -q -r 1" "analyse $MODEL --json" \
        "validate $MODEL"; do
        # shellcheck disable=SC2086 # the command's words
        expect_exit 1 "$command > /dev/full" -- bash -c "exec \"\$0\" $command > /dev/full" "$BIN"
        expect_in "$WORK/err" "cannot write to standard output" "$command > /dev/full"
    done
fi
expect_exit 1 "simulate --json with standard output closed" -- bash -c "exec \"\$0\" simulate \"\$1\" -q -r 1 --json >&-" \
    "$BIN" "$MODEL"

# F25: past a file-size limit a write fails with "File too large": exit 1 and no folder, not a killed run.
rm -rf "$WORK/toolarge"
expect_exit 1 "F25: --out past ulimit -f" -- bash -c "ulimit -f 20; exec \"\$0\" simulate \"\$1\" -q -r 2 --out \"\$2\"" \
    "$BIN" "$SRC/models/hackney.json" "$WORK/toolarge"
expect_in "$WORK/err" "File too large" "F25: --out past ulimit -f"
expect_absent "$WORK/toolarge" "F25: no folder left"

# F43, F44: empty output names are refused.
expect_exit 2 "F43: simulate --out ''" -- sim --out ''
expect_exit 2 "F44: render -o ''" -- "$BIN" render "$MODEL" -o ''
expect_exit 2 "F43: --trace ''" -- sim --trace ''
expect_exit 2 "F43: calibrate --out ''" -- "$BIN" calibrate "$SRC/tests/data/cases/small_events.csv" --out ''

# F31: a folder that cannot be created: exit 1, "Permission denied" (as root, run as nobody).
if [[ $(id -u) == 0 ]] && command -v setpriv > /dev/null; then
    mkdir -m 755 "$WORK/rootonly" && chmod 755 "$WORK"
    expect_exit 1 "F31: --out where the user cannot write" -- setpriv --reuid=65534 --regid=65534 --clear-groups \
        "$BIN" simulate "$MODEL" -q -r 1 --out "$WORK/rootonly/new"
    grep -qi "permission denied" "$WORK/err" || fail "F31: the message does not say permission denied: $(cat "$WORK/err")"
    expect_absent "$WORK/rootonly/new" "F31: nothing created"
    expect_exit 1 "F31: --out an existing folder the user cannot write" -- setpriv --reuid=65534 --regid=65534 \
        --clear-groups "$BIN" simulate "$MODEL" -q -r 1 --out "$WORK/rootonly"
    grep -qi "permission denied" "$WORK/err" || fail "F31: the message does not say permission denied: $(cat "$WORK/err")"
    # A folder a team shares: another user's lock file, readable only, still serialises writers.
    mkdir -m 777 "$WORK/shared"
    expect_exit 0 "a set in a shared folder" -- "$BIN" simulate "$MODEL" -q -r 1 --out "$WORK/shared"
    expect_exit 0 "another user's set in the shared folder, past the first user's lock file" -- \
        setpriv --reuid=65534 --regid=65534 --clear-groups "$BIN" simulate "$MODEL" -q -r 1 --out "$WORK/shared"
fi

# F34: a full file system leaves no new folder behind (as root, on a small tmpfs).
if [[ $(id -u) == 0 ]] && mkdir "$WORK/mnt" && mount -t tmpfs -o size=200k tmpfs "$WORK/mnt" 2> /dev/null; then
    expect_exit 1 "F34: --out on a full file system" -- "$BIN" simulate "$MODEL" -q -r 2 --out "$WORK/mnt/a/new"
    [[ -z "$(ls -A "$WORK/mnt")" ]] || fail "F34: left behind: $(ls -A "$WORK/mnt")"
    umount "$WORK/mnt"
fi

# F59: with --suppress-below, no unsuppressed count in the folder to publish;
# they go only to --unsuppressed-out, outside it, marked not for publication.
cd "$SRC"
expect_exit 0 "F59: gaps with suppression, no --unsuppressed-out" -- "$BIN" gaps "$MODEL" -q -r 2 \
    --suppress-below 10 --out "$WORK/pub"
expect_absent "$WORK/pub/summary.json" "F59: no unsuppressed summary.json in the published folder"
expect_absent "$WORK/pub/unsuppressed" "F59: no unsuppressed folder in the published folder"
expect_exit 2 "F59: --unsuppressed-out inside --out" -- "$BIN" gaps "$MODEL" -q -r 2 --suppress-below 10 \
    --out "$WORK/pub" --unsuppressed-out "$WORK/pub/full"
expect_exit 2 "F59: --unsuppressed-out the same as --out" -- "$BIN" gaps "$MODEL" -q -r 2 --suppress-below 10 \
    --out "$WORK/pub" --unsuppressed-out "$WORK/pub/"
expect_exit 2 "F59: --unsuppressed-out without suppression" -- "$BIN" gaps "$MODEL" -q -r 2 \
    --out "$WORK/pub" --unsuppressed-out "$WORK/full"
expect_exit 0 "F59: gaps with --unsuppressed-out" -- "$BIN" gaps "$MODEL" -q -r 2 --suppress-below 10 \
    --out "$WORK/pub" --unsuppressed-out "$WORK/full"
for f in summary.json curves.csv; do
    expect_absent "$WORK/pub/$f" "F59: $f kept out of the published folder"
    [[ -s "$WORK/full/$f" ]] || fail "F59: $f not in --unsuppressed-out"
done
expect_in "$WORK/full/manifest.json" '"not_for_publication"' "F59: the unsuppressed set says it is not for publication"
expect_in "$WORK/S/manifest.json" '"not_for_publication"' "F59: a sensitivity study says it is not for publication"
grep -q not_for_publication "$WORK/pub/manifest.json" && fail "F59: the published folder is marked not for publication"

# F61: concurrent writers of one folder take turns; every folder ends a complete set.
SMALL="$SRC/tests/data/sim/small.json"
for i in 1 2 3 4 5 6; do
    "$BIN" simulate "$SMALL" -q -r 1 --seed "$i" --out "$WORK/d$i" > /dev/null 2>&1 &
    "$BIN" simulate "$SMALL" -q -r 2 --seed $((i + 100)) --out "$WORK/d$i" > /dev/null 2>&1 &
    "$BIN" compare "$SMALL" -s "$SRC/tests/data/sim/more_casework.json" -q -r 1 --out "$WORK/d$i" > /dev/null 2>&1 &
    wait
    python3 - "$WORK/d$i" <<'PY' || fail "F61: $WORK/d$i is not a complete set after three writers"
import hashlib, json, os, sys
d = sys.argv[1]
m = json.load(open(os.path.join(d, "manifest.json")))
for f in m["files"]:
    assert hashlib.sha256(open(os.path.join(d, f["name"]), "rb").read()).hexdigest() == f["sha256"], f
names = {f["name"] for f in m["files"]}
assert not (set(os.listdir(d)) - names - {"manifest.json", ".pathways-lock"} - set(m["not_in_this_set"])), os.listdir(d)
PY
done

finish
