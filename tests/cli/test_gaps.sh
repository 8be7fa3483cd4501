#!/usr/bin/env bash
# pathways gaps: the ranked gaps, the files under --out, suppression, and
# nothing written on failure.
source "$(dirname "$0")/common.sh"
cd "$SRC"
model=tests/data/gaps_model.json

expect_exit 0 "gaps runs" -- "$BIN" gaps "$model" -r 3 -q --out "$WORK/g"
for f in gaps.json gaps.csv report.html summary.json curves.csv; do
    [[ -s "$WORK/g/$f" ]] || fail "gaps --out wrote no $f"
done
expect_in "$WORK/out" "report: $WORK/g/report.html" "stdout names the report"
expect_in "$WORK/out" "rank" "stdout has the ranked table"
expect_in "$WORK/g/gaps.json" '"format": "pathways-gaps/1"' "gaps.json format"
expect_in "$WORK/g/gaps.csv" "rank,stage,label,kind,people_mean" "gaps.csv header"
expect_in "$WORK/g/curves.csv" "day,outcome,share_reached" "curves.csv header"
expect_in "$WORK/g/curves.csv" "still_in_pathway" "curves.csv still in the pathway"
for id in summary diagram outcomes curves by-attribute occupancy gaps comparison targets sources; do
    expect_in "$WORK/g/report.html" "<section id=\"$id\"" "report section $id"
done
if grep -qiE 'https?:|//' "$WORK/g/report.html"; then
    fail "report.html holds an address: $(grep -oiE '.{30}(https?:|//).{30}' "$WORK/g/report.html" | head -3)"
fi

expect_exit 0 "gaps with a comparison" -- "$BIN" gaps "$model" -r 3 -q \
    --compare-with tests/data/gaps_scenario.json --out "$WORK/c"
expect_in "$WORK/c/gaps.csv" "Deposit help for private lets: change_mean" "gaps.csv has scenario change columns"
expect_in "$WORK/c/report.html" "Deposit help for private lets" "the report shows the scenario"

expect_exit 0 "gaps with suppression" -- "$BIN" gaps "$model" -r 3 -q --suppress-below 1000000 --out "$WORK/s"
expect_in "$WORK/s/gaps.csv" "<1000000" "counts under N shown as <N in gaps.csv"
expect_in "$WORK/s/report.html" "&lt;1000000" "counts under N shown as <N in the report"
if grep -qE '^[0-9]+,[a-z_]+,[^,]*,[a-z_]+,[0-9]' "$WORK/s/gaps.csv"; then
    fail "a raw count survived suppression in gaps.csv"
fi

expect_exit 2 "gaps without --out" -- "$BIN" gaps "$model"
expect_exit 2 "gaps with an invalid model" -- "$BIN" gaps tests/data/no_such_model.json --out "$WORK/bad"
expect_absent "$WORK/bad" "nothing written for an invalid model"
expect_exit 1 "gaps without the chart libraries" -- \
    env PATHWAYS_ASSETS_DIR="$WORK/nowhere" "$BIN" gaps "$model" -r 2 -q --out "$WORK/na"
expect_in "$WORK/err" "npm ci" "the missing-assets message says how to install them"
expect_absent "$WORK/na" "nothing written when the assets are missing"
finish
