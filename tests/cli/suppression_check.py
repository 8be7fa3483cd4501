"""Checks a folder written by `gaps --suppress-below N`: no count under N can
be read in it, directly or as a total minus the shown parts, within one table
or across tables and files (report.html with its chart data, gaps.json,
gaps.csv); nor through two groups that are the same people under two names
(found from the counts, as a reader would: equal wherever both are shown); nor
narrowed to a band under N/2 wide by the outcome curves (each rises or falls
throughout, and a day's points add up to the cohort). A hidden count hides its
interval and its timing too.

usage: suppression_check.py FOLDER N MODEL.json
Prints each problem found; exits 1 when there is any."""
import csv
import html
import json
import re
import sys

folder, n, model_path = sys.argv[1], float(sys.argv[2]), sys.argv[3]
problems = []
# Counts worked back from shares carry rounding: a few hundredths of a household.
slack = 0.05


def small(count):
    return slack < abs(count) < n - slack


def readable(ident):
    words = ident.replace("_", " ")
    return words[:1].upper() + words[1:]


model = json.load(open(model_path))
outcomes = [(sid, s.get("label") or readable(sid), s["outcome"]) for sid, s in model["stages"].items()
            if "outcome" in s]
still_label = "Still in the pathway at the end of the follow-up"
gaps = json.load(open(folder + "/gaps.json"))
cohort = gaps["cohort"]["mean"]
page = open(folder + "/report.html", encoding="utf-8").read()
charts = {m.group(1): json.loads(m.group(2)) for m in
          re.finditer(r'<script type="application/json" data-chart="([^"]*)">(.*?)</script>', page, re.S)}


def chart_values(chart_id):
    if chart_id not in charts:
        problems.append(f"report.html: no chart {chart_id}")
        return []
    return charts[chart_id]["data"]["values"]


def shown(value):
    """A statistic's mean, or None when hidden."""
    return None if value.get("hidden") or value.get("suppressed") or "mean" not in value else value["mean"]


def relation(where, terms):
    """terms: (coefficient, count or None when hidden), summing to zero. One
    hidden term is worked back exactly; hidden terms of one sign together."""
    hidden = [c for c, v in terms if v is None]
    if not hidden or len({c > 0 for c in hidden}) > 1:
        return
    rest = -sum(c * v for c, v in terms if v is not None)
    together = rest / hidden[0] if len(hidden) == 1 else abs(rest)
    if small(together):
        what = "a hidden count is" if len(hidden) == 1 else f"{len(hidden)} hidden counts together are"
        problems.append(f"{where}: {what} {together:.2f}, from the shown ones")


# Direct: every count shown in gaps.json and gaps.csv.
for g in gaps["gaps"]:
    p = shown(g["people"])
    if p is not None and small(p):
        problems.append(f"gaps.json: {g['stage']} {g['kind']} shows {p}")
rows = list(csv.DictReader(open(folder + "/gaps.csv")))
for row, g in zip(rows, gaps["gaps"]):
    number = re.fullmatch(r"-?[0-9.]+(e[-+]?[0-9]+)?", row["people_mean"])
    if number and small(float(row["people_mean"])):
        problems.append(f"gaps.csv: {row['stage']} people {row['people_mean']}")
    if bool(number) == ("mean" not in g["people"]):
        problems.append(f"gaps.csv and gaps.json disagree on hiding {row['stage']} {row['kind']}")
    if not number and any(re.match(r"-?[0-9]", row[k]) for k in ("people_ci95_lo", "people_ci95_hi")):
        problems.append(f"gaps.csv: {row['stage']} hides its count but not its interval")
if "about &lt;" in page:
    problems.append("report.html: a hidden count is given with an interval (\"about <N\")")

# The outcomes and those still in the pathway make up the cohort.
by_label = {v["category"]: v for v in chart_values("chart-outcomes")}
outcome_count = {}
for sid, label, kind in outcomes + [("unfinished", still_label, "")]:
    v = by_label.get(label)
    if v is None:
        problems.append(f"report.html: the outcome chart has no row for {label} (hidden rows must stay)")
        continue
    share = shown(v)
    outcome_count[sid] = None if share is None else share * cohort
    if share is not None and small(share * cohort):
        problems.append(f"report.html: outcome {label} shows {share * cohort:.2f}")
relation("outcomes + still in the pathway = cohort", [(1, c) for c in outcome_count.values()] + [(-1, cohort)])

# Drop-off gaps (gaps.json) add up to the drop-off outcomes (report.html).
drop_offs = [g for g in gaps["gaps"] if g["kind"] == "drop_off"]
relation("drop-off gaps in gaps.json = drop-off outcomes in report.html",
         [(1, shown(g["people"])) for g in drop_offs] +
         [(-1, outcome_count.get(sid)) for sid, _, kind in outcomes if kind == "drop_off"])

