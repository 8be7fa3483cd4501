#!/usr/bin/env bash
# Sets up, builds and runs every test, in stages, and says how long each took:
#   release build      build/ (gcc, Release): the program, benchmarks and tests
#                      but the unit tests, which compile once, in the sanitizer
#                      build, and run there under every sanitizer
#   release tests      every test there: command line, server and browser, MPI,
#                      the results fingerprint, format and structure
#   sanitizer build    build-sanitize/ (clang, AddressSanitizer and
#                      UndefinedBehaviorSanitizer, -O1, no MPI), with the fuzz
#                      harnesses, which share its compiled engine; it starts
#                      beside the release tests, and this stage is what is
#                      left of it after them
#   sanitizer tests    the command-line tests, the reference model's included,
#                      with fast unwinding and no leak checks
#   leak check         the unit tests (in two processes) and each subcommand
#                      once, leaks checked (tests/sanitize/leak_check.sh)
#   fuzz               the three harnesses side by side (tools/fuzz.sh)
# Both builds treat warnings in our code as errors. Arguments go to the first
# ctest run (for example -R name).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jobs="$(nproc 2>/dev/null || echo 2)"
timings=()
started=$SECONDS
stage_start=$SECONDS
stage_done() {  # stage_done NAME: records how long the stage since the last took
    timings+=("$(printf '%-16s %4d s' "$1" $((SECONDS - stage_start)))")
    echo "== $1: $((SECONDS - stage_start)) s"
    stage_start=$SECONDS
}
report_timings() {
    echo "== stage times"
    printf '   %s\n' "${timings[@]}"
    echo "   total            $((SECONDS - started)) s"
}
trap report_timings EXIT

"$here/tools/setup.sh" --tests
stage_done "setup"

"$here/tools/build.sh" -DPATHWAYS_TESTS=ON -DPATHWAYS_UNIT_TESTS=OFF -DPATHWAYS_BENCHMARKS=ON -DPATHWAYS_WERROR=ON
stage_done "release build"

# The release tests leave much of two cores idle (a browser, servers, waits),
# so the sanitizer build runs beside them at the lowest priority: the tests
# still get the processor whenever they want it.
nice -n 19 bash "$here/tools/sanitize_build.sh" > "$here/build/sanitize-build.log" 2>&1 &
sanitize_build=$!
release_status=0
(cd "$here/build" && ctest --output-on-failure -j "$jobs" "$@") || release_status=$?
stage_done "release tests"
sanitize_status=0
wait "$sanitize_build" || sanitize_status=$?
cat "$here/build/sanitize-build.log"
((release_status == 0)) || exit "$release_status"
((sanitize_status == 0)) || exit "$sanitize_status"
stage_done "sanitizer build"
# Fast unwinding keeps allocation cheap, so the reference model's tests run
# here too; leaks are looked for once, in the pass after. A smaller quarantine
# of freed memory (64 MB, against 256) and allocation stacks of 12 frames
# (against 30) take a third off the time of the reference model's runs; a use
# after free is still caught while the memory is among the last 64 MB freed.
export ASAN_OPTIONS="detect_leaks=0:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1:quarantine_size_mb=64:malloc_context_size=12"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
# Tests that size their work (the README's runs of the reference model, the
# limits on regimes and uncertainty entries) take smaller sizes here, with the
# same code paths: PATHWAYS_TEST_SMALL.
export PATHWAYS_TEST_SMALL=1
(cd "$here/build-sanitize" && ctest --output-on-failure -j "$jobs" -L cli)
unset PATHWAYS_TEST_SMALL
stage_done "sanitizer tests"

# The unit tests run here, under every sanitizer, leaks included.
bash "$here/tests/sanitize/leak_check.sh" "$here/build-sanitize" "$here"
stage_done "leak check"

"$here/tools/fuzz.sh" "${PATHWAYS_FUZZ_SECONDS:-60}"
stage_done "fuzz"
