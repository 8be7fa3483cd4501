#!/usr/bin/env bash
# Models that would hang a run, blow up its memory or mislead its reader:
# refused at once (exit 2) with the place and a readable reason, or handled
# within bounds. Each check names the review case it stands for.
source "$(dirname "$0")/common.sh"

invalid="$SRC/tests/data/invalid"
valid="$SRC/tests/data/valid"
example="$SRC/models/example.json"
hackney="$SRC/models/hackney.json"

refused() {  # refused DESCRIPTION TEXT... -- COMMAND...: exit 2 with every TEXT on stderr
    local what="$1" texts=()
    shift
    while [[ $1 != -- ]]; do
        texts+=("$1")
        shift
    done
    expect_exit 2 "$what" "$@"
    for text in "${texts[@]}"; do expect_in "$WORK/err" "$text" "$what"; done
}

# M39, M39c: a deadline that diverts people back to where its clock starts,
# before anything else can happen to them.
refused "deadline loop at one instant (M39)" "/deadlines/d/divert_to: people diverted by deadline 'd'" \
    "'s1' -> 's1'" "at one instant" -- "$BIN" validate "$invalid/deadline_loop_at_one_instant.json"
refused "deadline loop a day at a time (M39c)" "/deadlines/d/divert_to" "'s1' -> 's1'" "never leave" -- \
    "$BIN" validate "$invalid/deadline_loop_daily.json"
refused "deadline loop through another stage" "'s1' -> 's0' -> 's1'" -- \
    "$BIN" validate "$invalid/deadline_loop_through_stage.json"
refused "deadline loop in the last regime's rules" "/regimes/slower/patch/deadlines/d/divert_to" "never leave" -- \
    "$BIN" validate "$invalid/deadline_loop_in_last_regime.json"
refused "deadline loop at one instant under a regime" "/regimes/instant/patch/deadlines/d" "at one instant" -- \
    "$BIN" validate "$invalid/deadline_loop_at_one_instant_regime.json"
# M13: stages that pass people round a loop taking no time: the clock never
# moves, so the deadline meant to take them out can never fire.
refused "routing loop at one instant (M13)" "/stages/triage/next: people go round 'triage' -> 'referral' -> 'triage'" \
    "taking no time" -- timeout 20 "$BIN" validate "$invalid/instant_routing_loop.json"
# Legitimate: people may leave before the clock fires, or a later regime lets them.
expect_exit 0 "a deadline back to its start that people can beat" -- \
    "$BIN" validate "$valid/deadline_back_to_start.json"
expect_exit 0 "a deadline loop that a later regime ends" -- "$BIN" validate "$valid/deadline_loop_until_regime.json"
expect_exit 0 "a deadline back to its start runs" -- \
    timeout 60 "$BIN" simulate "$valid/deadline_back_to_start.json" -r 1 --quiet --max-events 1000000

# L19: the arrivals limit holds for a horizon from the command line too.
refused "--horizon past the arrivals limit (L19)" "--horizon 1000000000" \
    "about 1500000215 arrivals expected per replication over 1000000000 days" -- \
    timeout 20 "$BIN" simulate "$example" -r 1 --quiet --horizon 1000000000

# M16: a supply stage releasing more units than a run can hold as events.
refused "supply of a million units a day (M16)" "/stages/social_wait/supply: about 1825000000 units released per replication" -- \
    timeout 20 "$BIN" validate "$invalid/supply_rate_1e6.json"

# M03: a count too large for a number is said in words, not "inf".
refused "arrival rate of 1e308 (M03)" "/arrivals: the arrivals expected per replication over 100 days are more than a number can hold" -- \
    "$BIN" validate "$invalid/arrivals_rate_1e308.json"

# W6b: a file that starts with a NUL byte is not text.
printf '\0\001{"format": 1}' > "$WORK/nul.json"
refused "NUL first byte (W6b)" "line 1, column 1: the byte 0x00 (NUL) is not text" -- "$BIN" validate "$WORK/nul.json"

# W4: the warm-up and horizon as the numbers they were given.
refused "warm-up past the horizon (W4)" "the warm-up (200 d) must be shorter than the horizon (100 d)" -- \
    "$BIN" simulate "$example" -r 1 --quiet --warmup 200 --horizon 100

# FZ1: a what-if that leaves out a routing share, or writes it as text, on a
# model whose uncertainty varies that share: the edge named, not an internal error.
for scenario in scenario_edge_without_p scenario_edge_p_string; do
    refused "$scenario (FZ1)" "/stages/out_of_area_approach/next/2" -- \
        "$BIN" validate "$hackney" -s "$invalid/$scenario.json"
    ! grep -q "internal error" "$WORK/err" || fail "$scenario: internal error"
done

# M71, H26: regimes and uncertainty entries are validated in linear time. The
# limits guard against a return of the quadratic steps (minutes), not speed;
# under the sanitizers (PATHWAYS_TEST_SMALL) the sizes are a fifth.
scale=1
[[ -n "${PATHWAYS_TEST_SMALL:-}" ]] && scale=5
regime_count=$((1000 / scale))
entry_count=$((2000 / scale))
python3 - "$WORK" "$regime_count" "$entry_count" <<'EOF'
import json, sys
work, regime_count, entry_count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
regimes = {f"r{k}": {"from": 1000 + k, "patch": {"stages": {"rns_casework": {"capacity": 20 + k % 5}}}}
           for k in range(regime_count)}
