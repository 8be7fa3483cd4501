#!/usr/bin/env bash
# serve --worlds: each control's plausible band is its range over a
# calibration's worlds, in the control's own terms (a `scale` entry's
# multipliers times the figure), and says so; without --worlds the bands are
# the prior ranges; a bad worlds file stops the server before it listens.
source "$(dirname "$0")/../cli/common.sh"
source "$(dirname "$0")/serve_common.sh"
cd "$SRC"
MODEL="$WORK/model.json"
# The test model with a multiplier on the arrivals (2 a day) besides its four ranges.
python3 - tests/data/sensitivity/model.json "$MODEL" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))
m["uncertainty"]["arrivals"] = {"label": "arrivals", "path": "/arrivals/grants/rate_per_day", "scale": True,
                                "low": 0.5, "high": 1.5, "source": "assumption"}
json.dump(m, open(sys.argv[2], "w"))
PY
# casework_places, lost_after_casework, patience, move_on_stay, arrivals
python3 tests/cli/worlds_file.py "$MODEL" "$WORK/worlds.csv" "4,0.2,3.5,8,0.9;7,0.4,9,13,1.2;5,0.3,2.5,11,1"

# bands FILE: "pointer low high source" for each control with a band.
bands() {
    python3 -c "import json,sys
for c in json.load(open(sys.argv[1]))['controls']:
    if 'plausible' in c: print(c['pointer'], c['plausible']['low'], c['plausible']['high'], c['plausible']['source'])" "$1"
}

start_server worlds "$MODEL" --worlds "$WORK/worlds.csv" -j 1 && {
    curl -s "${SERVER_URL}api/model" > "$WORK/with.json"
    bands "$WORK/with.json" > "$WORK/with.txt"
    expect_in "$WORK/with.txt" "/stages/casework/capacity 4.0 7.0 the range over 3 calibrated plausible worlds" \
        "a figure's band is its range over the worlds"
    expect_in "$WORK/with.txt" "/stages/move_on/duration/mean 8.0 13.0 the range over 3" "every parameter's band comes from the worlds"
    expect_in "$WORK/with.txt" "/arrivals/grants/rate_per_day 1.8 2.4 the range over 3" \
        "a multiplier's band is in the figure's terms"
    stop_server
}
start_server prior "$MODEL" -j 1 && {
    curl -s "${SERVER_URL}api/model" > "$WORK/without.json"
    bands "$WORK/without.json" > "$WORK/without.txt"
    expect_in "$WORK/without.txt" "/stages/casework/capacity 3.0 8.0 assumption" "without --worlds the band is the prior's"
    expect_in "$WORK/without.txt" "/arrivals/grants/rate_per_day 1.0 3.0 assumption" "a multiplier's prior band"
    stop_server
}

printf 'world,uncertainty_sha256\n' > "$WORK/bad.csv"
for bad in bad missing; do
    expect_exit 2 "a $bad worlds file stops the server" -- timeout 20 "$BIN" serve "$MODEL" --worlds "$WORK/$bad.csv" --port 0
    [[ $(grep -vc "^Try 'pathways" "$WORK/err") == 1 ]] || fail "the refusal of a $bad worlds file is not one line: $(cat "$WORK/err")"
    grep -q "http://" "$WORK/out" && fail "the server listened with a $bad worlds file"
done
finish
