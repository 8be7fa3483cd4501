# With --suppress-below 10 on the reference model, the published folder holds
# no count under 10, directly or as a total minus the parts shown, within one
# table or across tables and files (chart data embedded in report.html
# included), through groups that are the same people under two names, or
# within a narrow band from the outcome curves; a hidden count hides its
# interval and its timing; the unsuppressed files are in their own folder
# outside it, and none is left in the published one from an earlier run. And
# the check fails on folders where a hidden count can be worked back.
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

# Groups that are the same people: every family arrives in the families
# stream. Show again, in gaps.json, one name of such a pair where both are
# hidden and the other name's breakdown then gives a small count exactly.
cp -r "$WORK/pub" "$WORK/broken_links"
python3 - "$WORK/broken_links/gaps.json" "$WORK/full/gaps.json" "$N" <<'PY' || fail "no linked pair to break"
import json, sys
shown, full, n = json.load(open(sys.argv[1])), json.load(open(sys.argv[2])), float(sys.argv[3])
values = {}
for f in full["gaps"]:
    for by, groups in f.get("groups", {}).items():
        for v, c in groups.items():
            values.setdefault((by, v), []).append(c)
names = sorted(values)
links = [(a, b) for a in names for b in names if a[0] != b[0] and values[a] == values[b] and any(values[a])]
for g, f in zip(shown["gaps"], full["gaps"]):
    groups = g.get("groups", {})
    for (by, v), (other_by, w) in links:
        if by not in groups or other_by not in groups or "mean" not in g["people"]:
            continue
        if not (isinstance(groups[by][v], dict) and isinstance(groups[other_by][w], dict)):
            continue
        rest = [u for u, c in groups[other_by].items() if u != w and isinstance(c, dict)]
        if len(rest) == 1 and 0.05 < f["groups"][other_by][rest[0]] < n - 0.05:
            groups[by][v] = f["groups"][by][v]
            json.dump(shown, open(sys.argv[1], "w"))
            sys.exit(0)
sys.exit(1)
PY
python3 "$CHECK" "$WORK/broken_links" "$N" models/hackney.json > "$WORK/problems" &&
    fail "the check passes a folder where a group shown under one name gives a hidden small count"
expect_in "$WORK/problems" "the groups that are the same people" "the broken pair of names is found"

# The curves as a rule blind to their shape leaves them: the small points
# hidden, and on their day the line that moves least around it, with more
# until together they reach N. A line flat around a day gives its hidden point
# between two shown ones, and the small point with it.
cp -r "$WORK/pub" "$WORK/broken_curves"
python3 - "$WORK/broken_curves" "$WORK/analyst/curves.csv" "$N" <<'PY' || fail "no curve to break"
import csv, json, re, sys
folder, n = sys.argv[1], float(sys.argv[3])
page, cohort = open(folder + "/report.html", encoding="utf-8").read(), json.load(open(folder + "/gaps.json"))["cohort"]["mean"]
by_day = {}
for r in csv.DictReader(open(sys.argv[2])):
    by_day.setdefault(float(r["day"]), []).append(float(r["share_reached"]) * cohort)
days = sorted(by_day)
def older(m):
    spec = json.loads(m.group(1))
    template = {v["series"]: v for v in spec["data"]["values"]}
    names = list(template)
    if any(len(counts) != len(names) for counts in by_day.values()):
        sys.exit(1)
    out = []
    for i, day in enumerate(days):
        counts = by_day[day]
        around = [by_day[days[max(i - 1, 0)]], by_day[days[min(i + 1, len(days) - 1)]]]
        hidden = [0 < c < n for c in counts]
        while any(hidden) and (sum(hidden) < 2 or sum(c for c, h in zip(counts, hidden) if h) < n):
            rest = [s for s, c in enumerate(counts) if not hidden[s] and c > 0]
            if not rest:
                break
            hidden[min(rest, key=lambda s: abs(around[1][s] - around[0][s]))] = True
        out += [dict(template[name], day=day, value=c / cohort) for name, c, h in zip(names, counts, hidden) if not h]
    spec["data"]["values"] = out
    return m.group(0).replace(m.group(1), json.dumps(spec).replace("/", "\\/"))
page, found = re.subn(r'<script type="application/json" data-chart="chart-curves">(.*?)</script>', older, page, flags=re.S)
open(folder + "/report.html", "w", encoding="utf-8").write(page)
sys.exit(0 if found else 1)
PY
python3 "$CHECK" "$WORK/broken_curves" "$N" models/hackney.json > "$WORK/problems" &&
    fail "the check passes curves that place a hidden small count within a narrow band"
expect_in "$WORK/problems" ", hidden, lies between" "the narrow band from the curves is found"

# A hidden gap that still says when it happened.
cp -r "$WORK/pub" "$WORK/broken_timing"
python3 - "$WORK/broken_timing/gaps.json" "$WORK/full/gaps.json" <<'PY' || fail "no hidden gap to break"
import json, sys
shown, full = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
for g, f in zip(shown["gaps"], full["gaps"]):
    if "mean" not in g["people"]:
        g["days_since_arrival"] = f["days_since_arrival"]
        json.dump(shown, open(sys.argv[1], "w"))
        sys.exit(0)
sys.exit(1)
PY
python3 "$CHECK" "$WORK/broken_timing" "$N" models/hackney.json > "$WORK/problems" &&
    fail "the check passes a hidden gap that still says when it happened"
expect_in "$WORK/problems" "hides its count but not when it happened" "the hidden gap's timing is found"
finish
