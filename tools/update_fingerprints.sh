#!/usr/bin/env bash
# Records a new results fingerprint, and why it changed, in tests/regression/.
# Usage: tools/update_fingerprints.sh --reason "what changed in the results and why"
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [[ "${1:-}" != "--reason" || -z "${2:-}" ]]; then
    echo "usage: tools/update_fingerprints.sh --reason \"why the results changed\"" >&2
    exit 2
fi
reason="$2"
pathways="${PATHWAYS:-$here/build/pathways}"
regression="$here/tests/regression"
new="$(bash "$regression/fingerprint.sh" "$pathways" "$here")"
old="$(grep -v '^#' "$regression/fingerprints.txt" 2>/dev/null || true)"
figures() { sed 's/ *#.*$//'; }
if [[ "$new" == "$old" ]]; then
    echo "fingerprint unchanged; nothing recorded"
    exit 0
fi
changed="$(diff <(echo "$old" | figures) <(echo "$new" | figures) | grep '^>' | cut -d' ' -f2 | paste -sd' ' - || true)"
write_fingerprints() {
    {
        echo "# Results fingerprint: <case> <replications.csv hash> <summary.json figures hash>  # model <hash>."
        echo "# Written by tools/update_fingerprints.sh; reasons in CHANGES.md."
        echo "$new"
    } > "$regression/fingerprints.txt.new"
    mv "$regression/fingerprints.txt.new" "$regression/fingerprints.txt"
}
if [[ -z "$changed" && "$(echo "$old" | figures)" == "$(echo "$new" | figures)" ]]; then
    write_fingerprints
    echo "figures unchanged; the models' identities beside them updated, nothing recorded in CHANGES.md"
    exit 0
fi
write_fingerprints
printf -- '- %s: %s (cases: %s)\n' "$(date -u +%Y-%m-%d)" "$reason" "${changed:-all}" >> "$regression/CHANGES.md"
echo "recorded; cases changed: ${changed:-all}"
