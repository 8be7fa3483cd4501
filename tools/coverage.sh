#!/usr/bin/env bash
# Line coverage of the engine and the command by the unit and command-line
# tests, per layer: clang's source-based coverage (llvm-cov, installed with
# clang by tools/setup.sh --tests) in its own build, build-coverage/. On
# demand, not part of the test command: it builds everything again and runs
# the tests once more (about 12 minutes on two cores). Prints a table and
# leaves the full per-file report in build-coverage/coverage.txt.
#   tools/coverage.sh [CTEST_ARGS...]     (for example -E 'hackney' to skip slow tests)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$root/build-coverage"
jobs="$(nproc 2>/dev/null || echo 2)"
clang="$(command -v clang++-14 || command -v clang++ || true)"
cov="$(command -v llvm-cov-14 || command -v llvm-cov || true)"
profdata="$(command -v llvm-profdata-14 || command -v llvm-profdata || true)"
if [[ -z "$clang" || -z "$cov" || -z "$profdata" ]]; then
    echo "coverage: needs clang, llvm-cov and llvm-profdata; tools/setup.sh --tests installs them" >&2
    exit 2
fi
generator=()
command -v ninja > /dev/null && generator=(-G Ninja)
flags="-fprofile-instr-generate -fcoverage-mapping"
cmake -S "$root" -B "$build" "${generator[@]}" -DCMAKE_CXX_COMPILER="$clang" -DCMAKE_BUILD_TYPE=Debug \
      "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -g0" "-DCMAKE_CXX_FLAGS=$flags" "-DCMAKE_EXE_LINKER_FLAGS=$flags" \
      -DPATHWAYS_TESTS=ON -DPATHWAYS_BENCHMARKS=OFF -DPATHWAYS_MPI=OFF > /dev/null
cmake --build "$build" -j "$jobs"

rm -rf "$build/profiles" && mkdir -p "$build/profiles"
# %p keeps each test process's counts apart; %m merges runs of one program.
(cd "$build" && LLVM_PROFILE_FILE="$build/profiles/%p-%m.profraw" \
    ctest -j "$jobs" -L 'unit|cli' "$@" > "$build/ctest.log" 2>&1) ||
    echo "coverage: some tests failed (see $build/ctest.log); coverage is of what ran"
"$profdata" merge -sparse "$build"/profiles/*.profraw -o "$build/coverage.profdata"

objects=("$build/pathways" -object "$build/tests/unit_tests")
report() { "$cov" report "${objects[@]}" -instr-profile="$build/coverage.profdata" "$@"; }
report "$root/engine" "$root/tools" > "$build/coverage.txt"
printf '%-22s %10s %8s\n' "layer" "lines" "covered"
for layer in model tallies metrics results format sim run analysis report/text report/results report/diagram \
             report/html; do
    total=$(report "$root/engine/$layer/" | awk '$1 == "TOTAL" {print $8, $10}')
    printf '%-22s %10s %8s\n' "engine/$layer" ${total:-"- -"}
done
total=$(report "$root/tools/" | awk '$1 == "TOTAL" {print $8, $10}')
printf '%-22s %10s %8s\n' "tools" ${total:-"- -"}
total=$(report "$root/engine/" "$root/tools/" | awk '$1 == "TOTAL" {print $8, $10}')
printf '%-22s %10s %8s\n' "all" ${total:-"- -"}
