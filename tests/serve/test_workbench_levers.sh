#!/usr/bin/env bash
# The workbench and levers: a model with levers offers its levers (under
# "levers", grouped by action) before its own figures, and runs what-ifs that
# set them by id, refusing a value outside a lever's range by its pointer; for a model without levers the
# server, not the page, turns the figures into a scenario's patch and
# rebalances a changed share's group (POST /api/what-if).
source "$(dirname "$0")/../cli/common.sh"
source "$(dirname "$0")/serve_common.sh"
cd "$SRC"

post() {  # post PATH BODY: prints the HTTP status; the body goes to $WORK/body
    curl -s -o "$WORK/body" -w '%{http_code}' -X POST -H 'Content-Type: application/json' --data-binary "$2" \
        "${SERVER_URL}$1"
}

start_server levers tests/data/levers/model.json -j 2 && {
    curl -s "${SERVER_URL}api/model" > "$WORK/model.json"
    python3 - "$WORK/model.json" <<'PY' || fail "/api/model does not offer the model's levers as its controls"
import json, sys
m = json.load(open(sys.argv[1]))
[c] = m["levers"]
assert c["lever_id"] == "deposit_scheme" and c["pointer"] == "/levers/deposit_scheme", c
# The action, then the lever in its words.
assert c["section_label"] == "Deposit scheme" and c["label"] == "Households helped a year", c
assert c["unit"] == "households a year", c
assert (c["value"], c["minimum"], c["maximum"]) == (60, 30, 180), c
# The model's own figures are offered too, below the levers.
pointers = [f["pointer"] for f in m["controls"]]
assert "/stages/deposit_scheme/capacity" in pointers, pointers
share = next(f for f in m["controls"] if f["pointer"] == "/stages/move_on/next/0/p")
assert share["label"] == "Share going on to Deposit and rent-in-advance scheme, for single households", share
assert share["decimals"] == 1 and share["shown_as"] == 100, share
arrivals = next(f for f in m["controls"] if f["group"] == "arrivals")
assert arrivals["unit"] == "households a year" and arrivals["shown_as"] == 365.25, arrivals
PY
    [[ $(post api/compare '{"format": "pathways-scenario/1", "name": "Twice", "levers": {"deposit_scheme": 120}}') == 200 ]] ||
        fail "a what-if setting a lever: $(head -c 300 "$WORK/body")"
    [[ $(post api/compare '{"format": "pathways-scenario/1", "name": "Too many", "levers": {"deposit_scheme": 600}}') == 400 ]] ||
        fail "a lever value outside its range was not refused"
    grep -q '"pointer":"/levers/deposit_scheme"' "$WORK/body" || fail "the refusal does not name the lever's pointer"
    grep -q 'must lie within the lever' "$WORK/body" || fail "the refusal does not say why: $(head -c 300 "$WORK/body")"
    stop_server
}

share=/stages/move_on_single/next/0/p
start_server figures tests/data/valid/format_1_1.json -j 2 && {
    [[ $(post api/what-if "{\"values\": {\"$share\": 0.5}, \"rebalance\": \"$share\"}") == 200 ]] ||
        fail "a share changed by hand: $(head -c 300 "$WORK/body")"
    python3 - "$WORK/body" <<'PY' || fail "the server did not rebalance the share's group"
import json, sys
a = json.load(open(sys.argv[1]))
assert a["values"]["/stages/move_on_single/next/1/p"] == 0.5, a["values"]
assert [e["p"] for e in a["patch"]["stages"]["move_on_single"]["next"]] == [0.5, 0.5], a["patch"]
# Figures as in force when the cohort arrives: a regime from before then sets these places.
assert a["values"]["/stages/rns_casework/capacity"] == 25, a["values"]
PY
    python3 -c "import json,sys; print(json.dumps({'format': 'pathways-scenario/1', 'name': 'Half', \
        'patch': json.load(open(sys.argv[1]))['patch']}))" "$WORK/body" > "$WORK/half.json"
    [[ $(post api/compare "@$WORK/half.json") == 200 ]] || fail "the server's patch does not run: $(head -c 300 "$WORK/body")"
    # The move-on days are set by a regime in force from before the cohort: the patch sets them there too.
    [[ $(post api/what-if '{"values": {"/deadlines/move_on_ends/after": 40}}') == 200 ]] || fail "a figure set"
    grep -q '"regimes":{"current_rules":{"patch":{"deadlines":{"move_on_ends":{"after":40' "$WORK/body" ||
        fail "the figure is not set in the regime that overrides it: $(head -c 300 "$WORK/body")"
    # A what-if that sets the move-on days in the base model only is answered with a warning naming the regime.
    [[ $(post 'api/compare?replications=2' '{"format": "pathways-scenario/1", "name": "base only",
        "patch": {"deadlines": {"move_on_ends": {"after": 40}}}}') == 200 ]] || fail "a base-only what-if did not run"
    python3 - "$WORK/body" <<'PY' || fail "the answer does not warn of the regime that sets the figure again"
import json, sys
warnings = json.load(open(sys.argv[1]))["view"]["warnings"]
assert any("current_rules" in w and "sets again" in w for w in warnings), warnings
PY
    [[ $(post api/what-if '{"values": {"/stages/nowhere/capacity": 3}}') == 400 ]] || fail "an unknown control was taken"
    [[ $(post api/what-if '{"values": {}, "rebalance": "/stages/rns_casework/capacity"}') == 400 ]] ||
        fail "a rebalance of a figure that is not a share was taken"
    [[ $(post api/what-if '[1, 2') == 400 ]] || fail "a body that is not JSON was taken"
    stop_server
}
finish
