# With --suppress-below 10 on the reference model, the published folder holds
# no count under 10, directly or as a total minus the parts shown beside it
# (chart data embedded in report.html included); the unsuppressed files are
# in their own folder.
source "$(dirname "$0")/common.sh"
cd "$SRC"
N=10
expect_exit 0 "gaps on the reference model with suppression" -- "$BIN" gaps models/hackney.json -r 4 -q \
    --suppress-below "$N" --compare-with scenarios/move_on_56_days.json --out "$WORK/pub"
for f in summary.json curves.csv; do
    [[ -s "$WORK/pub/unsuppressed/$f" ]] || fail "$f is not in unsuppressed/"
    expect_absent "$WORK/pub/$f" "the unsuppressed $f is not in the published folder"
done
python3 - "$WORK/pub" "$N" <<'PY' || fail "a count under $N can be read or worked back in the published folder"
import csv, json, re, sys
folder, n = sys.argv[1], float(sys.argv[2])
problems = []
def small(count):
    return 1e-9 < abs(count) < n - 1e-9
summary = json.load(open(folder + "/unsuppressed/summary.json"))
cohort = summary["cohort"]["size"]["mean"] if "cohort" in summary else None
def find_cohort(j):
    if isinstance(j, dict):
        if "size" in j and isinstance(j["size"], dict) and "mean" in j["size"]:
            return j["size"]["mean"]
        for v in j.values():
            c = find_cohort(v)
            if c: return c
    return None
cohort = cohort or find_cohort(summary)
assert cohort and cohort > 0, "no cohort size in summary.json"
gaps = json.load(open(folder + "/gaps.json"))
for g in gaps["gaps"]:
    if "mean" in g["people"] and small(g["people"]["mean"]):
        problems.append(f"gaps.json: {g['stage']} {g['kind']} people {g['people']['mean']}")
    for s in g.get("scenarios", []):
        c = s["people_change"]
        if "mean" in c and small(c["mean"]):
            problems.append(f"gaps.json: {g['stage']} change {c['mean']}")
for row in csv.DictReader(open(folder + "/gaps.csv")):
    for key, value in row.items():
        if key == "people_mean" or key.endswith(": change_mean"):
            try:
                if small(float(value)): problems.append(f"gaps.csv: {row['stage']} {key} {value}")
            except ValueError:
                pass
html = open(folder + "/report.html", encoding="utf-8").read()
specs = [json.loads(m) for m in re.findall(r'<script type="application/json" data-chart="[^"]*">(.*?)</script>', html, re.S)]
assert specs, "no chart data in report.html"
checked = 0
for spec in specs:
    values = spec.get("data", {}).get("values", [])
    if values and "day" in values[0] and "series" in values[0] and "value" in values[0]:
        days = {}
        for v in values:
            days.setdefault(v["day"], []).append(v["value"])
        for day, shares in days.items():
            for s in shares:
                if small(s * cohort): problems.append(f"curves: day {day} shows {s * cohort:.2f} people")
            rest = (1 - sum(shares)) * cohort
            if small(rest): problems.append(f"curves: day {day}, everyone minus the lines shown is {rest:.2f}")
            checked += 1
assert checked > 0, "no outcome curves found in report.html"
for p in problems[:10]: print(p)
sys.exit(1 if problems else 0)
PY
finish
