#!/usr/bin/env bash
# The workbench server against a hostile page and a hostile network, one check
# per case of the December 2026 review: a foreign Host or Origin (DNS
# rebinding), the token checked before the body, a chunked body past the cap,
# slow, idle and bursting clients, what-ifs too large to check or to run,
# the queue refusing before validating, memory bounded, SIGTERM during a run,
# control characters in a model's name, --host judged by what it resolves
# to, and an engine error answered in JSON; and, from the review after it, a
# Range header of thousands of ranges, headers without number, a scenario name
# of a megabyte, headers given twice, lengths that are not whole numbers,
# "100 Continue" before a refusal, a query that is not UTF-8, and an Origin on
# another port.
source "$(dirname "$0")/../cli/common.sh"
source "$(dirname "$0")/serve_common.sh"
cd "$SRC"
model=tests/data/valid/format_1_1.json
data=tests/data/serve

status() {  # status [CURL ARGS...]: prints the HTTP status code
    curl -s --max-time 30 -o "$WORK/body" -w '%{http_code}' "$@"
}

post() {  # post PATH BODY-FILE [CURL ARGS...]
    local path="$1" body="$2"
    shift 2
    status -X POST -H 'Content-Type: application/json' --data-binary "@$body" "$@" "${SERVER_URL}$path"
}

port_of() { local p="${SERVER_URL##*:}"; echo "${p%/}"; }

# first_line PORT < REQUEST: sends REQUEST on one connection and prints the answer's status line (3 s at most).
first_line() {
    local fd line
    exec {fd}<> "/dev/tcp/127.0.0.1/$1"
    cat >&"$fd" 2> /dev/null
    IFS= read -r -t 3 line <&"$fd"
    exec {fd}>&-
    printf '%s' "${line%$'\r'}"
}

# elapsed_ok START END SECONDS: whether END came at most SECONDS after START (as `now` prints them).
elapsed_ok() { awk -v a="$1" -v b="$2" -v most="$3" 'BEGIN { exit !(b - a <= most) }'; }
now() { date +%s.%N; }

echo '{"format": "pathways-scenario/1", "name": "none", "patch": {}}' > "$WORK/none.json"
echo '{"format": "pathways-scenario/1", "name": "bad", "patch": {"stages": {"rns_casework": {"capacity": 0}}}}' \
    > "$WORK/bad.json"

start_server host "$model" -j 1 && {
    # H11: a page on another name that resolves to 127.0.0.1 must not read or run anything.
    [[ $(status -H 'Host: evil.example' "${SERVER_URL}api/model") == 403 ]] || fail "H11: a foreign Host was served"
    grep -q '"error"' "$WORK/body" || fail "H11: the 403 has no JSON body"
    [[ $(post api/compare "$WORK/none.json" -H 'Host: evil.example') == 403 ]] || fail "H11: a foreign Host ran a what-if"
    [[ $(post api/compare "$WORK/none.json" -H 'Origin: http://evil.example') == 403 ]] ||
        fail "H11: a foreign Origin ran a what-if"
    [[ $(post api/compare "$WORK/none.json" -H "Origin: http://127.0.0.1:$(port_of)") == 200 ]] ||
        fail "H11: the page's own Origin was refused: $(head -c 300 "$WORK/body")"
    [[ $(status -H "Host: localhost:$(port_of)" "${SERVER_URL}api/model") == 200 ]] || fail "H11: localhost refused"
    # Every refusal of the library's own is JSON too.
    [[ $(status "${SERVER_URL}no-such-page") == 404 ]] && grep -q '"error"' "$WORK/body" ||
        fail "a 404 without a JSON body"
    # H07: a chunked body past 1 MiB is refused as too large.
    python3 -c "import sys; sys.stdout.buffer.write(b''.join(b'10000\r\n' + b'a' * 65536 + b'\r\n' for _ in range(40)) + b'0\r\n\r\n')" \
        > "$WORK/chunks"
    line=$({ printf 'POST /api/compare HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n'
             printf 'Transfer-Encoding: chunked\r\n\r\n'; cat "$WORK/chunks"; } | first_line "$(port_of)")
    [[ $line == "HTTP/1.1 413"* ]] || fail "H07: a chunked body over 1 MiB got '$line'"
    stop_server
}

