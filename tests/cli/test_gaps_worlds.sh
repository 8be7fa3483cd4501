#!/usr/bin/env bash
# pathways gaps --worlds: the report's checks against published figures from a
# calibration (validation apart from calibration targets, how often the
# plausible worlds meet each, what the figures taught us, or the targets that
# cannot be met together), "How sure are we" across the kept worlds, the same
# bytes on any thread count, and every bad worlds or calibration file refused
# with nothing written.
source "$(dirname "$0")/common.sh"
cd "$SRC"
data=tests/data/gaps_worlds
model=$data/model.json
section() {  # section FILE ID: the text of <section id=ID>, for greps that must not match elsewhere
    python3 -c 'import re,sys; print(re.search(r"<section id=\"%s\".*?</section>" % sys.argv[2], open(sys.argv[1]).read(), re.S).group(0))' "$1" "$2"
}

expect_exit 0 "gaps with the kept worlds" -- "$BIN" gaps "$model" --compare-with $data/faster_renting.json \
    --worlds $data/kept/worlds.csv -q --out "$WORK/k"
section "$WORK/k/report.html" targets > "$WORK/targets.html"
expect_in "$WORK/targets.html" "Validation checks: the honest test" "the validation group"
expect_in "$WORK/targets.html" "never used to fit the model" "the validation group says why it is the honest test"
expect_in "$WORK/targets.html" "Calibration targets: the figures the model was fitted to" "the calibration group"
expect_in "$WORK/targets.html" "meeting them proves little" "the calibration group says what meeting them proves"
expect_in "$WORK/targets.html" "<td>64% of 40 plausible worlds</td>" "a validation target's met share"
expect_in "$WORK/targets.html" "backtest: backtest_2023" "a backtest's target, labelled with its scenario"
expect_in "$WORK/targets.html" "<td>12% of 40 plausible worlds</td>" "the backtest target's met share"
expect_in "$WORK/targets.html" "3 waves (200, 200 and 200 sets" "the waves tried"
expect_in "$WORK/targets.html" "61, 48 and 40 kept) and kept 40 plausible worlds" "the waves kept"
expect_in "$WORK/targets.html" "What the published figures taught us" "the narrowing table"
expect_in "$WORK/targets.html" "<td>15% to 45%</td><td>18% to 30%</td><td><strong>Yes</strong></td>" "a share narrowed, in percent"
expect_in "$WORK/targets.html" "<td>×0.6 to ×1.6</td><td>×0.62 to ×1.57</td><td>No</td>" "a multiplier, not narrowed"
# The validation group comes first, and holds no calibration target.
validation="$(sed -n '/the honest test<\/h3>/,/fitted to<\/h3>/p' "$WORK/targets.html")"
grep -q "Share losing contact" <<< "$validation" || fail "the validation target is not in the validation group"
grep -q "Share settled" <<< "$validation" && fail "a calibration target is in the validation group"
section "$WORK/k/report.html" sensitivity > "$WORK/sure.html"
expect_in "$WORK/sure.html" "each of the 40 plausible worlds kept by calibration" "How sure are we says whose worlds"
expect_in "$WORK/sure.html" "Faster private renting" "the what-if's robustness across the worlds"

# The same bytes whatever the threads (the report names its own command line).
for j in 1 2; do
    expect_exit 0 "gaps --worlds -j $j" -- "$BIN" gaps "$model" --compare-with $data/faster_renting.json \
        --worlds $data/kept/worlds.csv -q -j $j --out "$WORK/j$j"
    grep -v "Produced by:" "$WORK/j$j/report.html" > "$WORK/j$j/report.body"
done
cmp -s "$WORK/j1/gaps.json" "$WORK/j2/gaps.json" || fail "gaps.json differs between -j 1 and -j 2"
cmp -s "$WORK/j1/report.body" "$WORK/j2/report.body" || fail "report.html differs between -j 1 and -j 2"

# A calibration that kept no world: its finding, stated plainly.
expect_exit 0 "gaps with a calibration that kept none" -- "$BIN" gaps "$model" --worlds $data/none/worlds.csv \
    -q --out "$WORK/n"
section "$WORK/n/report.html" targets > "$WORK/none.html"
expect_in "$WORK/none.html" "never together: “Share sleeping rough” with “Share settled in a private tenancy”" \
    "the pair that cannot be met together"
expect_in "$WORK/none.html" "the model's structure, not its numbers" "what the finding means"
grep -q "taught us" "$WORK/none.html" && fail "a narrowing table without a kept world"

# What `pathways calibrate` writes reads as the hand-made files do: kept worlds, and none.
cal=tests/data/calibration
expect_exit 0 "calibrating a model" -- "$BIN" calibrate $cal/known_truth.json --draws 60 -r 2 \
    --with-targets $cal/earlier_period.json --quiet --out "$WORK/cal"
expect_exit 0 "gaps on the calibration" -- "$BIN" gaps $cal/known_truth.json --worlds "$WORK/cal/worlds.csv" -q \
    --out "$WORK/real"
section "$WORK/real/report.html" targets > "$WORK/real.html"
expect_in "$WORK/real.html" "backtest: earlier_period" "the backtest's figure, with its scenario"
expect_in "$WORK/real.html" "<th scope=\"row\">share who ask the council</th><td>30% to 90%</td>" "the narrowing"
grep -qE "<td>[0-9]+% of [0-9]+ plausible worlds</td>" "$WORK/real.html" || fail "no met share from calibrate's file"
python3 -c "import json,sys; m=json.load(open(sys.argv[1])); t=m['targets']['housed_share']; t['role']='calibration'; \
t['low'], t['high'] = 0.1, 0.12; json.dump(m, open(sys.argv[2], 'w'))" $cal/known_truth.json "$WORK/impossible.json"
expect_exit 0 "calibrating figures that cannot be met" -- "$BIN" calibrate "$WORK/impossible.json" --draws 30 -r 2 \
    --quiet --out "$WORK/impossible"
