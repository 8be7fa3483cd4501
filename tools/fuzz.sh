#!/usr/bin/env bash
# Builds the libFuzzer harnesses in fuzz/ with clang (address and undefined-
# behaviour sanitizers on) in build-fuzz/, and runs each for SECONDS (default
# 60), starting from the bundled models, scenarios and test data. A crash
# leaves its input in build-fuzz/crashes/ and makes this script fail: turn it
# into a regression test (tests/unit or tests/cli) before fixing it.
#   tools/fuzz.sh [SECONDS]
set -euo pipefail
SECONDS_EACH="${1:-60}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD="$ROOT/build-fuzz"
CXX_FUZZ="${CXX_FUZZ:-$(command -v clang++-14 || command -v clang++ || true)}"
if [[ -z "$CXX_FUZZ" ]]; then
    echo "fuzz: clang++ not found; install clang and libclang-rt-14-dev" >&2
    exit 2
fi
cmake -S "$ROOT/fuzz" -B "$BUILD" -DCMAKE_CXX_COMPILER="$CXX_FUZZ" -DCMAKE_BUILD_TYPE=RelWithDebInfo > /dev/null
cmake --build "$BUILD" -j2

# Seed corpora: copies, since libFuzzer adds what it finds to the first folder.
seed() {  # seed NAME PATTERN...
    local dir="$BUILD/corpus/$1"
    shift
    mkdir -p "$dir"
    for pattern in "$@"; do
        find "$ROOT/${pattern%%:*}" -type f -name "${pattern#*:}" -exec cp -t "$dir" {} +
    done
    echo "$dir"
}
models=$(seed models models:*.json scenarios:*.json tests/data:*.json bench:*.json)
cases=$(seed cases models:*.csv tests/data/cases:*.csv)
mkdir -p "$BUILD/crashes"

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
status=0
run() {  # run HARNESS CORPUS
    echo "fuzz: $1 for ${SECONDS_EACH}s"
    "$BUILD/$1" "$2" -max_total_time="$SECONDS_EACH" -timeout=20 -rss_limit_mb=2048 -max_len=65536 \
        -artifact_prefix="$BUILD/crashes/$1-" -print_final_stats=1 > "$BUILD/$1.log" 2>&1 || {
        echo "fuzz: $1 found a crash (log: $BUILD/$1.log, input in $BUILD/crashes/)" >&2
        tail -n 40 "$BUILD/$1.log" >&2
        status=1
    }
}
run fuzz_model_reader "$models"
run fuzz_case_records "$cases"
run fuzz_simulate "$models"
[[ $status == 0 ]] && echo "fuzz: 3 harnesses ran ${SECONDS_EACH}s each; no crash found"
exit "$status"