printf 'a-secret-of-thirty-two-characters\n' > "$WORK/token"
start_server token "$model" --token-file "$WORK/token" && {
    # The token is checked on the headers: a client without it waits for no body to be read.
    t0=$(now)
    line=$(printf 'POST /api/compare HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000000\r\n\r\n' |
           first_line "$(port_of)")
    [[ $line == "HTTP/1.1 401"* ]] || fail "no token, body not sent: got '$line'"
    elapsed_ok "$t0" "$(now)" 2 || fail "the 401 waited for the body"
    stop_server
}

start_server slow "$model" -j 1 --queue 2 && {
    # H23: 40 clients sending their headers a byte a second hold no thread a newcomer needs.
    port=$(port_of)
    slow=()
    for _ in $(seq 1 40); do
        exec {fd}<> "/dev/tcp/127.0.0.1/$port"
        printf 'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n' >&"$fd"
        slow+=("$fd")
    done
    (trap '' PIPE; for _ in $(seq 1 10); do for fd in "${slow[@]}"; do printf X >&"$fd"; done 2> /dev/null; sleep 1; done) &
    drip=$!
    sleep 2
    t0=$(now)
    [[ $(status "${SERVER_URL}favicon.ico") == 204 ]] || fail "H23: a new client was not served beside slow ones"
    elapsed_ok "$t0" "$(now)" 5 || fail "H23: a new client waited more than 5 s beside slow ones"
    kill "$drip" 2> /dev/null
    wait "$drip" 2> /dev/null
    for fd in "${slow[@]}"; do exec {fd}>&-; done
    # H33: 300 connections that send nothing.
    idle=()
    for _ in $(seq 1 300); do
        exec {fd}<> "/dev/tcp/127.0.0.1/$port"
        idle+=("$fd")
    done
    sleep 1
    t0=$(now)
    [[ $(status "${SERVER_URL}favicon.ico") == 204 ]] || fail "H33: a new client was not served beside idle ones"
    elapsed_ok "$t0" "$(now)" 5 || fail "H33: a new client waited more than 5 s beside idle ones"
    for fd in "${idle[@]}"; do exec {fd}>&-; done
    # H24: 100 what-ifs at once are answered, 200 or 503, none reset.
    pids=()
    for i in $(seq 1 100); do
        curl -s --max-time 60 -o /dev/null -w '%{http_code}\n' -H 'Content-Type: application/json' \
            --data-binary "@$WORK/none.json" "${SERVER_URL}api/compare?replications=2" > "$WORK/burst.$i" &
        pids+=($!)
    done
    wait "${pids[@]}"
    codes=$(cat "$WORK"/burst.* | sort | uniq -c | tr -s ' \n' ' ')
    cat "$WORK"/burst.* | grep -qv '^\(200\|503\)$' && fail "H24: a burst got other than 200 and 503: $codes"
    echo "H24: 100 at once: $codes"
    stop_server
}

