# The reference model's structure, read from its own journey traces: what the law
# allows (prevention from asylum housing ends at eviction, not in relief; relief only
# once homeless), and the prevention outcomes the model cites: before eviction, a
# private tenancy, supported housing and lost contact in the cited proportions
# (0.30 : 0.06 : 0.12 for single adults without casework or an interpreter need);
# overall, because eviction cuts most duties short, fewer private tenancies than the
# 0.30 cited for a duty that runs its full 56 days. And the housing register queue grows
# as temporary accommodation does, about 8% a year, as social_wait's note explains.
# The two backtest checks the model misses move as their notes say when the cause
# each names is changed: a surge peaking late in 2023 raises the autumn rise in relief
# duties, and fewer grants in 2022 raise the year-on-year rise.
source "$(dirname "$0")/common.sh"

expect_exit 0 "simulate the reference model with a trace" -- \
    "$BIN" simulate "$SRC/models/hackney.json" -r 4 --trace "$WORK/trace.csv"

/usr/bin/python3 - "$WORK/trace.csv" <<'PY' || fail "the reference model's traces break its structure"
import csv, collections, sys
rows = collections.defaultdict(list)
with open(sys.argv[1]) as f:
    for r in csv.DictReader(f):
        rows[(r["replication"], r["person"])].append(r)
bad = 0
def check(ok, what):
    global bad
    if not ok:
        print(what)
        bad += 1
ends = collections.Counter()        # where a prevention duty from asylum housing goes next
single_plain = collections.Counter()
for journey in rows.values():
    journey.sort(key=lambda r: (float(r["entered"]), r["left"] == ""))
    stages = [r["stage"] for r in journey]
    for i, r in enumerate(journey[:-1]):
        if r["stage"] != "prevention":
            continue
        nxt = journey[i + 1]["stage"]
        ends[nxt] += 1
        if r["household"] == "single" and r["had_casework"] == "no" and r["needs_interpreter"] == "no":
            single_plain[nxt] += 1
        check(nxt != "relief", "prevention from asylum housing goes straight to relief before eviction")
        check(r["how"] != "deadline" or nxt == "evicted_in_prevention",
              f"prevention ended by a deadline but went to {nxt}")
    for i, s in enumerate(stages):
        if s == "relief":
            check(any(t in ("approach_after_eviction", "evicted_in_prevention", "hidden", "rough_sleeping",
                            "homeless_after_prevention") for t in stages[:i]), "relief before homelessness")
total = sum(single_plain.values())
check(total > 100, f"too few prevention duties for single adults to judge: {total}")
early = total - single_plain["evicted_in_prevention"]
private = single_plain["private_rental"] / total
homeless = single_plain["evicted_in_prevention"] / total
early_private = single_plain["private_rental"] / max(early, 1)
check(0.45 <= early_private <= 0.8, f"before eviction {early_private:.2f} of prevention duties end in a private tenancy, cited 0.625")
check(private < 0.30, f"{private:.2f} of prevention duties end in a private tenancy, more than the 0.30 of a full 56-day duty")
check(homeless > 0.5, f"only {homeless:.2f} of prevention duties from asylum housing reach eviction")
check(ends["evicted_in_prevention"] > 0, "nobody is evicted during prevention")
print(f"prevention (single, no casework, no interpreter): private {private:.2f}, evicted {homeless:.2f} of {total}")
sys.exit(1 if bad else 0)
PY
# The register queue grows as temporary accommodation does (its explanation in social_wait's
# note): everyone in temporary accommodation bids, and the lets cannot keep up.
expect_exit 0 "simulate the reference model" -- "$BIN" simulate "$SRC/models/hackney.json" -r 4 --json
/usr/bin/python3 - "$WORK/out" <<'PY' || fail "the register queue does not grow with temporary accommodation"
import json, sys
periods = json.load(open(sys.argv[1]))["by_period"]
def growth(stage):
    first = periods["2025-Q4"]["stages"][stage]["mean_occupancy"]["mean"]
    last = periods["2029-Q4"]["stages"][stage]["mean_occupancy"]["mean"]
    return (last / first) ** (1 / 4) - 1
queue, ta = growth("social_wait"), growth("main_duty_ta")
print(f"a year: register queue {queue:.3f}, temporary accommodation {ta:.3f}")
sys.exit(0 if 0.05 <= queue <= 0.11 and abs(queue - ta) < 0.02 else 1)
PY

# The mechanism behind the missed social-let wait (v6_social_let_wait): the model has one
# register queue for every size of home, so single adults wait as long as families, about 9
# years, while the published average for a 1-bedroom home is 4.5 (models/README.md). When the
# model splits the queue by bedroom size, this check is to change with it.
/usr/bin/python3 - "$WORK/trace.csv" <<'PY' || fail "the social-let wait no longer shows its missing mechanism"
import collections, csv, sys
first, let, household = {}, {}, {}
for r in csv.DictReader(open(sys.argv[1])):
    k = (r["replication"], r["person"])
    first.setdefault(k, float(r["entered"]))
    household[k] = r["household"]
    if r["stage"] == "social_tenancy":
        let[k] = float(r["entered"])
waits = collections.defaultdict(list)
for k, day in let.items():
    waits[household[k]].append(day - first[k])
single, family = (sum(waits[h]) / len(waits[h]) for h in ("single", "family"))
print(f"days from decision to a social let: single adults {single:.0f}, families {family:.0f}")
assert abs(single - family) < 0.15 * family, (single, family)
assert single > 2555, single  # above the published band for a 1-bedroom home
PY

# The mechanisms behind the missed backtest checks (models/README.md), 10 replications each.
for s in backtest_2023_24 backtest_2023_24_later_peak backtest_2023_24_fewer_grants_2022; do
    expect_exit 0 "simulate $s" -- "$BIN" simulate "$SRC/models/hackney.json" -s "$SRC/scenarios/$s.json" -r 10 \
        --quiet --out "$WORK/$s"
done
/usr/bin/python3 - "$WORK" <<'PY' || fail "the missed backtest checks do not move as their notes say"
import json, sys
def target(name, id):
    return json.load(open(f"{sys.argv[1]}/{name}/summary.json"))["targets"][id]["value"]["mean"]
base_rise = target("backtest_2023_24", "backtest_relief_rise")
base_year = target("backtest_2023_24", "backtest_relief_year_on_year")
late_rise = target("backtest_2023_24_later_peak", "backtest_relief_rise")
few_year = target("backtest_2023_24_fewer_grants_2022", "backtest_relief_year_on_year")
print(f"relief rise {base_rise:.2f} -> {late_rise:.2f} with a later peak; "
      f"year on year {base_year:.2f} -> {few_year:.2f} with fewer grants in 2022")
assert late_rise > base_rise + 0.3, (base_rise, late_rise)
assert few_year > base_year + 1.5 and 3.9 <= few_year <= 5.3, (base_year, few_year)
PY

finish
