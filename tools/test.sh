#!/usr/bin/env bash
# Set up, build and run every test; then build again with AddressSanitizer and
# UndefinedBehaviorSanitizer (build-sanitize/) and run the unit and command-line
# tests there. Both builds treat warnings in our code as errors. Arguments go to
# the first ctest run (for example -R name).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jobs="$(nproc 2>/dev/null || echo 2)"
launcher=()
command -v ccache > /dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)

"$here/tools/setup.sh" --tests
"$here/tools/build.sh" -DPATHWAYS_TESTS=ON -DPATHWAYS_BENCHMARKS=ON -DPATHWAYS_WERROR=ON "${launcher[@]}"
(cd "$here/build" && ctest --output-on-failure -j "$jobs" "$@")

# -O1 keeps the instrumented tests fast enough; Debug keeps assertions on. This
# build leaves MPI out, so the build without it is tested too.
# Leaks are checked too, apart from those inside third-party libraries listed,
# with reasons, in tests/sanitize/lsan.supp; those match whole call stacks, so
# allocations unwind fully. The options are set before building because building
# runs each test program to list its tests.
export ASAN_OPTIONS="detect_leaks=1:fast_unwind_on_malloc=0:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$here/tests/sanitize/lsan.supp:print_suppressions=0"
cmake -S "$here" -B "$here/build-sanitize" -DCMAKE_BUILD_TYPE=Debug "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -g1" \
      -DPATHWAYS_SANITIZE=ON -DPATHWAYS_WERROR=ON -DPATHWAYS_TESTS=ON -DPATHWAYS_BENCHMARKS=OFF -DPATHWAYS_MPI=OFF \
      "${launcher[@]}" > /dev/null
cmake --build "$here/build-sanitize" -j "$jobs"
# Full unwinding makes every allocation slow, and checking the reference model
# (its uncertainty ranges are checked on about 80 variants of it) takes minutes
# under the sanitizers; the tests that only re-run the reference model and its
# scenarios are left to the normal build above, which runs them all.
reference_only='hackney|cli\.test_(bundled_models|evidence_register|validate|readme_commands|report_print|suppression|same_numbers)$'
(cd "$here/build-sanitize" && ctest --output-on-failure -j "$jobs" -L 'unit|cli' -E "$reference_only")

# A short run of each libFuzzer harness (fuzz/), with clang, which the setup
# script installs; a crash fails the run and leaves its input in build-fuzz/crashes/.
if command -v clang++ > /dev/null || command -v clang++-14 > /dev/null; then
    "$here/tools/fuzz.sh" "${PATHWAYS_FUZZ_SECONDS:-60}"
else
    echo "fuzz: skipped (clang++ not installed; tools/setup.sh --tests installs it)"
fi