# The event limit is raised here so that the long run below keeps its place in
# the queue until the time limit, rather than ending at the default limit.
start_server big models/hackney.json -j 1 --queue 1 --max-seconds 20 --max-events 2000000000 && {
    # H25, H26, H30: what-ifs whose checking alone would take minutes are refused at once.
    python3 - "$WORK" << 'EOF'
import json, sys
w = sys.argv[1]
def write(name, patch):
    json.dump({"format": "pathways-scenario/1", "name": name, "patch": patch}, open(f"{w}/{name}.json", "w"))
write("regimes", {"regimes": {f"r{k}": {"from": f"2026-{1 + k // 28:02d}-{1 + k % 28:02d}",
      "patch": {"stages": {"rns_casework": {"capacity": 20 + k % 5}}}} for k in range(300)}})
write("uncertainty", {"uncertainty": {f"u{k}": {"path": "/arrivals/approaches_from_elsewhere/rate_per_day",
      "low": 0, "high": 0.5, "source": "x"} for k in range(9500)}})
n = 6000
write("stages", {"stages": {**{f"x{i}": {"duration": 1, "next": [{"to": f"x{i + 1}" if i + 1 < n else "private_rental",
      "p": 0.5}, {"to": f"x{(i * 7 + 3) % n}", "p": 0.5}]} for i in range(n)}, "documents": {"next": [{"to": "x0", "p": 1}]}}})
write("crowd", {"arrivals": {"other_homeless_households": {"rate_per_day": 3000}}})
EOF
    # FZ1: an edge without its share is a problem at its pointer, not an internal error.
    [[ $(post api/compare "$data/edge_without_p.json") == 400 ]] || fail "FZ1: an edge without p: not 400"
    grep -q '"pointer":"/stages/out_of_area_approach/next/2".*missing required key .p.' "$WORK/body" ||
        fail "FZ1: the problem does not name the edge: $(head -c 300 "$WORK/body")"
    [[ $(post api/compare "$data/edge_p_string.json") == 400 ]] || fail "FZ1: a share as text: not 400"
    grep -q '"pointer":"/stages/out_of_area_approach/next/2/p"' "$WORK/body" ||
        fail "FZ1: the problem does not name the share: $(head -c 300 "$WORK/body")"
    for what in regimes uncertainty stages; do
        t0=$(now)
        [[ $(post api/compare "$WORK/$what.json") == 422 ]] || fail "$what: not refused 422: $(head -c 300 "$WORK/body")"
        elapsed_ok "$t0" "$(now)" 5 || fail "$what: the refusal took more than 5 s"
    done
    # The work estimate: a thousand times the arrivals is refused before it runs, in words.
    [[ $(post api/compare "$WORK/crowd.json") == 422 ]] || fail "a crowd what-if was not refused: $(head -c 300 "$WORK/body")"
    grep -q "too large for the server to run" "$WORK/body" || fail "the refusal does not say why"
    # The queue admits or refuses before validating: with a run going and one waiting, even an
    # invalid what-if is refused at once.
    curl -s -o /dev/null -H 'Content-Type: application/json' --data-binary "@$data/long_run.json" \
        "${SERVER_URL}api/compare?replications=1" &
    first=$!
    sleep 1.5
    curl -s -o /dev/null -H 'Content-Type: application/json' --data-binary "@$data/long_run.json" \
        "${SERVER_URL}api/compare?replications=1" &
    second=$!
    sleep 1.5
    t0=$(now)
    [[ $(post api/compare "$WORK/bad.json") == 503 ]] || fail "a full queue did not refuse before validating"
    elapsed_ok "$t0" "$(now)" 1 || fail "the full queue's refusal took more than 1 s"
    # H32: SIGTERM during a run stops the server within 2 s; the runs are answered 503.
    t0=$(now)
    kill -TERM "$SERVER_PID"
    timeout 2 tail --pid="$SERVER_PID" -f /dev/null || fail "H32: the server did not stop within 2 s of SIGTERM"
    wait "$first" "$second"
    stop_server
}

start_server memory models/hackney.json -j 1 --max-seconds 30 && {
    # H27: a what-if looping at one instant ends at --max-events, its memory bounded and returned.
    [[ $(post api/compare "$data/zero_time_loop.json") == 500 ]] || fail "H27: the loop was not stopped"
    grep -q "events" "$WORK/body" || fail "H27: the answer does not name the event limit: $(head -c 300 "$WORK/body")"
    peak=$(awk '/VmHWM/ { print $2 }' "/proc/$SERVER_PID/status")
    ((peak < 1000000)) || fail "H27: the server's memory peaked at $peak kB"
    [[ $(status "${SERVER_URL}api/model") == 200 ]] || fail "H27: the server does not go on after the loop"
    stop_server
}

rss_kb() { awk '/VmRSS/ { print $2 }' "/proc/$SERVER_PID/status"; }