expect_exit 0 "gaps on a calibration that kept none" -- "$BIN" gaps "$WORK/impossible.json" \
    --worlds "$WORK/impossible/worlds.csv" -q --out "$WORK/real_none"
section "$WORK/real_none/report.html" targets > "$WORK/real_none.html"
expect_in "$WORK/real_none.html" "No world tried meets “Share housed”, even alone" "the figure no world meets"

# Without --worlds the section is as it was.
expect_exit 0 "gaps without --worlds" -- "$BIN" gaps "$model" -q --out "$WORK/p"
section "$WORK/p/report.html" targets > "$WORK/plain.html"
expect_in "$WORK/plain.html" "<h3>Validation checks</h3>" "the plain validation group"
grep -qE "Met in|taught us|plausible worlds" "$WORK/plain.html" && fail "calibration words without --worlds"

# With --worlds, a Morris screening may come too; a sample of the prior ranges may not.
expect_exit 0 "a Morris screening" -- "$BIN" sensitivity "$model" --draws 2 -r 2 --out "$WORK/morris"
expect_exit 0 "a prior sample" -- "$BIN" sensitivity "$model" --method uncertainty --draws 4 -r 2 --out "$WORK/prior"
expect_exit 0 "gaps --worlds with a screening" -- "$BIN" gaps "$model" --worlds $data/kept/worlds.csv \
    --sensitivity "$WORK/morris" -q --out "$WORK/m"
expect_in "$WORK/m/report.html" "A screening ran the model" "the screening is read"
expect_in "$WORK/m/report.html" "40 plausible worlds kept by calibration" "and the spread is the worlds'"
expect_exit 2 "gaps --worlds with a prior sample" -- "$BIN" gaps "$model" --worlds $data/kept/worlds.csv \
    --sensitivity "$WORK/prior" -q --out "$WORK/bad"
expect_in "$WORK/err" "cannot go with --worlds" "the refusal says why"

# Bad worlds and calibration files: exit 2, one clear line, nothing written.
bad_folder() {  # bad_folder NAME: a copy of the kept calibration to spoil
    mkdir -p "$WORK/$1" && cp $data/kept/worlds.csv $data/kept/calibration.json "$WORK/$1/"
}
refused() {  # refused DESCRIPTION TEXT WORLDS [MODEL]
    expect_exit 2 "$1" -- "$BIN" gaps "${4:-$model}" --worlds "$3" -q --out "$WORK/bad"
    expect_in "$WORK/err" "$2" "$1: the message"
    expect_absent "$WORK/bad" "$1: nothing written"
}
refused "a missing worlds file" "cannot read" "$WORK/nowhere/worlds.csv"
refused "worlds of another model" "other uncertain parameters" $data/kept/worlds.csv tests/data/sensitivity/model.json
bad_folder other && sed -i "s/,[0-9a-f]\{64\},/,$(printf '%064d' 0),/" "$WORK/other/worlds.csv" &&
    rm "$WORK/other/calibration.json"
refused "worlds with another fingerprint" "calibrated for other uncertain parameters" "$WORK/other/worlds.csv"
bad_folder malformed && printf 'not,a,worlds,file\n1,2,3,4\n' > "$WORK/malformed/worlds.csv"
refused "a malformed worlds file" "not a worlds.csv written by" "$WORK/malformed/worlds.csv"
bad_folder format && sed -i 's/pathways-calibration\/1/pathways-sensitivity\/1/' "$WORK/format/calibration.json"
refused "a calibration.json that is not a calibration" "/format: must be" "$WORK/format/worlds.csv"
bad_folder share && python3 - "$WORK/share/calibration.json" <<'EOF'
import json, sys
c = json.load(open(sys.argv[1]))
c["targets"]["lost_share"]["met_share"] = "most"
json.dump(c, open(sys.argv[1], "w"))
EOF
refused "a met share that is not a number" "/targets/lost_share/met_share: must be a number" "$WORK/share/worlds.csv"
bad_folder prior && python3 - "$WORK/prior/calibration.json" <<'EOF'
import json, sys
c = json.load(open(sys.argv[1]))
c["parameters"]["patience"]["prior"] = [10]
json.dump(c, open(sys.argv[1], "w"))
EOF
refused "a prior that is not a range" "/parameters/patience/prior: must be [low, high]" "$WORK/prior/worlds.csv"
bad_folder json && printf '{"format": "pathways-calibration/1",' > "$WORK/json/calibration.json"
refused "a calibration.json that is not JSON" "calibration.json" "$WORK/json/worlds.csv"
bad_folder count && sed -i 's/"worlds_kept": 40/"worlds_kept": 41/' "$WORK/count/calibration.json"
refused "a calibration that kept other worlds" "from different calibrations" "$WORK/count/worlds.csv"
mkdir -p "$WORK/mixed" && cp $data/kept/worlds.csv "$WORK/mixed/" && cp $data/none/calibration.json "$WORK/mixed/"
refused "worlds beside a calibration that kept none" "says none were kept" "$WORK/mixed/worlds.csv"
finish
