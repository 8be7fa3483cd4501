#!/usr/bin/env bash
# Configures and builds the sanitizer build in build-sanitize/: clang with
# AddressSanitizer and UndefinedBehaviorSanitizer, -O1 with assertions on,
# warnings as errors, without MPI (so the build without it is tested too), and
# with the fuzz harnesses, which share its compiled engine. Builds TARGETS, or
# everything when none are named.
#   tools/sanitize_build.sh [TARGET...]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jobs="$(nproc 2>/dev/null || echo 2)"
clang="$(command -v clang++-14 || command -v clang++ || true)"
if [[ -z "$clang" ]]; then
    echo "sanitize: clang++ not found; tools/setup.sh --tests installs it" >&2
    exit 2
fi
generator=()
command -v ninja > /dev/null && generator=(-G Ninja)
if [[ ! -f "$root/build-sanitize/CMakeCache.txt" ]]; then
    cmake -S "$root" -B "$root/build-sanitize" "${generator[@]}" -DCMAKE_CXX_COMPILER="$clang" \
          -DCMAKE_BUILD_TYPE=Debug "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -g1" \
          -DPATHWAYS_SANITIZE=ON -DPATHWAYS_FUZZ=ON -DPATHWAYS_WERROR=ON -DPATHWAYS_TESTS=ON \
          -DPATHWAYS_BENCHMARKS=OFF -DPATHWAYS_MPI=OFF > /dev/null
fi
targets=()
for t in "$@"; do targets+=(--target "$t"); done
cmake --build "$root/build-sanitize" -j "$jobs" "${targets[@]}"
