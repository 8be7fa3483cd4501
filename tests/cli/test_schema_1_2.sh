# The format 1.2 JSON Schema and the documentation's examples: the 1.2 example
# model passes the schema and the validator (its rules holding), every older
# model passes the 1.2 schema, the schema refuses what the validator refuses
# of the forms, the scenario schema takes levers, and every rules and measures
# example of docs/model-format.md and the README is valid.
source "$(dirname "$0")/common.sh"

mkdir "$WORK/examples"
/usr/bin/python3 - "$SRC" "$WORK/examples" <<'PY' || fail "the 1.2 schema does not describe format 1.2"
import copy, json, pathlib, re, sys
from jsonschema import Draft202012Validator
src = pathlib.Path(sys.argv[1])
sys.dont_write_bytecode = True  # no cache files in the source tree
sys.path.insert(0, str(src / "tests/cli"))
from schema_expect import SchemaChecks
v11 = json.loads((src / "schema/pathways-1.1.schema.json").read_text())
v12 = json.loads((src / "schema/pathways-1.2.schema.json").read_text())
scenario = json.loads((src / "schema/pathways-scenario-1.schema.json").read_text())
for schema in (v12, scenario):
    Draft202012Validator.check_schema(schema)
model = json.loads((src / "docs/examples/rules_measures_levers.json").read_text())
checks = SchemaChecks()
expect = checks.expect

def edited(changes):
    """The example model with {pointer: value} set (None deletes)."""
    doc = copy.deepcopy(model)
    for pointer, value in changes.items():
        *parents, last = pointer.strip("/").split("/")
        target = doc
        for key in parents:
            target = target[int(key) if isinstance(target, list) else key]
        if value is None:
            del target[last]
        else:
            target[last] = value
    return doc

rule = "/rules/relief_only_once_homeless"
measure = "/measures/lost_home_unsettled"
lever = "/levers/deposit_scheme_places"
expect(v12, model, True, "the 1.2 example")
expect(v11, dict(model, format="pathways/1.1"), False, "the 1.2 example under the 1.1 schema")
older = [src / "tests/data/valid/format_1_1.json", src / "docs/examples/minimal.json", *sorted(src.glob("models/*.json"))]
for path in older:
    expect(v12, dict(json.loads(path.read_text()), format="pathways/1.2"), True, f"{path.name} as 1.2")

expect(v12, edited({rule + "/in": ["prevention"], rule + "/not_after_deadline": "move_on_ends"}), False,
       "a rule with two forms")
expect(v12, edited({rule + "/forbids": {"visited": ["ta"]}}), False, "a rule with requires and forbids")
expect(v12, edited({rule + "/requires": None}), False, "a rule with no form")
expect(v12, edited({rule + "/requires": {}}), False, "requires with neither list")
expect(v12, edited({rule + "/requires": {"deadline_fired": ["move_on_ends"]}}), True, "requires a deadline only")
expect(v12, edited({rule + "/label": None}), False, "a rule without a label")
expect(v12, edited({rule + "/when": {"household": "family"}, rule + "/streams": ["grants"]}), True,
       "a rule limited by when and streams")
expect(v12, edited({rule + "/requires": None, rule + "/within_days": 56, rule + "/of_entering": ["evicted"]}), True,
       "the within form")
expect(v12, edited({measure + "/ends_in_kind": ["drop_off"]}), False, "a measure with two kinds")
expect(v12, edited({measure + "/visits": None}), False, "a measure with no kind")
expect(v12, edited({measure + "/better": None}), False, "a visits measure without better")
expect(v12, edited({measure + "/visits": None, measure + "/better": None, measure + "/ends_in_kind": ["settled"],
                    measure + "/within_days": 365}), True, "better inferred for an outcome kind")
expect(v12, edited({measure + "/within_days": 30}), False, "within_days on a visits measure")
expect(v12, edited({measure + "/population/streams": []}), False, "a population of no streams")
expect(v12, edited({measure + "/label": None}), True, "a measure without a label (its id is shown)")
outcome_kind = {measure + "/visits": None, measure + "/better": None}
expect(v12, edited({**outcome_kind, measure + "/ends_in_kind": ["drop_off"]}), True, "better inferred for drop_off")
expect(v12, edited({**outcome_kind, measure + "/ends_in_kind": ["settled", "drop_off"]}), False,
       "better left out for mixed kinds")