json.dump({"format": "pathways-scenario/1", "name": "regimes", "patch": {"regimes": regimes}},
          open(f"{work}/regimes.json", "w"))
entries = {f"u{k}": {"path": "/arrivals/approaches_from_elsewhere/rate_per_day", "low": 0, "high": 0.5}
           for k in range(entry_count)}
json.dump({"format": "pathways-scenario/1", "name": "uncertainty", "patch": {"uncertainty": entries}},
          open(f"{work}/uncertainty.json", "w"))
EOF
expect_exit 0 "$regime_count regimes within the time limit (M71)" -- timeout 60 "$BIN" validate "$hackney" -s "$WORK/regimes.json"
expect_exit 0 "$entry_count uncertainty entries within the time limit (H26)" -- \
    timeout 60 "$BIN" validate "$hackney" -s "$WORK/uncertainty.json"

# A chain of 99,999 stages and its outcome (the format's limit): the results
# and the analysis are written as JSON in time that grows with the stages
# (bench/chain_outputs_benchmark.sh times them), every stage present once.
chain_count=$((100000 / scale))
python3 "$SRC/bench/chain_model.py" "$chain_count" > "$WORK/chain.json"
expect_exit 0 "simulate --json of a $((chain_count - 1))-stage chain within the time limit" -- \
    timeout 120 "$BIN" simulate "$WORK/chain.json" --json --quiet -j 1
python3 - "$WORK/out" "$chain_count" <<'EOF_CHAIN' || fail "simulate --json of a chain: not every stage and flow, once"
import json, sys
summary = json.load(open(sys.argv[1]))
n = int(sys.argv[2])
assert list(summary["stages"]) == [f"s{i}" for i in range(n - 1)]
assert len(summary["flows"]) == n - 1 and summary["flows"][-1]["to"] == "settled"
EOF_CHAIN
expect_exit 0 "analyse --json of a $((chain_count - 1))-stage chain within the time limit" -- \
    timeout 120 "$BIN" analyse "$WORK/chain.json" --json
python3 - "$WORK/out" "$chain_count" <<'EOF_CHAIN' || fail "analyse --json of a chain: not every stage once"
import json, sys
analysis = json.load(open(sys.argv[1]))
assert len(analysis["visits"]) == int(sys.argv[2]) and analysis["outcomes"]["settled"]["probability"] == 1
EOF_CHAIN

# L13: memory running out anywhere (reading, running, writing the results:
# daily periods make a large summary) ends with "out of memory", exit 1 and no
# results set, or with success, whichever allocation fails first; never an
# abort. A sanitizer's allocator reserves address space of its own, so a limit
# on it tests nothing there.
if [[ -z "${ASAN_OPTIONS:-}" ]]; then
    ran_out=0
    for limit in 60000 70000 80000 90000 100000 110000 120000 130000; do
        rm -rf "$WORK/oom"
        (ulimit -v $limit; exec "$BIN" simulate "$valid/daily_periods.json" -r 2 -j 1 --quiet --out "$WORK/oom") \
            > /dev/null 2> "$WORK/err"
        got=$?
        case $got in
            0) ;;
            1) expect_in "$WORK/err" "out of memory" "ulimit -v $limit (L13)"
               [[ ! -e "$WORK/oom" ]] || fail "ulimit -v $limit (L13): a results set was left"
               ran_out=$((ran_out + 1)) ;;
            *) fail "ulimit -v $limit (L13): exit $got; stderr: $(head -c 300 "$WORK/err")" ;;
        esac
    done
    ((ran_out > 0)) || fail "L13: no limit made the run run out of memory: the check tested nothing"
    # L04: Graphviz and GLib end the process when memory runs out; drawing
    # happens in a child process, so render itself still ends with a message.
    for limit in 120000 160000 200000; do
        for format in svg png; do
            (ulimit -v $limit; exec "$BIN" render "$hackney" --format $format -o "$WORK/low.$format") \
                > /dev/null 2> "$WORK/err"
            got=$?
            [[ $got == 0 || $got == 1 ]] || fail "render $format under ulimit -v $limit (L04): exit $got"
            [[ $got == 0 ]] || expect_in "$WORK/err" "out of memory" "render $format under ulimit -v $limit (L04)"
        done
    done
fi

# Results are counted in at most 1,000 periods: more is refused, from the model or --horizon.
refused "daily periods over 1,461 days" "with --horizon 1461: results would be counted in 1461 periods over 1461 days" -- \
    "$BIN" simulate "$valid/daily_periods.json" -r 1 --quiet --horizon 1461
printf '{"format": "pathways-scenario/1", "name": "tiny periods", "patch": {"simulation": {"period_days": 1e-9}}}' \
    > "$WORK/tiny_periods.json"
refused "periods of a billionth of a day" "more than 4000 periods" -- \
    timeout 20 "$BIN" validate "$valid/daily_periods.json" -s "$WORK/tiny_periods.json"

finish