# A what-if's own count is today's count plus the change. A change is no count
# of people, whatever its size; but it must not place either run's count under
# N: the what-if's, from today's shown count, or today's hidden small count
# (under N, and at least minus the change) within N/2.
small_in_csv = {(row["stage"], row["kind"]) for row in rows if row["people_mean"].startswith("<")}
for g in gaps["gaps"]:
    for s in g.get("scenarios", []):
        now, change = shown(g["people"]), shown(s["people_change"])
        relation(f"{g['stage']} {g['kind']} under {s['name']} = now + change", [(1, now), (1, change), (-1, None)])
        if now is None and change is not None and (g["stage"], g["kind"]) in small_in_csv and \
                n - max(0.0, -change) < n / 2 - slack:
            problems.append(f"{g['stage']} {g['kind']} under {s['name']}: the change {change:.2f} places today's "
                            f"hidden count between {max(0.0, -change):.2f} and {n:g}")

# Who is affected: the groups make up the cohort; an outcome's groups make up the outcome.
attribute_drop_offs = {}  # [attribute][group words]: the group's drop-off count, None when hidden
for name, values in model.get("attributes", {}).items():
    chart_id = "chart-attribute-" + name
    at = page.find(f'data-chart="{chart_id}"')
    body = page[at:page.find("</tbody>", at)] if at >= 0 else ""
    sizes = {}
    for group, size in re.findall(r'<tr><th scope="row">(.*?)</th><td>(.*?)</td>', body):
        number = re.match(r"about ([0-9,.]+) ", html.unescape(size))
        sizes[html.unescape(group)] = float(number.group(1).replace(",", "")) if number else None
    if len(sizes) != len(values):
        problems.append(f"report.html: {name} table has {len(sizes)} groups, the model {len(values)}")
        continue
    for group, size in sizes.items():
        if size is not None and small(size):
            problems.append(f"report.html: {name} group {group} shows {size}")
    relation(f"{name} groups = cohort", [(1, s) for s in sizes.values()] + [(-1, cohort)])
    cells = {(v["colour"], v["category"]): shown(v) for v in chart_values(chart_id)}
    for sid, label, _ in outcomes:
        terms = []
        for group, size in sizes.items():
            share = cells.get((group, label))
            count = None if share is None or size is None else share * size
            if count is not None and small(count):
                problems.append(f"report.html: {name} {group}, {label} shows {count:.2f}")
            terms.append((1, count))
        relation(f"{name} groups reaching {label} = the outcome's count", terms + [(-1, outcome_count.get(sid))])
    for group, size in sizes.items():
        counts = [cells.get((group, label)) for _, label, kind in outcomes if kind == "drop_off"]
        attribute_drop_offs.setdefault(name, {})[group] = (
            None if size is None or any(c is None for c in counts) else size * sum(counts))

# Who each gap touched (gaps.json "groups"): each breakdown's groups make up the
# gap's count; the drop-off gaps' groups make up the group's drop-off outcomes.
def group_count(value):
    return None if isinstance(value, dict) else value


def linked_groups():
    """Pairs of groups (of two breakdowns) equal wherever both are shown, and
    someone in them: a reader takes them for the same people."""
    seen = {}
    for g in gaps["gaps"]:
        for by, values in g.get("groups", {}).items():
            for value, c in values.items():
                seen.setdefault((by, value), []).append((id(g), group_count(c)))
    pairs = []
    names = sorted(seen)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            if a[0] == b[0]:
                continue
            other = dict(seen[b])
            both = [(x, other[k]) for k, x in seen[a] if k in other and x is not None and other[k] is not None]
            if both and any(x > slack for x, _ in both) and all(abs(x - y) <= slack for x, y in both):
                pairs.append((a, b))
    return pairs


def work_back(where, known, equations):
    """known: name -> count or None; equations: lists of (coefficient, name)
    summing to zero. Solves any equation with one unknown, again and again,
    and reports each count under N so found."""
    while True:
        changed = False
        for terms in equations:
            unknown = [(c, name) for c, name in terms if known[name] is None]
            if len(unknown) != 1:
                continue
            c, name = unknown[0]
            known[name] = -sum(k * known[n] for k, n in terms if known[n] is not None) / c
            changed = True
            # A negative count means the pair taken for the same people is not.
            if known[name] > 0 and small(known[name]):
                problems.append(f"{where}: a hidden count ({name}) is {known[name]:.2f}, worked back from the shown ones")
        if not changed:
            return known


links = linked_groups()
gap_groups = {}
for g in gaps["gaps"]:
    known = {"people": shown(g["people"])}
    equations = []
    for by, values in g.get("groups", {}).items():
        counts = {value: group_count(c) for value, c in values.items()}
        for value, c in counts.items():
            known[(by, value)] = c
            if c is not None and small(c):
                problems.append(f"gaps.json: {g['stage']} {g['kind']} group {by} {value} shows {c}")
        relation(f"{g['stage']} {g['kind']} by {by} = the gap's count",
                 [(1, c) for c in counts.values()] + [(-1, shown(g["people"]))])
        equations.append([(1, (by, value)) for value in counts] + [(-1, "people")])
    equations += [[(1, a), (-1, b)] for a, b in links if a in known and b in known]
    known = work_back(f"{g['stage']} {g['kind']}, its groups and the groups that are the same people", known, equations)
    if g["kind"] == "drop_off":
        for (by, value), c in ((k, v) for k, v in known.items() if k != "people"):
            gap_groups.setdefault((by, value), []).append(c)
