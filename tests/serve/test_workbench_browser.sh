#!/usr/bin/env bash
# The workbench in the installed Chromium, on the reference model and on a
# small format 1.1 test model: an officer changes Refugee Next Steps' places
# and the move-on days (or time), runs, and the table the page shows is the one
# `pathways compare` prints for the downloaded what-if; an invalid value gets
# its message beside the control; the page does not scroll sideways at 200%.
# On the reference model with its levers, as an officer: levers first, a
# lever-based what-if under "You changed", out of date when a control moves,
# reopened from its share link, printed on at most two A4 pages, places never
# full said so, a figure far outside its range run only once confirmed
# (workbench_officer.mjs).
source "$(dirname "$0")/../cli/common.sh"
source "$(dirname "$0")/serve_common.sh"
cd "$SRC"
node_modules_ready || finish

check_model() {  # check_model NAME MODEL REPLICATIONS POINTER VALUE (the second figure to change)
    local name="$1" model="$2" replications="$3" out="$WORK/$1"
    mkdir -p "$out"
    start_server "$name" "$model" -j 2 --scenarios "$SRC/scenarios" || return
    (cd "$SRC/tests/serve" && timeout 120 node workbench_page.mjs "$SERVER_URL" "$out" "$replications" "$4" "$5") \
        > "$out/page.txt" 2>&1 || fail "$name: $(grep -m 5 -E 'FAIL|Error' "$out/page.txt")"
    stop_server
    [[ -s "$out/what-if.json" ]] || return
    "$BIN" compare "$model" -s "$out/what-if.json" -r "$replications" -q > "$out/compare.txt" 2> "$out/compare.err" ||
        fail "$name: compare refused the downloaded what-if: $(head -c 400 "$out/compare.err")"
    cmp -s "$out/compare.txt" "$out/table.txt" ||
        fail "$name: the page's table differs from compare's: $(diff "$out/table.txt" "$out/compare.txt" | head -n 8)"
    [[ -n "${PATHWAYS_SCREENSHOTS:-}" ]] && cp "$out"/*.png "$PATHWAYS_SCREENSHOTS/" 2>/dev/null
    return 0
}

# The reference model offers its levers as the controls (test_workbench_levers.sh);
# here its figures are the controls, as for a model without levers: the page's
# figure controls on the largest model. Scenarios that set levers do not apply
# to it and are not offered as presets.
python3 - "$SRC/models/hackney.json" "$WORK/hackney_figures.json" <<'PY'
import json, sys
model = json.load(open(sys.argv[1]))
model.pop("levers", None)
json.dump(model, open(sys.argv[2], "w"), indent=1)
PY
check_model reference "$WORK/hackney_figures.json" 10 /deadlines/relief_duty_ends/after 84
# In the test model a regime in force from before the cohort sets the move-on days: the page must change it there too.
check_model test_model tests/data/valid/format_1_1.json 5 /deadlines/move_on_ends/after 40

mkdir -p "$WORK/officer"
start_server officer models/hackney.json -j 2 --scenarios "$SRC/scenarios" && {
    (cd "$SRC/tests/serve" && timeout 240 node workbench_officer.mjs "$SERVER_URL" "$WORK/officer" 30) \
        > "$WORK/officer/page.txt" 2>&1 || fail "officer: $(grep -m 5 -E 'FAIL|Error' "$WORK/officer/page.txt")"
    grep -v '^FAIL' "$WORK/officer/page.txt"
    stop_server
    [[ -n "${PATHWAYS_SCREENSHOTS:-}" ]] && cp "$WORK/officer"/*.png "$WORK/officer"/*.pdf "$PATHWAYS_SCREENSHOTS/" 2>/dev/null
}
finish
