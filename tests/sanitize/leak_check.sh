#!/usr/bin/env bash
# The leak-checking pass of the sanitizer build, run once:
#  - the unit tests, in two processes side by side, unwinding allocations by
#    frame pointers (fast): leaks inside Graphviz's libraries can then be told
#    apart only by library (lsan_by_library.supp);
#  - one run of each subcommand on small inputs, unwinding fully, so that the
#    suppressions of lsan.supp match whole call stacks and a Graphviz object
#    our code forgets to free is reported.
# Usage: leak_check.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build="$1"
src="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"

export ASAN_OPTIONS="detect_leaks=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1:quarantine_size_mb=64:malloc_context_size=12"
export LSAN_OPTIONS="suppressions=$src/tests/sanitize/lsan_by_library.supp:print_suppressions=0"
pids=()
for shard in 0 1; do
    GTEST_TOTAL_SHARDS=2 GTEST_SHARD_INDEX=$shard "$build/tests/unit_tests" --gtest_brief=1 \
        > "$work/unit-$shard.txt" 2>&1 &
    pids+=($!)
done
status=0
for shard in 0 1; do
    wait "${pids[$shard]}" || { cat "$work/unit-$shard.txt" >&2; status=1; }
done
((status == 0)) || exit 1
tests=$(grep -ho '[0-9]* tests\? from' "$work"/unit-*.txt | awk '{n += $1} END {print n}')

export ASAN_OPTIONS="detect_leaks=1:fast_unwind_on_malloc=0"
export LSAN_OPTIONS="suppressions=$src/tests/sanitize/lsan.supp:print_suppressions=0"
pw="$build/pathways"
model="$src/models/example.json"
what_if=(-s "$src/tests/data/gaps_scenario.json")
run() { "$pw" "$@" > /dev/null 2> "$work/stderr" || { cat "$work/stderr" >&2; exit 1; }; }
run validate "$model"
run simulate "$model" -r 2 --quiet --out "$work/run"
run compare "$src/tests/data/gaps_model.json" "${what_if[@]}" -r 2 --quiet
run gaps "$src/tests/data/gaps_model.json" "${what_if[@]}" -r 2 --quiet --out "$work/gaps"
run render "$model" -o "$work/model.svg"
run analyse "$model"
run calibrate "$src/tests/data/cases/small_events.csv" --attributes household -o "$work/calibrated.json"
echo "leak check: $tests unit tests and 7 subcommands, no leak"
