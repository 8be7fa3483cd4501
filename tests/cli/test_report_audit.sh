# report.html agrees with findings.json, written beside it: a run shaped like
# the main job (the reference model, its two what-ifs, a sample of plausible
# worlds for "How sure are we", counts under 10 suppressed), with few
# replications, audited figure by figure: no mismatch. The audit can fail: a
# copy of the report with one figure of the summary changed, and one with a
# chart's bar changed, must each fail it.
source "$(dirname "$0")/common.sh"
cd "$SRC"
AUDIT="$SRC/tests/cli/report_audit.py"
what_ifs=(--compare-with scenarios/move_on_56_days.json --compare-with scenarios/rns_capacity_doubled.json)
expect_exit 0 "a small sample of plausible worlds" -- "$BIN" sensitivity models/hackney.json --method uncertainty \
    --draws 4 -r 2 "${what_ifs[@]}" --quiet --out "$WORK/sample"
expect_exit 0 "gaps shaped like the main job" -- "$BIN" gaps models/hackney.json -r 6 -q "${what_ifs[@]}" \
    --sensitivity "$WORK/sample" --suppress-below 10 --out "$WORK/report" --unsuppressed-out "$WORK/unsuppressed"
[[ -s "$WORK/report/findings.json" ]] || fail "findings.json is not beside report.html"
expect_in "$WORK/report/manifest.json" '"findings.json"' "findings.json is part of the published set"
python3 "$AUDIT" "$WORK/report/report.html" "$WORK/report/findings.json" > "$WORK/audit" ||
    fail "the report disagrees with findings.json: $(head -c 1500 "$WORK/audit")"
grep -q "0 mismatches" "$WORK/audit" || fail "the audit did not run: $(head -c 400 "$WORK/audit")"
# findings.json is published: no count of households over the period under 10 is left in it (shares,
# figures a year and changes between runs may be small).
python3 - "$WORK/report/findings.json" <<'PY' || fail "findings.json shows a count under 10"
import json, sys
found = json.load(open(sys.argv[1]))
small = []
def walk(node, path):
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("count", "mean") and isinstance(value, (int, float)) and 0 < abs(value) < 10:
                small.append(f"{path}/{key} = {value}")
            if key not in ("share", "what_if_changes", "best_change", "change", "per_year"):
                walk(value, f"{path}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            walk(value, f"{path}/{i}")
for part in ("headline", "losses", "outcomes", "gaps"):
    walk(found[part], "/" + part)
for s in small:
    print(s)
sys.exit(1 if small else 0)
PY

# Broken copies: a window's first day moved by a week; a gap's bar on its chart doubled.
python3 - "$WORK/report/report.html" "$WORK/window.html" "$WORK/bar.html" <<'PY' || fail "no figure to break"
import json, re, sys
page = open(sys.argv[1], encoding="utf-8").read()
window = re.search(r'(<ol class="findings">\s*<li>.*?between day )([\d,.]+)', page, re.S)
day = float(window.group(2).replace(",", ""))
open(sys.argv[2], "w", encoding="utf-8").write(
    page[:window.start(2)] + str(int(day) + 7) + page[window.end(2):])
chart = re.search(r'(<script type="application/json" data-chart="chart-gaps">)(.*?)(</script>)', page, re.S)
spec = json.loads(chart.group(2))
bar = next(v for v in spec["data"]["values"] if isinstance(v.get("mean"), (int, float)) and v["mean"] > 0)
bar["mean"] *= 2
open(sys.argv[3], "w", encoding="utf-8").write(
    page[:chart.start(2)] + json.dumps(spec, separators=(",", ":")) + page[chart.end(2):])
PY
for broken in window bar; do
    if python3 "$AUDIT" "$WORK/$broken.html" "$WORK/report/findings.json" > "$WORK/audit_$broken"; then
        fail "the audit passes a report whose $broken was changed"
    fi
    grep -q "MISMATCH" "$WORK/audit_$broken" || fail "the audit of the changed $broken names no mismatch"
done
finish
