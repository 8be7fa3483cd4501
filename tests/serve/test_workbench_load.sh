#!/usr/bin/env bash
# The workbench under a burst, on the reference model: 40 what-ifs sent at
# once to a server whose queue holds 8 are each answered 200 or 503, none
# otherwise and none reset; every refusal past the queue comes within 100 ms
# (the queue admits or refuses before reading the what-if as a scenario); the
# server's resident memory stays under 250 MB throughout (README, "An officer
# with a what-if"); and it answers as before afterwards. Bad input to every
# endpoint is a JSON error with its status, and a what-if far too large, or far
# outside what is plausible, is refused at once in words.
source "$(dirname "$0")/../cli/common.sh"
source "$(dirname "$0")/serve_common.sh"
cd "$SRC"
node_modules_ready || finish

status() {  # status [CURL ARGS...]: prints the HTTP status code; the body goes to $WORK/body
    curl -s -o "$WORK/body" -w '%{http_code}' "$@"
}
post() {  # post PATH BODY [CURL ARGS...]
    local path="$1" body="$2"
    shift 2
    status -X POST -H 'Content-Type: application/json' --data-binary "$body" "$@" "${SERVER_URL}$path"
}
is_json_error() {  # is_json_error DESCRIPTION: the body is {"error": words} or {"problems": [...]}
    python3 -c "import json,sys; b=json.load(open(sys.argv[1])); assert b.get('error') or b.get('problems')" \
        "$WORK/body" 2>/dev/null || fail "$1: the answer is not a JSON error: $(head -c 200 "$WORK/body")"
}
ms() { date +%s%3N; }

start_server load models/hackney.json -j 2 --queue 8 && {
    (cd tests/serve && timeout 200 node workbench_load.mjs burst "$SERVER_URL" 40 10 "$SERVER_PID" 250) \
        > "$WORK/burst.txt" 2>&1 || fail "$(grep -m 5 -E 'FAIL|Error' "$WORK/burst.txt")"
    cat "$WORK/burst.txt"
    [[ $(status "${SERVER_URL}api/model") == 200 ]] || fail "the server does not answer after the burst"

    # Bad input to every endpoint: a JSON error with its status, never a crash.
    [[ $(post api/compare '{"format": "pathways-scenario/1", "name": "x", "patch": ') == 400 ]] ||
        fail "malformed JSON to /api/compare"
    is_json_error "malformed JSON to /api/compare"
    [[ $(post api/compare '{"format": "pathways-scenario/1", "name": "x", "levers": {"no_such": 2}}') == 400 ]] ||
        fail "an unknown lever"
    is_json_error "an unknown lever"
    [[ $(post api/compare '{"format": "pathways-scenario/1", "name": "x", "levers": {"rns_places": 400}}') == 400 ]] ||
        fail "a lever out of its range"
    is_json_error "a lever out of its range"
    [[ $(post api/what-if '{"values": {"/stages/nowhere/capacity": 3}}') == 400 ]] || fail "an unknown figure"
    is_json_error "an unknown figure"
    [[ $(post api/what-if 'not json') == 400 ]] || fail "malformed JSON to /api/what-if"
    is_json_error "malformed JSON to /api/what-if"
    [[ $(post api/report '[1,') == 400 ]] || fail "malformed JSON to /api/report"
    is_json_error "malformed JSON to /api/report"
    head -c 1100000 /dev/zero | tr '\0' ' ' > "$WORK/big.json"
    for path in api/compare api/what-if api/report; do
        [[ $(post "$path" "@$WORK/big.json") == 413 ]] || fail "an oversize body to /$path"
        is_json_error "an oversize body to /$path"
    done
    [[ $(status "${SERVER_URL}no/such/page") == 404 ]] || fail "an unknown path"
    is_json_error "an unknown path"
    [[ $(status -X DELETE "${SERVER_URL}api/model") =~ ^(404|405)$ ]] || fail "an unknown method"

    # Far too many people (5,000 arrivals a day) is refused at once, in words, before it runs.
    t0=$(ms)
    [[ $(post api/compare '{"format": "pathways-scenario/1", "name": "crowd",
        "patch": {"arrivals": {"grants_single": {"rate_per_day": 5000}}}}') == 422 ]] ||
        fail "5,000 arrivals a day were not refused: $(head -c 300 "$WORK/body")"
    (($(ms) - t0 < 2000)) || fail "the refusal of 5,000 arrivals a day took $(($(ms) - t0)) ms"
    grep -q "too large for the server to run" "$WORK/body" || fail "the refusal does not say why"
    # A figure beyond 100 times its plausible range runs only when confirmed.
    far='"patch": {"stages": {"rns_casework": {"capacity": 5000}}}'
    [[ $(post 'api/compare?replications=2' "{\"format\": \"pathways-scenario/1\", \"name\": \"far\", $far}") == 422 ]] ||
        fail "a figure 250 times its plausible top ran unconfirmed"
    grep -q '"confirm":\[' "$WORK/body" || fail "the refusal does not list what to confirm"
    [[ $(post 'api/compare?replications=2' "{\"format\": \"pathways-scenario/1\", \"name\": \"far\", \"confirm\": true, $far}") == 200 ]] ||
        fail "a confirmed what-if did not run: $(head -c 300 "$WORK/body")"
    stop_server
}
finish
