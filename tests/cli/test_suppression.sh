# With --suppress-below 10 on the reference model, the published folder holds
# no count under 10, directly or as a total minus the parts shown, within one
# table or across tables and files (chart data embedded in report.html
# included); a hidden count hides its interval; the unsuppressed files are in
# their own folder outside it, and none is left in the published one from an
# earlier run.
source "$(dirname "$0")/common.sh"
cd "$SRC"
N=10
CHECK="$SRC/tests/cli/suppression_check.py"
expect_exit 0 "an unsuppressed run first, into the same folder" -- "$BIN" gaps models/hackney.json -r 2 -q \
    --out "$WORK/pub"
expect_exit 0 "gaps on the reference model with suppression" -- "$BIN" gaps models/hackney.json -r 4 -q \
    --suppress-below "$N" --compare-with scenarios/move_on_56_days.json --out "$WORK/pub" \
    --unsuppressed-out "$WORK/analyst"
for f in summary.json curves.csv; do
    [[ -s "$WORK/analyst/$f" ]] || fail "$f is not in the --unsuppressed-out folder"
    expect_absent "$WORK/pub/$f" "the unsuppressed $f is not in the published folder"
done
python3 "$CHECK" "$WORK/pub" "$N" models/hackney.json > "$WORK/problems" ||
    fail "a count under $N can be read or worked back in the published folder: $(head -c 600 "$WORK/problems")"

# The check can fail: show again, in the chart data of "Who is affected", the
# shares hidden only to protect small ones (their true values from
# the --unsuppressed-out summary.json), and the small ones become an outcome's total
# minus the groups shown.
cp -r "$WORK/pub" "$WORK/broken"
python3 - "$WORK/broken" "$N" models/hackney.json "$WORK/analyst" <<'PY' || fail "no share hidden to protect another: no broken case"
import json, re, sys
folder, n, model = sys.argv[1], float(sys.argv[2]), json.load(open(sys.argv[3]))
summary = json.load(open(sys.argv[4] + "/summary.json"))
label = {s.get("label", sid): sid for sid, s in model["stages"].items() if "outcome" in s}
page = open(folder + "/report.html", encoding="utf-8").read()
shown_again = 0
def reveal(m):
    global shown_again
    name, spec = m.group(1)[len("chart-attribute-"):], json.loads(m.group(2))
    for v in spec["data"]["values"]:
        value = next(k for k in summary["by_attribute"][name] if k.replace("_", " ").capitalize() == v["colour"])
        g = summary["by_attribute"][name][value]
        share = g["outcomes"][label[v["category"]]]["share"]
        if v.get("hidden") and share["mean"] * g["cohort"]["mean"] >= n:
            v.pop("hidden")
            v.update(mean=share["mean"], lo=share["ci95"][0], hi=share["ci95"][1])
            shown_again += 1
    return m.group(0)[:m.start(2) - m.start(0)] + json.dumps(spec).replace("/", "\\/") + "</script>"
page = re.sub(r'<script type="application/json" data-chart="(chart-attribute-[^"]*)">(.*?)</script>', reveal, page,
              flags=re.S)
open(folder + "/report.html", "w", encoding="utf-8").write(page)
sys.exit(0 if shown_again else 1)
PY
python3 "$CHECK" "$WORK/broken" "$N" models/hackney.json > "$WORK/problems" &&
    fail "the check passes a folder where a hidden count is the total minus the parts shown"
expect_in "$WORK/problems" "from the shown ones" "the broken case is found as a total minus the parts"

# And for who a gap touched: show again, in gaps.json, a group hidden only to
# protect a small one (its true value from the same run unsuppressed).
expect_exit 0 "the same run unsuppressed" -- "$BIN" gaps models/hackney.json -r 4 -q \
    --compare-with scenarios/move_on_56_days.json --out "$WORK/full"
cp -r "$WORK/pub" "$WORK/broken_groups"
python3 - "$WORK/broken_groups/gaps.json" "$WORK/full/gaps.json" <<'PY' || fail "no group hidden to protect another"
import json, sys
shown, full = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
for g, f in zip(shown["gaps"], full["gaps"]):
    for by, values in g.get("groups", {}).items():
        hidden = [v for v, c in values.items() if isinstance(c, dict)]
        true = f["groups"][by]
        if "mean" in g["people"] and len(hidden) == 2 and min(true[v] for v in hidden) > 0.05:
            values[max(hidden, key=true.get)] = true[max(hidden, key=true.get)]
            json.dump(shown, open(sys.argv[1], "w"))
            sys.exit(0)
sys.exit(1)
PY
python3 "$CHECK" "$WORK/broken_groups" "$N" models/hackney.json > "$WORK/problems" &&
    fail "the check passes a gap whose hidden group is its count minus the groups shown"
expect_in "$WORK/problems" "from the shown ones" "the broken gap groups are found as a count minus the parts"
finish