if not gap_groups:
    problems.append("gaps.json: no gap carries its groups")
for (by, value), counts in gap_groups.items():
    if by not in attribute_drop_offs:
        continue
    relation(f"drop-off gaps of {by} {value} = the group's drop-offs in report.html",
             [(1, c) for c in counts] + [(-1, attribute_drop_offs[by].get(readable(value)))])

# The outcome curves: the lines on any day make up the cohort, and each line
# rises (the outcomes reached) or falls (those still in the pathway) throughout,
# so a hidden point lies between the shown ones around it. Every hidden point
# the curves may place under N must keep a band at least N/2 wide.
def direction(points):
    steps = [b - a for a, b in zip(points, points[1:])]
    rises, falls = any(d > 1e-9 * cohort for d in steps), any(d < -1e-9 * cohort for d in steps)
    return 0 if rises and falls else -1 if falls else 1


def curve_bands(lines, days):
    """lines: name -> {day: count} (shown points); the band of every point."""
    bands = {(s, d): (v, v) if v is not None else (0.0, cohort) for s, pts in lines.items() for d, v in
             ((d, pts.get(d)) for d in days)}
    dirs = {s: direction([pts[d] for d in days if d in pts]) for s, pts in lines.items()}
    for _ in range(50):
        before = dict(bands)
        for s, sign in dirs.items():
            if sign == 0:
                continue
            for order in (days, days[::-1]):
                for prev, d in zip(order, order[1:]):
                    lo, hi = bands[(s, d)]
                    plo, phi = bands[(s, prev)]
                    forward = order is days
                    if (sign > 0) == forward:
                        lo = max(lo, plo)
                    else:
                        hi = min(hi, phi)
                    bands[(s, d)] = (lo, hi)
        for d in days:
            hidden = [s for s in lines if d not in lines[s]]
            rest = cohort - sum(lines[s][d] for s in lines if d in lines[s])
            lo_sum, hi_sum = sum(bands[(s, d)][0] for s in hidden), sum(bands[(s, d)][1] for s in hidden)
            for s in hidden:
                lo, hi = bands[(s, d)]
                bands[(s, d)] = (max(lo, rest - (hi_sum - hi)), min(hi, rest - (lo_sum - lo)))
        if bands == before:
            break
    return bands


checked = 0
for name, spec in charts.items():
    values = spec.get("data", {}).get("values", [])
    if not (values and "day" in values[0] and "series" in values[0] and "value" in values[0]):
        continue
    lines = {}
    for v in values:
        lines.setdefault(v["series"], {})[v["day"]] = v["value"] * cohort
        if small(v["value"] * cohort):
            problems.append(f"curves: day {v['day']} shows {v['value'] * cohort:.2f} people")
    if len(lines) < len(outcomes) + 1:
        problems.append(f"{name}: {len(lines)} lines for {len(outcomes)} outcomes and those still in the pathway")
        continue
    days = sorted({d for pts in lines.values() for d in pts})
    for (s, d), (lo, hi) in curve_bands(lines, days).items():
        if d not in lines[s] and lo < n - slack and hi - lo < n / 2 - slack:
            problems.append(f"curves: {s} on day {d:g}, hidden, lies between {lo:.2f} and {hi:.2f}")
    checked += 1
if not checked:
    problems.append("report.html: no outcome curves found")

# A hidden count hides when it happened: the timing of a few households describes them.
for g in gaps["gaps"]:
    if "mean" in g["people"]:
        continue
    where = f"{g['stage']} {g['kind']}"
    if "p50" in g.get("days_since_arrival", {}) or "mean" in g.get("mean_wait_days", {}):
        problems.append(f"gaps.json: {where} hides its count but not when it happened")
for row in rows:
    if not re.fullmatch(r"-?[0-9.]+(e[-+]?[0-9]+)?", row["people_mean"]) and any(
            re.match(r"-?[0-9]", row[k]) for k in ("days_p50", "days_p90", "mean_wait_days")):
        problems.append(f"gaps.csv: {row['stage']} {row['kind']} hides its count but not when it happened")
hidden_ranks = {str(g["rank"]) for g in gaps["gaps"] if "mean" not in g["people"]}
for rank, count, when in re.findall(
        r'<tr><th scope="row">(\d+)</th><td><strong>.*?</details></td><td>(.*?)</td><td>(.*?)</td>', page, re.S):
    if rank in hidden_ranks and re.search(r"day \d", when):
        problems.append(f"report.html: gap {rank} hides its count but not when it happened ({html.unescape(when)})")

for p in problems[:20]:
    print(p)
sys.exit(1 if problems else 0)
