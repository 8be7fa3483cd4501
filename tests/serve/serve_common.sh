# Helpers for the workbench tests: start `pathways serve` on a free port and
# stop it again. Sourced after tests/cli/common.sh.

# Every server a test starts is stopped when it ends, whatever happened.
SERVERS_STARTED=""
trap 'kill $SERVERS_STARTED 2>/dev/null; rm -rf "$WORK"' EXIT

# start_server NAME ARGS...: starts the server in the background; sets
# SERVER_PID and SERVER_URL (http://127.0.0.1:PORT/), or fails the test.
start_server() {
    local name="$1"
    shift
    "$BIN" serve "$@" --port 0 > "$WORK/$name.out" 2> "$WORK/$name.err" &
    SERVER_PID=$!
    SERVERS_STARTED="$SERVERS_STARTED $SERVER_PID"
    SERVER_URL=""
    # Up to 60 s: the server prepares the model before it prints its address,
    # and CI runs other tests beside this one.
    for _ in $(seq 1 1200); do
        SERVER_URL="$(grep -o 'http://[^ ]*/' "$WORK/$name.out" 2>/dev/null | head -n 1)"
        [[ -n "$SERVER_URL" ]] && return 0
        kill -0 "$SERVER_PID" 2>/dev/null || break
        sleep 0.05
    done
    fail "$name: the server did not start: $(head -c 400 "$WORK/$name.err")"
    return 1
}

# stop_server: SIGTERM, then the server must end cleanly (exit 0) within 10 s.
stop_server() {
    kill -TERM "$SERVER_PID" 2>/dev/null
    local code=0
    timeout 10 tail --pid="$SERVER_PID" -f /dev/null || fail "the server did not stop within 10 s of SIGTERM"
    wait "$SERVER_PID" || code=$?
    [[ $code == 0 ]] || fail "the server exited $code after SIGTERM"
}

# The test's Node modules (playwright-core), installed by tools/setup.sh --tests.
node_modules_ready() {
    [[ -d "$SRC/tests/serve/node_modules/playwright-core" ]] ||
        { fail "tests/serve/node_modules is missing (tools/setup.sh --tests installs it)"; return 1; }
}
