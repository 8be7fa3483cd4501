"""Checks a folder written by `gaps --suppress-below N`: no count under N can
be read in it, directly or as a total minus the shown parts, within one table
or across tables and files (report.html with its chart data, gaps.json,
gaps.csv), and a hidden count hides its interval too.

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
    for s in g.get("scenarios", []):
        c = shown(s["people_change"])
        if c is not None and small(c):
            problems.append(f"gaps.json: {g['stage']} change under {s['name']} shows {c}")
rows = list(csv.DictReader(open(folder + "/gaps.csv")))
for row, g in zip(rows, gaps["gaps"]):
    number = re.fullmatch(r"-?[0-9.]+(e[-+]?[0-9]+)?", row["people_mean"])
    if number and small(float(row["people_mean"])):
        problems.append(f"gaps.csv: {row['stage']} people {row['people_mean']}")
    if bool(number) == ("mean" not in g["people"]):
        problems.append(f"gaps.csv and gaps.json disagree on hiding {row['stage']} {row['kind']}")
    if not number and any(re.match(r"-?[0-9]", row[k]) for k in ("people_ci95_lo", "people_ci95_hi")):
        problems.append(f"gaps.csv: {row['stage']} hides its count but not its interval")
    for key, value in row.items():
        if key.endswith(": change_mean") and re.fullmatch(r"-?[0-9.]+", value) and small(float(value)):
            problems.append(f"gaps.csv: {row['stage']} {key} {value}")
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

# A what-if's own count is today's count plus the change.
for g in gaps["gaps"]:
    for s in g.get("scenarios", []):
        relation(f"{g['stage']} {g['kind']} under {s['name']} = now + change",
                 [(1, shown(g["people"])), (1, shown(s["people_change"])), (-1, None)])

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


gap_groups = {}
for g in gaps["gaps"]:
    for by, values in g.get("groups", {}).items():
        counts = {value: group_count(c) for value, c in values.items()}
        for value, c in counts.items():
            if c is not None and small(c):
                problems.append(f"gaps.json: {g['stage']} {g['kind']} group {by} {value} shows {c}")
        relation(f"{g['stage']} {g['kind']} by {by} = the gap's count",
                 [(1, c) for c in counts.values()] + [(-1, shown(g["people"]))])
        if g["kind"] == "drop_off":
            for value, c in counts.items():
                gap_groups.setdefault((by, value), []).append(c)
if not gap_groups:
    problems.append("gaps.json: no gap carries its groups")
for (by, value), counts in gap_groups.items():
    if by not in attribute_drop_offs:
        continue
    relation(f"drop-off gaps of {by} {value} = the group's drop-offs in report.html",
             [(1, c) for c in counts] + [(-1, attribute_drop_offs[by].get(readable(value)))])

# The outcome curves: the lines on any day make up the cohort.
checked = 0
for spec in charts.values():
    values = spec.get("data", {}).get("values", [])
    if values and "day" in values[0] and "series" in values[0] and "value" in values[0]:
        days = {}
        for v in values:
            days.setdefault(v["day"], []).append(v["value"])
        for day, shares in days.items():
            for s in shares:
                if small(s * cohort):
                    problems.append(f"curves: day {day} shows {s * cohort:.2f} people")
            relation(f"curves on day {day}", [(1, s * cohort) for s in shares] + [(1, None), (-1, cohort)]
                     if len(shares) < len(outcomes) + 1 else [(1, s * cohort) for s in shares] + [(-1, cohort)])
            checked += 1
if not checked:
    problems.append("report.html: no outcome curves found")

for p in problems[:20]:
    print(p)
sys.exit(1 if problems else 0)
