#!/usr/bin/env bash
# Installs what Pathways needs to build, run and test, from Debian packages
# (and the npm packages the HTML report inlines). Safe to run again: it only
# installs what is missing. Usage: tools/setup.sh [--tests]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

packages=(build-essential cmake pkg-config
          libboost-graph-dev libboost-program-options-dev
          nlohmann-json3-dev libeigen3-dev libssl-dev
          libgraphviz-dev graphviz
          # MPI for `sensitivity` under mpirun (optional: the build works without it)
          libboost-mpi-dev libopenmpi-dev openmpi-bin
          # an HTTP server for `serve`, and the compression of its answers
          libcpp-httplib-dev libbrotli-dev zlib1g-dev)
# Node.js and npm only fetch the report's chart packages. A machine that
# already has them (for instance from NodeSource, whose nodejs bundles npm and
# conflicts with Debian's npm package) keeps its own.
if ! command -v npm >/dev/null 2>&1; then
    packages+=(nodejs npm)
fi
# Everything the tests use is installed here, never by a test: the browser check
# of the report, the format check, clang with its sanitizer and libFuzzer
# runtime libraries for the sanitizer build and the fuzzers, and Ninja and
# ccache to build quickly (the second build of the same source is a cache hit).
if [[ "${1:-}" == "--tests" ]]; then
    packages+=(libgtest-dev libgmock-dev libbenchmark-dev chromium python3 python3-jsonschema
               clang clang-format libclang-rt-14-dev
               ninja-build ccache
               # libclang for Python: the structure checks parse the C++ to find every function
               python3-clang-14
               curl)
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]})); then
    echo "Installing: ${missing[*]}"
    sudo_cmd=()
    [[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The report's charts (Vega-Lite) are inlined into report.html from these packages.
assets="$here/engine/report/assets"
if [[ -f "$assets/package-lock.json" && ! -d "$assets/node_modules" ]]; then
    (cd "$assets" && npm ci --no-audit --no-fund --loglevel=error)
fi

# The workbench's browser test drives the installed Chromium through
# playwright-core, which never downloads a browser of its own.
browser_tests="$here/tests/serve"
if [[ "${1:-}" == "--tests" && -f "$browser_tests/package-lock.json" && ! -d "$browser_tests/node_modules" ]]; then
    (cd "$browser_tests" && npm ci --no-audit --no-fund --loglevel=error)
fi