expect(v12, edited({**outcome_kind, measure + "/ends_in_kind": ["neutral"]}), False, "better left out for neutral")
expect(v12, edited({**outcome_kind, measure + "/ends_in": ["rough_sleeping"]}), False, "better left out for ends_in")
many = {f"m{i}": {"visits": ["evicted"], "better": "lower"} for i in range(65)}
expect(v12, dict(model, measures=many), False, "65 measures")
expect(v12, dict(model, measures=dict(list(many.items())[:64])), True, "64 measures")
expect(v12, edited({lever + "/range": None}), False, "a lever without range")
expect(v12, edited({lever + "/range": [1]}), False, "a range that is not [low, high]")
expect(v12, edited({lever + "/drives": []}), False, "a lever that drives nothing")
expect(v12, edited({lever + "/drives/0/how": "double"}), False, "an unknown way to drive a path")
for how in ("set", "scale", "rebalance"):
    expect(v12, edited({lever + "/drives/0/how": how}), True, f"a lever that drives by {how}")

# The documentation's 1.2 examples are sections of a valid model (the README's,
# of the models they are about), written out for the validator too; the
# specification's first model is the example file.
out = pathlib.Path(sys.argv[2])
text = (src / "docs/model-format.md").read_text()
blocks = re.findall(r"```json\n(.*?)```", text, re.S)
readme = re.findall(r"```json\n(.*?)```", (src / "README.md").read_text(), re.S)
readme_models = {"rules": "tests/data/valid/rules_relief_after_homelessness.json",
                 "measures": "tests/data/measures/exact.json"}
examples = [("model-format", model, b) for b in blocks]
for block in readme:
    if key := re.match(r'\s*"(rules|measures)"\s*:', block):
        examples.append(("readme", json.loads((src / readme_models[key.group(1)]).read_text()), block))
for n, (where, host, block) in enumerate(examples):
    if re.match(r'\s*"(rules|measures|levers)"\s*:', block):
        section = json.loads("{" + block + "}")
        what = f"the {where} {next(iter(section))} example"
        expect(v12, dict(host, **section), True, what)
        if "levers" not in section:
            (out / f"{where}_{n}.json").write_text(json.dumps(dict(host, **section)))
first = next(json.loads(b) for b in blocks if b.lstrip().startswith("{"))
if first != json.loads((src / "docs/examples/minimal.json").read_text()):
    print("the first model in docs/model-format.md differs from docs/examples/minimal.json")
    checks.bad += 1

base = {"format": "pathways-scenario/1", "name": "Twice the deposit scheme"}
expect(scenario, dict(base, levers={"deposit_scheme_places": 10}), True, "a scenario setting a lever, no patch")
expect(scenario, dict(base, levers={"deposit_scheme_places": 10}, patch={}), True, "levers and a patch")
expect(scenario, base, False, "a scenario with neither patch nor levers")
expect(scenario, dict(base, levers={"deposit_scheme_places": "ten"}), False, "a lever value that is not a number")
expect(scenario, dict(base, patch={}, cost={"per_year": -1}), False, "a negative cost")
sys.exit(1 if checks.bad else 0)
PY

for example in minimal rules_measures_levers; do
    expect_exit 0 "validate docs/examples/$example.json" -- "$BIN" validate "$SRC/docs/examples/$example.json"
    expect_in "$WORK/out" "ok" "docs/examples/$example.json"
    [[ ! -s "$WORK/err" ]] || fail "docs/examples/$example.json: warnings: $(head -c 400 "$WORK/err")"
done
expect_exit 0 "the 1.2 example's rules hold" -- "$BIN" validate --rules "$SRC/docs/examples/rules_measures_levers.json"
expect_in "$WORK/out" "ok: 2 rules checked, all held" "the 1.2 example's rules"
shopt -s nullglob
examples=("$WORK"/examples/*.json)
((${#examples[@]} >= 4)) || fail "found ${#examples[@]} rules and measures examples in the docs, wanted 4 or more"
for example in "${examples[@]}"; do
    expect_exit 0 "validate --rules $(basename "$example")" -- "$BIN" validate --rules "$example"
    expect_in "$WORK/out" "ok" "$(basename "$example")"
done
expect_exit 0 "simulate the first model of the format" -- "$BIN" simulate "$SRC/docs/examples/minimal.json" -r 2
sed 's|"format": "pathways/1.2"|"format": "pathways/1.1"|' "$SRC/docs/examples/rules_measures_levers.json" > "$WORK/old.json"
expect_exit 2 "the 1.2 example declared pathways/1.1" -- "$BIN" validate "$WORK/old.json"
expect_in "$WORK/err" "/rules: 'rules' needs format pathways/1.2" "rules in a pathways/1.1 file"
expect_in "$WORK/err" "See docs/model-format.md for the model format." "the refusal points at the format"
finish
