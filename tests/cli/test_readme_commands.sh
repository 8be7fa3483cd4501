# Every `build/pathways` command shown in the README's sh blocks runs and succeeds.
source "$(dirname "$0")/common.sh"
cd "$WORK"
for d in models scenarios tests schema docs; do ln -s "$SRC/$d" "$d"; done

commands="$(awk '/^```sh$/{inside=1; next} /^```$/{inside=0} inside && /^build\/pathways /' "$SRC/README.md")"
[[ -n "$commands" ]] || fail "no commands found in the README"
# A server runs until stopped: it must print its address, then stop cleanly on
# SIGTERM. It listens on a free port, as another test may hold the default one.
check_server() {  # check_server LINE
    eval "exec ${1/#build\/pathways/\"$BIN\"} --port 0" > server.txt 2> err.txt &
    local pid=$!
    for _ in $(seq 1 1200); do
        grep -q "http://" server.txt && break
        kill -0 "$pid" 2> /dev/null || break
        sleep 0.1
    done
    grep -q "http://" server.txt || fail "README server did not start: $1: $(head -c 300 err.txt)"
    kill -TERM "$pid" 2> /dev/null
    wait "$pid" || fail "README server did not stop cleanly: $1"
}
while IFS= read -r line; do
    [[ -z "$line" ]] && continue
    if [[ "$line" == "build/pathways serve "* ]]; then
        check_server "$line"
        continue
    fi
    run="${line/#build\/pathways/\"$BIN\"}"
    # Under the sanitizers (PATHWAYS_TEST_SMALL) the reference model's runs
    # are made smaller: the same code paths, 5 replications.
    if [[ -n "${PATHWAYS_TEST_SMALL:-}" && "$line" =~ ^build/pathways\ (simulate|compare|gaps)\  &&
          ! "$line" =~ \ (-r|--replications)\  ]]; then
        run+=" -r 5"
    fi
    # ... and a calibration runs a quarter of its worlds, of 2 replications.
    if [[ -n "${PATHWAYS_TEST_SMALL:-}" && "$line" =~ ^build/pathways\ calibrate\ .*\.json ]]; then
        run="${run/--draws 400/--draws 100}"
        run="${run/-r 5/-r 2}"
    fi
    if ! eval "$run" > out.txt 2> err.txt; then
        fail "README command failed: $line: $(head -c 300 err.txt)"
    fi
done <<< "$commands"
finish