start_server http "$model" -j 1 --max-seconds 5 && {
    port=$(port_of)
    # SRV1: a Range header of 2,700 ranges gets the whole asset once, at no cost in memory.
    [[ $(status "${SERVER_URL}charts.js") == 200 ]] || fail "SRV1: /charts.js not served"
    whole=$(stat -c %s "$WORK/body")
    ranges=$(python3 -c "print(','.join(['0-'] * 2700))")
    before=$(rss_kb)
    t0=$(now)
    [[ $(status -H "Range: bytes=$ranges" "${SERVER_URL}charts.js") == 200 ]] || fail "SRV1: many ranges: not 200"
    [[ $(stat -c %s "$WORK/body") == "$whole" ]] || fail "SRV1: many ranges: not the asset once"
    elapsed_ok "$t0" "$(now)" 3 || fail "SRV1: many ranges took more than 3 s"
    after=$(rss_kb)
    ((after - before < 50000)) || fail "SRV1: many ranges took the server from $before kB to $after kB"
    [[ $(status -H 'Range: bytes=0-10' "${SERVER_URL}charts.js") == 200 ]] || fail "SRV1: one range: not the whole asset"
    # SRV2: headers past 100, or past 16 KiB together, are refused 431 without reading on.
    line=$({ printf 'GET /favicon.ico HTTP/1.1\r\nHost: 127.0.0.1\r\n'
             for i in $(seq 1 150); do printf 'X-A-%d: 1\r\n' "$i"; done; printf '\r\n'; } | first_line "$port")
    [[ $line == "HTTP/1.1 431"* ]] || fail "SRV2: 150 headers got '$line'"
    line=$({ printf 'GET /favicon.ico HTTP/1.1\r\nHost: 127.0.0.1\r\nX\n'
             for i in $(seq 1 150); do printf 'X-A-%d: 1\r\n' "$i"; done; printf '\r\n'; } | first_line "$port")
    [[ $line == "HTTP/1.1 431"* ]] || fail "SRV2: 150 headers after a line ending in LF alone got '$line'"
    big=$(printf 'a%.0s' $(seq 1 7000))
    line=$({ printf 'GET /favicon.ico HTTP/1.1\r\nHost: 127.0.0.1\r\n'
             for i in 1 2 3; do printf 'X-A-%d: %s\r\n' "$i" "$big"; done; printf '\r\n'; } | first_line "$port")
    [[ $line == "HTTP/1.1 431"* ]] || fail "SRV2: 21 KB of headers got '$line'"
    before=$(rss_kb)
    python3 - "$port" << 'EOF2' || fail "SRV2: a stream of headers was read on for 5 s"
import socket, sys, time
s = socket.create_connection(("127.0.0.1", int(sys.argv[1])))
s.sendall(b"GET /favicon.ico HTTP/1.1\r\nHost: 127.0.0.1\r\n")
line, t0 = b"X-A: " + b"a" * 8000 + b"\r\n", time.time()
try:
    while time.time() - t0 < 5: s.sendall(line * 64)
except OSError:
    sys.exit(0)  # the server answered and closed the connection instead of reading on
sys.exit(1)
EOF2
    after=$(rss_kb)
    ((after - before < 20000)) || fail "SRV2: a stream of headers took the server from $before kB to $after kB"
    [[ $(status "${SERVER_URL}favicon.ico") == 204 ]] || fail "SRV2: the server does not go on"
    # SRV3: a scenario name of 900 KB is refused at its pointer at once, not run past the limit.
    python3 -c "import json; json.dump({'format': 'pathways-scenario/1', 'name': 'A' * 900000, 'patch': {}}, open('$WORK/long_name.json', 'w'))"
    t0=$(now)
    [[ $(post api/compare "$WORK/long_name.json") == 400 ]] || fail "SRV3: a 900 KB name: not 400"
    elapsed_ok "$t0" "$(now)" 5 || fail "SRV3: the refusal of a 900 KB name took more than 5 s"
    grep -q '"pointer":"/name".*at most 200 characters' "$WORK/body" ||
        fail "SRV3: the refusal does not name /name: $(head -c 300 "$WORK/body")"
    # SRV4: headers that could be read two ways are refused.
    s='{"format": "pathways-scenario/1", "name": "x", "patch": {}}'
    head="POST /api/compare?replications=1 HTTP/1.1\r\nContent-Type: application/json\r\n"
    line=$(printf 'GET /api/model HTTP/1.1\r\nHost: 127.0.0.1\r\nHost: evil.example\r\n\r\n' | first_line "$port")
    [[ $line == "HTTP/1.1 400"* ]] || fail "SRV4: two Host headers got '$line'"
    line=$(printf "${head}Host: 127.0.0.1:$port\r\nOrigin: http://127.0.0.1:$port\r\nOrigin: http://evil.example\r\nContent-Length: ${#s}\r\n\r\n%s" "$s" |
           first_line "$port")
    [[ $line == "HTTP/1.1 400"* ]] || fail "SRV4: two Origin headers got '$line'"
    line=$(printf "${head}Host: 127.0.0.1\r\nContent-Length: ${#s}\r\nContent-Length: 5\r\n\r\n%s" "$s" | first_line "$port")
    [[ $line == "HTTP/1.1 400"* ]] || fail "SRV4: two Content-Length headers got '$line'"
    for length in -5 1e3 0x10 '12 3'; do
        t0=$(now)
        line=$(printf "${head}Host: 127.0.0.1\r\nContent-Length: $length\r\n\r\n%s" "$s" | first_line "$port")
        [[ $line == "HTTP/1.1 400"* ]] || fail "SRV4: Content-Length: $length got '$line'"
        elapsed_ok "$t0" "$(now)" 2 || fail "SRV4: Content-Length: $length was answered after 2 s"
    done
    # A body declared too large is refused before the client is told to send it.
    line=$(printf "${head}Host: 127.0.0.1\r\nExpect: 100-continue\r\nContent-Length: 5000000\r\n\r\n" | first_line "$port")
    [[ $line == "HTTP/1.1 413"* ]] || fail "SRV4: Expect with a 5 MB length got '$line'"
    line=$(printf "${head}Host: 127.0.0.1\r\nExpect: 100-continue\r\nContent-Length: ${#s}\r\n\r\n" | first_line "$port")
    [[ $line == "HTTP/1.1 100"* ]] || fail "SRV4: Expect with a small body got '$line'"
    # A query that is not UTF-8 is a 400 in words, never a library's message.
    [[ $(post 'api/compare?replications=%FF' "$WORK/none.json") == 400 ]] || fail "SRV4: replications=%FF: not 400"
    grep -q '"error":"Replications must be' "$WORK/body" || fail "SRV4: %FF: $(head -c 300 "$WORK/body")"
    grep -q 'exception' "$WORK/body" && fail "SRV4: %FF: a library's message: $(head -c 300 "$WORK/body")"
    # The Origin is compared whole: a page on another port of this machine is not the workbench.
    other=$((port == 65535 ? port - 1 : port + 1))
    [[ $(post api/compare "$WORK/none.json" -H "Origin: http://127.0.0.1:$other") == 403 ]] ||
        fail "SRV5: an Origin on another port ran a what-if"
    [[ $(post api/compare "$WORK/none.json" -H "Origin: http://127.0.0.1") == 403 ]] ||
        fail "SRV5: an Origin without the port ran a what-if"
    [[ $(post api/compare "$WORK/none.json" -H "Origin: https://127.0.0.1:$port") == 403 ]] ||
        fail "SRV5: an https Origin ran a what-if"
    [[ $(post api/compare "$WORK/none.json" -H "Host: localhost:$port" -H "Origin: http://localhost:$port") == 200 ]] ||
        fail "SRV5: the page's own Origin under localhost was refused: $(head -c 300 "$WORK/body")"
    stop_server
}

