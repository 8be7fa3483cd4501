#!/usr/bin/env bash
# CTest: every C++ file of the project is laid out as the committed .clang-format
# says. To fix a failure, run clang-format -i on the files it names.
set -euo pipefail
cd "$1"
command -v clang-format > /dev/null || { echo "FAIL: clang-format is missing (run tools/setup.sh --tests)"; exit 1; }
mapfile -t files < <(find engine tools tests bench fuzz -path '*/node_modules' -prune -o \
                          \( -name '*.cpp' -o -name '*.h' \) -print | sort)
((${#files[@]})) || { echo "FAIL: no C++ files found"; exit 1; }
report="$(mktemp)"
trap 'rm -f "$report"' EXIT
if ! clang-format --dry-run --Werror "${files[@]}" 2> "$report"; then
    differing="$(grep -oE '^[^:]+\.(cpp|h):' "$report" | sort -u | tr -d ':')"
    echo "FAIL: $(wc -l <<< "$differing") of ${#files[@]} files differ from .clang-format" \
         "($(grep -c 'error:' "$report") places):"
    echo "$differing"
    exit 1
fi
echo "all ${#files[@]} files match .clang-format"
