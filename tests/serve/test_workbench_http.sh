#!/usr/bin/env bash
# The workbench server over HTTP: the page and its policy, money in pounds, 20 concurrent
# what-ifs all answered and correct (p95 latency printed), 503 at once past the
# queue, 413 past the body cap, 400 for bad replications and invalid
# scenarios (problems by pointer), a port already in use refused, 401 without
# the token on another address, refused at start without one, and a clean
# stop on SIGTERM.
source "$(dirname "$0")/../cli/common.sh"
source "$(dirname "$0")/serve_common.sh"
cd "$SRC"
model=tests/data/valid/format_1_1.json

status() {  # status [CURL ARGS...]: prints the HTTP status code
    curl -s -o "$WORK/body" -w '%{http_code}' -D "$WORK/headers" "$@"
}

post() {  # post PATH BODY-FILE [CURL ARGS...]
    local path="$1" body="$2"
    shift 2
    status -X POST -H 'Content-Type: application/json' --data-binary "@$body" "$@" "${SERVER_URL}$path"
}

echo '{"format": "pathways-scenario/1", "name": "none", "patch": {}}' > "$WORK/none.json"
echo '{"format": "pathways-scenario/1", "name": "bad", "patch": {"stages": {"rns_casework": {"capacity": 0}}}}' \
    > "$WORK/bad.json"

start_server main "$model" -j 2 && {
    [[ $(status "$SERVER_URL") == 200 ]] || fail "GET / did not answer 200"
    grep -qi "^Content-Security-Policy: default-src 'none'" "$WORK/headers" || fail "GET / has no strict policy"
    grep -qi "unsafe-eval\|unsafe-inline" "$WORK/headers" && fail "the page's policy allows eval or inline code"
    [[ $(status "${SERVER_URL}api/model") == 200 ]] || fail "GET /api/model did not answer 200"
    port="${SERVER_URL##*:}"
    expect_exit 1 "a second server on a port in use" -- "$BIN" serve "$model" --port "${port%/}"
    expect_in "$WORK/err" "cannot listen" "the refusal says the port cannot be had"
    grep -q '"pointer":"/stages/rns_casework/capacity"' "$WORK/body" || fail "/api/model has no capacity control"
    grep -q '"plausible":{"low":20.0,"high":80.0' "$WORK/body" || fail "/api/model lacks the plausible range"
    # A regime in force from before the cohort sets the move-on days: the control must set them there too.
    grep -q '"writes":\["/deadlines/move_on_ends/after","/regimes/current_rules/patch/deadlines/move_on_ends/after"\]' \
        "$WORK/body" || fail "the move-on days control does not set the regime that overrides the base model"
    [[ $(post api/compare "$WORK/none.json") == 200 ]] || fail "a what-if that changes nothing: $(head -c 300 "$WORK/body")"
    grep -q '"format":"pathways-comparison/1"' "$WORK/body" || fail "the answer is not pathways-comparison/1"
    python3 - "$WORK/body" <<'PY' || fail "the page's words for money are not in pounds"
import json, sys
view = json.load(open(sys.argv[1], encoding="utf-8"))["view"]
cost = next(r for r in view["rows"] if r["path"] == "cost.total")
assert cost["now"].startswith("£") and "," in cost["now"], cost
assert "GBP" not in json.dumps(view), "GBP in the page's words"
PY
    [[ $(post api/compare "$WORK/bad.json") == 400 ]] || fail "an invalid what-if did not answer 400"
    grep -q '"pointer":"/stages/rns_casework/capacity"' "$WORK/body" || fail "the problem does not name its pointer"
    [[ $(post 'api/compare?replications=201' "$WORK/none.json") == 400 ]] || fail "201 replications not refused"
    head -c 1100000 /dev/zero | tr '\0' ' ' > "$WORK/big.json"
    [[ $(post api/compare "$WORK/big.json") == 413 ]] || fail "a body over 1 MiB did not get 413"
    [[ $(status -X POST --data-binary "@$WORK/none.json" "${SERVER_URL}api/compare") == 415 ]] ||
        fail "a what-if sent as a form was not refused"
    [[ $(post api/report "$WORK/none.json") == 200 ]] || fail "the report: $(head -c 300 "$WORK/body")"
    grep -q "^<!DOCTYPE html>" "$WORK/body" || fail "the report is not an HTML page"
    (cd tests/serve && timeout 120 node workbench_load.mjs concurrent "$SERVER_URL" 20 5) > "$WORK/load.txt" 2>&1 ||
        fail "$(grep -m 5 FAIL "$WORK/load.txt")"
    cat "$WORK/load.txt"
    stop_server
    grep -q "stopped" "$WORK/main.err" || fail "the server did not say it stopped"
}

start_server short "$model" -j 2 --queue 2 && {
    (cd tests/serve && timeout 120 node workbench_load.mjs overflow "$SERVER_URL" 12 60) > "$WORK/over.txt" 2>&1 ||
        fail "$(grep -m 5 FAIL "$WORK/over.txt")"
    cat "$WORK/over.txt"
    stop_server
}

start_server slow models/hackney.json -j 2 --max-seconds 0.001 && {
    [[ $(post api/compare "$WORK/none.json") == 500 ]] || fail "a run past --max-seconds was not stopped"
    grep -q "time limit" "$WORK/body" || fail "the answer does not say the time limit stopped it"
    [[ $(status "${SERVER_URL}api/model") == 200 ]] || fail "the server does not go on after a stopped run"
    stop_server
}

expect_exit 2 "another address without a token" -- "$BIN" serve "$model" --host 0.0.0.0 --port 0
expect_in "$WORK/err" "--token-file" "the refusal names --token-file"
printf 'a-secret-of-thirty-two-characters\n' > "$WORK/token"
start_server token "$model" --host 0.0.0.0 --token-file "$WORK/token" && {
    SERVER_URL="${SERVER_URL/0.0.0.0/127.0.0.1}"
    [[ $(status "${SERVER_URL}api/model") == 401 ]] || fail "no token did not get 401"
    [[ $(status -H 'Authorization: Bearer wrong' "${SERVER_URL}api/model") == 401 ]] || fail "a wrong token got in"
    [[ $(status -H 'Authorization: Bearer a-secret-of-thirty-two-characters' "${SERVER_URL}api/model") == 200 ]] ||
        fail "the right token did not get in"
    stop_server
}
finish