# SRV3: the name's limit is the scenario format's, so every command refuses it.
python3 -c "import json; json.dump({'format': 'pathways-scenario/1', 'name': 'A' * 201, 'patch': {}}, open('$WORK/name201.json', 'w'))"
python3 -c "import json; json.dump({'format': 'pathways-scenario/1', 'name': 'é' * 200, 'decided_by': 'é' * 200, 'patch': {}}, open('$WORK/name200.json', 'w'))"
expect_exit 2 "a 201-character name" -- "$BIN" validate "$model" -s "$WORK/name201.json"
expect_in "$WORK/err" "/name: must be at most 200 characters, got 201" "the limit names /name"
expect_exit 0 "200 two-byte characters in name and decider" -- "$BIN" validate "$model" -s "$WORK/name200.json"

# H34: control characters in the model's name are shown, not sent to the terminal.
python3 -c "import json; m = json.load(open('tests/data/sim/small.json')); m['name'] = 'Small \x1b]0;pwned\x07\x1b[2J'; json.dump(m, open('$WORK/escape.json', 'w'))"
start_server escape "$WORK/escape.json" && {
    grep -q $'[\x1b\x07]' "$WORK/escape.out" && fail "H34: raw control characters on stdout"
    grep -qF '\x1B]0;pwned\x07' "$WORK/escape.out" || fail "H34: the escapes are not shown: $(head -c 200 "$WORK/escape.out")"
    stop_server
}

# H38: --host is judged by what it resolves to.
expect_exit 2 "a --host that resolves to nothing" -- "$BIN" serve "$model" --host no-such-name.invalid --port 0
if [[ $(id -u) == 0 ]] && command -v unshare > /dev/null && unshare -m true 2> /dev/null; then
    printf '0.0.0.0 127.attacker.test\n127.0.0.1 localhost\n' > "$WORK/hosts"
    code=0
    timeout 20 unshare -m --propagation private bash -c \
        "mount --bind '$WORK/hosts' /etc/hosts && exec '$(readlink -f "$BIN")' serve '$model' --host 127.attacker.test --port 0" \
        > "$WORK/out" 2> "$WORK/err" || code=$?
    [[ $code == 2 ]] || fail "H38: a name starting 127. resolving to 0.0.0.0: exit $code, wanted 2"
    expect_in "$WORK/err" "--token-file" "H38: the refusal names --token-file"
else
    echo "H38: skipped the hosts-file case (needs root and unshare)"
fi

expect_exit 2 "FZ1: validate an edge without p" -- "$BIN" validate models/hackney.json -s "$data/edge_without_p.json"
expect_in "$WORK/err" "/next/2: missing required key 'p'" "FZ1: validate names the edge"
finish
