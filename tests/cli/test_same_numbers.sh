# One number prints the same way everywhere: on the reference model, a
# stage's capacity, the people in it on average and a mean wait in days read
# the same in report.html and in the diagram `render --results` draws.
source "$(dirname "$0")/common.sh"
cd "$SRC"
expect_exit 0 "gaps on the reference model" -- "$BIN" gaps models/hackney.json -r 4 -q --out "$WORK/g"
expect_exit 0 "the diagram of the same run" -- "$BIN" render models/hackney.json --results "$WORK/g" -o "$WORK/d.svg"
python3 - "$WORK/g" "$WORK/d.svg" <<'PY' || fail "a figure prints differently in the report and the diagram"
import html as h, json, re, sys
folder, svg_file = sys.argv[1], sys.argv[2]
report = h.unescape(open(folder + "/report.html", encoding="utf-8").read())
svg = h.unescape(open(svg_file, encoding="utf-8").read())
model = json.load(open("models/hackney.json"))
problems, checked = [], 0
def tooltip(stage):
    m = re.search(r'id="a_stage-' + re.escape(stage) + r'"><a xlink:title="([^"]*)"', svg)
    return m.group(1) if m else ""
for stage, s in model["stages"].items():
    if "capacity" not in s:
        continue
    label = s.get("label", stage)
    # The row of "Places over time": the stage, its places, the people there on average.
    row = re.search(r'<th scope="row">' + re.escape(label) + r"</th>\s*<td>([^<]*)</td>\s*<td>about ([^ ]+) \(95%", report)
    tip = tooltip(stage)
    if not row or not tip:
        continue
    places = re.search(r"places: ([^;]+);", tip).group(1)
    average = re.search(r"people there on average: ([^;]+);", tip).group(1)
    if row.group(1) != places: problems.append(f"{stage}: capacity {row.group(1)!r} in the report, {places!r} in the diagram")
    if row.group(2) != average: problems.append(f"{stage}: mean count {row.group(2)!r} in the report, {average!r} in the diagram")
    checked += 1
gaps = json.load(open(folder + "/gaps.json"))["gaps"]
for g in gaps:
    if g["kind"] != "wait" or "mean_wait_days" not in g:
        continue
    shown = re.search(r"they last ([^ ]+) days on average", report)
    wait = re.search(r"mean wait: ([^ ]+) days?", tooltip(g["stage"]))
    if shown and wait:
        checked += 1
        if not re.search(r"they last " + re.escape(wait.group(1)) + " days on average", report):
            problems.append(f"{g['stage']}: mean wait {wait.group(1)} days in the diagram is not in the report")
assert checked >= 3, f"only {checked} figures found to compare"
for p in problems: print(p)
sys.exit(1 if problems else 0)
PY
finish
