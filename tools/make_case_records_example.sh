#!/usr/bin/env bash
# Regenerates models/case-records-example.csv: synthetic case records made by
# tracing the reference model's capacity-free variant for one replication and
# writing each visit as (case, stage, date) with the household attributes.
# Dates count from 1 January 2024 and the extract is cut at the end of the
# arrival window (30 December 2028), so cases still going on then are open, as
# in a real extract. Case ids are invented. No real person is in it.
# Usage: tools/make_case_records_example.sh [path/to/pathways]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
pathways="${1:-$here/build/pathways}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$pathways" simulate "$here/models/hackney.json" -s "$here/tests/data/cases/hackney_capacity_free.json" \
    --replications 1 --trace "$work/trace.csv" --quiet >/dev/null
python3 - "$work/trace.csv" "$work/cases.csv" <<'PY'
import csv, datetime, sys
start = datetime.date(2024, 1, 1)
cutoff = start + datetime.timedelta(days=1825)  # the model's horizon_days
with open(sys.argv[1], newline="") as trace, open(sys.argv[2], "w", newline="") as out:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["case_id", "stage", "date", "household", "priority_need"])
    for r in csv.DictReader(trace):
        day = start + datetime.timedelta(days=int(float(r["entered"])))
        if day > cutoff:
            continue
        w.writerow([f"case-{int(r['person']):05d}", r["stage"], day.isoformat(), r["household"], r["priority_need"]])
PY
mv "$work/cases.csv" "$here/models/case-records-example.csv"
echo "wrote models/case-records-example.csv"
