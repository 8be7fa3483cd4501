#!/usr/bin/env bash
# CTest: the results fingerprint matches the one recorded in fingerprints.txt.
# A difference means results changed: if that was meant, record it with
# tools/update_fingerprints.sh and a reason.
set -euo pipefail
pathways="$1"
src="$2"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
actual="$(bash "$here/fingerprint.sh" "$pathways" "$src")"
figures() { grep -v '^#' | sed 's/ *#.*$//'; }
if ! diff <(figures < "$here/fingerprints.txt") <(echo "$actual" | figures); then
    echo "FAIL: results changed (lines marked < are recorded, > are now)." >&2
    echo "If the change is meant, run tools/update_fingerprints.sh --reason \"...\"." >&2
    exit 1
fi
if ! diff -q <(grep -v '^#' "$here/fingerprints.txt") <(echo "$actual") > /dev/null; then
    echo "note: a model's identity changed (a label or note edit?) while its figures did not;" \
         "tools/update_fingerprints.sh records the new identity"
fi
echo "fingerprint unchanged ($(echo "$actual" | wc -l) cases)"
