# The format 1.1 JSON Schema: the model using every 1.1 key passes it and the
# validator, the 1 schema refuses it, and the schemas refuse what the format does.
source "$(dirname "$0")/common.sh"

/usr/bin/python3 - "$SRC" <<'PY' || fail "the 1.1 schema does not describe format 1.1"
import copy, json, pathlib, sys
from jsonschema import Draft202012Validator
src = pathlib.Path(sys.argv[1])
sys.dont_write_bytecode = True  # no cache files in the source tree
sys.path.insert(0, str(src / "tests/cli"))
from schema_expect import SchemaChecks
v1 = json.loads((src / "schema/pathways-1.schema.json").read_text())
v11 = json.loads((src / "schema/pathways-1.1.schema.json").read_text())
scenario = json.loads((src / "schema/pathways-scenario-1.schema.json").read_text())
for schema in (v1, v11, scenario):
    Draft202012Validator.check_schema(schema)
model = json.loads((src / "tests/data/valid/format_1_1.json").read_text())
checks = SchemaChecks()
expect = checks.expect

def edited(pointer, value):
    doc = copy.deepcopy(model)
    *parents, last = [int(k) if k.isdigit() else k for k in pointer.strip("/").split("/")]
    target = doc
    for key in parents:
        target = target[key]
    if value is None:
        del target[last]
    else:
        target[last] = value
    return doc

expect(v11, model, True, "the 1.1 model")
expect(v1, dict(model, format="pathways/1"), False, "the 1.1 model under the 1 schema")
# Every bundled model is a 1.1 model once the keys 1.2 adds are taken out (stages' roles among them).
for path in sorted(src.glob("models/*.json")):
    document = {k: v for k, v in json.loads(path.read_text()).items() if k not in ("rules", "measures", "levers")}
    for stage in document["stages"].values():
        stage.pop("role", None)  # 1.2 says a stage's role; 1.1 read it from the id
    expect(v11, dict(document, format="pathways/1.1"), True, f"{path.name} as 1.1")
expect(v11, edited("/simulation/period_days", 30), False, "periods and period_days together")
expect(v11, edited("/simulation/start_date", None), False, "periods without start_date")
expect(v11, edited("/simulation/start_date", "1 April 2026"), False, "a start_date not YYYY-MM-DD")
expect(v11, edited("/simulation/periods", "week"), False, "periods of a week")
expect(v11, edited("/stages/rns_casework/evidence/0/kind", "rumour"), False, "an unknown evidence kind")
expect(v11, edited("/stages/rns_casework/renege_effect", "evicted"), False, "an unknown renege_effect")
expect(v11, edited("/stages/rns_casework/held_in", "main_duty_ta"), False, "held_in on a service stage")
expect(v11, edited("/stages/social_wait/held_in", 3), False, "held_in not an id")
expect(v11, edited("/deadlines/move_on_ends/divert_to/prevention", 3), False, "a divert_to target not an id")
expect(v11, edited("/deadlines/move_on_ends/effect", "moved"), False, "an unknown deadline effect")
expect(v11, edited("/arrivals/grants/headline", "yes"), False, "headline not a boolean")
expect(v11, edited("/targets/unhoused/role", "tuning"), False, "an unknown target role")
expect(v11, edited("/regimes/current_rules/from", "next year"), False, "a regime from neither date nor day")
expect(v11, edited("/regimes/current_rules/patch", None), False, "a regime without a patch")
expect(v11, edited("/regimes/current_rules/from", 365), True, "a regime from a day number")
expect(v11, edited("/uncertainty/rns_caseload/paths", ["/stages/prs/duration/mode"]), False, "path and paths")
expect(v11, edited("/uncertainty/ta_stay/mode", None), False, "a triangular spread without a mode")
expect(v11, edited("/uncertainty/rns_caseload/dist", "normal"), False, "an unknown spread")
expect(v11, edited("/uncertainty/rns_caseload/low", 0), True, "a uniform range from 0")
loguniform = edited("/uncertainty/rns_caseload/dist", "loguniform")
loguniform["uncertainty"]["rns_caseload"]["low"] = 0
expect(v11, loguniform, False, "a loguniform range from 0")
expect(scenario, {"format": "pathways-scenario/1", "name": "Two more caseworkers", "source": "council budget",
                  "note": "from April", "cost": {"one_off": 5000, "per_year": 90000},
                  "patch": {"stages": {"rns_casework": {"capacity": 60}}}}, True, "a scenario with a cost")
expect(scenario, {"format": "pathways-scenario/1", "name": "x", "cost": {"monthly": 1}, "patch": {}}, False,
       "a scenario cost with an unknown key")
expect(scenario, {"format": "pathways-scenario/1", "name": "x", "decided_by": "Home Office", "patch": {}}, True,
       "a scenario another body decides")
expect(scenario, {"format": "pathways-scenario/1", "name": "x", "decided_by": "", "patch": {}}, False,
       "a scenario decided by nobody named")
sys.exit(1 if checks.bad else 0)
PY

expect_exit 0 "validate the 1.1 model" -- "$BIN" validate "$SRC/tests/data/valid/format_1_1.json"
sed 's|"format": "pathways/1.1"|"format": "pathways/1"|' "$SRC/tests/data/valid/format_1_1.json" > "$WORK/old.json"
expect_exit 2 "the 1.1 model declared pathways/1" -- "$BIN" validate "$WORK/old.json"
expect_in "$WORK/err" "/stages/rns_casework/sets: 'sets' needs format pathways/1.1" "a 1.1 key in a pathways/1 file"
expect_in "$WORK/err" "/regimes: 'regimes' needs format pathways/1.1" "regimes in a pathways/1 file"
finish
