#!/usr/bin/env bash
# Runs the libFuzzer harnesses in fuzz/ side by side for SECONDS each (default
# 60), from the corpus kept in fuzz/corpus/ and the bundled models, scenarios
# and test data. The harnesses are built in the sanitizer build
# (build-sanitize/: clang, AddressSanitizer and UndefinedBehaviorSanitizer),
# which tools/test.sh has usually built already. A crash leaves its input in
# build-sanitize/fuzz-run/crashes/ and makes this script fail: add the input to the
# harness's folder under fuzz/corpus/ and turn it into a regression test
# (tests/unit or tests/cli) before fixing it.
#   tools/fuzz.sh [SECONDS]     run each harness
#   tools/fuzz.sh --merge       fold what earlier runs found into fuzz/corpus/ (minimised)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$root/build-sanitize"
work="$build/fuzz-run"
harnesses=(fuzz_model_reader fuzz_case_records fuzz_simulate)

bash "$root/tools/sanitize_build.sh" "${harnesses[@]}"

# Seeds: the bundled files, copied under names that keep them apart (two
# folders may hold files of the same name), into a folder that libFuzzer may
# add to; the committed corpus is read beside it.
seed() {  # seed NAME FOLDER:PATTERN...
    local dir="$work/seeds/$1"
    shift
    rm -rf "$dir" && mkdir -p "$dir"
    local pattern file
    for pattern in "$@"; do
        while IFS= read -r -d '' file; do
            local rel="${file#"$root"/}"
            cp "$file" "$dir/${rel//\//_}"
        done < <(find "$root/${pattern%%:*}" -type f -name "${pattern#*:}" -print0)
    done
}
seed models models:*.json scenarios:*.json tests/data:*.json bench:*.json
seed cases models:*.csv tests/data/cases:*.csv
seeds_of() { case "$1" in fuzz_case_records) echo cases ;; *) echo models ;; esac; }

if [[ "${1:-}" == "--merge" ]]; then
    for h in "${harnesses[@]}"; do
        mkdir -p "$root/fuzz/corpus/$h" "$work/found/$h"
        "$build/fuzz/$h" -merge=1 "$root/fuzz/corpus/$h" "$work/found/$h" > "$work/$h.merge.log" 2>&1
        echo "fuzz: fuzz/corpus/$h holds $(find "$root/fuzz/corpus/$h" -type f | wc -l) inputs"
    done
    exit 0
fi

seconds="${1:-60}"
mkdir -p "$work/crashes"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
pids=()
for h in "${harnesses[@]}"; do
    mkdir -p "$work/found/$h" "$root/fuzz/corpus/$h"
    "$build/fuzz/$h" "$work/found/$h" "$root/fuzz/corpus/$h" "$work/seeds/$(seeds_of "$h")" \
        -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 -max_len=65536 \
        -artifact_prefix="$work/crashes/$h-" -print_final_stats=1 > "$work/$h.log" 2>&1 &
    pids+=($!)
done
status=0
for i in "${!harnesses[@]}"; do
    if ! wait "${pids[$i]}"; then
        h="${harnesses[$i]}"
        echo "fuzz: $h found a crash (log: $work/$h.log, input in $work/crashes/)" >&2
        tail -n 40 "$work/$h.log" >&2
        status=1
    fi
done
for h in "${harnesses[@]}"; do
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$work/$h.log" | grep -o '[0-9]*$' || echo "?")
    echo "fuzz: $h ran ${seconds}s side by side: $runs inputs"
done
[[ $status == 0 ]] && echo "fuzz: ${#harnesses[@]} harnesses, no crash found"
exit "$status"
