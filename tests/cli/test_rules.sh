#!/usr/bin/env bash
# Journey rules (format 1.2): `validate --rules` simulates and lists each rule
# a journey broke, with the first such journey; simulate, gaps and serve warn
# of a broken rule, and their outputs say which rules held.
source "$(dirname "$0")/common.sh"
source "$(dirname "$0")/../serve/serve_common.sh"
cd "$SRC"
broken=tests/data/valid/rules_relief_before_homelessness.json
kept=tests/data/valid/rules_relief_after_homelessness.json

expect_exit 0 "a model whose rule is broken is still a valid model" -- "$BIN" validate "$broken"
expect_in "$WORK/out" "ok" "validate without --rules"

expect_exit 2 "validate --rules catches relief before homelessness" -- "$BIN" validate --rules "$broken"
expect_in "$WORK/err" "$broken: /rules/relief_only_once_homeless: Relief starts only once the household is homeless: broken by" \
    "the broken rule is a problem at its pointer, with its label"
expect_in "$WORK/err" "journeys per replication (95% interval" "the count with its interval"
expect_in "$WORK/err" "first violating journey: replication 1, person" "the trace names the replication and person"
expect_in "$WORK/err" ": prevention (moved_on)" "the trace goes stage by stage"
expect_in "$WORK/err" ": relief (" "the trace reaches relief"
expect_in "$WORK/err" "2 rules checked, 1 broken" "the rules checked"
if grep -q "prevention_ends_at_eviction" "$WORK/err"; then fail "a rule that held is listed as broken"; fi
[[ ! -s "$WORK/out" ]] || fail "validate --rules with a broken rule: stdout should be empty: $(head -c 200 "$WORK/out")"
# The README shows this run's output word for word.
awk '/^\$ build\/pathways validate --rules tests\/data\/valid\/rules_relief_before_homelessness.json$/{inside=1; next}
     inside && /^```$/{exit} inside' README.md > "$WORK/readme_err"
[[ -s "$WORK/readme_err" ]] || fail "the README shows no validate --rules run"
cmp -s "$WORK/err" "$WORK/readme_err" || fail "the README's validate --rules output differs: $(diff "$WORK/readme_err" "$WORK/err" | head -5)"
cp "$WORK/err" "$WORK/first_err"
expect_exit 2 "validate --rules again" -- "$BIN" validate --rules "$broken"
cmp -s "$WORK/err" "$WORK/first_err" || fail "validate --rules is not reproducible: $(diff "$WORK/first_err" "$WORK/err" | head -5)"

expect_exit 0 "validate --rules passes the model without that edge" -- "$BIN" validate --rules "$kept"
expect_in "$WORK/out" "ok: 2 rules checked, all held" "all rules held"
expect_exit 0 "validate --rules -r" -- "$BIN" validate --rules -r 2 "$kept"
expect_exit 2 "-r without --rules" -- "$BIN" validate -r 2 "$kept"
expect_in "$WORK/err" "--replications goes with --rules" "-r without --rules"
expect_exit 0 "validate --rules on a model without rules" -- "$BIN" validate --rules tests/data/valid/example.json
expect_in "$WORK/out" "no journey rules" "a model without rules"

expect_exit 2 "a rule naming an unknown stage" -- "$BIN" validate tests/data/invalid/rules_unknown_stage.json
expect_in "$WORK/err" "/rules/relief_only_once_homeless/enter/0: unknown stage 'releif'; did you mean 'relief'?" \
    "unknown stage with its pointer"
expect_in "$WORK/err" "/rules/relief_only_once_homeless/requires/visited/0: unknown stage 'homeless'" \
    "every problem of the rule"

expect_exit 0 "simulate a model that breaks a rule" -- "$BIN" simulate "$broken" -q --out "$WORK/s"
expect_in "$WORK/err" "pathways simulate: warning: rule relief_only_once_homeless (Relief starts only once the household is homeless) broken by" \
    "simulate warns of the broken rule"
expect_in "$WORK/out" "Journey rules: 2 rules checked, 1 broken" "the table leads with the rules"
expect_in "$WORK/s/summary.json" '"rules": {' "summary.json has the rules"
expect_in "$WORK/s/summary.json" '"first_violation": {' "summary.json has the first violation"
expect_exit 0 "simulate a model that keeps its rules" -- "$BIN" simulate "$kept" -q
[[ ! -s "$WORK/err" ]] || fail "rules held: no warning expected: $(head -c 300 "$WORK/err")"
expect_in "$WORK/out" "Journey rules: 2 rules checked, all held" "the table says the rules held"
expect_exit 0 "simulate a model without rules" -- "$BIN" simulate tests/data/valid/example.json -q -r 2 --json
if grep -q '"rules"' "$WORK/out"; then fail "a model without rules has a rules key in its summary"; fi

expect_exit 0 "gaps on a model that breaks a rule" -- "$BIN" gaps "$broken" -q --out "$WORK/g"
expect_in "$WORK/err" "pathways gaps: warning: rule relief_only_once_homeless" "gaps warns of the broken rule"
expect_in "$WORK/g/report.html" '<section id="rules"' "the report has a rules section"
expect_in "$WORK/g/report.html" "2 rules checked, 1 broken" "the report says how many rules broke"
expect_in "$WORK/g/report.html" "First violating journey: replication 1, person" "the report shows the trace"
first_section=$(grep -o '<section id="[a-z-]*"' "$WORK/g/report.html" | head -1)
[[ "$first_section" == '<section id="rules"' ]] || fail "the rules come first in the report, not $first_section"
expect_exit 0 "gaps on a model that keeps its rules" -- "$BIN" gaps "$kept" -q --out "$WORK/k"
expect_in "$WORK/k/report.html" "2 rules checked, all held" "the report says the rules held"

# The workbench warns once it has run the model's baseline.
start_server rules "$broken" -j 2 && {
    for _ in $(seq 1 600); do
        grep -q "warning: rule" "$WORK/rules.err" && break
        sleep 0.05
    done
    expect_in "$WORK/rules.err" "pathways serve: warning: rule relief_only_once_homeless (Relief starts only once" \
        "serve warns of the broken rule"
    stop_server
}

finish
